import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';

// A word of a personal name: capitalised, then lower case ("Ray", "Lund", "O'Hara", "Siu-wai").
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(-\p{Lu}?\p{Ll}+)*$/u;

/**
 * "CEO of the Housing Trust Ray Lund", "Minister of Trade Ann Lee": after an office and its
 * "of", the tagger may run the office's body into the holder's name and type it all a thing. Its last two
 * words, when they look like a given name and a surname, are the person; the words before them the body.
 * Words the article also writes in lower case (`lower`) are common nouns of the body's name, no one's
 * ("head of the Northern Soil Survey", "the soil survey").
 */
export function splitBodyName(ws: Word[], c: Candidate, lower: Set<string>): Candidate[] {
  if (c.type === 'person' || c.last - c.first < 2) return [c];
  const of = ws[c.first - 1]?.text === 'the' ? c.first - 2 : c.first - 1;
  if (ws[of]?.text !== 'of' || !isRoleHead(ws[of - 1]?.text ?? '')) return [c];
  const name = ws.slice(c.last - 1, c.last + 1).map((w) => w.text);
  const nameLike = (t: string) =>
    NAME_WORD.test(t) &&
    !lower.has(t.toLowerCase()) &&
    !isTitleWord(t) &&
    !LEX.notNames.has(t) &&
    !LEX.orgHeads.has(t) &&
    !LEX.placeHeads.has(t) &&
    !LEX.placeNames.has(t) &&
    !LEX.orgNames.has(t);
  if (!name.every(nameLike)) return [c];
  // ("National Institute of Allergy and Infectious Diseases": a body's words after its "and" or "of" are the body's;
  // a holder's name follows the body's last capitalised word)
  if (/^\p{Ll}|^&$/u.test(ws[c.last - 2].text)) return [c];
  // (the body left must be more than an article: "publisher of The Space Review" names a title, not Ms. Review)
  if (ws.slice(c.first, c.last - 1).every((w) => /^(the|a|an)$/i.test(w.text))) return [c];
  return [
    { ...c, last: c.last - 2, why: [...c.why, 'body split from a name'] },
    { ...c, first: c.last - 1, type: 'person', why: [...c.why, 'name split from its body'] },
  ];
}
