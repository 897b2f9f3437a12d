// Averaged structured perceptron over BIO labels with Viterbi decoding (training side, node only).
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
  ngramKey,
  GAZ_MAX,
  F_CAP,
  F_ALLCAPS,
  fmix,
  SALT_FIRST,
  SALT_LAST,
} from '../../utils/ner/features.ts';
import { type ModelCore, DenseWeights, tagDocument } from '../../utils/ner/decode.ts';
import { type Doc, type Sent, chunks } from './data.ts';
import { xorshift } from './xorshift.ts';

export interface PDoc {
  ti: TokInfo;
  bounds: number[];
  gold: Uint8Array;
  words: string[];
}

export function prepDoc(d: Doc, ngrams: boolean): PDoc {
  const words: string[] = [];
  const bounds = [0];
  const gold: number[] = [];
  for (const s of d.sents) {
    for (let i = 0; i < s.words.length; i++) {
      words.push(s.words[i]);
      gold.push(s.labels[i]);
    }
    bounds.push(words.length);
  }
  return { ti: new TokInfo(words, ngrams), bounds, gold: Uint8Array.from(gold), words };
}

// gazetteer entries from gold chunks of documents (src 0) or sentences (src 1)
export function addGaz(gaz: Map<number, number>, ti: TokInfo, gold: Uint8Array, src: number): void {
  for (const c of chunks(gold)) {
    const len = c.e - c.s;
    if (len > GAZ_MAX) continue;
    if (!(ti.flags[c.s] & (F_CAP | F_ALLCAPS))) continue;
    const k = ngramKey(ti.hl, c.s, len);
    const bit = 1 << (src * 4 + c.t);
    gaz.set(k, (gaz.get(k) ?? 0) | bit);
    if (len >= 2) {
      const kf = fmix(ti.hl[c.s] ^ SALT_FIRST),
        kl = fmix(ti.hl[c.e - 1] ^ SALT_LAST);
      gaz.set(kf, (gaz.get(kf) ?? 0) | bit);
      gaz.set(kl, (gaz.get(kl) ?? 0) | bit);
    }
  }
}

export interface TSent {
  feats: Int32Array; // static features, flat
  off: Int32Array; // n+1 offsets
  docf: Int32Array | null; // doc features, flat, off2
  off2: Int32Array | null;
  gold: Uint8Array;
  doc: number;
}

// Build static training features for a document. gaz: the (jackknifed) gazetteer for this doc.
export function featurize(
  d: PDoc,
  opts: FeatOpts,
  gaz: Map<number, number>,
  clus: Map<number, number> | null,
  docCodesArr: Uint8Array | null,
  docIdx: number,
  stackLab: Uint8Array | null = null,
  glove: Map<number, number> | null = null,
  gazDrop = 0,
  softDrop = 0,
): TSent[] {
  const out: TSent[] = [];
  const gbits = new Uint32Array(d.ti.n);
  const buf = new Int32Array(MAXF * 2);
  for (let b = 0; b + 1 < d.bounds.length; b++) {
    const s = d.bounds[b],
      e = d.bounds[b + 1];
    if (e <= s) continue;
    gazBits(d.ti, s, e, gaz, gbits);
    // gazetteer dropout (--gazdrop): a fraction of sentences is shown without the training names'
    // gazetteer (source 0 bits and the first/last-token lists), as if every name in them were unseen,
    // so the weights also learn what the soft types, clusters and context say. Deterministic per sentence.
    const dropGaz = gazDrop > 0 && (fmix(docIdx * 7919 + b * 104729 + 17) >>> 0) / 4294967296 < gazDrop;
    if (dropGaz) for (let i = s; i < e; i++) gbits[i] &= 0xffff0000;
    // soft-type dropout (--softdrop): a fraction of sentences without the soft gazetteer's types (source 1
    // bits), so that a name GloVe never saw (a 2019 surname) is not taken for a common word because
    // nearly every name in training had a soft type. Deterministic per sentence, independent of --gazdrop.
    if (softDrop > 0 && (fmix(docIdx * 6151 + b * 92821 + 29) >>> 0) / 4294967296 < softDrop)
      for (let i = s; i < e; i++) gbits[i] &= 0x0000ffff;
    const ctx: SentCtx = {
      ti: d.ti,
      s,
      e,
      headline: isHeadline(d.ti, s, e),
      gaz: gbits,
      doc: docCodesArr,
      clus,
      glove,
      gmap: dropGaz ? undefined : gaz,
      lab: stackLab,
    };
    const fl: number[] = [],
      off = [0],
      fl2: number[] = [],
      off2 = [0];
    for (let i = s; i < e; i++) {
      const k = tokenFeatures(ctx, i, opts, buf, 0, false);
      for (let j = 0; j < k; j++) fl.push(buf[j]);
      off.push(fl.length);
      if (docCodesArr && opts.doc) {
        const k2 = tokenFeatures(ctx, i, opts, buf, 0, true);
        for (let j = k; j < k2; j++) fl2.push(buf[j]);
        off2.push(fl2.length);
      }
    }
    out.push({
      feats: Int32Array.from(fl),
      off: Int32Array.from(off),
      docf: docCodesArr && opts.doc ? Int32Array.from(fl2) : null,
      off2: docCodesArr && opts.doc ? Int32Array.from(off2) : null,
      gold: d.gold.slice(s, e),
      doc: docIdx,
    });
  }
  return out;
}

export interface TrainResult {
  W: Float32Array;
  T: Float32Array;
}

export function trainPerceptron(
  sents: TSent[],
  opts: FeatOpts,
  epochs: number,
  docDrop: number,
  onEpoch?: (ep: number, r: TrainResult) => void,
  seed = 1,
): TrainResult {
  const H = 1 << opts.bits;
  const L = NLAB;
  const W = new Float32Array(H * L),
    U = new Float64Array(H * L);
  const T = new Float32Array((L + 1) * L),
    TU = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = xorshift(seed);
  const order = sents.map((_, i) => i);
  let maxN = 0;
  for (const s of sents) maxN = Math.max(maxN, s.gold.length);
  const em = new Float32Array(maxN * L),
    back = new Uint8Array(maxN * L),
    sc = new Float32Array(maxN * L),
    pred = new Uint8Array(maxN);
  const upd = (f: number, y: number, d: number) => {
    const k = f * L + y;
    W[k] += d;
    U[k] += c * d;
  };
  const average = (): TrainResult => {
    const aW = new Float32Array(H * L),
      aT = new Float32Array((L + 1) * L);
    for (let k = 0; k < W.length; k++) aW[k] = W[k] - U[k] / c;
    for (let k = 0; k < T.length; k++) aT[k] = T[k] - TU[k] / c;
    return { W: aW, T: aT };
  };
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errs = 0;
    for (const si of order) {
      const s = sents[si];
      const n = s.gold.length;
      const useDoc = s.docf !== null && rand() >= docDrop;
      em.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const o = i * L;
        for (let j = s.off[i]; j < s.off[i + 1]; j++) {
          const b = s.feats[j] * L;
          for (let y = 0; y < L; y++) em[o + y] += W[b + y];
        }
        if (useDoc)
          for (let j = s.off2![i]; j < s.off2![i + 1]; j++) {
            const b = s.docf![j] * L;
            for (let y = 0; y < L; y++) em[o + y] += W[b + y];
          }
      }
      viterbi(em, n, T, pred, back, sc);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) wrong = true;
      if (wrong) {
        errs++;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i],
            p = pred[i];
          const gp = i ? s.gold[i - 1] : L,
            pp = i ? pred[i - 1] : L;
          if (g !== p) {
            for (let j = s.off[i]; j < s.off[i + 1]; j++) {
              upd(s.feats[j], g, 1);
              upd(s.feats[j], p, -1);
            }
            if (useDoc)
              for (let j = s.off2![i]; j < s.off2![i + 1]; j++) {
                upd(s.docf![j], g, 1);
                upd(s.docf![j], p, -1);
              }
          }
          if (g !== p || gp !== pp) {
            T[gp * L + g] += 1;
            TU[gp * L + g] += c;
            T[pp * L + p] -= 1;
            TU[pp * L + p] -= c;
          }
        }
      }
      c++;
    }
    if (onEpoch) {
      process.stderr.write(`  epoch ${ep + 1}: ${errs} sentences wrong\n`);
      onEpoch(ep, average());
    }
  }
  return average();
}

export function tagDocs(
  docs: PDoc[],
  r: TrainResult,
  opts: FeatOpts,
  gaz: Map<number, number>,
  clus: Map<number, number> | null,
  twoPass = true,
  glove: Map<number, number> | null = null,
): Uint8Array[] {
  const m: ModelCore = { opts, w: new DenseWeights(r.W), tr: r.T, gaz, clus, glove };
  return docs.map((d) => tagDocument(m, d.ti, d.bounds, twoPass));
}

// Split a document-level label array back into sentence arrays
export function perSentence(docs: PDoc[], labels: Uint8Array[]): { gold: Uint8Array[]; pred: Uint8Array[] } {
  const gold: Uint8Array[] = [],
    pred: Uint8Array[] = [];
  docs.forEach((d, k) => {
    for (let b = 0; b + 1 < d.bounds.length; b++) {
      gold.push(d.gold.subarray(d.bounds[b], d.bounds[b + 1]));
      pred.push(labels[k].subarray(d.bounds[b], d.bounds[b + 1]));
    }
  });
  return { gold, pred };
}

export { docCodes };
export type { Sent };
