import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "el Gobierno de Salvador Allende", "le gouvernement de Lionel Jospin", "the Government of Rishi Sunak": a
 * government named after its head is the body and a person; the tagger spans both as one name. The name after
 * "de"/"of" must open with a given name and hold two or three capitalised words, or be one word that is the
 * surname of a person the article names in full (`surnames`: "el Gobierno de Barak" after "Ehud Barak").
 */
export function splitGovernmentOf(ws: Word[], c: Candidate, surnames: ReadonlySet<string> = new Set()): Candidate[] {
  // ("El Gobierno de …" opening a sentence: the article is no part of either)
  const head = /^(El|Le|The|La|Il|O)$/.test(ws[c.first].text) && c.first < c.last ? c.first + 1 : c.first;
  if (!LEX.governmentHeads.has(ws[head].text)) return [c];
  const of = head + 1;
  if (!/^(de|of|du|do|da|del|von)$/.test(ws[of]?.text ?? '')) return [c];
  const n = c.last - of;
  const surname = n === 1 && surnames.has(ws[c.last].text);
  if (!surname && (n < 2 || n > 3 || !LEX.firstNames.has(ws[of + 1].text))) return [c];
  if (!ws.slice(of + 1, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return [c];
  return [
    { ...c, first: head, last: head, type: 'org', why: [...c.why, 'a government named after its head'] },
    { ...c, first: of + 1, type: 'person', why: [...c.why, 'head of a government named after them'] },
  ];
}
