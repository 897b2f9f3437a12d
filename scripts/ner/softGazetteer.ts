// A "soft gazetteer": the entity type a word's nearest GloVe neighbours agree on.
//
// Why: the gazetteer built from eng.train knows only the names it saw; an unseen company ("Magna",
// "Comelf") or club is typed by its context alone, and the tagger's commonest error on eng.testa is
// an organisation called a person at every mention. GloVe vectors (Wikipedia + Gigaword) put such
// a word among words eng.train did type: "magna" sits with airbus, northrop, grumman. Each word of
// the vocabulary takes the type that at least AGREE of its K nearest typed words share (cosine), or
// none. The word clusters carry the same neighbourhoods, but without a type: the tagger must learn
// each cluster's type from the few training words in it, where here every typed word votes.
//
// Typed words come from the training documents only (the trainer calls this once per jackknife fold,
// leaving the fold out, as it does for the ordinary gazetteer). A word is typed when at least two of
// its capitalised occurrences are seen and 70 % of them agree; a capitalised occurrence outside any
// entity (not first in its sentence) votes for "no type".
import { readFileSync } from 'node:fs';
import { chunks, type Doc } from './data.ts';
import { gloveKey } from './gloveFile.ts';

export interface Vectors {
  words: string[];
  index: Map<string, number>;
  X: Float32Array; // unit vectors, words.length × dim
  dim: number;
}

/** Reads the cache written by scripts/ner/gloveVectors.ts. */
export function readVectors(prefix: string): Vectors {
  const words = readFileSync(`${prefix}.txt`, 'utf8').split('\n').filter(Boolean);
  const buf = readFileSync(`${prefix}.f32`);
  const X = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  return { words, index: new Map(words.map((w, i) => [w, i])), X, dim: X.length / words.length };
}

const NONE = 4;

/** word (GloVe key) -> type id (0 PER, 1 ORG, 2 LOC, 3 MISC), for the candidates and the documents'
 * capitalised words whose neighbours agree. */
export function softGazetteer(
  docs: Doc[],
  vec: Vectors,
  candidates: Iterable<string>,
  k = 20,
  agree = 12,
): Map<string, number> {
  const votes = new Map<string, number[]>();
  for (const d of docs)
    for (const s of d.sents) {
      const lab = new Uint8Array(s.words.length).fill(NONE);
      for (const c of chunks(s.labels)) lab.fill(c.t, c.s, c.e);
      s.words.forEach((w, i) => {
        if (!/^\p{Lu}/u.test(w) || (lab[i] === NONE && i === 0)) return;
        const key = gloveKey(w);
        let v = votes.get(key);
        if (!v) votes.set(key, (v = [0, 0, 0, 0, 0]));
        v[lab[i]]++;
      });
    }
  const typed: number[] = []; // vector rows
  const typeOf: number[] = [];
  for (const [w, v] of votes) {
    const row = vec.index.get(w);
    if (row === undefined) continue;
    const total = v.reduce((a, b) => a + b, 0);
    const best = v.indexOf(Math.max(...v));
    if (total >= 2 && v[best] >= 0.7 * total) {
      typed.push(row);
      typeOf.push(best);
    }
  }
  const { X, dim } = vec;
  const out = new Map<string, number>();
  const topSim = new Float32Array(k),
    topType = new Uint8Array(k);
  // the candidates (the text clusters' vocabulary) and every word seen capitalised in the documents
  const rows = new Set<number>();
  for (const w of [...candidates, ...votes.keys()]) {
    const r = vec.index.get(w);
    if (r !== undefined) rows.add(r);
  }
  for (const r of rows) {
    let n = 0;
    topSim.fill(-2);
    for (let j = 0; j < typed.length; j++) {
      const o = typed[j] * dim;
      if (typed[j] === r) continue; // a word does not vote for itself
      let s = 0;
      for (let d = 0; d < dim; d++) s += X[r * dim + d] * X[o + d];
      if (n === k && s <= topSim[k - 1]) continue;
      // insertion into the sorted top k
      let p = n < k ? n++ : k - 1;
      while (p > 0 && topSim[p - 1] < s) {
        topSim[p] = topSim[p - 1];
        topType[p] = topType[p - 1];
        p--;
      }
      topSim[p] = s;
      topType[p] = typeOf[j];
    }
    const count = [0, 0, 0, 0, 0];
    for (let j = 0; j < n; j++) count[topType[j]]++;
    const best = count.indexOf(Math.max(...count));
    if (best !== NONE && count[best] >= agree) out.set(vec.words[r], best);
  }
  return out;
}
