import { siftDown } from './heap';

/**
 * The documents `docs` best first by `score` (the higher number, i.e. newer
 * text, first on ties), handed out a few at a time: a heap, so a common word's
 * 50,000 candidates are not all sorted to show the first 30.
 */
export function topOf(docs: number[], score: Float64Array): { size: number; next(k: number): number[] } {
  const h = docs;
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && a > b);
  const down = (i: number) => siftDown(h, i, better);
  for (let i = (h.length >> 1) - 1; i >= 0; i--) down(i);
  return {
    size: docs.length,
    next(k: number) {
      const out: number[] = [];
      while (out.length < k && h.length) {
        out.push(h[0]);
        const last = h.pop()!;
        if (h.length) {
          h[0] = last;
          down(0);
        }
      }
      return out;
    },
  };
}
