// Rebuilds one document of a CoNLL-2003 file (eng.testa: Reuters news, 1996) as the prose a reader would see,
// so the roles benchmark can score the recognizer on it: the corpus holds one token per line ("token POS chunk
// NER"), a blank line after each sentence and a `-DOCSTART-` line between documents. Sentences become lines,
// so a document's ALL-CAPS headline and its dateline ("JERUSALEM 1996-08-30") stay lines of their own, as on a
// wire page.

import { detokenize, type Quotes } from './detokenize.ts';

/** Document `n` (0-based, in file order) of a CoNLL-2003 file as prose, one sentence per line. */
export function conllText(conll: string, n: number): string {
  // Split at the separators and drop empty chunks: copies differ in whether `-DOCSTART-` opens each document
  // or closes it (the shared eng.testa ends every document with one, so the first has none before it).
  const docs = conll
    .split(/^-DOCSTART-.*$/m)
    .map((d) => d.trim())
    .filter(Boolean);
  const doc = docs[n];
  if (doc === undefined) throw new Error(`conllText: no document ${n} (the file has ${docs.length})`);
  const sentences = doc
    .split(/\r?\n\s*\r?\n/)
    .map((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.split(' ')[0])
        .filter(Boolean),
    )
    .filter((t) => t.length);
  // Reuters' sentence splitter often leaves the quote that opens the next sentence at the end of this one
  // ('... the mayor said . "' then 'We won ...'): a quote ending a sentence where it would open a
  // quotation (straight quotes alternate) opens the next sentence instead.
  let open = false;
  sentences.forEach((t, i) => {
    const last = t.length > 1 && t[t.length - 1] === '"' && sentences[i + 1];
    for (const x of last ? t.slice(0, -1) : t) if (x === '"') open = !open;
    if (!last) return;
    if (open) open = false;
    else sentences[i + 1].unshift(t.pop()!);
  });
  const quotes: Quotes = { double: false, single: false };
  return sentences.map((t) => detokenize(t, quotes)).join('\n') + '\n';
}
