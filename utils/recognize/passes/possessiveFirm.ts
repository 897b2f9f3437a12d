import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "Lowe’s", "Moody's", "Sotheby's": a firm whose name is a possessive, which the word grid splits ("Lowe" + "’s")
 * and the tagger then takes for someone. The name and its "'s" are the listed firm, unless the word is a given name
 * or the surname of someone the article names in full (`surnames`: "Helmut Kohl … Kohl's government").
 */
export function possessiveFirm(ws: Word[], c: Candidate, surnames: ReadonlySet<string>): void {
  if (c.type === 'org' || !/^['’]s$/.test(ws[c.last + 1]?.text ?? '')) return;
  const name = ws
    .slice(c.first, c.last + 1)
    .map((w) => w.text)
    .join(' ');
  if (!LEX.orgNames.has(`${name}'s`) || LEX.firstNames.has(name) || surnames.has(ws[c.last].text)) return;
  c.last++;
  [c.type, c.why] = ['org', [...c.why, 'firm named by a possessive']];
}
