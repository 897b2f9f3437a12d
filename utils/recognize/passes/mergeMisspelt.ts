import { LEX } from '../lexicon';
import { normaliseName } from '../entityId';
import type { EntityType } from '../../types';
import type { Candidate } from '../candidate';

interface Group {
  name: string;
  type: EntityType | null;
  cands: Candidate[];
}

/** a and b differ by one letter added, dropped, changed, or two neighbours swapped (Damerau–Levenshtein 1). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.slice(i) === l.slice(i + 1); // added or dropped
}

// Words of a name as compared: normalised, without initials ("Dana F. Besecker").
const words = (name: string) =>
  name
    .split(/\s+/)
    .map(normaliseName)
    .filter((w) => w.length > 1);

/**
 * A long surname misspelt twice over, its length kept ("Bauchtman" of "Buchtmann", "Kankunnen" of "Kankkunen"):
 * eight letters at least, the same first letter, and two letters changed, added and dropped, or swapped. (Of equal
 * length only: "Williams" is no misspelling of "Williamson".)
 */
export function twoEditsApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 8 || a[0] !== b[0] || a === b) return false;
  // Optimal string alignment distance, cut off above two.
  let prev2: number[] = [],
    prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
    }
    if (Math.min(...cur) > 2) return false;
    [prev2, prev] = [prev, cur];
  }
  return prev[b.length] <= 2;
}

/**
 * `a` is `b` misspelt: the same number of words, all the same but one, and that one a letter apart, five letters
 * long at least ("Bernard Ingram" and "Bernard Ingham", "Kristin Wilkins" and "Kristen Wilkins"), or as many words as
 * the end of `b` ("Gonzáles Anaya" of "Alejandra González Anaya"); or one word that is the last word of `b` a letter
 * apart ("Mauer" of "K.C. Maurer"), or two letters when the word is long (`twoEditsApart`).
 */
function misspelt(a: string, b: string): boolean {
  const wa = words(a);
  let wb = words(b);
  if (wa.length === 1 && wb.length > 1)
    return (wa[0].length >= 5 && oneEditApart(wa[0], wb[wb.length - 1])) || twoEditsApart(wa[0], wb[wb.length - 1]);
  if (wa.length >= 2 && wb.length > wa.length) wb = wb.slice(wb.length - wa.length);
  if (wa.length !== wb.length || wa.length < 2) return false;
  const diff = wa.map((w, i) => i).filter((i) => wa[i] !== wb[i]);
  return (
    diff.length === 1 && Math.min(wa[diff[0]].length, wb[diff[0]].length) >= 5 && oneEditApart(wa[diff[0]], wb[diff[0]])
  );
}

/**
 * Pass 5 (after the short forms): one person the article spells two ways is one entity. Reporters and copy desks
 * slip ("Liam Neeson" … "Leeson", "Lydia Buchtmann" … "Bauchtman"), and the reader should not get two cards. A
 * group joins the one person named in full it is a misspelling of, and only when it fits no one else; a word the
 * tagger typed an organisation or a thing joins too when no lexicon knows it as one ("Levrentyeva" of "Olga
 * Lavrentyeva"). The group with more mentions keeps its spelling.
 */
export function mergeMisspelt(groups: Map<string, Group>): void {
  const people = () => [...groups.entries()].filter(([, g]) => g.type === 'person');
  const joinable = [...groups.entries()].filter(
    ([, g]) =>
      g.type === 'person' ||
      ((g.type === 'org' || g.type === 'misc' || g.type === null) &&
        !/\s/.test(g.name) &&
        !LEX.orgNames.has(g.name) &&
        !LEX.placeNames.has(g.name)),
  );
  // A person named in full opens with a given name, or was typed a person by the tagger at two mentions at least:
  // a "person" such as "Ciudad del Transporte" owns no misspelling ("Transportes", a ministry's remit).
  const named = (h: Group) =>
    LEX.firstNames.has(h.name.split(/\s+/)[0]) || h.cands.filter((c) => c.type === 'person').length > 1;
  for (const [key, g] of joinable) {
    if (!groups.has(key) || g.cands.some((c) => c.why.includes('body of an office'))) continue;
    const owners = people().filter(
      ([k, h]) => k !== key && /\s/.test(h.name) && (g.type === 'person' || named(h)) && misspelt(g.name, h.name),
    );
    if (owners.length !== 1) continue;
    const [okey, owner] = owners[0];
    // (two full names a letter apart: the one the article uses more keeps its spelling)
    const [keep, gone, goneKey] =
      g.type === 'person' && /\s/.test(g.name) && g.cands.length > owner.cands.length
        ? [g, owner, okey]
        : [owner, g, key];
    for (const c of gone.cands) {
      c.why.push('misspelt name of a named person');
      c.type = 'person';
      keep.cands.push(c);
    }
    groups.delete(goneKey);
  }
}
