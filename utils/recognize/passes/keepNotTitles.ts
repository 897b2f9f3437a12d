import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';

/** "entre Mayor Oreja y …": an English title word that is an ordinary word or surname in the article's language
 * (`notTitles`), capitalised right before a person's span, is the name's first word, not a title. */
export function keepNotTitles(ws: Word[], cands: Candidate[], rw: RoleWords): void {
  for (const c of cands)
    if (
      c.type === 'person' &&
      c.first > 0 &&
      rw.notTitles.has(ws[c.first - 1].text) &&
      !cands.some((d) => d.first <= c.first - 1 && c.first - 1 <= d.last)
    ) {
      c.first--;
      c.why.push(`"${ws[c.first].text}" is no title here`);
    }
}
