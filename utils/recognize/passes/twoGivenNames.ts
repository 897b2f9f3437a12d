import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "avec Sylvie et Daniel", "Ana y Luis llegaron": a person span of two given names joined by "and" at ws[k] is
 * two people, each called by the given name (a double surname, "Ortega y Gasset", joins no given names).
 */
export function twoGivenNames(ws: Word[], c: Candidate, k: number): boolean {
  if (k !== c.first + 1 || c.last !== k + 1) return false;
  return LEX.firstNames.has(ws[c.first].text) && LEX.firstNames.has(ws[c.last].text);
}
