import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { phrase } from '../passes/stripTitles';

const WHOSE = /^(whose|cuyo|cuya|cuyos|cuyas|cujo|cuja|dont)$/i;

/**
 * "Fuentes del Hospital La Paz, cuyo jefe es Carlos Villasante,", "l'Institut, dont le directeur est X", "the
 * agency, whose chairman is X": the head before the copula is the name's role, of the body named before "whose"
 * when the text names it in capitals right there ("jefe del Hospital La Paz").
 */
export function roleWhose(ws: Word[], first: number, rw: RoleWords | null): string | null {
  const copula = ws[first - 1]?.text.toLowerCase() ?? '';
  if (!LEX.copulas.has(copula) && !rw?.copulas.has(copula)) return null;
  const head = ws[first - 2]?.text ?? '';
  if (!/^\p{Ll}/u.test(head) || !(isRoleHead(head) || !!rw?.isHead(head))) return null;
  let w = first - 3;
  if (rw?.articles.has(ws[w]?.text.toLowerCase() ?? '')) w--;
  if (!WHOSE.test(ws[w]?.text ?? '')) return null;
  // (the body: the capitalised words before the comma, after their article or "de")
  if (ws[w - 1]?.text !== ',') return head;
  let b = w - 2;
  while (b >= 0 && w - 2 - b < 6 && /^\p{Lu}/u.test(ws[b].text) && !ws[b].sentenceStart) b--;
  if (b === w - 2) return head;
  // (with the text's own "of" before it: "del Hospital La Paz", "of the Fed")
  let of = b + 1;
  if (rw ? rw.articles.has(ws[b].text.toLowerCase()) : /^the$/i.test(ws[b].text)) of = b--;
  const own = rw ? rw.isOf(ws[b]?.text ?? '') : /^of$/i.test(ws[b]?.text ?? '');
  if (own) of = b;
  const body = phrase(ws, of, w - 2);
  return own ? `${head} ${body}` : `${head} ${rw ? 'de' : 'of'} ${body}`;
}
