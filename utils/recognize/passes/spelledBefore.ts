import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';

/** c is one word in capitals, in brackets, the initials of the lower-case words right before the bracket. */
export function spelledBefore(ws: Word[], c: Candidate, rw: RoleWords): boolean {
  const a = ws[c.first].text;
  if (c.first !== c.last || !/^\p{Lu}{2,6}$/u.test(a) || ws[c.first - 1]?.text !== '(' || ws[c.last + 1]?.text !== ')')
    return false;
  const small = (t: string) => rw.connectors.has(t) || rw.articles.has(t) || rw.contractions.has(t);
  let k = c.first - 2;
  for (let i = a.length - 1; i >= 0; i--) {
    while (k >= 0 && small(ws[k].text)) k--;
    const t = ws[k]?.text ?? '';
    if (!/^\p{Ll}/u.test(t) || t.normalize('NFD')[0].toUpperCase() !== a[i]) return false;
    k--;
  }
  return true;
}
