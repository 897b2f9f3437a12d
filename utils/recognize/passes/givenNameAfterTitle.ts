import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isListedPlace, isTitleWord } from '../lexicon';

const GIVEN = /^\p{Lu}\p{Ll}+$/u;

/**
 * "GOP Sen. Rand Paul", "Rep. Ro Khanna": between a title and a surname the tagger names alone, one capitalised
 * word it left out is the person's given name (a name its 1996 training text never saw: "Rand" was a currency
 * there). Not a word that is itself a title, a listed place, body or nationality, or one the text also writes in
 * lower case.
 */
export function givenNameAfterTitle(ws: Word[], cands: Candidate[], lower: Set<string>): void {
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered.add(k);
  for (const c of cands) {
    const g = c.first - 1;
    const w = ws[g]?.text ?? '';
    const t = ws[g - 1]?.text ?? '';
    if (c.type !== 'person' || c.first !== c.last || g < 1 || covered.has(g) || !GIVEN.test(w)) continue;
    if (ws[c.first].start - ws[g].end !== 1 || ws[g].sentenceStart) continue;
    if (!(LEX.ranks.has(t) || LEX.honorifics.has(t) || (/^\p{Lu}/u.test(t) && isTitleWord(t)))) continue;
    if (isTitleWord(w) || isListedPlace(w) || LEX.orgNames.has(w) || LEX.demonyms.has(w) || LEX.notNames.has(w))
      continue;
    if (lower.has(w.toLowerCase())) continue;
    c.first = g;
    c.why.push('given name after a title');
  }
}
