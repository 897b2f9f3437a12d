import type { Word } from '../words';
import type { Candidate } from '../candidate';

const INITIAL = /^\p{Lu}\.$/u;

/**
 * "J.-P. Bruneau", "J.-M. Roux": hyphenated initials of a compound given name (Jean-Pierre) open the name the
 * tagger may have cut after the first one ("J." and "P. Bruneau"): the name runs back over "J.-", and a
 * candidate of the first initial alone is dropped.
 */
export function joinHyphenatedInitials(ws: Word[], cands: Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'person' && c.type !== null) continue;
    const p = c.first;
    // ("P." "Bruneau" after "J." "-", written without spaces)
    if (!INITIAL.test(ws[p].text) || p >= c.last || ws[p - 1]?.text !== '-' || !INITIAL.test(ws[p - 2]?.text ?? ''))
      continue;
    if (ws[p - 2].end !== ws[p - 1].start || ws[p - 1].end !== ws[p].start) continue;
    for (const d of cands) if (d !== c && d.first === p - 2 && d.last <= p - 1) drop.add(d);
    c.first = p - 2;
    c.why.push('hyphenated initials');
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}
