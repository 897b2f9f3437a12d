import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { OF_ROMANCE } from '../lexicon';

/**
 * "EN CASA DE FREEMAN", "EL DEBUT DE HIDDINK": a headline in capitals ends on "de" and a surname, and the tagger
 * spans both as the name. When the article names someone in full with that surname (`surnames`, as written in the
 * text: "Cathy Freeman"), "DE" is the headline's, so the name is the surname alone and joins that person.
 */
export function capsParticle(ws: Word[], c: Candidate, surnames: ReadonlySet<string>): void {
  const of = ws[c.first].text;
  // (Romance "of" in capitals, as a headline writes it)
  if (c.type !== 'person' || c.last !== c.first + 1 || !OF_ROMANCE.test(of) || of !== of.toUpperCase()) return;
  const w = ws[c.last].text;
  if (!/^\p{Lu}{3,}$/u.test(w)) return;
  if (surnames.has(w[0] + w.slice(1).toLowerCase())) {
    c.first++;
    c.why.push('"de" of a headline in capitals');
  }
}
