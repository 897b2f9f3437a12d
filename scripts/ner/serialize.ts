// Writes the binary model read by utils/ner/model.ts.
import { NLAB, type FeatOpts } from '../../utils/ner/features.ts';
import type { TrainResult } from './trainer.ts';

class Out {
  parts: number[] = [];
  u8(v: number) {
    this.parts.push(v & 255);
  }
  varint(v: number) {
    while (v >= 128) {
      this.parts.push((v % 128) | 128);
      v = Math.floor(v / 128);
    }
    this.parts.push(v);
  }
  bytes(b: Uint8Array) {
    for (const x of b) this.parts.push(x);
  }
}

export function encodeModel(
  r: TrainResult,
  opts: FeatOpts,
  gaz: Map<number, number>,
  clus: Map<number, number> | null,
  o: { prune: number; trained: string },
  glove: Map<number, number> | null = null,
): Uint8Array {
  const H = r.W.length / NLAB;
  const rows: number[] = [];
  for (let f = 0; f < H; f++) {
    let m = 0;
    for (let y = 0; y < NLAB; y++) m = Math.max(m, Math.abs(r.W[f * NLAB + y]));
    if (m > o.prune && m > 0) rows.push(f);
  }
  const gkeys = [...gaz.keys()].map((k) => k >>> 0).sort((a, b) => a - b);
  const ckeys = clus ? [...clus.keys()].map((k) => k >>> 0).sort((a, b) => a - b) : [];
  const header = JSON.stringify({
    opts,
    rows: rows.length,
    gaz: gkeys.length,
    clus: ckeys.length,
    ...(glove ? { glove: ckeys.length } : {}),
    ckey: 24,
    info: { format: 2, trained: o.trained, built: new Date().toISOString().slice(0, 10) },
  });
  const out = new Out();
  for (const c of 'DNER') out.u8(c.charCodeAt(0));
  out.u8(1);
  const hb = new TextEncoder().encode(header);
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, hb.length, true);
  out.bytes(len);
  out.bytes(hb);
  const tb = new Uint8Array(r.T.length * 4);
  const tv = new DataView(tb.buffer);
  r.T.forEach((v, i) => tv.setFloat32(i * 4, v, true));
  out.bytes(tb);
  let prev = 0;
  for (const f of rows) {
    out.varint(f - prev);
    prev = f;
  }
  for (const f of rows) {
    let m = 0;
    for (let y = 0; y < NLAB; y++) m = Math.max(m, Math.abs(r.W[f * NLAB + y]));
    // per-row scale 2^(e/8-20) with m/scale <= 127
    let e = Math.ceil((Math.log2(m / 127) + 20) * 8);
    e = Math.max(0, Math.min(255, e));
    const sc = Math.pow(2, e / 8 - 20);
    out.u8(e);
    for (let y = 0; y < NLAB; y++) out.u8(Math.max(-127, Math.min(127, Math.round(r.W[f * NLAB + y] / sc))));
  }
  prev = 0;
  for (const k of gkeys) {
    out.varint(k - prev);
    prev = k;
  }
  for (const k of gkeys) out.u8(gaz.get(k | 0)!);
  prev = 0;
  for (const k of ckeys) {
    out.varint(k - prev);
    prev = k;
  }
  for (const k of ckeys) out.varint(clus!.get(k | 0)!);
  if (glove) {
    // The GloVe clusters nest (scripts/ner/gloveClusters.ts): a table gives each of the 1,024 fine
    // clusters its c16 | c128 << 4, then each key stores only its fine cluster, shifted by one so
    // that 0 says "no vector" (the GloVe words are a subset of the cluster keys). Half the bytes
    // of three codes per word.
    const parent = new Int32Array(1024).fill(-1);
    for (const code of glove.values()) {
      const fine = code >>> 11,
        up = code & 2047;
      if (parent[fine] >= 0 && parent[fine] !== up) throw new Error(`GloVe cluster ${fine} has two parents`);
      parent[fine] = up;
    }
    for (const up of parent) {
      out.u8(Math.max(up, 0) & 255);
      out.u8(Math.max(up, 0) >>> 8);
    }
    for (const k of ckeys) {
      const code = glove.get(k);
      out.varint(code === undefined ? 0 : (code >>> 11) + 1);
    }
  }
  return Uint8Array.from(out.parts);
}
