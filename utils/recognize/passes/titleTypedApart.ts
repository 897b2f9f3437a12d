import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isListedPlace, isTitleWord } from '../lexicon';

/**
 * "the retiring Justice Sandra Day O’Connor": the tagger may type a title word before a name as a thing of its own
 * (an organisation "Justice") and the name after it as anything (a "misc" "Sandra Day O’Connor"). A span of two words
 * or more that opens on a given name, right after one capitalised title word that no list knows as a body or place,
 * is a person's (the title readers then take the title); a one-word thing the tagger made of the title goes.
 */
export function titleTypedApart(ws: Word[], cands: Candidate[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const n of cands) {
    if (n.type === 'person' || n.last === n.first || !LEX.firstNames.has(ws[n.first].text)) continue;
    const k = n.first - 1;
    const w = ws[k]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(w) || !isTitleWord(w) || LEX.orgNames.has(w) || isListedPlace(w)) continue;
    if (ws[n.first].start - ws[k].end !== 1) continue;
    // (the title stands alone: no other span runs over it, or only a one-word one)
    const over = cands.filter((c) => c !== n && c.first <= k && k <= c.last);
    if (over.some((c) => c.first !== c.last)) continue;
    for (const c of over) gone.add(c);
    n.type = 'person';
    n.why.push('a title before it');
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}
