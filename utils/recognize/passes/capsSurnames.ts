import type { Word } from '../words';
import { coveredWords, type Candidate } from '../candidate';
import { isRoleHead } from '../lexicon';

const CAPS = /^\p{Lu}[\p{Lu}'’]{2,}$/u;

/**
 * "JONES Y MAY, LUCHA SIN CUARTEL", "DE FREEMAN": a headline in capitals names its people by surname, which a
 * tagger trained on mixed case does not see. A word in capitals that is, in title case, the last word of a person
 * named in full in the text is a mention of that person (joinMentions then joins it), unless the text also writes
 * it in lower case ("MAY" where "may" is a verb) or another name already covers it.
 */
export function capsSurnames(ws: Word[], cands: Candidate[], lower: Set<string>): Candidate[] {
  const surnames = new Set(
    cands.filter((c) => c.type === 'person' && c.last > c.first).map((c) => ws[c.last].text.toLowerCase()),
  );
  if (!surnames.size) return cands;
  const covered = coveredWords(cands);
  const found: Candidate[] = [];
  ws.forEach((w, k) => {
    const l = w.text.toLowerCase();
    // (a title in capitals is no surname, whatever span the tagger ran it into: "CEO" after "Eich CEO promotion")
    if (covered.has(k) || !CAPS.test(w.text) || !surnames.has(l) || lower.has(l) || isRoleHead(w.text)) return;
    found.push({ first: k, last: k, type: 'person', role: null, titled: false, why: ['surname in capitals'] });
  });
  return found.length ? [...cands, ...found].sort((a, b) => a.first - b.first) : cands;
}
