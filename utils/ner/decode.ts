// Two-pass document decoding shared by the runtime Tagger and the training script.
import {
  type FeatOpts,
  type SentCtx,
  TokInfo,
  NLAB,
  MAXF,
  gazBits,
  isHeadline,
  tokenFeatures,
  viterbi,
  docCodes,
} from './features.ts';

export interface Weights {
  // add the NLAB weights of feature bucket f to out[off..off+NLAB)
  add(f: number, out: Float32Array, off: number): void;
}

export interface ModelCore {
  opts: FeatOpts;
  w: Weights;
  tr: Float32Array; // (NLAB+1) * NLAB
  gaz: Map<number, number>;
  clus: Map<number, number> | null;
}

export class DenseWeights implements Weights {
  constructor(public W: Float32Array) {}
  add(f: number, out: Float32Array, off: number): void {
    const W = this.W,
      b = f * NLAB;
    for (let y = 0; y < NLAB; y++) out[off + y] += W[b + y];
  }
}

// Work buffers grow as needed and are reused across calls.
let cap = 0;
let em = new Float32Array(0),
  back = new Uint8Array(0),
  sc = new Float32Array(0);
const fbuf = new Int32Array(MAXF * 2);

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 256);
  em = new Float32Array(cap * NLAB);
  back = new Uint8Array(cap * NLAB);
  sc = new Float32Array(cap * NLAB);
}

export function decodeSentence(m: ModelCore, c: SentCtx, useDoc: boolean, out: Uint8Array): void {
  const n = c.e - c.s;
  if (n <= 0) return;
  ensure(n);
  em.fill(0, 0, n * NLAB);
  for (let i = c.s; i < c.e; i++) {
    const k = tokenFeatures(c, i, m.opts, fbuf, 0, useDoc);
    const off = (i - c.s) * NLAB;
    for (let j = 0; j < k; j++) m.w.add(fbuf[j], em, off);
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
  for (let b = 0; b + 1 < bounds.length; b++) {
    const s = bounds[b],
      e = bounds[b + 1];
    if (e <= s) continue;
    if (gaz) gazBits(ti, s, e, m.gaz, gaz);
    ctxs.push({ ti, s, e, headline: isHeadline(ti, s, e), gaz, doc, clus: m.clus });
  }
  for (const c of ctxs) decodeSentence(m, c, false, labels);
  if (doc) {
    docCodes(ti, labels, doc);
    for (const c of ctxs) decodeSentence(m, c, true, labels);
  }
  return labels;
}
