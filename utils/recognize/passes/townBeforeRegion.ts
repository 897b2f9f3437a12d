import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "in Nashville, Tennessee", "Pepsi Center, Denver, CO", "Sugar Land, Texas.": a name right before a comma and a
 * state or province (or its postal code), where the region ends the phrase, is a town's. No given name opens it,
 * and the region is no owner ("Kirby, Tennessee's senator") nor the first of a longer name. `surnames`: the last
 * words of the people named in full here.
 */
export function townBeforeRegion(ws: Word[], c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.last - c.first > 2 || ws[c.last + 1]?.text !== ',') return false;
  let k = c.last + 2;
  // ("à Evanston, dans l'Illinois", "en Evanston, en Illinois": French and Spanish put the region after "in" and its article)
  if (IN.has(ws[k]?.text ?? '') && /^\p{Lu}/u.test(ws[k + 1]?.text ?? '')) k += 1;
  else if (IN.has(ws[k]?.text ?? '') && ARTICLE.test(ws[k + 1]?.text ?? '')) k += 2;
  const one = ws[k]?.text ?? '';
  const two = `${one} ${ws[k + 1]?.text ?? ''}`;
  const code = LEX.regionCodes.has(one);
  const n = code || LEX.regionNames.has(one) ? 1 : LEX.regionNames.has(two) ? 2 : 0;
  if (!n || ws[k].sentenceStart) return false;
  // (a given name opens no town's name; alone before a postal code it is one: "Charlotte, NC". Some codes are also
  // letters after a name, "Mark Tedeschi, QC", "Jane Roe, MD", so a surname of someone named here is no town either)
  if (LEX.firstNames.has(ws[c.first].text) && !(code && c.first === c.last)) return false;
  if (c.first === c.last && surnames.has(ws[c.first].text)) return false;
  // (the region ends there: a full stop, a comma, a bracket, a line's end or lower-case words, never "'s" or a name)
  const after = ws[k + n];
  if (!after || after.sentenceStart) return true;
  return !/^['’]s?$/.test(after.text) && !/^\p{Lu}/u.test(after.text);
}

const IN = new Set(['dans', 'en', 'au']);
const ARTICLE = /^(l['’]|le|la|el)$/i;
