import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

/**
 * "Selon Le Monde", "Según El País": a sentence's opening preposition or adverb is no part of the thing's name after
 * it (an article may be: "Le Monde", "La Nación"). People lose theirs in stripHonorific, with its own exceptions.
 */
export function cutSentenceWord(ws: Word[], c: Candidate, rw: RoleWords): void {
  while (
    c.type !== 'person' &&
    c.first < c.last &&
    ws[c.first].sentenceStart &&
    rw.stop.has(ws[c.first].text.toLowerCase()) &&
    !rw.articles.has(ws[c.first].text.toLowerCase()) &&
    /^\p{Lu}/u.test(ws[c.first + 1].text)
  ) {
    c.first++;
    c.why.push('sentence word cut');
    // ("Selon Marine Le Pen", typed a body with its preposition: without it, someone the lexicon knows)
    const name = ws
      .slice(c.first, c.last + 1)
      .map((w) => w.text)
      .join(' ');
    if (LEX.personNames.has(name)) [c.type, c.why] = ['person', [...c.why, 'person lexicon']];
  }
}
