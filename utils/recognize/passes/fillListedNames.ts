import type { Word } from '../words';
import { listedNameIndex } from '../listedNameIndex';
import type { Candidate } from '../candidate';
import wordsData from '../lexicon/words.json';
import { LEX, isRoleHead } from '../lexicon';

// The hand-listed organisations and people of current news ("Google", "Associated Press", "Obama"): the tagger,
// trained on 1996 Reuters text, leaves many of them untagged ("posted on Facebook", "when Obama declined") or
// calls them something else, and the lexicon pass can only retype what the tagger found.
const LISTED = listedNameIndex([
  [wordsData.orgNames, 'org'],
  [wordsData.partyNames, 'org'],
  [wordsData.personNames, 'person'],
]);

const CAP = /^\p{Lu}/u;
/** Two words with nothing between them. */
const glued = (a: Word | undefined, b: Word | undefined) => !!a && !!b && a.end === b.start;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DATE_WORD =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A listed organisation's or person's name that no candidate covers becomes one, wherever the text writes it exactly
 * (case and whole words). Not inside a longer capitalised run ("Google Maps", "Apple Daily"); not at a
 * sentence's start when the text also writes the word in lower case ("Target dates", "Shell shock"); an
 * all-caps name ("WHO", "AP") not on an all-caps line, where it may be an ordinary word.
 */
export function fillListedNames(ws: Word[], cands: Candidate[]): Candidate[] {
  const covered = new Uint8Array(ws.length);
  for (const c of cands) covered.fill(1, c.first, c.last + 1);
  let lowerSeen: Set<string> | null = null;
  const added: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    const names = covered[i] ? undefined : LISTED.get(ws[i].text);
    if (!names) continue;
    const hit = names.find((n) => n.toks.every((x, k) => ws[i + k]?.text === x && !covered[i + k]));
    if (!hit) continue;
    const toks = hit.toks;
    const last = i + toks.length - 1;
    const before = ws[i - 1];
    const after = ws[last + 1];
    // (a day or a month after it is no part of it: "posted on Twitter Tuesday"; nor a title, "Former Twitter CEO X")
    if (
      after &&
      CAP.test(after.text) &&
      after.start - ws[last].end <= 1 &&
      !DATE_WORD.test(after.text) &&
      !(isRoleHead(after.text) && !LEX.orgHeads.has(after.text))
    )
      continue;
    // (a capitalised sentence opener before it, "The WHO said", is no part of a run)
    if (before && !before.sentenceStart && CAP.test(before.text) && ws[i].start - before.end <= 1) continue;
    if (
      toks.length === 1 &&
      ALL_CAPS.test(toks[0]) &&
      (ALL_CAPS.test(before?.text ?? '') || ALL_CAPS.test(after?.text ?? ''))
    )
      continue;
    // (a path or handle of an address, "twitter.com/AP_Sports", "@Reuters", names nothing on the page;
    // a credit "Beck/AFP/Getty Images" does)
    const path =
      glued(before, ws[i]) && before!.text === '/' && glued(ws[i - 2], before) && /^\p{Ll}/u.test(ws[i - 2].text);
    const handle = glued(before, ws[i]) && /^[@_.]$/.test(before!.text);
    if (path || handle || (glued(ws[last], after) && /^[_@]$/.test(after!.text))) continue;
    if (ws[i].sentenceStart && toks.length === 1) {
      lowerSeen ??= new Set(ws.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.text));
      if (lowerSeen.has(toks[0].toLowerCase())) continue;
    }
    added.push({ first: i, last, type: hit.type, role: null, titled: false, why: ['listed name'] });
    i = last;
  }
  return added.length ? [...cands, ...added].sort((a, b) => a.first - b.first) : cands;
}
