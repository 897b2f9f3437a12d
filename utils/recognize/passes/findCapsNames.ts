import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import type { RoleWords } from '../roleWords';

const CAPS = /^\p{Lu}[\p{Lu}'’-]+$/u;
// Words that open a byline: "BY JANE DOE", "Par JEAN DUPONT", "Por ANA PÉREZ".
const BYLINE = /^(by|par|por|von|di|de)$/i;
// Function words that end a name written in capitals ("LAURIE OAKES IS THE ...").
const NOT_NAME = new Set(
  'is was the and of in on at for to with said says reports writes from a an has have who this that they we you he she it someone anyone everyone somebody nobody'.split(
    ' ',
  ),
);

const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/**
 * Pass 3c: names written in capitals, which a tagger trained on mixed case does not see: bylines
 * ("BY JANE DOE") and author lines ("JANE DOE IS THE PAPER'S POLITICAL EDITOR"). A line (or a byline
 * word) followed by two or three words in capitals, the first a known given name, is a person.
 */
export function findCapsNames(ws: Word[], cands: Candidate[], rw: RoleWords | null, lower: Set<string>): Candidate[] {
  const covered = new Map<number, Candidate>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered.set(k, c);
  const out = [...cands];
  // (`lower`: the words the article writes in lower case; in capitals they are a headline's, "SEAN SPICER ELIMINATED")
  const notName = (t: string) => NOT_NAME.has(t.toLowerCase()) || lower.has(t.toLowerCase());
  for (let k = 0; k < ws.length; k++) {
    let f = k;
    if (BYLINE.test(ws[k].text) && ws[k].sentenceStart) f = k + 1;
    else if (!ws[k].sentenceStart) continue;
    const first = ws[f];
    if (!first || !CAPS.test(first.text) || !LEX.firstNames.has(titleCase(first.text))) continue;
    let l = f;
    while (
      l + 1 < ws.length &&
      l - f < 2 &&
      CAPS.test(ws[l + 1].text) &&
      !ws[l + 1].sentenceStart &&
      !notName(ws[l + 1].text) &&
      !rw?.stop.has(ws[l + 1].text.toLowerCase())
    )
      l++;
    // "JORDAN VALLEY", "GRACE HOSPITAL": a place's or an organisation's head ends it.
    const tail = titleCase(ws[l].text);
    if (l === f || LEX.placeHeads.has(tail) || LEX.orgHeads.has(tail)) continue;
    // What follows must not go on in capitals as a name would: a word in capitals after the name is a
    // function word ("IS") or the line has ended.
    // A heading in capitals that asks a question names no one: "WILL SOMEONE STAND UP FOR …?"
    let q = l + 1;
    while (q < ws.length && CAPS.test(ws[q].text) && !ws[q].sentenceStart) q++;
    if (ws[q]?.text === '?') continue;
    const next = ws[l + 1];
    if (next && !next.sentenceStart && CAPS.test(next.text) && !notName(next.text)) continue;
    const inside = covered.get(f);
    if (inside && (inside.type === 'person' || inside.first !== f || inside.last !== l)) continue;
    if ([...Array(l - f + 1).keys()].some((i) => covered.has(f + i) && covered.get(f + i) !== inside)) continue;
    if (inside) {
      inside.type = 'person';
      inside.why.push('name in capitals');
    } else out.push({ first: f, last: l, type: 'person', role: null, titled: false, why: ['name in capitals'] });
    k = l;
  }
  return out.sort((a, b) => a.first - b.first);
}
