import type { Word } from '../words';
import type { Candidate } from '../candidate';
import wordsData from '../lexicon/words.json';

// What a results line counts after a player's name: "25 points", "1 goal", "3 saves" (`statNouns` in words.json).
const STAT = new Set(wordsData.statNouns);
// A word of a name in a results line: capitalised, or an initial with its full stop ("K. Hupfer").
const NAME_WORD = /^(\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;
// Where a results line's name starts: a sentence's start, or after a team's colon or a list's comma.
const OPENS = new Set([':', ',', ';']);

/**
 * A sports roundup's results lines: "Palm Bay (1-0): Tolivert 25 points. Davis 17 points.", "Osas Osaro 3 goals,
 * 1 assist.", "K. Hupfer 1 goal.": a name, a count and what was counted is a player, whom the tagger, trained on
 * prose, often leaves untagged there. Only where the text has two such lines or more (a roundup; one "Smith 2
 * goals" may be a team's). The name is read back from the count to the line's opening; a candidate that covers
 * exactly those words becomes a person, one that overlaps them otherwise is left alone. A line's heading, "Viera
 * d. Rockledge 3-1" (defeated), names two teams, not one person (`splitDefeated`).
 */
export function statLines(ws: Word[], cands: Candidate[]): Candidate[] {
  cands = cands.flatMap((c) => splitDefeated(ws, c));
  const found: [number, number][] = [];
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!/^\d{1,3}$/.test(ws[i].text) || !STAT.has(ws[i + 1].text) || ws[i].sentenceStart) continue;
    let a = i;
    while (a > 0 && i - a < 4 && NAME_WORD.test(ws[a - 1].text) && !ws[a].sentenceStart) a--;
    if (a === i) continue;
    // (the name must open the line: "Palm Bay 18 points" inside prose is no results line's)
    if (ws[a].sentenceStart || OPENS.has(ws[a - 1]?.text ?? '')) found.push([a, i - 1]);
  }
  if (found.length < 2) return cands;
  const out = [...cands];
  for (const [first, last] of found) {
    const over = cands.filter((c) => c.first <= last && first <= c.last);
    if (over.length === 1 && over[0].first === first && over[0].last === last) {
      // (the tagger's own person too: the line is the evidence a sentence's opening capital is not)
      if (over[0].typedByContext && over[0].type !== 'person') continue;
      over[0].type = 'person';
      over[0].why.push('a results line');
    } else if (!over.length)
      out.push({ first, last, type: 'person', role: null, titled: false, why: ['a results line'] });
  }
  return out.sort((x, y) => x.first - y.first);
}

/** "Viera d. Rockledge", "Merritt Island d. Titusville": a span across a lower-case "d." is two teams. */
function splitDefeated(ws: Word[], c: Candidate): Candidate[] {
  for (let k = c.first + 1; k + 1 < c.last; k++) {
    if (ws[k].text !== 'd' || ws[k + 1].text !== '.') continue;
    const why = [...c.why, 'a result: one team defeated another'];
    const team = (first: number, last: number): Candidate => ({ ...c, first, last, type: 'org', why, role: null });
    return [team(c.first, k - 1), team(k + 2, c.last)];
  }
  return [c];
}
