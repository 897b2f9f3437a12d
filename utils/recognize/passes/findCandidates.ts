import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

const CAP = /^(\p{Lu}|\d+\p{Lu})/u;
const CONNECTOR = new Set(['of', 'for', 'de', 'van', 'von', 'al', 'bin', 'el', 'la', 'du', 'der', 'da']);

/**
 * Pass 1 (rule mode): runs of capitalised words, joined across "of"/"for"
 * ("Secretary of State", "Joint Chiefs of Staff"), never across punctuation or
 * sentence ends. Leading sentence words that are not names are dropped.
 */
export function findCandidates(ws: Word[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isNameWord(ws[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const next = ws[j + 1];
      if (isNameWord(next) && !next.sentenceStart) j++;
      else if (
        CONNECTOR.has(next.text) &&
        j + 2 < ws.length &&
        isNameWord(ws[j + 2]) &&
        !LEX.notNames.has(ws[j + 2].text)
      )
        j += 2;
      else break;
    }
    let a = i;
    // Drop sentence words ("The", "After"), unless they start a known name ("New York").
    while (a <= j && LEX.notNames.has(ws[a].text) && !knownName(ws, a, j)) a++;
    if (a <= j) out.push({ first: a, last: j, type: null, role: null, titled: false, why: ['capitalised'] });
    i = j + 1;
  }
  return out;
}

function isNameWord(w: Word): boolean {
  return CAP.test(w.text) && w.text.length <= 40;
}

function knownName(ws: Word[], a: number, j: number): boolean {
  let name = '';
  for (let k = a; k <= j && k < a + 5; k++) {
    name += (k > a ? ' ' : '') + ws[k].text;
    if (k > a && (LEX.placeNames.has(name) || LEX.orgNames.has(name))) return true;
  }
  return false;
}
