import { chunkMax, type EntityDocsRow } from './db';
import { siftDown, siftUp } from './heap';

/** One shared name of a related-coverage query: its weight and its postings (chunks of article numbers). */
export interface NamePostings {
  weight: number;
  rows: EntityDocsRow[];
}

/**
 * The numbers of the `k` articles with the highest summed weight of the names
 * whose postings hold them, best first (the higher number, i.e. newer, first
 * on ties); a name listed twice for one article counts once. Exact, but
 * without scoring every article of the common names (MaxScore, Turtle & Flood
 * 1995): names are scored whole from the heaviest (rarest) down while an
 * article none of them named could still reach the k-th best score so far
 * (the remaining names' weights sum to at least it); after that the light,
 * common names (a country in 3/4 of the library) are only looked up for the
 * articles already scored that can still reach the k best. At 100,000
 * articles that skips most of the 100,000+ numbers the common names hold.
 * With `bound`, `bound.floor` is set to the score of the k-th article given:
 * no article left out scores more.
 */
export function bestByPostings(names: NamePostings[], k: number, bound?: { floor: number }): number[] {
  const order = names.filter((n) => n.rows.length && n.weight > 0).sort((a, b) => b.weight - a.weight);
  let max = 0;
  for (const n of order) for (const r of n.rows) max = Math.max(max, chunkMax(r));
  if (!max || k <= 0) {
    if (bound) bound.floor = 0;
    return [];
  }
  const s = scratch(max + 1);
  const touched = { n: 0 };
  try {
    const nums = bestOf(order, k, s, touched);
    // Every article left out scores at most the last one given (0: none was left out).
    if (bound) bound.floor = nums.length === k ? s.score[nums[k - 1]] : 0;
    return nums;
  } finally {
    // Only the articles counted have a score: the arrays are clean for the next query.
    for (let j = 0; j < touched.n; j++) s.score[s.touched[j]] = 0;
  }
}

/**
 * Per-article scores and stamps, kept between queries: two arrays the size of
 * the library (900 KB at 100,000 articles) made afresh by every query cost
 * their allocation and, worse, garbage collections in the middle of later
 * queries. So are the lists a query builds over the articles it scores (an
 * article is counted into `touched` once, when its score leaves 0, so none
 * outgrows the library): the scored articles, the candidates left for the
 * light names, and the scores quickselect reorders. At 100,000 articles
 * these were up to a few hundred KB of garbage per query, made afresh.
 */
interface Scratch {
  score: Float64Array;
  stamp: Uint32Array;
  touched: Uint32Array;
  cands: Uint32Array;
  vals: Float64Array;
  tick: number;
}
const empty = (n: number): Scratch => ({
  score: new Float64Array(n),
  stamp: new Uint32Array(n),
  touched: new Uint32Array(n),
  cands: new Uint32Array(n),
  vals: new Float64Array(n),
  tick: 0,
});
let kept = empty(0);
function scratch(size: number): Scratch {
  if (kept.score.length < size || kept.tick > 0xfffff000)
    kept = empty(Math.max(size, Math.ceil(kept.score.length * 1.25)));
  return kept;
}

/** A stamp no article holds yet: one per name counted (a name may list a number twice). */
function nextStamp(): number {
  return ++kept.tick;
}

function bestOf(order: NamePostings[], k: number, sc: Scratch, count: { n: number }): number[] {
  const { score, stamp, touched } = sc;
  let nt = 0;
  // What the names from i on weigh together (summed afresh, not by running subtraction).
  const suffix = new Float64Array(order.length + 1);
  for (let j = order.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + order[j].weight;
  // Sums added in another order differ in the last bits: a bound is loosened by
  // this much, so an exact tie with the k-th best is never pruned.
  const EPS = 1e-9 * suffix[0];
  let rest = suffix[0];
  let best = 0;
  let theta = 0;
  let i = 0;
  for (; i < order.length; i++) {
    // Can an article none of the names so far named still make the k best?
    // Only if the rest weigh at least the k-th best score (which is at most the best).
    if (nt >= k && rest < best) {
      theta = kthLargest(touched, nt, score, k, sc.vals);
      if (rest < theta - EPS) break;
    }
    const w = order[i].weight;
    const s = nextStamp();
    // Loops written out, no callback per number: this runs over every number
    // of the heavy names, and a fresh worker runs it before the JIT has
    // optimised anything (a callback kept the first queries 5x slower).
    for (const r of order[i].rows) {
      if (r.docs) {
        const docs = r.docs;
        for (let j = 0; j < docs.length; j++) {
          const x = docs[j];
          if (stamp[x] === s) continue;
          stamp[x] = s;
          if (score[x] === 0) touched[nt++] = x;
          const v = (score[x] += w);
          if (v > best) best = v;
        }
        continue;
      }
      const bits = r.bits!;
      const base = r.base!;
      for (let u = 0; u < bits.length; u++) {
        let word = bits[u];
        while (word !== 0) {
          const b = 31 - Math.clz32(word);
          word &= ~(1 << b);
          const x = base + u * 32 + b;
          // A number may be in two of a name's chunks (a re-save): counted once.
          if (stamp[x] === s) continue;
          stamp[x] = s;
          if (score[x] === 0) touched[nt++] = x;
          const v = (score[x] += w);
          if (v > best) best = v;
        }
      }
    }
    count.n = nt; // (what the caller resets)
    rest = suffix[i + 1];
  }
  if (i === order.length) return bestK(touched, nt, score, k);
  // The rest: only for articles that can still reach theta, ascending (bitmap chunks are looked up by range).
  let nc = 0;
  for (let j = 0; j < nt; j++) if (score[touched[j]] + rest >= theta - EPS) sc.cands[nc++] = touched[j];
  let cands = sc.cands.subarray(0, nc).sort();
  for (; i < order.length && cands.length; i++) {
    const w = order[i].weight;
    const s = nextStamp();
    for (const r of order[i].rows) {
      if (r.docs) {
        for (let j = 0; j < r.docs.length; j++) stamp[r.docs[j]] = s;
        continue;
      }
      const bits = r.bits!;
      const base = r.base!;
      const end = base + bits.length * 32;
      for (let j = lowerBound(cands, base); j < cands.length && cands[j] < end; j++) {
        const b = cands[j] - base;
        if (bits[b >>> 5] & (1 << (b & 31))) stamp[cands[j]] = s;
      }
    }
    rest = suffix[i + 1];
    let keep = 0;
    for (let j = 0; j < cands.length; j++) {
      const x = cands[j];
      if (stamp[x] === s) score[x] += w;
      if (score[x] + rest >= theta - EPS) cands[keep++] = x;
    }
    cands = cands.subarray(0, keep);
  }
  return bestK(cands, cands.length, score, k);
}

/**
 * The best `k` of `xs[0…n)` by score, best first (the higher number on ties,
 * as the token index's topOf orders them), through a heap of k: nothing the
 * size of `xs` is copied.
 */
function bestK(xs: Uint32Array, n: number, score: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && a > b);
  // A min-heap of the best so far: the worst of them on top.
  const worse = (a: number, b: number) => better(b, a);
  const h: number[] = [];
  for (let j = 0; j < n; j++) {
    const x = xs[j];
    if (h.length < k) {
      h.push(x);
      siftUp(h, h.length - 1, worse);
    } else if (better(x, h[0])) {
      h[0] = x;
      siftDown(h, 0, worse);
    }
  }
  return h.sort((a, b) => (better(a, b) ? -1 : 1));
}

/** The k-th largest score among `xs[0…n)` (k ≤ n), by quickselect on a copy in `a`. */
function kthLargest(xs: Uint32Array, n: number, score: Float64Array, k: number, a: Float64Array): number {
  for (let j = 0; j < n; j++) a[j] = score[xs[j]];
  let lo = 0;
  let hi = n - 1;
  const want = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let l = lo;
    let r = hi;
    while (l <= r) {
      while (a[l] > pivot) l++;
      while (a[r] < pivot) r--;
      if (l <= r) {
        const t = a[l];
        a[l] = a[r];
        a[r] = t;
        l++;
        r--;
      }
    }
    if (want <= r) hi = r;
    else if (want >= l) lo = l;
    else return a[want];
  }
  return a[want];
}

/** The first index of sorted `a` whose value is ≥ x. */
function lowerBound(a: Uint32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (a[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}
