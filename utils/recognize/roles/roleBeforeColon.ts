import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { phrase } from '../passes/stripTitles';

/**
 * "Le bureau : président : Luc Roux ; trésorière : Ana Gil ; secrétaire : Eva Sanz.", "Presidente: Juan Mora;": a
 * committee listed as title, colon, name; the title opens its item (after a semicolon, a colon, a full stop or
 * the line's start) and the name closes it. Such a board is an association's or a club's (a government is not
 * listed so): its officers hold no public office (`joinMentions`).
 */
export function roleBeforeColon(ws: Word[], c: Candidate, rw: RoleWords): string | null {
  if (ws[c.first - 1]?.text !== ':' || !/^[;.,]?$/.test(ws[c.last + 1]?.text ?? '')) return null;
  const e = c.first - 2;
  let s = e;
  while (s >= 0 && e - s < 5 && !/^[;:.,!?()"«»“”]$/.test(ws[s].text) && (s === e || !ws[s + 1].sentenceStart)) s--;
  s++;
  if (s > e || !(s === 0 || ws[s].sentenceStart || /^[;:]$/.test(ws[s - 1].text))) return null;
  // (an item of a list: a semicolon before the title or after the name)
  if (ws[c.last + 1]?.text !== ';' && ws[s - 1]?.text !== ';') return null;
  return rw.isHead(ws[s].text) ? phrase(ws, s, e) : null;
}
