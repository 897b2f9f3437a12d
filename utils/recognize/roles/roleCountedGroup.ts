import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';

const NUMBER: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "Two federal prison officers were charged Tuesday … Prosecutors alleged that Ann Roe and Ben Poe …": a
 * counted plural role in the sentence before a list of exactly as many names, none of them with a role,
 * is the role of each ("federal prison officers"). English only; the count must match the names listed.
 */
export function roleCountedGroup(ws: Word[], people: Candidate[]): void {
  for (let i = 0; i < people.length; i++) {
    // The names listed together: "A and B", "A, B and C".
    const group = [people[i]];
    while (i + 1 < people.length) {
      const between = ws.slice(group[group.length - 1].last + 1, people[i + 1].first).map((w) => w.text);
      if (!between.length || !between.every((t) => t === ',' || t === 'and')) break;
      group.push(people[++i]);
    }
    if (group.length < 2 || group.some((c) => c.role)) continue;
    // The sentence before the one the list is in.
    let s = group[0].first;
    while (s > 0 && !ws[s].sentenceStart) s--;
    let p = s - 1;
    while (p > 0 && !ws[p].sentenceStart) p--;
    if (p < 0 || s === 0) continue;
    const role = countedRole(ws, p, s, group.length);
    if (!role) continue;
    for (const c of group) {
      c.role = role;
      c.why.push('counted role, sentence before');
    }
  }
}

/** In ws[from, to): a number word for `n`, up to three lower-case modifiers and a plural role head. */
function countedRole(ws: Word[], from: number, to: number, n: number): string | null {
  for (let k = from; k < to; k++) {
    if (NUMBER[ws[k].text.toLowerCase()] !== n) continue;
    for (let h = k + 1; h < to && h - k <= 4; h++) {
      const t = ws[h].text;
      if (!/^\p{Ll}/u.test(t)) break;
      if (/s$/.test(t) && isRoleHead(t)) return phrase(ws, k + 1, h);
    }
  }
  return null;
}
