import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestByPostings, type NamePostings } from '../../utils/library/bestByPostings';
import { eachDocDesc, sealChunk, type EntityDocsRow } from '../../utils/library/db';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A name's postings as the store keeps them: sealed chunks of `size` (bitmap or list, whichever is smaller) and an open one. */
function postings(docs: number[], size: number): EntityDocsRow[] {
  const rows: EntityDocsRow[] = [];
  let at = 0;
  let sealed = 0;
  for (; docs.length - at >= size; at += size)
    rows.push(sealChunk('e', ++sealed, Uint32Array.from(docs.slice(at, at + size))));
  rows.push({ entityId: 'e', chunk: 0, docs: Uint32Array.from(docs.slice(at)), sealed });
  return rows;
}

/** Every article's summed weight (a name counted once). */
function bruteScores(names: { weight: number; docs: number[] }[]): Map<number, number> {
  const score = new Map<number, number>();
  for (const n of names) for (const d of new Set(n.docs)) score.set(d, (score.get(d) ?? 0) + n.weight);
  return score;
}

/** The answer by definition: every article's summed weight, sorted. */
function bruteForce(names: { weight: number; docs: number[] }[], k: number): number[] {
  return [...bruteScores(names)]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, k)
    .map(([d]) => d);
}

/** Every number of a name's postings. */
function numbersOf(rows: EntityDocsRow[]): number[] {
  const out: number[] = [];
  for (const r of rows)
    eachDocDesc(r, (n) => {
      out.push(n);
      return true;
    });
  return out;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('bestByPostings', () => {
  it('a rare heavy name beats a common light one; ties go to the newer (higher) number', () => {
    const names: NamePostings[] = [
      { weight: 0.5, rows: postings([1, 2, 3, 4, 5, 6, 7, 8], 4) }, // a country in every article
      { weight: 9, rows: postings([3], 4) }, // a minister in one
      { weight: 2, rows: postings([5, 6], 4) },
    ];
    expect(bestByPostings(names, 4)).toEqual([3, 6, 5, 8]);
  });

  it('counts a name once for an article it lists twice (a re-saved article)', () => {
    const names: NamePostings[] = [
      { weight: 1, rows: postings([1, 2, 2], 8) },
      { weight: 1.5, rows: postings([1], 8) },
    ];
    expect(bestByPostings(names, 2)).toEqual([1, 2]);
  });

  it('gives exactly the brute-force top k on random libraries (Zipf-like names, bitmaps and lists)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const articles = 200 + Math.floor(r() * 3000);
      const names = Array.from({ length: 2 + Math.floor(r() * 14) }, (_, i) => {
        // Some names in most articles, some in a handful; numbers mostly ascending, a few re-saves out of order.
        const share = i === 0 ? 0.8 : r() < 0.3 ? 0.2 * r() : (5 * r()) / articles;
        const docs: number[] = [];
        for (let d = 1; d <= articles; d++) if (r() < share) docs.push(d);
        if (r() < 0.3 && docs.length) docs.push(docs[Math.floor(r() * docs.length)]);
        return { weight: Math.log(1 + articles / Math.max(1, docs.length)) * [0.5, 1, 1.5][i % 3], docs };
      });
      const k = 1 + Math.floor(r() * 40);
      const bound = { floor: -1 };
      const got = bestByPostings(
        names.map((n) => ({ weight: n.weight, rows: postings(n.docs, 64) })),
        k,
        bound,
      );
      expect(got, `seed ${seed}`).toEqual(bruteForce(names, k));
      // The floor: no article left out scores more (the k-th one's score, or 0 when fewer than k score).
      const all = bruteScores(names);
      const left = [...all].filter(([d]) => !got.includes(d)).map(([, s]) => s);
      expect(Math.max(0, ...left), `seed ${seed}`).toBeLessThanOrEqual(bound.floor + 1e-9);
      if (got.length === k) expect(bound.floor, `seed ${seed}`).toBeCloseTo(all.get(got[k - 1])!, 9);
      else expect(bound.floor).toBe(0);
    }
  });

  it('allocates nothing the size of the articles it scores once its scratch is there (no garbage per query)', () => {
    // A library of 60,000 articles and four names in 5% to half of them: the first two are scored
    // whole (thousands of articles), the others looked up for the candidates left.
    const r = rng(7);
    const docsOf = (share: number) => Array.from({ length: 60_000 }, (_, i) => i + 1).filter(() => r() < share);
    const names = [
      [0.05, 3],
      [0.1, 2.5],
      [0.3, 1.5],
      [0.5, 1],
    ].map(([share, weight]) => ({ weight, rows: postings(docsOf(share), 1024) }));
    bestByPostings(names, 15); // the first query makes the scratch
    const big: number[] = [];
    const count = <T extends object>(C: T) =>
      new Proxy(C, {
        construct(target, args) {
          const made = Reflect.construct(target as never, args) as { length: number };
          if (made.length > 1000) big.push(made.length);
          return made;
        },
      });
    vi.stubGlobal('Float64Array', count(Float64Array));
    vi.stubGlobal('Uint32Array', count(Uint32Array));
    const arrays = vi.spyOn(Array.prototype, 'filter');
    const got = bestByPostings(names, 15);
    expect(big).toEqual([]);
    // (the few names may be filtered; no list of articles is)
    expect(arrays.mock.contexts.map((xs) => (xs as unknown[]).length).filter((n) => n > 100)).toEqual([]);
    vi.unstubAllGlobals();
    expect(got).toEqual(
      bruteForce(
        names.map((n) => ({ weight: n.weight, docs: numbersOf(n.rows) })),
        15,
      ),
    );
  });

  it('is empty for no names, no postings or k = 0', () => {
    expect(bestByPostings([], 5)).toEqual([]);
    expect(bestByPostings([{ weight: 1, rows: [] }], 5)).toEqual([]);
    expect(bestByPostings([{ weight: 1, rows: postings([1, 2], 4) }], 0)).toEqual([]);
  });
});
