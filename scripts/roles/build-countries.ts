/**
 * Builds utils/recognize/lexicon/countries.json: the names of the world's countries, territories and
 * continents in the languages Dramatis reads, from the Unicode CLDR data that Node's own `Intl.DisplayNames`
 * carries (no download, no dependency): "Lituanie", "Eslovaquia", "Coreia do Norte", "Amérique latine".
 * The English-trained tagger calls many of these exonyms people ("Slovaquie" after "en"); the hand-written
 * `exonyms` list in words.json held 197 of them.
 *
 * Left out: a name that is also someone's, because the place lexicon overrules the tagger's type wherever the
 * name stands alone ("Chad", "Jordan", "Maurice" are given names and surnames): names in our given-name
 * lists or person lexicon, or written as a person's whole name or first word in CoNLL-2003 eng.train.
 *
 *   npx tsx scripts/roles/build-countries.ts [--data ../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllPeople } from './conllPeople.ts';

const args = process.argv.slice(2);
const data = args.includes('--data') ? args[args.indexOf('--data') + 1] : '../shared/data';
const lexDir = join(import.meta.dirname, '../../utils/recognize/lexicon');
const readList = (f: string) => JSON.parse(readFileSync(join(lexDir, f), 'utf8')) as string[];
const words = JSON.parse(readFileSync(join(lexDir, 'words.json'), 'utf8')) as { personNames: string[] };

// Languages of the pages Dramatis reads (titles-intl.json) and English.
const LANGS = ['en', 'es', 'fr', 'pt', 'it', 'de', 'nl', 'cs', 'id'];
// ISO 3166 two-letter codes that CLDR names, and the UN M49 groups a news page names: the continents and
// the regions written as one ("Latin America", "Western Europe", "Central Asia").
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Not places: the United Nations, the European Union and the euro area are bodies ("ONU", "EU"); X* and QO
// are CLDR's private-use and pseudo codes ("Aksen Asing", pseudo-accents).
const NOT_PLACES = new Set(['UN', 'EU', 'EZ', 'QO', 'ZZ']);
const codes = [...ALPHA]
  .flatMap((a) => [...ALPHA].map((b) => a + b))
  .filter((c) => !NOT_PLACES.has(c) && !c.startsWith('X'));
// Short forms in capitals are kept only where they name no other thing: "VS" is Dutch for the United States
// and "versus" in a score line, "AS" Indonesian for it and a Spanish daily, "VK" a social network.
const CAPS_KEPT = new Set(['UK', 'USA', 'EUA']);
const M49 = [
  '002',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '019',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '419',
];

// Someone's name: a given name of our lists or the person lexicon, or (below) eng.train's people.
const personWords = new Set<string>([
  ...readList('first-names.json'),
  ...readList('given-names.json'),
  ...readList('given-names-intl.json'),
  ...words.personNames,
]);
// eng.train: a person's whole name ("Jordan" alone) or the first word of a longer one ("Chad Brown"); a
// surname inside a name ("Andy Poland") does not make the country someone's.
for (const name of conllPeople(data)) {
  personWords.add(name[0]);
  if (name.length > 1) personWords.add(name.join(' '));
}

const names = new Set<string>();
const add = (raw: string) => {
  const name = raw.trim();
  // "R.A.S. chinoise de Hong Kong", "Hongkong – ZAO Číny": administrative forms no article writes.
  if (!name || /[.,–\d]/.test(name) || /\b(RAE|RAS|SAR|DAK)\b/.test(name)) return;
  if (!/^\p{Lu}/u.test(name) || personWords.has(name)) return;
  if (/^\p{Lu}+$/u.test(name) && !CAPS_KEPT.has(name)) return;
  names.add(name);
};
for (const lang of LANGS) {
  for (const style of ['long', 'short'] as const) {
    const dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    for (const code of [...codes, ...M49]) {
      let name: string | undefined;
      try {
        name = dn.of(code);
      } catch {
        continue; // not a code this ICU knows
      }
      if (!name || name === code) continue;
      // "Myanmar (Birmanie)", "Congo (RDC)": both the name and the one in brackets.
      const m = /^(.*?)\s*\((.*)\)$/.exec(name);
      if (m) {
        add(m[1]);
        add(m[2]);
      } else add(name);
    }
  }
}
const out = join(lexDir, 'countries.json');
const list = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out, JSON.stringify(list, null, 1) + '\n');
console.log(`${list.length} country and region names (${LANGS.join(', ')}) → ${out}`);
