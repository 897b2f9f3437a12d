import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "To LeBron James, triple-doubles are not a goal", tagged "LeBron" (a body) and "James" (a person): a one-word body,
 * place or thing the lists do not know, written in mixed case, right before a one-word person is that person's given
 * name. The tagger, trained on 1996 news, knows no "LeBron"; the person's later "LeBron" then joins the full name.
 */
export function joinThingBeforeSurname(ws: Word[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const [a, b] = [cands[i], cands[i + 1]];
    const w = ws[a.first].text;
    if (
      b &&
      a.type !== 'person' &&
      a.first === a.last &&
      b.type === 'person' &&
      b.first === b.last &&
      b.first === a.last + 1 &&
      !ws[b.first].sentenceStart &&
      /^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+$/u.test(w) &&
      !LEX.orgNames.has(w) &&
      !LEX.placeNames.has(w)
    ) {
      out.push({ ...b, first: a.first, why: [...b.why, 'given name the tagger typed a thing'] });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
