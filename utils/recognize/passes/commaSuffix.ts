import type { Word } from '../words';
import type { Candidate } from '../candidate';

// A generational suffix set off by a comma: "Martin Luther King, Jr.", "Davis, Sr.".
const GENERATION = /^(?:Jr|Sr)\.?$/;

/**
 * Pass 2 (tagger mode): "Martin Luther King, Jr." — an older style sets the generation off with a comma, and the
 * tagger spans the name and the suffix apart (a lone "Jr." that is no one). The suffix, after a comma and before
 * the clause goes on, belongs to the person's name before it.
 */
export function commaSuffix(ws: Word[], cands: Candidate[]): Candidate[] {
  const drop = new Set<number>();
  for (const c of cands) {
    if (c.type !== 'person' || ws[c.last + 1]?.text !== ',' || !GENERATION.test(ws[c.last + 2]?.text ?? '')) continue;
    const suffix = c.last + 2;
    for (const d of cands) if (d.first === suffix && d.last === suffix) drop.add(d.first);
    c.last = suffix;
    c.why.push('a generation set off by a comma');
  }
  return drop.size ? cands.filter((d) => !(d.first === d.last && drop.has(d.first))) : cands;
}
