import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

const CAP = /^\p{Lu}[\p{L}'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/**
 * A reference list's author, surname first: "Bogue, Mike (September 26, 2017).", "Li, Shirley (2009-10-01).",
 * "Horn, Roger A.; Johnson, Charles R. (1985)": a capitalised surname, a comma, a given name of the lists (an
 * initial may follow), then the date in brackets, or a semicolon and more authors before it. The tagger reads the
 * given name alone as someone and the surname as anything; the two are one person (`joinMentions` files the author
 * under the name in its usual order, "Mike Bogue", which the text may also write).
 */
export function citedAuthors(ws: Word[], cands: Candidate[]): Candidate[] {
  const found: [number, number][] = [];
  for (let k = 2; k < ws.length; k++) {
    if (ws[k - 1].text !== ',' || !LEX.firstNames.has(ws[k].text) || !CAP.test(ws[k - 2].text)) continue;
    let s = k - 2;
    // (a surname of two words: "Van Sant, Gus")
    if (s > 0 && CAP.test(ws[s - 1].text) && !ws[s].sentenceStart && ws[s - 1].end + 1 === ws[s].start) s--;
    let e = k;
    // (a middle initial: "Roger A.;", "Charles R. (1985)")
    if (INITIAL.test(ws[e + 1]?.text ?? '')) e++;
    // (and a generation: "Fleming, Mike Jr. (2019)")
    if (/^(Jr|Sr)\.?$/.test(ws[e + 1]?.text ?? '')) e++;
    if (!datedAfter(ws, e + 1)) continue;
    found.push([s, e]);
  }
  if (!found.length) return cands;
  const out = cands.filter((c) => !found.some(([s, e]) => c.first <= e && s <= c.last));
  for (const [first, last] of found)
    out.push({ first, last, type: 'person', role: null, titled: false, why: ['a cited author'] });
  return out.sort((a, b) => a.first - b.first);
}

/** A citation's date in brackets opens at ws[k], or a semicolon and the next authors lead to one. */
function datedAfter(ws: Word[], k: number): boolean {
  for (let j = k; j < ws.length && j - k < 16; j++) {
    const t = ws[j].text;
    // ("(2009-10-01)", "(September 26, 2017)", "(Sept. 26, 2017)")
    if (t === '(')
      return (
        /^\d/.test(ws[j + 1]?.text ?? '') ||
        (/^\p{Lu}\p{Ll}+\.?$/u.test(ws[j + 1]?.text ?? '') && /^\d/.test(ws[j + 2]?.text ?? ''))
      );
    if (j === k && t !== ';') return false;
    if (!/^(;|,|&|and)$/.test(t) && !CAP.test(t) && !INITIAL.test(t)) return false;
  }
  return false;
}
