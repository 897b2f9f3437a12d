import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "in Levico Terme, Trento, Italy", "à Vesoul, Haute-Saône, France": a one-word name set between a capitalised
 * name and a known country or region, by commas, is a link of the place's chain (no given name opens it, and
 * the place after it is no owner: "Rossi, Italy's coach" is someone).
 */
export function placeInChain(ws: Word[], c: Candidate): boolean {
  if (c.first !== c.last || LEX.firstNames.has(ws[c.first].text)) return false;
  if (ws[c.first - 1]?.text !== ',' || !/^\p{Lu}/u.test(ws[c.first - 2]?.text ?? '')) return false;
  if (ws[c.last + 1]?.text !== ',') return false;
  const k = c.last + 2;
  // (the place after it, of one or two words)
  const n = LEX.placeNames.has(ws[k]?.text ?? '') ? 1 : LEX.placeNames.has(`${ws[k]?.text} ${ws[k + 1]?.text}`) ? 2 : 0;
  if (!n) return false;
  // (the country ends there: no possessive, no longer name after it)
  const after = ws[k + n]?.text ?? '.';
  return !/^['’]s?$/.test(after) && !/^\p{Lu}/u.test(after) && !ws[k].sentenceStart;
}
