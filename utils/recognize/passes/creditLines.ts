import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

// The jobs a wire story's credit line names: "(Reporting by …; Additional reporting by …; Writing by …; Editing by …)".
const CREDIT =
  /^(?:reporting|writing|editing|compiled|produced|graphics|photos?|video|research|translation|translated)$/i;
// A word of a credited name: capitalised ("Indulal PM", "Al-Zaquan Amer Hamzah", "Mike Collett-White").
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "(Additional reporting by Wilda Asmarini, Fransiska Nangoy and Siva Govindasamy in JAKARTA; Writing by Dean Yates;
 * Editing by Michael Perry)": the names a wire story's credit line lists after "Reporting by", "Editing by" and the
 * like are the journalists', whatever the tagger made of them (it leaves most out and reads "Dean" as a title). A
 * credit opens a bracket, a line or an item after a semicolon; its names are split at commas, "and" and "&", and the
 * newsroom after "in" ("in JAKARTA/SURABAYA") is a place, no part of a name. A name is two to four capitalised words.
 */
export function creditLines(text: string, ws: Word[], cands: Candidate[]): Candidate[] {
  const found: [number, number][] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!CREDIT.test(ws[i].text) || ws[i + 1]?.text !== 'by') continue;
    let k = i;
    if (/^additional$/i.test(ws[k - 1]?.text ?? '')) k--;
    const before = ws[k - 1]?.text;
    const lineStart = k === 0 || /\n\s*$/.test(text.slice(ws[k - 1].end, ws[k].start));
    if (!lineStart && before !== '(' && before !== ';') continue;
    // (a credit in running text starts capitalised: "Reporting by", not "reporting by local fishermen")
    if (!/^\p{Lu}/u.test(ws[k].text)) continue;
    let j = i + 2;
    while (j < ws.length && !/^[;)]$/.test(ws[j].text) && !newlineBefore(text, ws, j)) {
      let e = j;
      while (e < ws.length && NAME_WORD.test(ws[e].text) && !newlineBefore(text, ws, e) && e - j < 4) e++;
      if (e - j >= 2 && e - j <= 4 && !ws.slice(j, e).some((w) => LEX.orgNames.has(w.text))) found.push([j, e - 1]);
      // (skip to the next item: past "in" and the newsroom, up to a comma, "and", "&", or the credit's end)
      j = e;
      while (j < ws.length && !/^[;),&]$/.test(ws[j].text) && ws[j].text !== 'and' && !newlineBefore(text, ws, j)) j++;
      if (j < ws.length && /^[,&]$|^and$/.test(ws[j].text)) j++;
    }
    i = j;
  }
  if (!found.length) return cands;
  const out = cands.filter(
    (c) =>
      !found.some(([s, e]) => c.first <= e && s <= c.last && !(c.first === s && c.last === e && c.type === 'person')),
  );
  for (const [first, last] of found) {
    const same = out.find((c) => c.first === first && c.last === last);
    if (same) same.why.push('a credit line');
    else out.push({ first, last, type: 'person', role: null, titled: false, why: ['a credit line'] });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** A line break stands between ws[j - 1] and ws[j]. */
function newlineBefore(text: string, ws: Word[], j: number): boolean {
  return j > 0 && text.slice(ws[j - 1].end, ws[j].start).includes('\n');
}
