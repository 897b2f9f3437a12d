import type { Entity, EntityType } from '../../types';
import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { entityId, normaliseName } from '../entityId';
import { LEX } from '../lexicon';
import { isOfficialRole, roleOrganisation, tidyRole } from './attachRoles';
import type { RoleWords } from '../roleWords';
import { joinAcronyms } from './joinAcronyms';

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
export function joinMentions(text: string, ws: Word[], cands: Candidate[], rw: RoleWords | null = null): Entity[] {
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
    // A given name from the wider list ("Vale") before a plural ("Vale Foods") is a company's name.
    if (
      c.type !== 'person' &&
      c.last > c.first &&
      !known &&
      LEX.firstNames.has(ws[c.first].text) &&
      !LEX.orgHeads.has(ws[c.last].text) &&
      (LEX.newsFirstNames.has(ws[c.first].text) || !/[^su]s$/.test(ws[c.last].text))
    ) {
      c.type = 'person';
      c.why.push('first name');
    }
    add(groups, normaliseName(name), name, c);
  }
  mergeShortForms(groups, rw?.nameEndings ?? []);
  mergeMaidenNames(ws, groups);
  // Which person groups a one-word mention could be short for: family name first or last.
  const byPart = new Map<string, string[]>();
  // ...and those whose last name it is: "Claude" of "Georges Claude", not of "Claude Debussy".
  const byLast = new Map<string, string[]>();
  for (const [key, g] of groups)
    if (g.type === 'person') {
      for (const p of personParts(g.name)) byPart.set(p, [...(byPart.get(p) ?? []), key]);
      const last = normaliseName(g.name.split(/\s+/).pop()!);
      if (/\s/.test(g.name)) byLast.set(last, [...(byLast.get(last) ?? []), key]);
    }
  for (const c of short) {
    const key = normaliseName(nameOf(c));
    if (groups.has(key)) {
      add(groups, key, nameOf(c), c);
      continue;
    }
    // In a language that declines names ("Moyesem", "Součka"), the stem may be the part.
    const stems = (rw?.nameEndings ?? [])
      .filter((e) => key.endsWith(e))
      .flatMap((e) => [key.slice(0, -e.length), refleet(key.slice(0, -e.length))]);
    let owners = byPart.get(key) ?? stems.map((k) => byPart.get(k) ?? []).find((o) => o.length === 1) ?? [];
    // A news article calls people by their surname: one owner by surname wins over first names.
    if (owners.length > 1 && byLast.get(key)?.length === 1) owners = byLast.get(key)!;
    // "Lorenz" typed as a place, "Lladanosa" as an organisation: the surname of a
    // person named in full here is that person.
    // "the North" in an article about North Korea: the one place named here that it opens.
    const region = c.type === 'place' && COMPASS.has(nameOf(c)) ? placesOpenedBy(groups, nameOf(c)) : [];
    if (region.length === 1) {
      c.why.push('short for a place named here');
      add(groups, region[0], groups.get(region[0])!.name, c);
    } else if (owners.length === 1) {
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

  addUntaggedSurnames(text, ws, cands, groups);
  joinAcronyms(ws, cands, groups);

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
      official: type === 'person' && isOfficialRole(role, rw),
      mentions,
      why: [...new Set(g.cands.flatMap((c) => c.why))],
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const COMPASS = new Set(['North', 'South', 'East', 'West']);

/** Keys of the place groups whose name opens with `word` and goes on ("North Korea" for "North"). */
function placesOpenedBy(groups: Map<string, Group>, word: string): string[] {
  return [...groups.entries()].filter(([, g]) => g.type === 'place' && g.name.startsWith(word + ' ')).map(([k]) => k);
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

/**
 * The parts of a person's name a short mention may use: family name first or
 * last, a middle name ("Lula" of "Luiz Inácio Lula da Silva"), and the name
 * after a particle ("Bashir" of "al-Bashir").
 */
function personParts(name: string): string[] {
  const words = name.split(/\s+/);
  const parts = words.map(normaliseName);
  if (parts.length === 1) return parts;
  const out = new Set([parts[0], parts[parts.length - 1]]);
  for (const w of words.slice(1, -1)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) out.add(normaliseName(w));
  const tail = /^\p{Ll}{1,3}-(\p{Lu}.*)$/u.exec(words[words.length - 1]);
  if (tail) out.add(normaliseName(tail[1]));
  return [...out];
}

// Czech drops an "e" before the last consonant when a name is declined: "Karel" → "Karla", "Souček" → "Součka".
const unfleet = (w: string) => w.replace(/e([^aeiouy])$/u, '$1');
const refleet = (w: string) => w.replace(/([^aeiouy])([^aeiouy])$/u, '$1e$2');

/**
 * A two-word or longer person name whose words all appear, in order, in one
 * longer person name with the same last word is that person: "Forrest Jones"
 * of "Michael Forrest Jones", "Bin Laden" of "Osama bin Laden". With name
 * endings (declined languages) "Davida Moyese" is "David Moyes".
 */
function mergeShortForms(groups: Map<string, Group>, endings: string[]): void {
  const stem = (w: string, e: string) => (w.length > e.length + 2 && w.endsWith(e) ? w.slice(0, -e.length) : null);
  const same = (a: string, b: string) =>
    a === b ||
    endings.some((e) => a === b + e || b === a + e || unfleet(a) + e === b || unfleet(b) + e === a) ||
    // Two declined forms of one name: "Declanem" and "Declana" (both "Declan").
    endings.some((e) => {
      const sa = stem(a, e);
      return !!sa && endings.some((f) => f !== e && stem(b, f) === sa);
    });
  const memo = new Map<Group, string[]>();
  const words = (g: Group) => {
    let w = memo.get(g);
    if (!w) memo.set(g, (w = g.name.split(/\s+/).map(normaliseName)));
    return w;
  };
  const people = [...groups.entries()].filter(([, g]) => g.type === 'person');
  for (const [key, g] of people) {
    const ws = words(g);
    if (ws.length < 2) continue;
    const owners = people.filter(([k, h]) => {
      if (k === key || !groups.has(k)) return false;
      const hs = words(h);
      if (hs.length < ws.length || !same(ws[ws.length - 1], hs[hs.length - 1])) return false;
      if (hs.length === ws.length)
        return endings.length > 0 && ws.every((w, i) => same(w, hs[i])) && h.name.length <= g.name.length && k < key;
      let i = 0;
      for (const w of hs) if (i < ws.length && same(ws[i], w)) i++;
      return i === ws.length;
    });
    if (owners.length !== 1) continue;
    const [, owner] = owners[0];
    for (const c of g.cands) {
      c.why.push('short form of a named person');
      owner.cands.push(c);
    }
    groups.delete(key);
  }
}

/**
 * "Ellen Gille, née Fetter" (or "(née Fetter)"): the person named with her maiden name ("Ellen Fetter")
 * is the one named with her married name; the group mentioned first keeps its name.
 */
function mergeMaidenNames(ws: Word[], groups: Map<string, Group>): void {
  const people = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const groupEndingAt = (k: number) => people.find(([, g]) => g.cands.some((c) => c.last === k));
  for (let k = 2; k + 1 < ws.length; k++) {
    if (
      ws[k].text.length !== 3 ||
      !/^n[ée]e$/i.test(ws[k].text) ||
      !/^[,(]$/.test(ws[k - 1].text) ||
      !/^\p{Lu}/u.test(ws[k + 1].text)
    )
      continue;
    const married = groupEndingAt(k - 2);
    if (!married) continue;
    const first = married[1].name.split(/\s+/)[0];
    const maiden = people.find(
      ([key, g]) => key !== married[0] && groups.has(key) && g.name === `${first} ${ws[k + 1].text}`,
    );
    if (!maiden) continue;
    const start = (g: Group) => Math.min(...g.cands.map((c) => ws[c.first].start));
    const [keep, gone] = start(maiden[1]) < start(married[1]) ? [maiden, married] : [married, maiden];
    for (const c of gone[1].cands) {
      c.why.push('maiden name');
      keep[1].cands.push(c);
    }
    groups.delete(gone[0]);
  }
}

/**
 * The tagger misses a known person's surname now and then ("Moyes je ...",
 * "Earnest added"), and a surname inside "anti-Trump" is no word of its own:
 * capitalised words equal to the last name of exactly one person found here,
 * not next to another capitalised word, join that person.
 */
function addUntaggedSurnames(text: string, ws: Word[], cands: Candidate[], groups: Map<string, Group>): void {
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered.add(k);
  const byLast = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.type !== 'person') continue;
    const last = g.name.split(/\s+/).pop()!;
    const key = last.replace(/^\p{Ll}{1,3}-/u, '');
    if (key.length < 3 || !/^\p{Lu}\p{Ll}/u.test(key) || LEX.notNames.has(key)) continue;
    byLast.set(key, byLast.has(key) && byLast.get(key) !== g ? null : g);
  }
  const isCapWord = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);
  const n = ws.length;
  for (let k = 0; k < n; k++) {
    if (covered.has(k)) continue;
    const w = ws[k];
    // "anti-Trump", "post-Mugabe": the name after a lower-case prefix.
    const pre = /^(\p{Ll}+-)(\p{Lu}[\p{L}'’-]*)$/u.exec(w.text);
    const name = pre ? pre[2] : w.text;
    const g = byLast.get(name);
    if (!g) continue;
    if (
      !pre &&
      (isCapWord(ws[k + 1]) ||
        (isCapWord(ws[k - 1]) && !w.sentenceStart && ws[k - 1].text !== 'Mr.' && !ws[k - 1].text.endsWith('.')))
    )
      continue;
    let idx = k;
    if (pre) {
      // A word of its own for the name inside the hyphenated one, so the mention's offsets are the name's.
      const start = w.start + pre[1].length;
      idx = ws.push({ text: name, start, end: start + name.length, sentenceStart: false }) - 1;
    }
    g.cands.push({
      first: idx,
      last: idx,
      type: 'person',
      role: null,
      titled: false,
      why: ['surname of a named person (untagged)'],
    });
  }
}
