// Two-pass document decoding shared by the runtime Tagger and the training script.
import {
  type FeatOpts,
  type NumMap,
  type SentCtx,
  TokInfo,
  gazBits,
  isHeadline,
  wordFeatures,
  contextFeatures,
  viterbi,
  docCodes,
  docFeatures,
  wordCodes,
} from './features.ts';

const L = 9; // labels (NLAB), a local constant: hot loops avoid module-binding lookups

export interface Weights {
  // add the NLAB weights of feature buckets fs[0..n), in that order, to out[off..off+NLAB)
  addAll(fs: Int32Array, n: number, out: Float32Array, off: number): void;
}

export interface ModelCore {
  opts: FeatOpts;
  w: Weights;
  tr: Float32Array; // (L+1) * L
  gaz: NumMap;
  clus: NumMap | null;
  glove?: NumMap | null;
}

export class DenseWeights implements Weights {
  constructor(public W: Float32Array) {}
  addAll(fs: Int32Array, n: number, out: Float32Array, off: number): void {
    const W = this.W;
    for (let j = 0; j < n; j++) {
      const b = fs[j] * L;
      out[off] += W[b];
      out[off + 1] += W[b + 1];
      out[off + 2] += W[b + 2];
      out[off + 3] += W[b + 3];
      out[off + 4] += W[b + 4];
      out[off + 5] += W[b + 5];
      out[off + 6] += W[b + 6];
      out[off + 7] += W[b + 7];
      out[off + 8] += W[b + 8];
    }
  }
}

// Work buffers grow as needed and are reused across calls.
let cap = 0;
let em = new Float32Array(0),
  back = new Uint8Array(0),
  sc = new Float32Array(0);
const fbuf = new Int32Array(256);

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 256);
  em = new Float32Array(cap * L);
  back = new Uint8Array(cap * L);
  sc = new Float32Array(cap * L);
}

// Per document: each token's first token of the same word (first), and the sums of that word's own features' weights
// (wsum, at the first token's row; summed[] says which rows are done).
interface Words {
  first: Int32Array;
  summed: Uint8Array;
  wsum: Float32Array;
}

// Pass 1 computes emission scores into emDoc; pass 2 adds only the document features to them.
// A token's first features are its word's own (wordFeatures), so their weights summed from zero are the same float32
// vector for every token of that word: summed once per word into w.wsum and copied, then the rest of tokenFeatures'
// features are added in the same order as ever. (Nearly half the tokens of a document repeat a word; the weight
// lookups were a third of the tagger's time.)
function decodeSentence(
  m: ModelCore,
  c: SentCtx,
  pass2: boolean,
  emDoc: Float32Array,
  out: Uint8Array,
  w: Words,
): void {
  const n = c.e - c.s;
  if (n <= 0) return;
  ensure(n);
  const base = c.s * L;
  if (!pass2) {
    for (let i = c.s; i < c.e; i++) {
      const off = i * L,
        f = w.first[i];
      if (!w.summed[f]) {
        w.summed[f] = 1;
        m.w.addAll(fbuf, wordFeatures(c.ti, f, m.opts, fbuf, 0), w.wsum, f * L);
      }
      for (let y = 0; y < L; y++) emDoc[off + y] = w.wsum[f * L + y];
      const k = contextFeatures(c, i, m.opts, fbuf, 0, false);
      m.w.addAll(fbuf, k, emDoc, off);
    }
    em.set(emDoc.subarray(base, base + n * L));
  } else {
    em.set(emDoc.subarray(base, base + n * L));
    for (let i = c.s; i < c.e; i++) {
      const k = docFeatures(c, i, m.opts, fbuf, 0);
      const off = (i - c.s) * L;
      m.w.addAll(fbuf, k, em, off);
    }
  }
  viterbi(em, n, m.tr, out.subarray(c.s, c.e), back, sc);
}

// bounds: sentence boundaries [0, b1, ..., n]
export function tagDocument(m: ModelCore, ti: TokInfo, bounds: number[], twoPass = true): Uint8Array {
  const n = ti.n;
  const labels = new Uint8Array(n);
  const gaz = m.opts.gaz ? new Uint32Array(n) : null;
  const ctxs: SentCtx[] = [];
  const doc = m.opts.doc && twoPass ? new Uint8Array(n) : null;
  const emDoc = new Float32Array(n * L);
  const first = new Int32Array(n),
    firstOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const j = firstOf.get(ti.words[i]);
    if (j === undefined) firstOf.set(ti.words[i], i);
    first[i] = j ?? i;
  }
  const words: Words = { first, summed: new Uint8Array(n), wsum: new Float32Array(n * L) };
  const wc = wordCodes(ti, first, m.clus, m.glove, m.gaz);
  for (let b = 0; b + 1 < bounds.length; b++) {
    const s = bounds[b],
      e = bounds[b + 1];
    if (e <= s) continue;
    if (gaz) gazBits(ti, s, e, m.gaz, gaz);
    ctxs.push({
      ti,
      s,
      e,
      headline: isHeadline(ti, s, e),
      gaz,
      doc,
      clus: m.clus,
      glove: m.glove,
      gmap: m.gaz,
      lab: labels,
      wc,
    });
  }
  for (const c of ctxs) decodeSentence(m, c, false, emDoc, labels, words);
  if (doc) {
    docCodes(ti, labels, doc);
    for (const c of ctxs) decodeSentence(m, c, true, emDoc, labels, words);
  }
  return labels;
}
