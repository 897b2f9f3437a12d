import type { Word } from '../words';
import { LEX } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { roleApposBefore } from './roleApposBefore';

/**
 * "Israel's chief military spokesperson, Rear Admiral Daniel Hagari,", "the Pentagon's press secretary, Maj. Gen. Pat
 * Ryder,": a rank before the name (`rank`, the role the title stripper left) and an appositive before the rank. The rank
 * alone says little of who this is; the post the appositive names comes first, the rank after it, as the article
 * writes them. Null where the title is more than a rank or no appositive is set off before it.
 */
export function roleBeforeRank(
  ws: Word[],
  first: number,
  last: number,
  rank: string,
  rw: RoleWords | null,
  inName: Set<number>,
): string | null {
  let k = first;
  while (k > 0 && (LEX.ranks.has(ws[k - 1].text) || LEX.rankWords.has(ws[k - 1].text))) k--;
  if (
    k === first ||
    ws
      .slice(k, first)
      .map((w) => w.text)
      .join(' ') !== rank
  )
    return null;
  const appos = roleApposBefore(ws, k, last, rw, inName);
  // (a sentence's capitalised article is no part of the post: "The Pentagon's press secretary")
  return appos ? `${appos.replace(/^(The|A|An) /, '')}, ${rank}` : null;
}
