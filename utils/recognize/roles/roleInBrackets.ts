import type { Word } from '../words';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';

/**
 * "Jacques d'Harcourt (gouverneur du Crotoy)", "Ana Gil (portavoz del partido)": a role in brackets right after the
 * name, in the article's language, opening with its head (after an article, a modifier: "(l'ancien maire de Nancy)").
 * A party label ("(PS)") or a life ("(1914-2002)") opens with no head and gives none.
 */
export function roleInBrackets(ws: Word[], last: number, rw: RoleWords): string | null {
  if (ws[last + 1]?.text !== '(') return null;
  let a = last + 2;
  if (rw.articles.has(ws[a]?.text.toLowerCase() ?? '')) a++;
  const start = a; // (the role leaves the article out, as the appositives' do)
  while (rw.modifiers.has(unElide(ws[a]?.text ?? '').toLowerCase())) a++;
  const head = ws[a]?.text ?? '';
  if (!/^\p{Ll}/u.test(unElide(head)) || !(rw.isHead(head) || isRoleHead(head))) return null;
  for (let k = a + 1; k < ws.length && k - a < 14; k++) {
    if (ws[k].text === ')') return phrase(ws, start, k - 1);
    if (ws[k].text === '(' || ws[k].sentenceStart || /^[.;:]$/.test(ws[k].text)) return null;
  }
  return null;
}
