/**
 * Builds utils/recognize/lexicon/given-names.json: the given names in compromise's lexicon (MIT;
 * tagged MaleName, FemaleName or FirstName there, so words it reads otherwise, such as "Will",
 * "Holly" or "Florence", are already left out), minus words our own lexicons know as places,
 * organisations, sentence words, demonyms or titles. The CoNLL list (first-names.json) has 625
 * names from 1996 Reuters sport and business news; this adds the common given names it lacks
 * ("Samantha", "Arthur", "Ellen").
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
for (const [w, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  if (!tags.some((x) => GIVEN.has(x)) || !/^\p{L}[\p{L}'-]+$/u.test(w) || w.length < 3) continue;
  const name = w.replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  if (LEX.newsFirstNames.has(name) || LEX.placeNames.has(name) || LEX.orgNames.has(name)) continue;
  if (LEX.notNames.has(name) || LEX.demonyms.has(name) || isTitleWord(name)) continue;
  names.add(name);
}
const out = join(import.meta.dirname, '../../utils/recognize/lexicon/given-names.json');
writeFileSync(out, JSON.stringify([...names].sort(), null, 1) + '\n');
console.log(`${names.size} given names → ${out}`);
