import { words, type Word } from '../words';
import { listedNameIndex } from '../listedNameIndex';
import type { Candidate } from '../candidate';
import wordsData from '../lexicon/words.json';

// Parties and movements whose names hold lower-case words ("Rassemblement national", "La France insoumise", "Unión
// por la Patria"): the English-trained tagger ends the name at the first lower-case word, or splits it there.
const PARTIES: string[][] = wordsData.partyNames.map((n) => words(n).map((w) => w.text));
// (they, and people of current news named in full, "Marine Le Pen", whose given name the tagger may leave out)
const BY_FIRST = listedNameIndex([
  [wordsData.partyNames, 'org'],
  [wordsData.personNames.filter((n) => /\s/.test(n)), 'person'],
]);

/**
 * A listed name that the tagger's spans cover only in part becomes one entity over the whole name: a party's
 * ("Rassemblement" of "Rassemblement national", "La France" of "La France insoumise", "La diputada de Unión" +
 * "Patria Cecilia Moreau" over "Unión por la Patria") one organisation, a person's ("Le Pen" of "Marine Le Pen's
 * father") one person. The spans' words after it stay theirs ("Cecilia Moreau"); what is left before it of a span
 * is dropped ("La diputada de", read again by the role passes). A party the tagger left untagged is added here,
 * before a title's reader takes its first word for someone ("Le député Rassemblement national X"); a person so left
 * is the lexicon passes' to add, with their guards.
 */
export function widenListedNames(ws: Word[], cands: Candidate[]): Candidate[] {
  let out = cands;
  for (let i = 0; i < ws.length; i++) {
    const hit = BY_FIRST.get(ws[i].text)?.find((l) => l.toks.every((t, k) => ws[i + k]?.text === t));
    if (!hit) continue;
    const { toks: name, type } = hit;
    const last = i + name.length - 1;
    const touched = out.filter((c) => c.first <= last && c.last >= i);
    // (a span that holds the whole name already stays: "Donald Trump Jr." is no "Donald Trump")
    if (touched.some((c) => c.first <= i && c.last >= last) || (type === 'person' && !touched.length)) {
      i = last;
      continue;
    }
    const listed: Candidate = {
      first: i,
      last,
      type,
      role: null,
      titled: false,
      why: ['tagger', type === 'org' ? 'listed party' : 'person lexicon'],
    };
    // (a person's name after it in the same span: "Patria Cecilia Moreau" keeps "Cecilia Moreau")
    const rest = touched.flatMap((c) =>
      c.last > last && /^\p{Lu}/u.test(ws[last + 1].text) ? [{ ...c, first: last + 1 }] : [],
    );
    out = [...out.filter((c) => !touched.includes(c)), listed, ...rest].sort((a, b) => a.first - b.first);
    i = last;
  }
  return out;
}

/** Where a listed party's name that ends at ws[k] starts ("La France insoumise" before a name), or -1. */
export function partyEndingAt(ws: Word[], k: number): number {
  const name = PARTIES.find((p) => p.every((t, j) => ws[k - p.length + 1 + j]?.text === t));
  return name ? k - name.length + 1 : -1;
}
