import type { Word } from '../words';
import { phrase } from '../passes/stripTitles';
import { CLAUSE_END, skipSetOff } from './roleGrammar';

// Verbs of a standing tie to someone or to a body: a lawyer "represents" a client, a founder "runs" a firm.
const TIE = new Set([
  'represents',
  'represented',
  'advises',
  'advised',
  'coaches',
  'coached',
  'manages',
  'managed',
  'owns',
  'owned',
  'runs',
  'founded',
  'co-founded',
  'heads',
  'headed',
  'leads',
  'led',
  'chairs',
  'chaired',
]);

/**
 * "Dana Kirk, who represents the Lowell family, said", "said Ian Moss, who runs Moss & Daughters.": a
 * relative clause whose verb ties the person to someone or to a body the text names (a capitalised word
 * in its object) is the role, worded as the article does: "represents the Lowell family". English only;
 * "who leads the race" names no one and gives no role.
 */
export function roleRelative(ws: Word[], last: number): string | null {
  const aged = skipSetOff(ws, last);
  if (ws[aged + 1]?.text !== ',' || ws[aged + 2]?.text !== 'who') return null;
  const v = aged + 3;
  if (!TIE.has(ws[v]?.text ?? '')) return null;
  let b = v + 1;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && !ws[b].sentenceStart && b - v <= 8) b++;
  if (b === v + 1 || b - v > 8) return null;
  if (!ws.slice(v + 1, b).some((w) => /^\p{Lu}/u.test(w.text))) return null;
  return phrase(ws, v, b - 1);
}
