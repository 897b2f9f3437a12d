import type { Word } from '../words';
import type { Candidate } from '../candidate';

// A regnal number in Roman numerals, two letters or more ("II", "XVI", "XIV"): not "I", which is also a pronoun.
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * "Pope Benedict XVI", "Felipe VI": the number after a monarch's or a pope's name is part of the name. The tagger,
 * which knows "Elizabeth II" and "Louis XIV", types the rarer numbers apart (an organisation "XVI"); the person's
 * span takes the number, and whatever the tagger made of it goes.
 */
export function regnalNumber(ws: Word[], cands: Candidate[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const c of cands) {
    const n = ws[c.last + 1];
    if (c.type !== 'person' || !n || !ROMAN.test(n.text) || n.start - ws[c.last].end !== 1) continue;
    // (only a one-word number span, or none, is the number: "Henry VIII Street" is a place's name)
    const other = cands.find((d) => d !== c && d.first <= c.last + 1 && d.last >= c.last + 1);
    if (other && (other.first !== other.last || other.type === 'person')) continue;
    if (other) gone.add(other);
    c.last++;
    c.why.push('regnal number');
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}
