import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { phrase } from '../passes/stripTitles';

/**
 * "el hijo del alcalde marbellí Miguel Gil", "l'épouse du président X", "a filha do ministro X": a title read
 * right before a name, itself the complement of a kinship noun, is the relative's, not the name's. The name is
 * the son's, and his role is the whole "hijo del alcalde marbellí"; a card that called him the mayor would be
 * wrong. `title` is the role read before the name, whose words end right before ws[lead].
 */
export function kinOfTitle(ws: Word[], title: string | null, lead: number, rw: RoleWords): string | null {
  if (!title) return title;
  // Where the title's words start: it ends right before the name (or its honorific).
  let start = lead;
  let text = '';
  while (start > 0 && text.length < title.length) {
    start--;
    text = phrase(ws, start, lead - 1) ?? '';
  }
  if (text !== title) return title;
  const prep = (ws[start - 1]?.text ?? '').toLowerCase();
  // "del alcalde", "du président", "do ministro", or "de la ministra", "de l'"
  let k = start - 1;
  if (rw.articles.has(prep) && rw.connectors.has((ws[k - 1]?.text ?? '').toLowerCase())) k--;
  if (!rw.isOf(ws[k]?.text ?? '') || !rw.kinNouns.has((ws[k - 1]?.text ?? '').toLowerCase())) return title;
  return phrase(ws, k - 1, lead - 1);
}
