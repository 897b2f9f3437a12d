// Rebuilds a GUM document (WebAnno TSV 3.2) as the prose a reader would see, so the roles benchmark can
// score the recognizer on it like on any page: GUM stores each sentence once, tokenized with a space between
// every token ("visa snags , all - girl"), on its `#Text=` line. The recognizer reads punctuation and spacing
// ("X, the mayor"; "Afghan-born"), so tokenized text would not measure what the product sees.

import { detokenize, type Quotes } from './detokenize.ts';

/** The document in a GUM WebAnno TSV file as prose, one sentence per line. */
export function gumText(tsv: string): string {
  const sentences: string[] = [];
  const quotes: Quotes = { double: false, single: false };
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.startsWith('#Text=')) continue;
    const tokens = line.slice('#Text='.length).split(' ').filter(Boolean);
    if (tokens.length) sentences.push(detokenize(tokens, quotes));
  }
  return sentences.join('\n') + '\n';
}
