import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isPlaceEnd } from '../lexicon';

// What may stand between the opening bracket and the name: articles, lower-case adjectives and commas.
const BETWEEN = /^(?:\p{Ll}[\p{Ll}'’-]*|,|l['’])$/u;

/**
 * "Katherine (the astounding Florence Pugh)", "Bobby (a splendid, warm Willem Dafoe)", "Katherine (l'étonnante
 * Florence Pugh)": reviews name the actor in brackets after the part, with a word of praise before the name.
 * The tagger, trained on 1996 wire copy, may type an actor it never saw a place or a thing ("Florence" is a city);
 * a two-word name there, after a bracket, lower-case words and the name of a part, is someone.
 */
export function actorInBrackets(ws: Word[], cands: Candidate[]): void {
  const personEnds = new Set(cands.filter((c) => c.type === 'person').map((c) => c.last));
  for (const c of cands) {
    if (c.type === 'person' || c.last === c.first || c.last - c.first > 2 || ws[c.last + 1]?.text !== ')') continue;
    if (!ws.slice(c.first, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) continue;
    if (isPlaceEnd(ws[c.last].text) || LEX.orgHeads.has(ws[c.last].text)) continue;
    let k = c.first - 1;
    while (k > c.first - 7 && k > 0 && BETWEEN.test(ws[k].text)) k--;
    // (at least one word of praise: "(Florence Pugh)" alone is a gloss, joined elsewhere)
    if (ws[k]?.text !== '(' || k === c.first - 1) continue;
    // (the part's name before the bracket: a person the tagger found, or a capitalised word)
    if (!personEnds.has(k - 1) && !/^\p{Lu}\p{Ll}/u.test(ws[k - 1]?.text ?? '')) continue;
    c.type = 'person';
    c.why.push('actor in brackets after a part');
  }
}
