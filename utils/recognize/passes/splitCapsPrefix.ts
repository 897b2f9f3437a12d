import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "EL PERIODICO Gerardo González", "AFP Jean Roux": a byline's outlet in capitals, then a given name and a surname,
 * spanned as one name: the capitals are the outlet, the rest is someone.
 */
export function splitCapsPrefix(ws: Word[], c: Candidate): Candidate[] {
  for (let f = c.first + 1; f < c.last && f - c.first <= 3; f++) {
    if (!/^\p{Lu}{2,}$/u.test(ws[f - 1].text)) return [c];
    if (!LEX.firstNames.has(ws[f].text) || c.last - f > 2) continue;
    if (!ws.slice(f, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return [c];
    return [
      { ...c, last: f - 1, type: 'org', why: [...c.why, 'outlet in capitals before a name'] },
      { ...c, first: f, type: 'person', why: [...c.why, 'name after an outlet in capitals'] },
    ];
  }
  return [c];
}
