/**
 * Builds utils/recognize/lexicon/given-names.json: the given names in compromise's lexicon (MIT;
 * tagged MaleName, FemaleName or FirstName there, so words it reads otherwise, such as "Will",
 * "Holly" or "Florence", are already left out), minus words our own lexicons know as places,
 * organisations, sentence words, demonyms or titles. The CoNLL list (first-names.json) has 625
 * names from 1996 Reuters sport and business news; this adds the common given names it lacks
 * ("Samantha", "Arthur", "Ellen").
 *
 * It also writes given-name-gender.json: the names compromise tags FemaleName or MaleName (never both there), so
 * that "Mrs Yeltsin" can tell Naina from Boris, and "Mrs. Clinton" Hillary from Bill.
 *
 *   npx tsx scripts/roles/build-given-names.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { LEX, isTitleWord } from '../../utils/recognize/lexicon.ts';

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
  .lexicon;
const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
const names = new Set<string>();
const gender = { female: [] as string[], male: [] as string[] };
const capitalise = (w: string) => w.replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
for (const [w, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  if (/^\p{L}[\p{L}'-]+$/u.test(w) && tags.includes('FemaleName') !== tags.includes('MaleName'))
    gender[tags.includes('FemaleName') ? 'female' : 'male'].push(capitalise(w));
  if (!tags.some((x) => GIVEN.has(x)) || !/^\p{L}[\p{L}'-]+$/u.test(w) || w.length < 3) continue;
  const name = capitalise(w);
  if (LEX.newsFirstNames.has(name) || LEX.placeNames.has(name) || LEX.orgNames.has(name)) continue;
  if (LEX.notNames.has(name) || LEX.demonyms.has(name) || isTitleWord(name)) continue;
  names.add(name);
}
const out = join(import.meta.dirname, '../../utils/recognize/lexicon/given-names.json');
writeFileSync(out, JSON.stringify([...names].sort(), null, 1) + '\n');
console.log(`${names.size} given names → ${out}`);
const genderOut = join(import.meta.dirname, '../../utils/recognize/lexicon/given-name-gender.json');
gender.female.sort();
gender.male.sort();
writeFileSync(genderOut, JSON.stringify(gender) + '\n');
console.log(`${gender.female.length} female and ${gender.male.length} male given names → ${genderOut}`);
