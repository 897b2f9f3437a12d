import type { Entity, EntityType } from '../../types';
import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { entityId, normaliseName } from '../entityId';
import { LEX } from '../lexicon';
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
  // The name a candidate files under: its text, or the full form of a known short form ("US").
  const nameOf = (c: Candidate) => {
    const raw = text.slice(ws[c.first].start, ws[c.last].end);
    return c.type !== 'person' ? (LEX.aliases.get(raw) ?? raw) : raw;
  };
  const groups = new Map<string, Group>();
  const order = [...cands].sort((a, b) => ws[a.first].start - ws[b.first].start);

  // Full names (2+ words) and names from the lexicons first.
  const short: Candidate[] = [];
  for (const c of order) {
    const name = nameOf(c);
    const known = LEX.orgNames.has(name) || LEX.placeNames.has(name);
    if (c.last === c.first && !known) {
      short.push(c);
      continue;
    }
    // A tagger may file "Florence Pugh" as a place; a known first name says person,
    // unless the whole name is a known organisation or place ("Jordan Valley" is not in them, alas).
    if (
      c.type !== 'person' &&
      c.last > c.first &&
      !known &&
      LEX.firstNames.has(ws[c.first].text) &&
      !LEX.orgHeads.has(ws[c.last].text)
    ) {
      c.type = 'person';
      c.why.push('first name');
    }
    add(groups, normaliseName(name), name, c);
  }
  // Which person groups a one-word mention could be short for: family name first or last.
  const byPart = new Map<string, string[]>();
  for (const [key, g] of groups)
    if (g.type === 'person') for (const p of personParts(g.name)) byPart.set(p, [...(byPart.get(p) ?? []), key]);
  for (const c of short) {
    const key = normaliseName(nameOf(c));
    if (groups.has(key)) {
      add(groups, key, nameOf(c), c);
      continue;
    }
    const owners = byPart.get(key) ?? [];
    // "Lorenz" typed as a place, "Lladanosa" as an organisation: the surname of a
    // person named in full here is that person.
    if (owners.length === 1) {
      if (c.type !== 'person') c.why.push('surname of a named person');
      add(groups, owners[0], groups.get(owners[0])!.name, c);
    } else if (
      c.type === 'person' ||
      c.type === 'org' ||
      c.type === 'place' ||
      c.type === 'misc' ||
      (owners.length === 0 && c.titled)
    )
      add(groups, key, nameOf(c), c);
  }

  const out: Entity[] = [];
  for (const g of groups.values()) {
    const type = g.type ?? g.cands.find((c) => c.type)?.type ?? null;
    if (!type) continue;
    const role = tidyRole(g.cands.find((c) => c.role)?.role ?? null);
    const mentions = g.cands
      .map((c) => ({
        start: ws[c.first].start,
        end: ws[c.last].end,
        text: text.slice(ws[c.first].start, ws[c.last].end),
      }))
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
