import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

// The word that ends an age: "24", "24 ans", "24 años", "24 anos", "24 anni", "aged 24", "24 years old".
const AGE_END = /^(?:\d{1,3}|ans|años|anos|anni|old)$/;

/**
 * "Luc Roux, 22 ans, de Metz,", "Al Reed, 30, of York,": the name after someone's age, a comma and "de" / "of" /
 * "from" is where that person is from, a place (no given name opens it).
 */
export function homeAfterAge(ws: Word[], c: Candidate): boolean {
  if (LEX.firstNames.has(ws[c.first].text)) return false;
  const before = ws[c.first - 1]?.text.toLowerCase() ?? '';
  if (!/^(de|du|d['’]|of|from)$/.test(before) || ws[c.first - 2]?.text !== ',') return false;
  const age = ws[c.first - 3]?.text ?? '';
  if (!AGE_END.test(age)) return false;
  // (a number alone, or the word of years after one)
  return /^\d/.test(age) || /^\d{1,3}$/.test(ws[c.first - 4]?.text ?? '') || /^\d/.test(ws[c.first - 5]?.text ?? '');
}
