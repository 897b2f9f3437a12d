/**
 * Binary-heap steps over article numbers, shared by the search's `topOf` (the
 * best on top) and related coverage's `bestK` (the worst of the best k on
 * top): `first(a, b)` says that `a` belongs above `b`.
 */
export type HeapOrder = (a: number, b: number) => boolean;

/** Moves `h[i]` down until neither child belongs above it. */
export function siftDown(h: number[], i: number, first: HeapOrder): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && first(h[l], h[m])) m = l;
    if (r < h.length && first(h[r], h[m])) m = r;
    if (m === i) return;
    const t = h[i];
    h[i] = h[m];
    h[m] = t;
    i = m;
  }
}

/** Moves `h[i]` up while it belongs above its parent. */
export function siftUp(h: number[], i: number, first: HeapOrder): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!first(h[i], h[p])) return;
    const t = h[i];
    h[i] = h[p];
    h[p] = t;
    i = p;
  }
}
