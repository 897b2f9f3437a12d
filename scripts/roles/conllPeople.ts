import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The people CoNLL-2003 eng.train names, each as its words ("Chad Brown" → ["Chad", "Brown"]), for the lexicon
 * builders that must leave out what is someone's name. `data` is ../shared/data.
 */
export function conllPeople(data: string): string[][] {
  const people: string[][] = [];
  let span: string[] = [];
  for (const line of readFileSync(join(data, 'ner/conll2003/eng.train'), 'utf8').split('\n')) {
    const [w, , , tag] = line.trim().split(' ');
    if (tag?.endsWith('-PER') && !(tag.startsWith('B-') && span.length)) span.push(w);
    else {
      if (span.length) people.push(span);
      span = tag?.startsWith('B-PER') ? [w] : [];
    }
  }
  if (span.length) people.push(span);
  return people;
}
