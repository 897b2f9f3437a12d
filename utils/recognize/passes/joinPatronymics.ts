import type { Word } from '../words';
import type { Candidate } from '../candidate';

// Lower-case links of Arabic and Hebrew names: "son of", "daughter of" ("Mohammed bin Rashid", "Saud bint Ali").
const LINK = new Set(['bin', 'bint', 'ibn', 'ben', 'binti']);

/**
 * "Mohammed bin Rashid Al Maktoum": a tagger trained on newswire may cut a name at its lower-case
 * link word and keep two spans, "Mohammed" and "Rashid Al Maktoum". A person span, one link word and a
 * capitalised span right after it are one person's name.
 */
export function joinPatronymics(ws: Word[], cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'person' &&
      c.first === prev.last + 2 &&
      LINK.has(ws[prev.last + 1].text) &&
      /^\p{Lu}/u.test(ws[c.first].text) &&
      c.type !== 'place'
    ) {
      prev.last = c.last;
      prev.role ??= c.role;
      prev.why.push('joined at a patronymic link');
      continue;
    }
    out.push(c);
  }
  return out;
}
