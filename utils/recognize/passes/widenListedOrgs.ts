import { words, type Word } from '../words';
import type { Candidate } from '../candidate';
import wordsData from '../lexicon/words.json';

// Parties and movements whose names hold lower-case words ("Rassemblement national", "La France insoumise", "Unión
// por la Patria"): the English-trained tagger ends the name at the first lower-case word, or splits it there.
const PARTIES: string[][] = wordsData.partyNames.map((n) => words(n).map((w) => w.text));

/**
 * A listed party's name that the tagger's spans cover only in part, or not at all, ("Rassemblement" of "Rassemblement national",
 * "La France" of "La France insoumise", "La diputada de Unión" + "Patria Cecilia Moreau" over "Unión por la Patria")
 * becomes one organisation over the whole name; the spans' words outside it stay theirs ("Cecilia Moreau"), and
 * what is left before it of a span is dropped ("La diputada de", read again by the role passes).
 */
export function widenListedOrgs(ws: Word[], cands: Candidate[]): Candidate[] {
  let out = cands;
  for (let i = 0; i < ws.length; i++) {
    const name = PARTIES.find((p) => p.every((t, k) => ws[i + k]?.text === t));
    if (!name) continue;
    const last = i + name.length - 1;
    const touched = out.filter((c) => c.first <= last && c.last >= i);
    // (nothing to widen: the tagger spanned it whole; one it left untagged is added here, before a title's reader
    // takes its first word for someone: "Le député Rassemblement national X")
    if (touched.some((c) => c.first === i && c.last === last)) {
      i = last;
      continue;
    }
    const party: Candidate = {
      first: i,
      last,
      type: 'org',
      role: null,
      titled: false,
      why: ['tagger', 'listed party'],
    };
    const rest = touched.flatMap((c) => {
      // (a person's name after it in the same span: "Patria Cecilia Moreau" keeps "Cecilia Moreau")
      if (c.last > last && /^\p{Lu}/u.test(ws[last + 1].text)) return [{ ...c, first: last + 1 }];
      return [];
    });
    out = [...out.filter((c) => !touched.includes(c)), party, ...rest].sort((a, b) => a.first - b.first);
    i = last;
  }
  return out;
}

/** Where a listed party's name that ends at ws[k] starts ("La France insoumise" before a name), or -1. */
export function partyEndingAt(ws: Word[], k: number): number {
  const name = PARTIES.find((p) => p.every((t, j) => ws[k - p.length + 1 + j]?.text === t));
  return name ? k - name.length + 1 : -1;
}
