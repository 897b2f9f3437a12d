/**
 * Builds the rule recognizer's gazetteers from the CoNLL-2003 *training* split
 * only (never testa/testb): first names, places and organisation names that
 * annotators tagged there often enough to be trusted.
 *
 *   npx tsx scripts/build-lexicons.ts   (writes utils/recognize/lexicon/*.json)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = '../shared/data/ner/conll2003/eng.train';
const lines = readFileSync(src, 'utf8').split('\n');
const spans: { type: string; words: string[] }[] = [];
let cur: { type: string; words: string[] } | null = null;
for (const line of lines) {
  const parts = line.trim().split(' ');
  const tag = parts.length === 4 ? parts[3] : 'O';
  const word = parts[0];
  if (tag === 'O' || line.startsWith('-DOCSTART-')) {
    if (cur) spans.push(cur);
    cur = null;
    continue;
  }
  const [bio, type] = tag.split('-');
  if (cur && cur.type === type && bio === 'I') cur.words.push(word);
  else {
    if (cur) spans.push(cur);
    cur = { type, words: [word] };
  }
}
if (cur) spans.push(cur);

const count = (pred: (s: { type: string; words: string[] }) => string | null) => {
  const m = new Map<string, number>();
  for (const s of spans) {
    const k = pred(s);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};
const titleCase = (w: string) => /^[A-Z][a-z]+$/.test(w);
const keep = (m: Map<string, number>, min: number) =>
  [...m]
    .filter(([, n]) => n >= min)
    .map(([k]) => k)
    .sort();

// A first name: the first word of a 2-3 word person name that is never the
// first word of an organisation or place name.
const firstNames = count((s) => (s.type === 'PER' && s.words.length >= 2 && titleCase(s.words[0]) ? s.words[0] : null));
const nonPersonFirst = count((s) => (s.type !== 'PER' ? s.words[0] : null));
const places = count((s) =>
  s.type === 'LOC' && s.words.every((w) => /^[A-Z][a-z]/.test(w)) ? s.words.join(' ') : null,
);
const orgs = count((s) => (s.type === 'ORG' && s.words.every((w) => /^[A-Z]/.test(w)) ? s.words.join(' ') : null));
const anyPlace = count((s) => (s.type === 'LOC' ? s.words.join(' ') : null));
const asPerson = count((s) => (s.type === 'PER' ? s.words.join(' ') : null));

const write = (name: string, list: string[]) => {
  writeFileSync(`utils/recognize/lexicon/${name}.json`, JSON.stringify(list) + '\n');
  console.log(`${name}: ${list.length}`);
};
write(
  'first-names',
  keep(firstNames, 2).filter((w) => (nonPersonFirst.get(w) ?? 0) < (firstNames.get(w) ?? 0) / 4),
);
write(
  'places',
  keep(places, 3).filter(
    // Bare compass words ("the North") are references, not names, in news text.
    (p) => !asPerson.has(p) && (orgs.get(p) ?? 0) < (places.get(p) ?? 0) && !/^(North|South|East|West)$/.test(p),
  ),
);
write(
  'orgs',
  // A name the training text also writes as a place is a city before it is its team ("Seattle", "Barcelona"):
  // the sports pages of CoNLL make the team the majority there, not in general news, so such names are left to the
  // tagger, which reads the document around them.
  keep(orgs, 3).filter((o) => !asPerson.has(o) && !anyPlace.has(o)),
);
