// Readers for the CoNLL-style corpora in ../shared/data/ner (node only).
import { readFileSync } from 'node:fs';
import { TYPES } from '../../utils/ner/features.ts';

export interface Sent {
  words: string[];
  labels: Uint8Array; // BIO label ids (0 O, 1+2t B, 2+2t I)
}
export interface Doc {
  sents: Sent[];
}

const TYPE_ID: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

// IOB1 or IOB2 tags -> BIO label ids
export function toBio(tags: string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  let prevType = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O' || t.length < 3) {
      prevType = -1;
      continue;
    }
    const ty = TYPE_ID[t.slice(2)];
    if (ty === undefined) {
      prevType = -1;
      continue;
    }
    const begin = t[0] === 'B' || prevType !== ty;
    out[i] = begin ? 1 + 2 * ty : 2 + 2 * ty;
    prevType = ty;
  }
  return out;
}

export function readConll(path: string): Doc[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: Doc[] = [];
  let doc: Doc = { sents: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) doc.sents.push({ words, labels: toBio(tags) });
    words = [];
    tags = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.sents.length) docs.push(doc);
      doc = { sents: [] };
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  if (doc.sents.length) docs.push(doc);
  return docs;
}

// WikiANN: "en:token<TAB>tag", sentences separated by blank lines, no documents.
export function readWikiann(path: string): Sent[] {
  const out: Sent[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (words.length) out.push({ words, labels: toBio(tags) });
      words = [];
      tags = [];
      continue;
    }
    const [w, t] = line.split('\t');
    words.push(w.startsWith('en:') ? w.slice(3) : w);
    tags.push(t ?? 'O');
  }
  if (words.length) out.push({ words, labels: toBio(tags) });
  return out;
}

export interface Chunk {
  s: number;
  e: number;
  t: number;
}
export function chunks(labels: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y === 0) {
      cur = null;
      continue;
    }
    const t = (y - 1) >> 1;
    if ((y & 1) === 1 || !cur || cur.t !== t) {
      cur = { s: i, e: i + 1, t };
      out.push(cur);
    } else cur.e = i + 1;
  }
  return out;
}

export interface Score {
  p: number;
  r: number;
  f: number;
  tp: number;
  np: number;
  ng: number;
}
// conlleval: exact chunk match. types: which type ids to count.
export function evaluate(
  gold: ArrayLike<number>[],
  pred: ArrayLike<number>[],
  types = [0, 1, 2, 3],
  keep?: (sentence: number, c: Chunk) => boolean,
): Record<string, Score> {
  const res: Record<string, Score> = {};
  const cnt = (k: string) => (res[k] ??= { p: 0, r: 0, f: 0, tp: 0, np: 0, ng: 0 });
  for (let i = 0; i < gold.length; i++) {
    const g = chunks(gold[i]).filter((c) => types.includes(c.t) && (!keep || keep(i, c)));
    const p = chunks(pred[i]).filter((c) => types.includes(c.t) && (!keep || keep(i, c)));
    const gs = new Set(g.map((c) => `${c.s},${c.e},${c.t}`));
    for (const c of g) {
      cnt('ALL').ng++;
      cnt(TYPES[c.t]).ng++;
    }
    for (const c of p) {
      cnt('ALL').np++;
      cnt(TYPES[c.t]).np++;
      if (gs.has(`${c.s},${c.e},${c.t}`)) {
        cnt('ALL').tp++;
        cnt(TYPES[c.t]).tp++;
      }
    }
  }
  for (const k of Object.keys(res)) {
    const r = res[k];
    r.p = r.np ? r.tp / r.np : 0;
    r.r = r.ng ? r.tp / r.ng : 0;
    r.f = r.p + r.r ? (2 * r.p * r.r) / (r.p + r.r) : 0;
  }
  return res;
}
