import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { isRoleHead } from '../lexicon';

// An age after a name: "24", "24 ans", "24 años", "24 anni", "aged 24", "24 years old".
const AGE = /^(?:aged\s)?\d{1,3}(?:\s(?:ans|an|años|anos|anni|years?|yrs?)(?:\sold)?)?$/u;
// Where someone is from: "de Cernay", "d'Alkirch", "of Leeds", "from Ohio", "du Mans" (a capitalised place).
const FROM =
  /^(?:de|du|des|of|from|in|à|a|da|do|di|del)\s(?:(?:la|le|los|las|the)\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const FROM_ELIDED = /^d['’]\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
// A year in brackets: "(1928)".
const YEAR = /^\(\s?\d{4}\s?\)$/;

/** One aside between commas that says only someone's age, home or birth year. */
function isAside(text: string): boolean {
  return AGE.test(text) || FROM.test(text) || FROM_ELIDED.test(text) || YEAR.test(text);
}

/**
 * "ses deux occupants, Luc Roux, 22 ans, de Metz, et Marc Brun, 30 ans, de Toul", "its two passengers, Jo
 * Park, 24, of Leeds, and Al Reed, 30, of York": the plural role set off before the first name of a list is
 * every listed name's, though each name carries its age or its home between commas. The name listed
 * before c (in `people`, in text order) must have a role with a plural head.
 */
export function roleListedWithAsides(
  ws: Word[],
  people: Candidate[],
  c: Candidate,
  rw: RoleWords | null,
): string | null {
  // (a home the tagger took for someone, "de Metz", is inside an aside: the listed name is before it)
  let i = people.indexOf(c) - 1;
  while (i >= 0 && !people[i].role && /^(?:de|du|of|from|d['’])$/i.test(ws[people[i].first - 1]?.text ?? '')) i--;
  const prev = people[i];
  if (!prev?.role || prev.type !== 'person' || c.role || c.first - prev.last > 30) return null;
  const between = ws.slice(prev.last + 1, c.first).map((w) => w.text);
  if (between[0] !== ',' || between.length < 3) return null;
  // The asides, split at their commas; the last part is "and" (", et", ", and", or "et" without a comma).
  const parts: string[][] = [[]];
  for (const t of between.slice(1))
    if (t === ',') parts.push([]);
    else parts[parts.length - 1].push(t);
  const and = (t: string) => t === 'and' || !!rw?.conjunctions.has(t.toLowerCase());
  const last = parts.pop()!;
  // ("…, de Metz et Marc Brun": the "and" may end the last aside)
  if (last.length === 1 && and(last[0])) {
    /* ", et" */
  } else if (last.length > 1 && and(last[last.length - 1])) parts.push(last.slice(0, -1));
  else return null;
  if (!parts.length || !parts.every((p) => p.length && p.length <= 5 && isAside(p.join(' ').replace(/\( /, '('))))
    return null;
  return pluralHead(prev.role, rw) ? prev.role : null;
}

/** The role's head is plural: "occupants", "deux passagers", "its two founders". */
function pluralHead(role: string, rw: RoleWords | null): boolean {
  const words = role.split(/\s+/).map((w) => unElide(w));
  if (rw) {
    const heads = words.filter((w) => rw.isHead(w));
    const h = heads[heads.length - 1] ?? '';
    return !!h && rw.isPlural(h);
  }
  const p = words.findIndex((w, i) => i > 0 && /^(of|for|at|in|from|to)$/.test(w));
  const head = p > 0 ? words[p - 1] : words[words.length - 1];
  return /[^s]s$/i.test(head) && isRoleHead(head);
}
