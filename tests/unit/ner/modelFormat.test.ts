import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeModel } from '../../../scripts/ner/serialize';
import { decodeModel } from '../../../utils/ner/model';
import { NLAB, TokInfo, clusterKey, tokenFeatures, type FeatOpts, type SentCtx } from '../../../utils/ner/features';
import { NER_MODEL_PATH } from '../../../utils/ner/modelUrl';

const ROOT = resolve(__dirname, '../../..');
const opts: FeatOpts = { bits: 12, affix: 2, gaz: false, doc: false, clusters: true, ngrams: false, glove: true };
const key = (w: string) => clusterKey(new TokInfo([w], false).hl[0]);
const T = new Float32Array((NLAB + 1) * NLAB);

describe('NER model format', () => {
  it('keeps the GloVe cluster codes beside the text clusters, and no code for a word without a vector', () => {
    const W = new Float32Array((1 << opts.bits) * NLAB);
    W[5 * NLAB + 2] = 3; // one row, so that the weights section is not empty
    const clus = new Map([
      [key('magna'), 1 | (2 << 4) | (3 << 11)],
      [key('zebes'), 4 | (5 << 4) | (6 << 11)],
      [key('tass'), 7 | (8 << 4) | (9 << 11)],
    ]);
    // code 0 is a real cluster (the first of every level): it must survive the "no vector" shift
    const glove = new Map([
      [key('magna'), 0],
      [key('tass'), 15 | (127 << 4) | (1023 << 11)],
    ]);
    const m = decodeModel(encodeModel({ W, T }, opts, new Map(), clus, { prune: 0, trained: 'test' }, glove));
    expect(m.header.glove).toBe(3);
    expect(m.clus?.get(key('zebes'))).toBe(4 | (5 << 4) | (6 << 11));
    expect(m.glove?.get(key('magna'))).toBe(0);
    expect(m.glove?.get(key('tass'))).toBe(15 | (127 << 4) | (1023 << 11));
    expect(m.glove?.has(key('zebes'))).toBe(false);
  });

  it('refuses GloVe clusters that do not nest (a fine cluster under two coarse ones)', () => {
    const W = new Float32Array((1 << opts.bits) * NLAB);
    const clus = new Map([
      [key('a'), 1],
      [key('b'), 2],
    ]);
    const glove = new Map([
      [key('a'), 1 | (5 << 11)],
      [key('b'), 2 | (5 << 11)],
    ]);
    expect(() => encodeModel({ W, T }, opts, new Map(), clus, { prune: 0, trained: 'test' }, glove)).toThrow(
      /two parents/,
    );
  });

  it('reads a model written without GloVe clusters as having none', () => {
    const W = new Float32Array((1 << opts.bits) * NLAB);
    const bytes = encodeModel({ W, T }, opts, new Map(), new Map([[key('a'), 1]]), { prune: 0, trained: 'test' });
    expect(decodeModel(bytes).glove).toBeNull();
  });

  it('gives a word in another GloVe cluster other features, and none when the option is off', () => {
    const ti = new TokInfo(['Magna', 'said'], false);
    const ctx = (glove: Map<number, number>): SentCtx => ({
      ti,
      s: 0,
      e: 2,
      headline: false,
      gaz: null,
      doc: null,
      clus: null,
      glove,
    });
    const feats = (c: SentCtx, o: FeatOpts) => {
      const buf = new Int32Array(256);
      return [...buf.subarray(0, tokenFeatures(c, 0, o, buf, 0, false))].sort((a, b) => a - b).join();
    };
    const a = ctx(new Map([[key('magna'), 7 << 11]]));
    const b = ctx(new Map([[key('magna'), 9 << 11]]));
    expect(feats(a, opts)).not.toBe(feats(b, opts));
    expect(feats(a, { ...opts, glove: false })).toBe(feats(b, { ...opts, glove: false }));
  });

  it('ships a model that uses the GloVe clusters', () => {
    const m = decodeModel(readFileSync(resolve(ROOT, 'public', NER_MODEL_PATH.replace(/^\//, ''))));
    expect(m.opts.glove).toBe(true);
    expect(m.glove?.size).toBeGreaterThan(10000);
  });
});
