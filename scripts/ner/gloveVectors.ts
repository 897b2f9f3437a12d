// The GloVe vectors of the text clusters' vocabulary and of eng.train's words, unit length, in a small cache the trainer reads
// (the package's JSON needs a 6 GB heap to parse; this file is 7 MB): `<out>.txt` lists the words one
// per line, `<out>.f32` holds their 100-dimensional vectors in that order (little-endian float32).
// Used by scripts/ner/softGazetteer.ts.
//   node --max-old-space-size=6144 --import tsx scripts/ner/gloveVectors.ts [--vocab clusters.tsv] [--data ../shared/data] [--out path-prefix] [--top N]
// --top N adds GloVe's N most frequent alphabetic words (the soft gazetteer's wider candidate set, train-ner --soft-top).
import { readFileSync, writeFileSync } from 'node:fs';
import { gloveFile, gloveKey, NER_CACHE } from './gloveFile.ts';
import { readConll } from './data.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const VOCAB = sval('vocab', `${NER_CACHE}/clusters.tsv`);
const DATA = sval('data', '../shared/data');
const OUT = sval('out', `${NER_CACHE}/glove-vectors`);
const TOP = Number(sval('top', '0'));
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);

const want = new Set(
  readFileSync(VOCAB, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0])
    .filter(Boolean),
);
// the training words too: the soft gazetteer's typed words come from eng.train
for (const d of readConll(`${DATA}/ner/conll2003/eng.train`))
  for (const st of d.sents) for (const w of st.words) want.add(gloveKey(w));
const raw = JSON.parse(readFileSync(gloveFile(log), 'utf8')) as {
  vectors: Record<string, number[]>;
  dimensions: number;
};
const DIM = raw.dimensions;
const words: string[] = [];
const vecs: number[][] = [];
// the package lists words by GloVe frequency: the first spelling that normalises to a key wins
let rank = 0;
const taken = new Set<string>();
for (const [w, v] of Object.entries(raw.vectors)) {
  const k = gloveKey(w);
  const top = rank < TOP && /^\p{L}[\p{L}'-]*$/u.test(k);
  if (top) rank++;
  if (taken.has(k) || (!want.has(k) && !top)) continue;
  taken.add(k);
  want.delete(k);
  words.push(k);
  vecs.push(v.slice(0, DIM));
}
const X = new Float32Array(words.length * DIM);
vecs.forEach((v, i) => {
  const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
  for (let j = 0; j < DIM; j++) X[i * DIM + j] = v[j] / n;
});
writeFileSync(`${OUT}.txt`, words.join('\n') + '\n');
writeFileSync(`${OUT}.f32`, new Uint8Array(X.buffer));
log(`${words.length} words × ${DIM} → ${OUT}.txt / .f32`);
