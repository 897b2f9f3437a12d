import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/** "ambos Gobiernos", "les Ministères": one untitled "person" word, the plural of a word that opens organisations'
 * names, is no one. */
export function pluralOfBody(ws: Word[], c: Candidate): boolean {
  if (c.type !== 'person' || c.first !== c.last || c.titled) return false;
  const t = ws[c.first].text;
  return (
    /s$/u.test(t) && !LEX.firstNames.has(t) && [t.slice(0, -1), t.slice(0, -2)].some((h) => LEX.orgHeadsFirst.has(h))
  );
}
