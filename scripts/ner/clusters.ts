// Induces word clusters from unlabeled text in ../shared/data (never the CoNLL dev/test sets):
// CoNLL-2003 eng.train words, WikiANN en (train/dev/test sentences, labels ignored), WNUT-17 train/dev,
// GUM news, article-extraction-benchmark article bodies, Mozilla Readability test pages (tags stripped).
// Method: left/right neighbour count vectors over the 2,000 most frequent context words, PPMI weighting,
// top-64 entries per word, spherical k-means at three granularities (16 / 128 / 1024 clusters).
// Output: scripts/ner/clusters.tsv  "word<TAB>code<TAB>count" with code = c16 | c128 << 4 | c1024 << 11.
//   npx tsx scripts/ner/clusters.ts [--data ../shared/data] [--min 4] [--nctx 2000] [--win 1]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tokenize } from '../../utils/ner/tokenize.ts';
import { normWord } from '../../utils/ner/features.ts';
import { xorshift } from './xorshift.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const DATA = sval('data', '../shared/data');
const MIN = Number(sval('min', '4'));
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);

const sents: string[][] = [];
const norm = (w: string) => normWord(w).toLowerCase().replace(/[0-9]/g, '0');
function addColumnFile(path: string, col = 0, strip = '') {
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('-DOCSTART-')) {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    let w = t.split(/\s+/)[col];
    if (strip && w.startsWith(strip)) w = w.slice(strip.length);
    cur.push(norm(w));
  }
  if (cur.length) sents.push(cur);
}
function addText(text: string) {
  for (const para of text.split(/\n+/)) {
    const toks = tokenize(para).map((t) => norm(t.text));
    if (toks.length) sents.push(toks);
  }
}

addColumnFile(`${DATA}/ner/conll2003/eng.train`);
for (const f of ['train', 'dev', 'test']) addColumnFile(`${DATA}/ner/wikiann-en/${f}`, 0, 'en:');
for (const f of ['wnut17train.conll', 'emerging.dev.conll']) addColumnFile(`${DATA}/ner/wnut17/${f}`);
for (const f of readdirSync(`${DATA}/ner/gum-news`).filter((f) => f.endsWith('.tsv'))) {
  for (const line of readFileSync(`${DATA}/ner/gum-news/${f}`, 'utf8').split('\n'))
    if (line.startsWith('#Text=')) addText(line.slice(6));
}
const gt = JSON.parse(readFileSync(`${DATA}/article-extraction-benchmark/ground-truth.json`, 'utf8')) as Record<
  string,
  { articleBody?: string }
>;
for (const v of Object.values(gt)) if (v.articleBody) addText(v.articleBody);
const rp = `${DATA}/readability-pages`;
for (const d of readdirSync(rp)) {
  const p = `${rp}/${d}/source.html.gz`;
  if (!existsSync(p)) continue;
  const html = gunzipSync(readFileSync(p)).toString('utf8');
  const text = html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(p|div|br|li|h\d|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;|&[lr]dquo;/g, '"')
    .replace(/&[a-z]+;/g, ' ');
  addText(text);
}
let ntok = 0;
const freq = new Map<string, number>();
for (const s of sents)
  for (const w of s) {
    ntok++;
    freq.set(w, (freq.get(w) ?? 0) + 1);
  }
log(`${sents.length} sentences, ${ntok} tokens, ${freq.size} types`);

const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1]);
const NCTX = Number(sval('nctx', '2000'));
const WIN = Number(sval('win', '1')); // context positions on each side
const ctxId = new Map<string, number>();
byFreq.slice(0, NCTX).forEach(([w], i) => ctxId.set(w, i));
const vocab = byFreq.filter(([w, c]) => c >= MIN && /\p{L}/u.test(w)).map(([w]) => w);
const vid = new Map<string, number>();
vocab.forEach((w, i) => vid.set(w, i));
const V = vocab.length;
log(`vocabulary ${V} words (freq >= ${MIN})`);

// sparse context counts: one block of NCTX+1 dims (last = other word) per context position
const DIM = 2 * WIN * (NCTX + 1);
const counts: Map<number, number>[] = vocab.map(() => new Map());
const ctxTot = new Float64Array(DIM);
let tot = 0;
for (const s of sents) {
  for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]);
    if (v === undefined) continue;
    const dims: number[] = [];
    for (let k = 1; k <= WIN; k++) {
      const l = i - k >= 0 ? (ctxId.get(s[i - k]) ?? NCTX) : NCTX;
      const r = i + k < s.length ? (ctxId.get(s[i + k]) ?? NCTX) : NCTX;
      dims.push(2 * (k - 1) * (NCTX + 1) + l, (2 * (k - 1) + 1) * (NCTX + 1) + r);
    }
    for (const d of dims) {
      counts[v].set(d, (counts[v].get(d) ?? 0) + 1);
      ctxTot[d]++;
      tot++;
    }
  }
}
// PPMI vectors (top 64 entries per word, L2-normalised), spherical k-means on the sparse vectors
const rnd = xorshift(12345);
const TOPK = 64;
const rowIdx: Int32Array[] = [],
  rowVal: Float32Array[] = [];
for (let v = 0; v < V; v++) {
  let wt = 0;
  for (const c of counts[v].values()) wt += c;
  const ent: [number, number][] = [];
  for (const [d, c] of counts[v]) {
    const pmi = Math.log((c * tot) / (wt * ctxTot[d]));
    if (pmi > 0) ent.push([d, pmi]);
  }
  ent.sort((x, y) => y[1] - x[1]);
  const top = ent.slice(0, TOPK);
  let n = 0;
  for (const [, x] of top) n += x * x;
  n = Math.sqrt(n) || 1;
  rowIdx.push(Int32Array.from(top.map((e) => e[0])));
  rowVal.push(Float32Array.from(top.map((e) => e[1] / n)));
}
log('vectors built');

function kmeans(K: number, iters: number): Int32Array {
  const C = new Float32Array(K * DIM);
  const seedRow = (k: number) => {
    const v = Math.floor(rnd() * V);
    C.fill(0, k * DIM, (k + 1) * DIM);
    rowIdx[v].forEach((d, j) => (C[k * DIM + d] = rowVal[v][j]));
  };
  for (let k = 0; k < K; k++) seedRow(k);
  const a = new Int32Array(V);
  for (let it = 0; it < iters; it++) {
    for (let v = 0; v < V; v++) {
      let best = -Infinity,
        arg = 0;
      const ix = rowIdx[v],
        vl = rowVal[v];
      for (let k = 0; k < K; k++) {
        let s = 0;
        const co = k * DIM;
        for (let j = 0; j < ix.length; j++) s += vl[j] * C[co + ix[j]];
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      a[v] = arg;
    }
    C.fill(0);
    for (let v = 0; v < V; v++) {
      const ix = rowIdx[v],
        vl = rowVal[v];
      for (let j = 0; j < ix.length; j++) C[a[v] * DIM + ix[j]] += vl[j];
    }
    for (let k = 0; k < K; k++) {
      let n = 0;
      for (let j = 0; j < DIM; j++) n += C[k * DIM + j] ** 2;
      n = Math.sqrt(n);
      if (!n) {
        seedRow(k);
        continue;
      }
      for (let j = 0; j < DIM; j++) C[k * DIM + j] /= n;
    }
  }
  return a;
}
const a16 = kmeans(16, 15);
log('k=16 done');
const a128 = kmeans(128, 15);
log('k=128 done');
const a1024 = kmeans(1024, 10);
log('k=1024 done');
// (the third column, the word's count in this corpus, tells scripts/ner/gloveClusters.ts which words are rare here)
const lines = vocab.map((w, v) => `${w}\t${a16[v] | (a128[v] << 4) | (a1024[v] << 11)}\t${freq.get(w)}`);
writeFileSync(sval('out', 'node_modules/.cache/dramatis-ner/clusters.tsv'), lines.join('\n') + '\n');
log(`wrote ${lines.length} words`);
// a few examples
for (const w of ['putin', 'moscow', 'reuters', 'monday', 'minister', 'germany']) {
  const v = vid.get(w);
  if (v === undefined) continue;
  const same = vocab.filter((_, u) => a1024[u] === a1024[v]).slice(0, 12);
  log(`${w}: ${same.join(' ')}`);
}
