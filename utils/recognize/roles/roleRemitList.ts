import type { Word } from '../words';
import { isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { DETERMINER } from './roleGrammar';

/**
 * "la consellera de Territori, Habitatge i Transició Ecològica, Sílvia Paneque,", "the Secretary of Health, Education
 * and Welfare, John Gardner,": an office whose remit is a list of capitalised areas, three or more, the last after
 * "and", set off by a comma before the name. The appositive reader stops at the list's first comma; this one reads
 * back over the items to the head and its "of", which an article, a contraction or the clause's start opens.
 */
export function roleRemitList(ws: Word[], first: number, last: number, rw: RoleWords | null): string | null {
  if (ws[first - 1]?.text !== ',' || !/^[,.;:)]$/.test(ws[last + 1]?.text ?? '.')) return null;
  // (Spanish news keeps a Catalan office's name in Catalan, whose "and" is "i")
  const conj = (t: string) => (rw ? rw.conjunctions.has(t.toLowerCase()) || t === 'i' : /^(and|&)$/.test(t));
  const of = (t: string) => (rw ? rw.isOf(t) : t === 'of');
  const head = (t: string) => (rw ? rw.isHead(t) : isRoleHead(t));
  const cap = (k: number) => k >= 0 && /^\p{Lu}/u.test(ws[k].text) && !head(ws[k].text);
  let k = first - 2;
  let items = 0;
  for (;;) {
    if (!cap(k)) return null;
    // (an item may hold its own "de": "Igualdad de Género")
    while (cap(k - 1) || (of(ws[k - 1]?.text ?? '') && cap(k - 2) && !head(ws[k - 3]?.text ?? ''))) k--;
    items++;
    const sep = ws[k - 1]?.text ?? '';
    // (the last item comes after "and"; the earlier ones after commas)
    if (items === 1 ? !conj(sep) : sep !== ',') break;
    k -= 2;
  }
  if (items < 3 || !of(ws[k - 1]?.text ?? '') || !head(ws[k - 2]?.text ?? '')) return null;
  let start = k - 2;
  while (start > 0 && !ws[start].sentenceStart && titleWord(ws[start - 1].text, rw)) start--;
  const before = ws[start - 1]?.text ?? '.';
  const opens =
    ws[start].sentenceStart ||
    /^[,.;:(]$/.test(before) ||
    DETERMINER.has(before.toLowerCase()) ||
    !!rw?.articles.has(before.toLowerCase()) ||
    !!rw?.contractions.has(before.toLowerCase());
  return opens ? phrase(ws, start, first - 2) : null;
}

/** A word of a title before its head ("Deputy", "vice", "nueva"). */
function titleWord(t: string, rw: RoleWords | null): boolean {
  return rw ? rw.isHead(t) || rw.modifiers.has(t.toLowerCase()) : isTitleWord(t);
}
