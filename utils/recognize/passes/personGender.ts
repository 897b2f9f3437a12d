import type { Word } from '../words';
import type { Candidate } from '../candidate';
import titles from '../lexicon/titles.json';
import gender from '../lexicon/given-name-gender.json';

export type Gender = 'f' | 'm';

const strip = (w: string) => w.replace(/\.$/, '');
// Honorifics (capitalised) and the nouns of roles that say a woman or a man ("Mrs", "wife", "actriz"; "Mr", "son").
const HONORIFIC = new Map<string, Gender>();
const ROLE_WORD = new Map<string, Gender>();
for (const [list, g] of [
  [titles.femaleWords, 'f'],
  [titles.maleWords, 'm'],
] as [string[], Gender][])
  for (const w of list) (/^\p{Lu}/u.test(w) ? HONORIFIC : ROLE_WORD).set(strip(w), g);
// All the role nouns as one whole-word pattern, built once (a person's role is read against it, not word by word).
const ROLE_PATTERN = new RegExp(
  `(?<!\\p{L})(${[...ROLE_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`,
  'gu',
);
const GIVEN = new Map<string, Gender>([
  ...gender.female.map((n): [string, Gender] => [n, 'f']),
  ...gender.male.map((n): [string, Gender] => [n, 'm']),
]);

/** "Mrs Yeltsin", "Mr. Kirby", "la Sra. Gil": the gender an honorific right before word `k` gives, or null. */
export function honorificGender(ws: Word[], k: number): Gender | null {
  const before = ws[k - 1]?.text === '.' ? ws[k - 2] : ws[k - 1];
  return before ? (HONORIFIC.get(strip(before.text)) ?? null) : null;
}

/**
 * What the article says of a person's gender: an honorific before a mention, a given name of the lists, or a role
 * whose noun says it ("wife of the Russian president"); null when it says nothing, or both.
 */
export function personGender(ws: Word[], cands: Candidate[]): Gender | null {
  const votes = new Set<Gender>();
  for (const c of cands) {
    const h = honorificGender(ws, c.first);
    if (h) votes.add(h);
    if (c.last > c.first) {
      const g = GIVEN.get(ws[c.first].text);
      if (g) votes.add(g);
    }
    if (c.role) for (const m of c.role.toLowerCase().matchAll(ROLE_PATTERN)) votes.add(ROLE_WORD.get(m[1])!);
  }
  return votes.size === 1 ? [...votes][0] : null;
}
