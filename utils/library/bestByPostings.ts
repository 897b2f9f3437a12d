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
  /** The best score so far (one cell, so the loops can keep it across calls). */
  best: Float64Array;
  tick: number;
}
const empty = (n: number): Scratch => ({
  score: new Float64Array(n),
  stamp: new Uint32Array(n),
  touched: new Uint32Array(n),
  cands: new Uint32Array(n),
  vals: new Float64Array(n),
  best: new Float64Array(1),
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
  // What the names from i on weigh together (summed afresh, not by running subtraction).
  const suffix = new Float64Array(order.length + 1);
  for (let j = order.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + order[j].weight;
  // Sums added in another order differ in the last bits: a bound is loosened by
  // this much, so an exact tie with the k-th best is never pruned.
  const EPS = 1e-9 * suffix[0];
  let rest = suffix[0];
  const best = sc.best;
  best[0] = 0;
  let nt = 0;
  let theta = 0;
  let i = 0;
  for (; i < order.length; i++) {
    // Can an article none of the names so far named still make the k best?
    // Only if the rest weigh at least the k-th best score (which is at most the best).
    if (nt >= k && rest < best[0]) {
      theta = kthLargest(touched, nt, score, k, sc.vals);
      if (rest < theta - EPS) break;
    }
    const w = order[i].weight;
    const s = nextStamp();
    for (const r of order[i].rows)
      nt = r.docs ? addList(r.docs, w, s, sc, nt) : addBits(r.bits!, r.base!, w, s, sc, nt);
    count.n = nt; // (what the caller resets)
    rest = suffix[i + 1];
  }
  if (i === order.length) return bestK(touched, nt, score, k);
  // The rest: only for articles that can still reach theta, ascending (bitmap chunks are looked up by range).
  let nc = 0;
  for (let j = 0; j < nt; j++) if (score[touched[j]] + rest >= theta - EPS) sc.cands[nc++] = touched[j];
  let cands = sc.cands.subarray(0, nc).sort();
  for (; i < order.length && cands.length; i++) {
    const s = nextStamp();
    for (const r of order[i].rows) {
      if (r.docs) stampList(r.docs, s, stamp);
      else stampBits(r.bits!, r.base!, cands, s, stamp);
    }
    rest = suffix[i + 1];
    cands = cands.subarray(0, keepReaching(cands, order[i].weight, s, sc, rest, theta - EPS));
  }
  return bestK(cands, cands.length, score, k);
}

// The loops over every number of a name are small functions of their own, with
// no call inside: a fresh worker runs them before the JIT has optimised
// anything, and V8 optimises (and keeps optimised) a small loop soon, where one
// large function was optimised late and thrown back to the interpreter each
// time a branch it had not yet taken ran ("insufficient type feedback"): the
// first queries of a worker ran several times slower than warm ones.

/** Adds weight `w` to the articles of a list chunk; returns the new count of articles scored. */
function addList(docs: Uint32Array, w: number, s: number, sc: Scratch, nt: number): number {
  const { score, stamp, touched, best } = sc;
  let top = best[0];
  for (let j = 0; j < docs.length; j++) {
    const x = docs[j];
    if (stamp[x] === s) continue;
    stamp[x] = s;
    if (score[x] === 0) touched[nt++] = x;
    const v = (score[x] += w);
    if (v > top) top = v;
  }
  best[0] = top;
  return nt;
}

/** The same for a bitmap chunk. */
function addBits(bits: Uint32Array, base: number, w: number, s: number, sc: Scratch, nt: number): number {
  const { score, stamp, touched, best } = sc;
  let top = best[0];
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
      if (v > top) top = v;
    }
  }
  best[0] = top;
  return nt;
}

function stampList(docs: Uint32Array, s: number, stamp: Uint32Array): void {
  for (let j = 0; j < docs.length; j++) stamp[docs[j]] = s;
}

/** Stamps the candidates a bitmap chunk holds (sorted `cands`, looked up by the chunk's range). */
function stampBits(bits: Uint32Array, base: number, cands: Uint32Array, s: number, stamp: Uint32Array): void {
  const end = base + bits.length * 32;
  for (let j = lowerBound(cands, base); j < cands.length && cands[j] < end; j++) {
    const b = cands[j] - base;
    if (bits[b >>> 5] & (1 << (b & 31))) stamp[cands[j]] = s;
  }
}

/** Adds `w` to the stamped candidates and keeps, in place, those that can still reach `floor`; returns how many. */
function keepReaching(cands: Uint32Array, w: number, s: number, sc: Scratch, rest: number, floor: number): number {
  const { score, stamp } = sc;
  let keep = 0;
  for (let j = 0; j < cands.length; j++) {
    const x = cands[j];
    if (stamp[x] === s) score[x] += w;
    if (score[x] + rest >= floor) cands[keep++] = x;
  }
  return keep;
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
