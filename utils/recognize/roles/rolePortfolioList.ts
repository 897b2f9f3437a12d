import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { unElide, type RoleWords } from '../roleWords';
import { phrase } from '../passes/stripTitles';

/**
 * "los ministros de Economía (Rato), Interior (Acebes) y Defensa (Trillo)", "les commissaires chargés de la
 * Concurrence (X) et du Sport (Y)": a name in brackets after a capitalised remit, in a list that hangs on a
 * plural title's "de", holds that title for that remit: "ministros de Interior".
 */
export function rolePortfolioList(ws: Word[], c: Candidate, rw: RoleWords): string | null {
  if (ws[c.first - 1]?.text !== '(' || ws[c.last + 1]?.text !== ')') return null;
  const cap = (k: number) => /^\p{Lu}/u.test(unElide(ws[k]?.text ?? '')) && !ws[k].sentenceStart;
  const e = c.first - 2;
  if (!cap(e)) return null;
  let s = e;
  while (s - 1 >= 0 && (cap(s - 1) || (rw.connectors.has(ws[s - 1].text.toLowerCase()) && cap(s - 2)))) s--;
  // Back over the earlier items of the list ("Competencia (X), Deportes (Y) y") to the plural title's "de".
  let k = s - 1;
  const listWord = (t: string) => t === ',' || t === '(' || t === ')' || rw.conjunctions.has(t);
  while (k >= 0 && s - k < 40 && !ws[k].sentenceStart && (listWord(ws[k].text) || cap(k))) k--;
  const de = ws[k]?.text.toLowerCase() ?? '';
  if (!rw.connectors.has(de) && !rw.contractions.has(de)) return null;
  // (the first of the plural heads: "comisarios europeos responsables de")
  let head = -1;
  for (let j = k - 1; j >= 0 && k - j <= 4 && !CLAUSE.test(ws[j].text); j--) {
    const h = ws[j].text;
    if (rw.isHead(h) && rw.pluralEndings.some((x) => h.endsWith(x))) head = j;
  }
  return head < 0 ? null : `${phrase(ws, head, k)} ${phrase(ws, s, e)}`;
}
const CLAUSE = /^[.,;:!?()"«»“”]$/;
