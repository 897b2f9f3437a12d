// Binary model format (little endian), shared reader. Writer: scripts/ner/serialize.ts
//   "DNER" u8 version | u32 header length | header JSON (utf-8)
//   f32[(NLAB+1)*NLAB] transitions
//   rows: varint deltas of feature buckets, u8 per-row scale exponent, i8[NLAB] per row
//   gazetteer: varint deltas of sorted keys (u32), u8 type masks
//   clusters: varint deltas of sorted word keys (u32), varint cluster codes
//   GloVe clusters (header.glove = clus when present): u16[1024] c16 | c128 << 4 of each fine cluster,
//     then per cluster key (same order) a varint fine cluster + 1, 0 = none
//   format 2 (header.ckey = 24) stores cluster keys as clusterKey(hash); format 1 stored whole hashes
import { clusterKey, type FeatOpts, type NumMap } from './features.ts';
import { type ModelCore, type Weights } from './decode.ts';

const L = 9; // labels (NLAB), a local constant: hot loops avoid module-binding lookups

export interface ModelHeader {
  opts: FeatOpts;
  rows: number;
  gaz: number;
  clus: number;
  glove?: number;
  ckey?: number;
  info?: Record<string, unknown>;
}

export const scaleOf = (e: number) => Math.pow(2, e / 8 - 20);

/**
 * A Map<number, number> of fixed capacity in typed arrays (open addressing), for the model's gazetteer and clusters,
 * values >= 0. Their keys are 32-bit hashes, which a Map holds as heap numbers: its lookups (4 per token in wordCodes,
 * up to 6 per capitalised token in gazBits) were 9 % of the tagger's time.
 */
export class IntMap implements NumMap {
  size = 0;
  private kv: Int32Array; // per slot a key and its value (-1 = empty slot), side by side: one cache line
  private shift = 28; // at least 16 slots
  constructor(capacity: number) {
    while (1 << (32 - this.shift) < capacity * 2) this.shift--;
    this.kv = new Int32Array(2 << (32 - this.shift)).fill(-1);
  }
  private slot(k: number): number {
    const kv = this.kv;
    let h = (Math.imul(k, 0x9e3779b1) >>> this.shift) << 1;
    while (kv[h + 1] >= 0 && kv[h] !== k) h = (h + 2) & (kv.length - 1);
    return h;
  }
  get(k: number): number | undefined {
    const v = this.kv[this.slot(k) + 1];
    return v >= 0 ? v : undefined;
  }
  has(k: number): boolean {
    return this.kv[this.slot(k) + 1] >= 0;
  }
  set(k: number, v: number): void {
    const h = this.slot(k);
    if (this.kv[h + 1] < 0) this.size++;
    this.kv[h] = k;
    this.kv[h + 1] = v;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

// Rows are sorted by bucket, so a bucket's row is its rank among the buckets that have one: a bit set of the 2^bits
// buckets with, beside each 32-bucket word, the number of rows before it, finds a row in one read where the hash
// table took 1.5 probes and a row index (eng.testa: 48 lookups per token, 83 % hits; the lookups alone 20 % faster).
class SparseWeights implements Weights {
  constructor(
    public bits: Int32Array, // per 32 buckets: the bit set word, the number of rows before it
    public W: Float32Array,
  ) {}
  addAll(fs: Int32Array, n: number, out: Float32Array, off: number): void {
    const bits = this.bits,
      W = this.W,
      fr = Math.fround;
    // The nine sums stay in registers, each rounded to float32 after every addition as out[] would round it (the same
    // values), rather than being loaded from and stored to out[] once per feature: the tagger 9-14 % faster.
    let a0 = out[off],
      a1 = out[off + 1],
      a2 = out[off + 2],
      a3 = out[off + 3],
      a4 = out[off + 4],
      a5 = out[off + 5],
      a6 = out[off + 6],
      a7 = out[off + 7],
      a8 = out[off + 8];
    for (let i = 0; i < n; i++) {
      const f = fs[i],
        j = (f >>> 5) << 1,
        m = bits[j],
        k = f & 31;
      if (!((m >>> k) & 1)) continue;
      const b = (bits[j + 1] + popcount(m & ~(-1 << k))) * L;
      a0 = fr(a0 + W[b]);
      a1 = fr(a1 + W[b + 1]);
      a2 = fr(a2 + W[b + 2]);
      a3 = fr(a3 + W[b + 3]);
      a4 = fr(a4 + W[b + 4]);
      a5 = fr(a5 + W[b + 5]);
      a6 = fr(a6 + W[b + 6]);
      a7 = fr(a7 + W[b + 7]);
      a8 = fr(a8 + W[b + 8]);
    }
    out[off] = a0;
    out[off + 1] = a1;
    out[off + 2] = a2;
    out[off + 3] = a3;
    out[off + 4] = a4;
    out[off + 5] = a5;
    out[off + 6] = a6;
    out[off + 7] = a7;
    out[off + 8] = a8;
  }
}

export function decodeModel(data: ArrayBuffer | Uint8Array): ModelCore & { header: ModelHeader } {
  const u8 = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (u8.length < 9 || String.fromCharCode(u8[0], u8[1], u8[2], u8[3]) !== 'DNER')
    throw new Error('not a Dramatis NER model');
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  let p = 5;
  const hl = dv.getUint32(p, true);
  p += 4;
  const header = JSON.parse(new TextDecoder().decode(u8.subarray(p, p + hl))) as ModelHeader;
  p += hl;
  const T = (L + 1) * L;
  const tr = new Float32Array(T);
  for (let i = 0; i < T; i++, p += 4) tr[i] = dv.getFloat32(p, true);
  const varint = (): number => {
    let v = 0,
      s = 0,
      b: number;
    do {
      b = u8[p++];
      v += (b & 127) * Math.pow(2, s);
      s += 7;
    } while (b & 128);
    return v;
  };
  const n = header.rows;
  const buckets = new Int32Array(n);
  let f = 0;
  for (let r = 0; r < n; r++) buckets[r] = f += varint();
  const W = new Float32Array(n * L);
  for (let r = 0; r < n; r++) {
    const sc = scaleOf(u8[p++]);
    for (let y = 0; y < L; y++) W[r * L + y] = ((u8[p++] << 24) >> 24) * sc;
  }
  const words = (Math.max(1 << header.opts.bits, n ? buckets[n - 1] + 1 : 0) + 31) >>> 5;
  const bits = new Int32Array(words * 2);
  for (let r = 0; r < n; r++) bits[(buckets[r] >>> 5) << 1] |= 1 << (buckets[r] & 31);
  for (let w = 0, r = 0; w < words; r += popcount(bits[w * 2]), w++) bits[w * 2 + 1] = r;
  const gaz = new IntMap(header.gaz);
  const gk: number[] = [];
  let k = 0;
  for (let i = 0; i < header.gaz; i++) gk.push((k += varint()) | 0);
  for (let i = 0; i < header.gaz; i++) gaz.set(gk[i], u8[p++]);
  let clus: IntMap | null = null;
  let glove: IntMap | null = null;
  if (header.clus) {
    clus = new IntMap(header.clus);
    const ck: number[] = [];
    k = 0;
    for (let i = 0; i < header.clus; i++) {
      k += varint();
      ck.push(header.ckey === 24 ? k : clusterKey(k | 0));
    }
    for (let i = 0; i < header.clus; i++) clus.set(ck[i], varint());
    if (header.glove) {
      glove = new IntMap(header.clus);
      const up = new Uint16Array(1024);
      for (let j = 0; j < 1024; j++, p += 2) up[j] = u8[p] | (u8[p + 1] << 8);
      for (let i = 0; i < header.clus; i++) {
        const g = varint();
        if (g) glove.set(ck[i], up[g - 1] | ((g - 1) << 11));
      }
    }
  }
  return { header, opts: header.opts, w: new SparseWeights(bits, W), tr, gaz, clus, glove };
}
