import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

// Prepositions of a cause: "por la República", "pour la paix", "contra el Hambre".
const FOR_CAUSE = new Set(['por', 'para', 'contra', 'pour', 'contre', 'pela', 'pelo', 'per']);

/**
 * "la Alianza por la Libertad", "l'Alliance pour la Démocratie", "Movimiento contra la Intolerancia":
 * a person's span whose first one or two capitalised words, no given name among them, go on with "for"/"against",
 * an article and a capitalised word is a party's or a movement's name (no one's name runs on so).
 */
export function movementName(ws: Word[], c: Candidate, rw: RoleWords): boolean {
  for (let k = c.first + 1; k <= c.first + 2 && k + 2 <= c.last; k++) {
    if (!FOR_CAUSE.has(ws[k].text) || !rw.articles.has(ws[k + 1].text.toLowerCase())) continue;
    const head = ws.slice(c.first, k);
    if (!head.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !LEX.firstNames.has(w.text))) return false;
    return /^\p{Lu}/u.test(ws[k + 2].text);
  }
  return false;
}
