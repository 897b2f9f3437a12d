import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isListedPlace } from '../lexicon';
import { phrase } from './stripTitles';

/**
 * "le sénateur John McCain de l'Arizona", "Frédéric Pierlot de l'OFP": French writes no surname with "de l'", so a
 * person's span runs no further: the name ends before it, and what follows is the state or the body (an acronym, or a
 * listed place), or nothing.
 */
export function cutOfThe(ws: Word[], c: Candidate): Candidate[] {
  if (c.type !== 'person') return [c];
  for (let k = c.first + 1; k < c.last; k++) {
    if (ws[k].text !== 'de' || !/^l['’]$/.test(ws[k + 1].text)) continue;
    const name = { ...c, last: k - 1, why: [...c.why, 'ends before "de l\'"'] };
    const rest = phrase(ws, k + 2, c.last) ?? '';
    const type = /^\p{Lu}{2,}$/u.test(rest) || LEX.orgNames.has(rest) ? 'org' : isListedPlace(rest) ? 'place' : null;
    return type ? [name, { ...c, first: k + 2, type, why: [...c.why, 'after "de l\'"'] }] : [name];
  }
  return [c];
}
