// Hashed feature extraction shared by training (scripts/train-ner.ts) and inference (tagger.ts).
// Every feature is a 32-bit hash of (template id, value hashes), reduced to a bucket index.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
// labels: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type
export const NLAB = 9;
export const MAXF = 64; // max features per token

export interface FeatOpts {
  bits: number; // hash space = 2^bits buckets
  affix: number; // max prefix/suffix length
  gaz: boolean;
  doc: boolean;
  clusters: boolean;
  ngrams: boolean; // char 3-grams for rare-looking words
  ctxagg?: boolean; // context aggregation: neighbours of the other occurrences of the word in the document
  dochist?: boolean; // second pass: the set of types the other occurrences received (not only the majority)
  runs?: boolean; // first / last word of the run of capitalised words (with of/and/& inside) the token is in
  stack?: boolean; // second pass: the first-pass labels of the token and its neighbours (stacking)
  ctxclus?: boolean; // context aggregation also by the neighbours' word clusters
  table?: boolean; // sentence looks like a results table row (many numbers) × word, cluster, gazetteer
  glove?: boolean; // a second set of word clusters, from pretrained GloVe vectors (scripts/ner/gloveClusters.ts)
}

// The lookups the decoder makes in the gazetteer and cluster maps: a Map (training) or model.ts's IntMap.
export interface NumMap {
  get(k: number): number | undefined;
  has(k: number): boolean;
  readonly size: number;
}

// Word clusters are keyed by the top 24 bits of the lower-cased word's hash: a model stores each
// key in about 11 bits gzipped instead of 22, and a word outside the ~18,000 clustered ones takes
// a stranger's cluster with odds of about 1 in 900.
export const clusterKey = (h: number): number => h >>> 8;

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

export function hashStr(s: string, seed = 0): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return fmix(h);
}

// feature hash of template t with one or two values
function f1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}
function f2(t: number, a: number, b: number): number {
  return fmix(f1(t, a) ^ Math.imul(b, 0x27d4eb2d));
}

// Normalise typographic variants so raw web text looks like the CoNLL training text.
export function normWord(w: string): string {
  if (w.length === 1) {
    const c = w.charCodeAt(0);
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return '"';
    if (c === 0x2018 || c === 0x2019) return "'";
    if (c === 0x2014 || c === 0x2013) return '-';
  }
  if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
  return w;
}

// flag bits per token
export const F_CAP = 1; // first char uppercase letter
export const F_ALLCAPS = 2; // has letters, no lowercase letters
export const F_LETTER = 4; // has a letter
export const F_LOWER = 8; // first char lowercase letter
export const F_NGRAM = 16; // word gets character trigram features
export const F_LOWSEEN = 32; // capitalised here, but the same word occurs in lower case elsewhere in the document
export const F_CAPSEEN = 64; // all caps here, but occurs capitalised in mixed case elsewhere in the document

const CONNECTORS = new Set(['of', 'and', '&', 'de', 'for', 'the', 'du', 'la', 'von', 'van', 'del', 'der', 'di']);

export class TokInfo {
  n: number;
  hw: Int32Array; // exact word
  hl: Int32Array; // lowercased, digits -> 0
  hs: Int32Array; // shape (capped)
  hss: Int32Array; // short shape (repeats collapsed)
  aff: Int32Array; // n * 8 : prefixes 1..4, suffixes 1..4 (0 = none)
  flags: Uint8Array;
  lower: string[];
  occ: (number[] | undefined)[]; // capitalised words: all positions of the same lower-cased word
  conn: Uint8Array; // 1: lower-case connector inside names (of, and, &, de, for, the ...), 2: number
  htail: Int32Array; // hyphenated words: lowercased part after the last hyphen (0 = none)
  hhead: Int32Array; // and before the first hyphen
  constructor(
    public words: string[],
    needNgrams: boolean,
  ) {
    const n = (this.n = words.length);
    this.hw = new Int32Array(n);
    this.hl = new Int32Array(n);
    this.hs = new Int32Array(n);
    this.hss = new Int32Array(n);
    this.aff = new Int32Array(n * 8);
    this.flags = new Uint8Array(n);
    this.conn = new Uint8Array(n);
    this.lower = new Array(n);
    this.htail = new Int32Array(n);
    this.hhead = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const w = normWord(words[i]);
      const lw = w.toLowerCase();
      this.lower[i] = lw;
      const len = w.length;
      let hw = 2166136261,
        hl = 2166136261,
        hs = 2166136261,
        hss = 2166136261;
      let prev = -1,
        upper = 0,
        lowerc = 0,
        letters = 0,
        hyphen = false;
      for (let k = 0; k < len; k++) {
        const c = w.charCodeAt(k);
        if (c === 45) hyphen = true;
        let lc = lw.charCodeAt(k);
        hw = Math.imul(hw ^ c, 16777619);
        let sc: number;
        if (c >= 48 && c <= 57) {
          sc = 100; // d
          lc = 48;
        } else if (lc !== c) {
          sc = 88; // X
          upper++;
          letters++;
        } else if (c >= 97 && c <= 122) {
          sc = 120;
          lowerc++;
          letters++;
        } else if (c > 127 && w[k].toUpperCase() !== w[k]) {
          sc = 120;
          lowerc++;
          letters++;
        } else if (c > 127 && /\p{L}/u.test(w[k])) {
          sc = 76; // other letter (no case)
          letters++;
        } else sc = c;
        hl = Math.imul(hl ^ lc, 16777619);
        if (k < 4 && k < len - 1) this.aff[i * 8 + k] = fmix(hl ^ (k + 1));
        if (k < 10) hs = Math.imul(hs ^ sc, 16777619);
        if (sc !== prev) hss = Math.imul(hss ^ sc, 16777619);
        prev = sc;
        if (k === 0) {
          if (sc === 88) this.flags[i] |= F_CAP;
          else if (sc === 120) this.flags[i] |= F_LOWER;
        }
      }
      if (letters) this.flags[i] |= F_LETTER;
      else if (len && /^[0-9][0-9.,:-]*$/.test(w)) this.conn[i] = 2;
      if (lw.length <= 3 && CONNECTORS.has(lw)) this.conn[i] = 1; // (none is longer: most words skip the string hash)
      if (letters && !lowerc && upper) this.flags[i] |= F_ALLCAPS;
      this.hw[i] = fmix(hw);
      this.hl[i] = fmix(hl);
      this.hs[i] = fmix(hs);
      this.hss[i] = fmix(hss);
      // suffixes
      let hsuf = 2166136261;
      for (let k = 1; k <= 4 && k < len; k++) {
        let lc = lw.charCodeAt(len - k);
        if (lc >= 48 && lc <= 57) lc = 48;
        hsuf = Math.imul(hsuf ^ lc, 16777619);
        this.aff[i * 8 + 3 + k] = fmix(hsuf ^ (k + 17));
      }
      const hy = hyphen ? lw.lastIndexOf('-') : -1;
      if (hy > 0 && hy < len - 1) {
        this.htail[i] = hashLower(lw, hy + 1, len);
        this.hhead[i] = hashLower(lw, 0, lw.indexOf('-'));
      }
      if (needNgrams && len > 3 && letters) this.flags[i] |= F_NGRAM;
    }
    // document-level casing evidence, occurrence lists
    const low = new Set<number>(),
      cap = new Set<number>();
    const occ = new Map<number, number[]>();
    this.occ = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = this.flags[i];
      if (f & F_LOWER) low.add(this.hl[i]);
      else if (f & F_CAP && !(f & F_ALLCAPS)) cap.add(this.hl[i]);
      if (f & (F_CAP | F_ALLCAPS)) {
        let a = occ.get(this.hl[i]);
        if (!a) occ.set(this.hl[i], (a = []));
        if (a.length < 9) a.push(i);
        this.occ[i] = a;
      }
    }
    for (let i = 0; i < n; i++) {
      const f = this.flags[i];
      if (f & (F_CAP | F_ALLCAPS) && low.has(this.hl[i])) this.flags[i] |= F_LOWSEEN;
      if (f & F_ALLCAPS && cap.has(this.hl[i])) this.flags[i] |= F_CAPSEEN;
    }
  }
}

// same hash as TokInfo.hl for a lowercased substring
export function hashLower(lw: string, from: number, to: number): number {
  let h = 2166136261;
  for (let k = from; k < to; k++) {
    let c = lw.charCodeAt(k);
    if (c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 16777619);
  }
  return fmix(h);
}

// Gazetteer: n-gram (lowercased token hashes) -> bit mask of types (bit t for source 0, bit 4+t source 1)
export const GAZ_MAX = 6;
export const SALT_FIRST = 0x3f1a2b,
  SALT_LAST = 0x51c0de;
export function ngramKey(hl: Int32Array, s: number, len: number): number {
  let h = 0x12345;
  for (let k = 0; k < len; k++) h = fmix(Math.imul(h, 31) ^ hl[s + k]);
  return h;
}

// Per-token gazetteer bit sets: bit = src*16 + type*4 + pos (0 B, 1 I, 2 L, 3 U)
export function gazBits(ti: TokInfo, s: number, e: number, gaz: NumMap, out: Uint32Array): void {
  for (let i = s; i < e; i++) out[i] = 0;
  if (gaz.size === 0) return;
  for (let i = s; i < e; i++) {
    if (!(ti.flags[i] & (F_CAP | F_ALLCAPS))) continue;
    let h = 0x12345;
    for (let len = 1; len <= GAZ_MAX && i + len <= e; len++) {
      h = fmix(Math.imul(h, 31) ^ ti.hl[i + len - 1]);
      const m = gaz.get(h);
      if (m === undefined) continue;
      for (let b = 0; b < 8; b++) {
        if (!(m & (1 << b))) continue;
        const src = b >> 2,
          t = b & 3;
        const base = src * 16 + t * 4;
        if (len === 1) out[i] |= 1 << (base + 3);
        else {
          out[i] |= 1 << base;
          for (let k = i + 1; k < i + len - 1; k++) out[k] |= 1 << (base + 1);
          out[i + len - 1] |= 1 << (base + 2);
        }
      }
    }
  }
}

// Sentence-level context needed for features
export interface SentCtx {
  ti: TokInfo;
  s: number; // sentence start (token index)
  e: number; // end (exclusive)
  headline: boolean;
  gaz: Uint32Array | null; // per token (global index)
  doc: Uint8Array | null; // per token doc code (0 none, 1..5)
  clus: NumMap | null; // clusterKey(hl) -> cluster path code
  glove?: NumMap | null; // clusterKey(hl) -> GloVe cluster code (same layout)
  gmap?: NumMap; // gazetteer (for first/last-token lists)
  table?: number; // cached: 1 if the sentence looks like a table row (see isTable)
  lab?: Uint8Array | null; // first-pass labels (global index), for the second pass (opts.stack)
  wc?: Int32Array; // per token, the map lookups of wordCodes (tagDocument's; the trainer's features look them up)
}

/**
 * The map lookups of every word of a document, once (4 per word, where tokenFeatures made 8 or 9 per token: a word's
 * clusters were looked up again as each neighbour's neighbour; they took a tenth of the tagger's time): per token the
 * text and GloVe cluster codes (-1 = none) and the gazetteer's first- and last-token type masks (0 = none). A token
 * whose word occurred before (first[i] < i, the first token of the same word) copies that token's.
 */
export function wordCodes(
  ti: TokInfo,
  first: Int32Array,
  clus: NumMap | null,
  glove: NumMap | null | undefined,
  gmap: NumMap,
): Int32Array {
  const wc = new Int32Array(ti.n * 4);
  for (let i = 0; i < ti.n; i++) {
    if (first[i] < i) {
      wc.copyWithin(i * 4, first[i] * 4, first[i] * 4 + 4);
      continue;
    }
    const h = ti.hl[i];
    wc[i * 4] = clus?.get(clusterKey(h)) ?? -1;
    wc[i * 4 + 1] = glove?.get(clusterKey(h)) ?? -1;
    wc[i * 4 + 2] = gmap.get(fmix(h ^ SALT_FIRST)) ?? 0;
    wc[i * 4 + 3] = gmap.get(fmix(h ^ SALT_LAST)) ?? 0;
  }
  return wc;
}

// Results tables / scorelines: at least two numbers making up a quarter of the tokens.
export function isTable(ti: TokInfo, s: number, e: number): number {
  let nums = 0;
  for (let i = s; i < e; i++) if (ti.conn[i] === 2) nums++;
  return nums >= 2 && nums * 4 >= e - s ? 1 : 0;
}

const isCapTok = (ti: TokInfo, i: number) => (ti.flags[i] & (F_CAP | F_ALLCAPS)) !== 0;

export function isHeadline(ti: TokInfo, s: number, e: number): boolean {
  let caps = 0,
    low = 0;
  for (let i = s; i < e; i++) {
    const f = ti.flags[i];
    if (!(f & F_LETTER)) continue;
    if (f & F_ALLCAPS) caps++;
    else if (ti.lower[i].length > 1 || f & F_LOWER) low++;
  }
  return caps >= 2 && caps > 3 * low;
}

const aggL = new Int32Array(16),
  aggR = new Int32Array(16);
function seen(a: Int32Array, n: number, v: number): boolean {
  for (let k = 0; k < n; k++) if (a[k] === v) return true;
  return false;
}

const BOS = 0x5bc1,
  EOS = 0x7e05;

// Writes bucket indices for token i into buf[pos..]; returns new pos.
export function tokenFeatures(
  c: SentCtx,
  i: number,
  o: FeatOpts,
  buf: Int32Array,
  pos: number,
  useDoc: boolean,
): number {
  return contextFeatures(c, i, o, buf, wordFeatures(c.ti, i, o, buf, pos), useDoc);
}

/**
 * The first of tokenFeatures' features: those of token i's word alone (bias, word, lower-cased word, shapes, affixes),
 * the same for every token of the same word (decode.ts adds up their weights once per word and document).
 */
export function wordFeatures(ti: TokInfo, i: number, o: FeatOpts, buf: Int32Array, p: number): number {
  const mask = (1 << o.bits) - 1;
  buf[p++] = 0; // bias (bucket 0)
  buf[p++] = f1(1, ti.hw[i]) & mask;
  buf[p++] = f1(2, ti.hl[i]) & mask;
  buf[p++] = f1(3, ti.hs[i]) & mask;
  buf[p++] = f1(4, ti.hss[i]) & mask;
  for (let k = 0; k < 8; k++) {
    const a = ti.aff[i * 8 + k];
    if (a !== 0 && k % 4 < o.affix) buf[p++] = f1(5 + k, a) & mask;
  }
  return p;
}

// The rest of tokenFeatures': the word in its context, the document, the clusters and the gazetteer.
export function contextFeatures(
  c: SentCtx,
  i: number,
  o: FeatOpts,
  buf: Int32Array,
  pos: number,
  useDoc: boolean,
): number {
  const ti = c.ti;
  const mask = (1 << o.bits) - 1;
  const s = c.s,
    e = c.e;
  const hl = ti.hl,
    hs = ti.hss;
  const l1 = i > s ? hl[i - 1] : BOS,
    l2 = i > s + 1 ? hl[i - 2] : BOS;
  const r1 = i + 1 < e ? hl[i + 1] : EOS,
    r2 = i + 2 < e ? hl[i + 2] : EOS;
  const s1 = i > s ? hs[i - 1] : BOS,
    sr1 = i + 1 < e ? hs[i + 1] : EOS;
  const lw = hl[i],
    ss = hs[i];
  const hd = c.headline ? 1 : 0;
  const first = i === s ? 1 : 0;
  let p = pos;
  buf[p++] = f1(13, l1) & mask;
  buf[p++] = f1(14, r1) & mask;
  buf[p++] = f1(15, l2) & mask;
  buf[p++] = f1(16, r2) & mask;
  buf[p++] = f1(17, s1) & mask;
  buf[p++] = f1(18, sr1) & mask;
  buf[p++] = f2(19, s1, ss) & mask;
  buf[p++] = f2(20, ss, sr1) & mask;
  buf[p++] = f2(21, l1, lw) & mask;
  buf[p++] = f2(22, lw, r1) & mask;
  buf[p++] = f2(23, first, ss) & mask;
  buf[p++] = f2(24, hd, lw) & mask;
  buf[p++] = f2(25, hd, ss) & mask;
  buf[p++] = f2(26, hd * 2 + first, ti.flags[i]) & mask;
  buf[p++] = f2(27, l1, ss) & mask;
  buf[p++] = f2(47, ti.flags[i] & 96, ss) & mask;
  if (o.ctxagg) {
    // distinct neighbours of the other occurrences (a set: repeated boilerplate counts once)
    const a = ti.occ[i];
    if (a && a.length > 1) {
      let nl = 0,
        nr = 0;
      for (const j of a) {
        if (j === i) continue;
        const l = j > 0 ? hl[j - 1] : BOS,
          r = j + 1 < ti.n ? hl[j + 1] : EOS;
        if (l !== l1 && !seen(aggL, nl, l)) {
          aggL[nl++] = l;
          buf[p++] = f1(55, l) & mask;
          if (o.ctxclus && c.clus) buf[p++] = f1(66, ((c.clus.get(clusterKey(l)) ?? 0) >>> 4) & 127) & mask;
        }
        if (r !== r1 && !seen(aggR, nr, r)) {
          aggR[nr++] = r;
          buf[p++] = f1(56, r) & mask;
          if (o.ctxclus && c.clus) buf[p++] = f1(67, ((c.clus.get(clusterKey(r)) ?? 0) >>> 4) & 127) & mask;
        }
      }
    }
  }
  buf[p++] = f2(48, (ti.flags[i] & 96) + hd * 2 + first, ti.flags[i] & 3) & mask;
  buf[p++] = f2(28, ss, r1) & mask;
  if (ti.htail[i] !== 0) {
    const tail = ti.htail[i];
    const known = c.clus ? (c.clus.has(clusterKey(tail)) ? 1 : 0) : 2;
    buf[p++] = f1(33, tail) & mask;
    buf[p++] = f1(34, ti.hhead[i]) & mask;
    buf[p++] = f2(35, known, ti.flags[i]) & mask;
    buf[p++] = f2(36, known, l1) & mask;
  }
  if (o.runs && isCapTok(ti, i)) {
    // run of capitalised words around i (connectors allowed between two capitalised words)
    let a = i,
      b = i;
    while (b + 1 < e && b - i < 8) {
      if (isCapTok(ti, b + 1)) b++;
      else if (ti.conn[b + 1] === 1 && b + 2 < e && isCapTok(ti, b + 2)) b += 2;
      else break;
    }
    while (a > s && i - a < 8) {
      if (isCapTok(ti, a - 1)) a--;
      else if (ti.conn[a - 1] === 1 && a - 2 >= s && isCapTok(ti, a - 2)) a -= 2;
      else break;
    }
    if (b > i) buf[p++] = f1(60, hl[b]) & mask;
    if (a < i) buf[p++] = f1(61, hl[a]) & mask;
    buf[p++] = f2(62, Math.min(b - a, 4), Math.min(i - a, 3)) & mask;
  }
  let tb = 0;
  if (o.table) {
    if (c.table === undefined) c.table = isTable(ti, s, e);
    tb = c.table;
    if (tb && ti.flags[i] & F_LETTER) {
      buf[p++] = f1(63, lw) & mask;
      buf[p++] = f1(64, ss) & mask;
      if (c.clus) buf[p++] = f1(65, ((c.clus.get(clusterKey(lw)) ?? 0xffffff) >>> 4) & 127) & mask;
    }
  }
  if (o.ngrams) {
    if (ti.flags[i] & F_NGRAM) {
      // trigrams of "<word>", at most 12
      const lw = ti.lower[i];
      const m = Math.min(lw.length, 12);
      let a = 60,
        b = lw.charCodeAt(0);
      for (let k = 1; k <= m; k++) {
        const c = k < lw.length ? lw.charCodeAt(k) : 62;
        buf[p++] = f1(29, fmix(Math.imul(Math.imul(a + 7, 31) ^ b, 131) ^ (c * 8191))) & mask;
        a = b;
        b = c;
      }
    }
  }
  if (o.gaz && c.gaz) {
    let g = c.gaz[i];
    const gl = i > s ? c.gaz[i - 1] : 0,
      gr = i + 1 < e ? c.gaz[i + 1] : 0;
    while (g) {
      const b = 31 - Math.clz32(g);
      g &= ~(1 << b);
      buf[p++] = f1(30, b) & mask;
      buf[p++] = f2(31, b, hd + 2 * tb) & mask;
    }
    buf[p++] = f2(32, gl, gr) & mask;
    if (c.gmap && c.gmap.size) {
      const wc = c.wc,
        fm = wc ? wc[i * 4 + 2] : (c.gmap.get(fmix(lw ^ SALT_FIRST)) ?? 0),
        lm = wc ? wc[i * 4 + 3] : (c.gmap.get(fmix(lw ^ SALT_LAST)) ?? 0);
      if (fm) buf[p++] = f1(37, fm) & mask;
      if (lm) buf[p++] = f1(38, lm) & mask;
      if (fm | lm) {
        const rm = wc && i + 1 < e ? wc[i * 4 + 7] : (c.gmap.get(fmix(r1 ^ SALT_LAST)) ?? 0);
        buf[p++] = f2(39, fm * 256 + lm, rm) & mask;
      }
    }
  }
  const hasL = i > s,
    hasR = i + 1 < e;
  if (o.clusters && c.clus) p = clusterFeatures(c, c.clus, 0, TEXT_CLUSTER_IDS, i, hasL, hasR, ss, buf, p, mask);
  // the same templates over the GloVe clusters (words grouped by billions of tokens of context), but the pair
  // with the previous word's cluster (left out from the first try; not measured with it)
  if (o.glove && c.glove) p = clusterFeatures(c, c.glove, 1, GLOVE_CLUSTER_IDS, i, hasL, hasR, ss, buf, p, mask);
  return o.doc && useDoc && c.doc ? docFeatures(c, i, o, buf, p) : p;
}

// Template ids of the cluster features: word's cluster at 16 / 128 / 1024, word × previous word (128; -1 =
// none), previous word, next word, word × short shape.
const TEXT_CLUSTER_IDS = [40, 41, 42, 43, 44, 45, 46];
const GLOVE_CLUSTER_IDS = [80, 81, 82, -1, 83, 84, 85];

/**
 * Cluster features of token i and its neighbours from one cluster map (column col of c.wc); codes are
 * c16 | c128 << 4 | c1024 << 11 (an unknown word 0xffffff, a missing neighbour 1, a neighbour without a cluster 0).
 */
function clusterFeatures(
  c: SentCtx,
  m: NumMap,
  col: number,
  ids: number[],
  i: number,
  hasL: boolean,
  hasR: boolean,
  ss: number,
  buf: Int32Array,
  p: number,
  mask: number,
): number {
  const cl = clusterCode(c, m, col, i, 0xffffff),
    cll = hasL ? clusterCode(c, m, col, i - 1, 0) : 1,
    clr = hasR ? clusterCode(c, m, col, i + 1, 0) : 1;
  buf[p++] = f1(ids[0], cl & 15) & mask;
  buf[p++] = f1(ids[1], (cl >>> 4) & 127) & mask;
  buf[p++] = f1(ids[2], cl >>> 11) & mask;
  if (ids[3] >= 0) buf[p++] = f2(ids[3], (cl >>> 4) & 127, (cll >>> 4) & 127) & mask;
  buf[p++] = f1(ids[4], (cll >>> 4) & 127) & mask;
  buf[p++] = f1(ids[5], (clr >>> 4) & 127) & mask;
  buf[p++] = f2(ids[6], (cl >>> 4) & 127, ss) & mask;
  return p;
}

// token j's code in cluster map m (column col of c.wc), or none
function clusterCode(c: SentCtx, m: NumMap, col: number, j: number, none: number): number {
  const v = c.wc ? c.wc[j * 4 + col] : (m.get(clusterKey(c.ti.hl[j])) ?? -1);
  return v < 0 ? none : v;
}

// Document-level features only (added on top of the first-pass scores in the second pass)
export function docFeatures(c: SentCtx, i: number, o: FeatOpts, buf: Int32Array, p: number): number {
  const mask = (1 << o.bits) - 1;
  const s = c.s,
    e = c.e;
  const ss = c.ti.hss[i];
  const hd = c.headline ? 1 : 0;
  const first = i === s ? 1 : 0;
  if (c.doc) {
    const d = c.doc[i] & 7;
    buf[p++] = f1(50, d) & mask;
    buf[p++] = f2(51, d, ss) & mask;
    buf[p++] = f2(52, d, hd * 2 + first) & mask;
    buf[p++] = f2(53, i > s ? c.doc[i - 1] & 7 : 9, i + 1 < e ? c.doc[i + 1] & 7 : 9) & mask;
    if (o.dochist && c.doc[i] > 7) {
      const h = c.doc[i] >> 3;
      buf[p++] = f1(57, h) & mask;
      buf[p++] = f2(58, h, hd * 2 + first) & mask;
    }
  }
  if (o.stack && c.lab) {
    const y = c.lab,
      y0 = y[i];
    const yl = i > s ? y[i - 1] : 9,
      yr = i + 1 < e ? y[i + 1] : 9;
    const yl2 = i > s + 1 ? y[i - 2] : 9,
      yr2 = i + 2 < e ? y[i + 2] : 9;
    buf[p++] = f1(70, y0) & mask;
    buf[p++] = f2(71, y0, ss) & mask;
    buf[p++] = f2(72, yl * 16 + y0, yr) & mask;
    buf[p++] = f2(73, yl2 * 16 + yl, yr * 16 + yr2) & mask;
    buf[p++] = f2(74, y0, c.ti.hl[i]) & mask;
  }
  return p;
}

// Allowed transitions under BIO: I-x only after B-x or I-x.
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || (cur & 1) === 1) return true;
  return prev === cur || prev === cur - 1;
}

const vprev = new Float64Array(9);

// Viterbi over emission scores em[n*NLAB] with transitions tr[(NLAB+1)*NLAB] (row NLAB = start).
export function viterbi(
  em: Float32Array,
  n: number,
  tr: Float32Array,
  out: Uint8Array,
  back: Uint8Array,
  score: Float32Array,
): void {
  const L = 9;
  for (let y = 0; y < L; y++) score[y] = allowed(-1, y) && !(y > 0 && (y & 1) === 0) ? em[y] + tr[L * L + y] : -1e30;
  const prev = vprev;
  for (let i = 1; i < n; i++) {
    const co = i * L;
    // the previous position's scores, read once (as the doubles every sum below read them) rather than 53 times
    for (let x = 0; x < L; x++) prev[x] = score[co - L + x];
    for (let y = 0; y < L; y++) {
      let best = -Infinity,
        arg = 0;
      // the predecessors allowed(x, y) admits, in the same order (ties go to the first): any label before O or B-x,
      // only B-x or I-x before I-x (a tenth of the tagger's time went to testing all 81 pairs)
      const x0 = y > 0 && (y & 1) === 0 ? y - 1 : 0,
        x1 = x0 > 0 ? y : L - 1;
      for (let x = x0; x <= x1; x++) {
        const v = prev[x] + tr[x * L + y];
        if (v > best) {
          best = v;
          arg = x;
        }
      }
      score[co + y] = best + em[co + y];
      back[co + y] = arg;
    }
  }
  let best = -Infinity,
    arg = 0;
  const lo = (n - 1) * L;
  for (let y = 0; y < L; y++)
    if (score[lo + y] > best) {
      best = score[lo + y];
      arg = y;
    }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}

// Document-level codes from first-pass labels: majority type of the other occurrences of the
// same (lowercased) capitalised token in the document. 0 = none, 1..4 = PER..MISC, 5 = O; bits 3..7:
// the set of labels (PER, ORG, LOC, MISC, O) the other occurrences received.
export function docCodes(ti: TokInfo, labels: Uint8Array, out: Uint8Array): void {
  const n = ti.n;
  const counts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!(ti.flags[i] & (F_CAP | F_ALLCAPS))) continue;
    let c = counts.get(ti.hl[i]);
    if (!c) counts.set(ti.hl[i], (c = new Int32Array(5)));
    const y = labels[i];
    c[y === 0 ? 4 : (y - 1) >> 1]++;
  }
  for (let i = 0; i < n; i++) {
    out[i] = 0;
    if (!(ti.flags[i] & (F_CAP | F_ALLCAPS))) continue;
    const c = counts.get(ti.hl[i])!;
    const y = labels[i];
    const own = y === 0 ? 4 : (y - 1) >> 1;
    let best = -1,
      arg = 0,
      set = 0;
    for (let t = 0; t < 5; t++) {
      const v = c[t] - (t === own ? 1 : 0);
      if (v > 0) set |= 1 << t;
      if (v > best) {
        best = v;
        arg = t;
      }
    }
    if (best > 0) out[i] = (arg + 1) | (set << 3);
  }
}
