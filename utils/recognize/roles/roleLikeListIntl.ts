import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { CLAUSE_END, plainWord } from './roleGrammar';
import { phrase } from '../passes/stripTitles';

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
  // ("estrellas de las ondas tan dispares como A y B": a comparison's adjective before "like")
  if (/^(tan|tant|aussi|si|tão|così)$/i.test(ws[n - 1]?.text ?? '')) n -= 2;
  const end = n;
  // ("cargos de RTVE como A y B", "colegas de la competencia como", "des géologues de 1er plan comme": the plural's
  // complement, "de" and up to three words, stands before "like")
  if (!pluralNoun(ws[n]?.text ?? '', rw)) {
    let j = n;
    while (j > n - 3 && j > 0 && !rw.isOf(ws[j].text) && !CLAUSE_END.has(ws[j].text) && !ws[j].sentenceStart) j--;
    if (rw.isOf(ws[j]?.text ?? '') && pluralNoun(ws[j - 1]?.text ?? '', rw)) {
      const head = j - 1;
      return phrase(ws, head, end);
    }
  }
  const adj = ws[n]?.text ?? '';
  const withAdj = !rw.isHead(adj) && rw.isPlural(adj) && /^\p{Ll}/u.test(adj) && rw.isHead(ws[n - 1]?.text ?? '');
  if (withAdj) n--;
  const noun = ws[n]?.text ?? '';
  if (!pluralNoun(noun, rw)) return null;
  return withAdj ? `${noun} ${adj}` : noun;
}

/** A plural of the language in lower case, no function word and no quality or act: "actores", "géologues". */
function pluralNoun(w: string, rw: RoleWords): boolean {
  return rw.isPlural(w) && /^\p{Ll}/u.test(w) && plainWord(w, rw) && !rw.isAbstractNoun(w);
}
