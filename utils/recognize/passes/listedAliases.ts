import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "AMLO" after "Andrés Manuel López Obrador", "MBS" after "Mohammed bin Salman": a short form news writes for someone
 * (`personAliases`) is that person where the text also names them in full, whatever the tagger typed it. Returns the
 * full name each such candidate files under, and makes it a person.
 */
export function listedAliases(cands: Candidate[], rawOf: (c: Candidate) => string): Map<Candidate, string> {
  const personNamed = new Set(cands.filter((c) => c.type === 'person').map(rawOf));
  const aliased = new Map<Candidate, string>();
  for (const c of cands) {
    const full = LEX.personAliases.get(rawOf(c));
    if (!full || !personNamed.has(full)) continue;
    aliased.set(c, full);
    if (c.type !== 'person') c.why.push(`short form of ${full}`);
    c.type = 'person';
  }
  return aliased;
}
