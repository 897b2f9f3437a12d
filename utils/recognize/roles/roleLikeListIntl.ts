import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { plainWord } from './roleGrammar';

/**
 * "actores como Pavlovsky, Vicky Peña y Carme Sansa", "des comédiens comme A et B", "atores como X", "attori come
 * X": a plural noun, "like" ("como", "comme", "come", "tels que", "tales como") and a list of names give every
 * listed name that noun (the English "such as" is `roleIncluding`). Only names, commas and "and" stand between the
 * word "like" and the name (a comma and one adjective of a plural job may stand before "like": "des cheikhs islamistes,
 * comme A et B"); the noun is a plural of the language, lower case, no quality or act ("países" names
 * places, which are no one anyway).
 */
export function roleLikeListIntl(ws: Word[], first: number, rw: RoleWords, inName: Set<number>): string | null {
  let k = first - 1;
  while (k > 0 && (inName.has(k) || ws[k].text === ',' || rw.conjunctions.has(ws[k].text))) k--;
  if (k < 1 || !inName.has(k + 1)) return null;
  let n: number;
  if (/^(como|comme|come)$/.test(ws[k].text)) n = /^(tales|tal)$/.test(ws[k - 1]?.text ?? '') ? k - 2 : k - 1;
  else if (ws[k].text === 'que' && /^(tels|telles)$/.test(ws[k - 1]?.text ?? '')) n = k - 2;
  else return null;
  // ("des cheikhs islamistes, comme A et B": a comma before "like", an adjective after a plural of someone's job)
  if (ws[n]?.text === ',') n--;
  const adj = ws[n]?.text ?? '';
  const withAdj = !rw.isHead(adj) && rw.isPlural(adj) && /^\p{Ll}/u.test(adj) && rw.isHead(ws[n - 1]?.text ?? '');
  if (withAdj) n--;
  const noun = ws[n]?.text ?? '';
  if (!rw.isPlural(noun) || !/^\p{Ll}/u.test(noun) || !plainWord(noun, rw) || rw.isAbstractNoun(noun)) return null;
  return withAdj ? `${noun} ${adj}` : noun;
}
