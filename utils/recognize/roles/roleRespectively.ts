import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { phrase } from '../passes/stripTitles';

// "respectively" in the languages the role readers know.
const RESPECTIVELY = new Set(['respectively', 'respectivamente', 'respectivement', 'rispettivamente']);
const AND = new Set(['and', 'y', 'e', 'et', 'i']);

/**
 * "Luis Cuervas y José María del Nido, ex presidente y ex vicepresidente del Sevilla FC, respectivamente", "A and B,
 * chairman and chief executive of Acme, respectively": names joined by "and", then as many roles joined by "and",
 * then "respectively": each name takes its role, in order, and the body named after the last role is every role's.
 */
export function roleRespectively(ws: Word[], people: Candidate[], rw: RoleWords | null): void {
  const and = (t: string) => AND.has(t) || !!rw?.conjunctions.has(t);
  for (let r = 2; r < ws.length; r++) {
    if (!RESPECTIVELY.has(ws[r].text.toLowerCase()) || ws[r - 1].text !== ',') continue;
    // ("A et B, respectivement premier ministre et ministre des comptes publics, ont …": the word first, the roles
    // after it up to the next comma or the sentence's end)
    if (inFront(ws, people, r, and)) continue;
    // The roles: from the comma before them to the comma before "respectively", split at the one "and".
    let open = r - 2;
    while (open > 0 && ws[open].text !== ',' && !ws[open].sentenceStart) open--;
    if (ws[open].text !== ',') continue;
    const words = ws.slice(open + 1, r - 1);
    const split = words.findIndex((w) => and(w.text));
    if (split <= 0 || words.slice(split + 1).some((w) => and(w.text))) continue;
    // The names: right before the opening comma, "A and B" (two people, nothing else between).
    const b = people.find((c) => c.last === open - 1);
    const a = b && people.find((c) => c.last === b.first - 2 && and(ws[b.first - 1].text));
    // (the second name may already hold the whole list as its appositive, which this reading corrects)
    if (!a || !b || a.role) continue;
    // The body after the second role's head ("del Sevilla FC", "of Acme") is the first role's too.
    const second = words.slice(split + 1);
    const body = second.findIndex((w) => /^\p{Lu}/u.test(w.text));
    const tail = body > 0 ? phrase(ws, open + 1 + split + 1 + body - 1, r - 2) : null;
    const first = phrase(ws, open + 1, open + split);
    const last = phrase(ws, open + split + 2, r - 2);
    if (!first || !last || (b.role && !b.role.includes(first))) continue;
    a.role = tail ? `${first} ${tail}` : first;
    b.role = last;
    for (const c of [a, b]) {
      c.type = 'person';
      c.why.push('roles given respectively');
    }
  }
}

/** "A and B, respectively R1 and R2,": gives A and B their roles when the names end right before the comma. */
function inFront(ws: Word[], people: Candidate[], r: number, and: (t: string) => boolean): boolean {
  const b = people.find((c) => c.last === r - 2);
  const a = b && people.find((c) => c.last === b.first - 2 && and(ws[b.first - 1].text));
  // (the second name may hold the list as its appositive, "respectively the chairman and …", which this corrects)
  if (!a || !b || a.role || (b.role && !RESPECTIVELY.has(b.role.split(/\s+/)[0].toLowerCase()))) return false;
  let close = r + 1;
  while (close < ws.length && close - r <= 20 && !/^[,.;:)]$/.test(ws[close].text) && !ws[close].sentenceStart) close++;
  const words = ws.slice(r + 1, close);
  const split = words.findIndex((w) => and(w.text));
  if (split <= 0 || split === words.length - 1 || words.slice(split + 1).some((w) => and(w.text))) return false;
  const first = phrase(ws, r + 1, r + split);
  const last = phrase(ws, r + split + 2, close - 1);
  if (!first || !last) return false;
  a.role = first;
  b.role = last;
  for (const c of [a, b]) {
    c.type = 'person';
    c.why.push('roles given respectively');
  }
  return true;
}
