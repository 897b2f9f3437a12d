import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import { phrase } from './stripTitles';

/**
 * "Google or Facebook", "Users of Google or Facebook", "Twitter and Instagram": a tagger's span run through "or" or
 * "and" from one listed organisation or place to another is the two of them (the words before the first, "Users
 * of", are no name). Not when the whole span is listed ("Bosnia and Herzegovina") or a side is no listed name
 * ("Department of Health and Human Services").
 */
export function splitListedPair(ws: Word[], c: Candidate): Candidate[] {
  if (c.type === 'person' || c.last - c.first < 2) return [c];
  const listed = (a: number, b: number) => {
    const n = phrase(ws, a, b) ?? '';
    return LEX.orgNames.has(n) || LEX.placeNames.has(n);
  };
  if (listed(c.first, c.last)) return [c];
  for (let k = c.first + 1; k < c.last; k++) {
    if (!/^(or|and|ou|et|o|y|e|und|oder)$/.test(ws[k].text) || !listed(k + 1, c.last)) continue;
    for (let a = c.first; a < k; a++)
      if (listed(a, k - 1))
        return [
          { ...c, first: a, last: k - 1, why: [...c.why, `split at "${ws[k].text}"`] },
          { ...c, first: k + 1, why: [...c.why, `split at "${ws[k].text}"`] },
        ];
  }
  return [c];
}
