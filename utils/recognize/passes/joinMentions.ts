import type { Entity, EntityType } from '../../types';
import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { entityId, normaliseName } from '../entityId';
import { isOfficialRole, roleOrganisation, tidyRole } from './attachRoles';

interface Group {
  name: string;
  type: EntityType | null;
  cands: Candidate[];
}

/**
 * Pass 5: one entity per real-world thing. Exact (normalised) names join
 * first; then a short form joins the one full name it can belong to: "Kirby"
 * and "Mr. Kirby" join "John Kirby" (surname), "Kim" joins "Kim Jong-un"
 * (family name first). A short form that fits two people stays apart.
 * Untyped single words with no full name to join are dropped.
 */
export function joinMentions(text: string, ws: Word[], cands: Candidate[]): Entity[] {
  const nameOf = (c: Candidate) => text.slice(ws[c.first].start, ws[c.last].end);
  const groups = new Map<string, Group>();
  const order = [...cands].sort((a, b) => ws[a.first].start - ws[b.first].start);

  // Full names (2+ words) and typed single names first.
  const short: Candidate[] = [];
  for (const c of order) {
    const multi = c.last > c.first;
    if (!multi && c.type !== 'org' && c.type !== 'place') {
      short.push(c);
      continue;
    }
    add(groups, normaliseName(nameOf(c)), nameOf(c), c);
  }
  for (const c of short) {
    const key = normaliseName(nameOf(c));
    if (groups.has(key)) {
      add(groups, key, nameOf(c), c);
      continue;
    }
    const owners = [...groups.entries()].filter(([, g]) => g.type === 'person' && personParts(g.name).includes(key));
    if (owners.length === 1) add(groups, owners[0][0], owners[0][1].name, c);
    else if (c.type === 'person' || (owners.length === 0 && c.titled)) add(groups, key, nameOf(c), c);
  }

  const out: Entity[] = [];
  for (const g of groups.values()) {
    const type = g.type ?? g.cands.find((c) => c.type)?.type ?? null;
    if (!type) continue;
    const role = tidyRole(g.cands.find((c) => c.role)?.role ?? null);
    const mentions = g.cands
      .map((c) => ({ start: ws[c.first].start, end: ws[c.last].end, text: nameOf(c) }))
      .sort((a, b) => a.start - b.start);
    out.push({
      id: entityId(type, g.name),
      name: g.name,
      type,
      role,
      roleOf: roleOrganisation(role),
      official: type === 'person' && isOfficialRole(role),
      mentions,
      why: [...new Set(g.cands.flatMap((c) => c.why))],
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function add(groups: Map<string, Group>, key: string, name: string, c: Candidate) {
  const g = groups.get(key);
  if (!g) {
    groups.set(key, { name, type: c.type, cands: [c] });
    return;
  }
  g.cands.push(c);
  if (!g.type && c.type) g.type = c.type;
  if (name.length > g.name.length) g.name = name;
}

/** The parts of a person's name a short mention may use: family name first or last. */
function personParts(name: string): string[] {
  const parts = name.split(/\s+/).map(normaliseName);
  return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
}
