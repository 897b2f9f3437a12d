import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

// A word of a personal name: capitalised, then lower case ("Ann", "Lee", "O'Hara", "Siu-wai").
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(-\p{Lu}?\p{Ll}+)*$/u;

/**
 * "Ann Lee of Green Future Party" typed an organisation: the tagger ran a person's name into the body
 * named after it. A given name and one or two more name words, then "of" and a capitalised body, are two
 * names: the person, and the body with the span's type. (A name of one word before "of" is a title's, as
 * in "Margaret of Anjou" or "Duke of York", and stays whole.)
 */
export function splitNameOfBody(ws: Word[], c: Candidate): Candidate[] {
  if (c.type === 'person' || !LEX.firstNames.has(ws[c.first].text)) return [c];
  const of = ws.findIndex((w, k) => k > c.first && k < c.last && w.text === 'of');
  if (of < c.first + 2 || of > c.first + 3) return [c];
  if (!ws.slice(c.first + 1, of).every((w) => NAME_WORD.test(w.text) && !LEX.orgHeads.has(w.text))) return [c];
  const body = ws[of + 1].text === 'the' ? of + 2 : of + 1;
  if (body > c.last || !/^\p{Lu}/u.test(ws[body].text)) return [c];
  return [
    { ...c, last: of - 1, type: 'person', why: [...c.why, 'name split from its body'] },
    { ...c, first: body, why: [...c.why, 'body split from a name'] },
  ];
}
