/**
 * Per-entity timelines (schema v5): how many saved articles name an entity
 * each week, kept on its entity row as { week number: articles }. The
 * library page's timeline reads one row instead of one mention row per
 * article (the mention table, 15 rows per saved article, is gone in v5).
 */
export type WeekCounts = Record<number, number>;

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: shift by four days so weeks start on Monday 00:00 UTC. */
const MONDAY = 4 * DAY;

/** The week number (since the Monday before 1970-01-01) of an epoch-ms time. */
export function weekOf(t: number): number {
  return Math.floor((t - MONDAY) / WEEK);
}

/**
 * One more article in the week of `t`, in place: for batches that own their
 * copy of the counts (an entity in 75,000 articles would be copied 75,000 times).
 */
export function countWeek(weeks: WeekCounts, t: number): void {
  const w = weekOf(t);
  weeks[w] = (weeks[w] ?? 0) + 1;
}

/** `weeks` with `delta` articles added in the week of `t` (weeks that reach 0 are dropped). Pure. */
export function bumpWeek(weeks: WeekCounts | undefined, t: number, delta: number): WeekCounts {
  const out: WeekCounts = { ...weeks };
  const w = weekOf(t);
  const n = (out[w] ?? 0) + delta;
  if (n > 0) out[w] = n;
  else delete out[w];
  return out;
}

/** As the timeline draws them: [week start (epoch ms), articles], oldest first. */
export function weekSeries(weeks: WeekCounts | undefined): [number, number][] {
  return Object.entries(weeks ?? {})
    .map(([w, n]): [number, number] => [Number(w) * WEEK + MONDAY, n])
    .sort((a, b) => a[0] - b[0]);
}
