import type { CastEntry, EntityType, RelatedArticle, SavedArticle } from '../types';

export interface RankInput {
  /** The open article: its URL and cast. */
  url: string | null;
  title?: string | null;
  /** The open article's opening text: copies of the same wire story share it. */
  excerpt?: string | null;
  cast: CastEntry[];
  /** Saved articles that share at least one entity with it. */
  candidates: SavedArticle[];
  /** Entity id → number of saved articles naming it. */
  df: Map<string, number>;
  /** Number of saved articles in the library. */
  total: number;
  limit?: number;
}

// People identify a story far better than the places it happens in.
const TYPE_WEIGHT: Record<EntityType, number> = { person: 1.5, org: 1, misc: 0.8, place: 0.5 };

/**
 * Rank saved articles by the entities they share with the open one, each
 * weighted like IDF (a minister named in 3 articles counts far more than a
 * country named in half the library) and by type; recency breaks ties. The
 * open article and copies of one story (same URL, or a near-identical title,
 * as wire stories syndicated by several outlets) are folded into one result.
 */
export function rankRelated(input: RankInput): RelatedArticle[] {
  const { cast, df, total } = input;
  const limit = input.limit ?? 10;
  const mine = new Map(cast.map((c) => [c.id, c]));
  const openKey = input.url ? urlKey(input.url) : null;
  const open = input.title || input.excerpt ? storyPrint(input.title ?? '', input.excerpt ?? '') : null;
  const scored: (RelatedArticle & { a: SavedArticle })[] = [];
  for (const a of input.candidates) {
    if (openKey && urlKey(a.url) === openKey) continue;
    const shared: (RelatedArticle['shared'][number] & { w: number })[] = [];
    for (const c of a.cast) {
      const m = mine.get(c.id);
      if (!m) continue;
      const n = Math.max(1, df.get(c.id) ?? 1);
      const idf = Math.log(1 + Math.max(total, n) / n);
      shared.push({ id: c.id, name: m.name, type: m.type, role: c.role, w: idf * TYPE_WEIGHT[m.type] });
    }
    if (shared.length === 0) continue;
    shared.sort((x, y) => y.w - x.w);
    scored.push({
      a,
      url: a.url,
      title: a.title,
      site: a.site,
      publishedAt: a.publishedAt,
      savedAt: a.savedAt,
      score: shared.reduce((s, x) => s + x.w, 0),
      shared: shared.map(({ id, name, type, role }) => ({ id, name, type, role })),
    });
  }
  scored.sort((x, y) => y.score - x.score || dateOf(y) - dateOf(x));
  // Fold the open story and syndicated copies: keep the best-ranked of each
  // story; the others are listed under it. Once the list is full, a bounded
  // look further down still collects copies of the stories shown.
  const prints = new Map<string, StoryPrint>();
  const printOf = (a: SavedArticle) => {
    let p = prints.get(a.url);
    if (!p) prints.set(a.url, (p = storyPrint(a.title, a.excerpt)));
    return p;
  };
  const out: (RelatedArticle & { a: SavedArticle })[] = [];
  let after = 0;
  for (const r of scored) {
    if (out.length >= limit && ++after > 200) break;
    const p = printOf(r.a);
    if (open && sameStory(open, p)) continue;
    const rep = out.find((o) => sameStory(printOf(o.a), p));
    if (rep) (rep.alsoAt ??= []).push({ url: r.url, site: r.site });
    else if (out.length < limit) out.push(r);
  }
  return out.map(({ a: _a, ...r }) => r);
}

interface StoryPrint {
  title: string;
  titleWords: Set<string>;
  /** Word 3-grams of the opening text, each as a 32-bit hash (cheaper to build and compare than strings). */
  shingles: Set<number>;
}

function storyPrint(title: string, excerpt: string): StoryPrint {
  const words = titleKey(excerpt).split(' ', 81).filter(Boolean).slice(0, 80);
  const h = words.map(hashWord);
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= h.length; i++)
    shingles.add((Math.imul(h[i], 0x9e3779b1) ^ Math.imul(h[i + 1], 0x85ebca6b) ^ h[i + 2]) | 0);
  const t = titleKey(title);
  return { title: t, titleWords: new Set(t.split(' ').filter(Boolean)), shingles };
}

/** FNV-1a, 32 bits. */
function hashWord(w: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) x = Math.imul(x ^ w.charCodeAt(i), 0x01000193);
  return x | 0;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Two saved pages are one story when their titles are the same or nearly
 * (≥ 80% of words shared, 5 words or more), or their opening text is
 * (≥ 60% of word 3-grams shared over 20 or more): outlets re-headline wire
 * copy but keep its body.
 */
export function sameStory(a: StoryPrint, b: StoryPrint): boolean {
  if (a.title.length > 20 && a.title === b.title) return true;
  if (a.titleWords.size >= 5 && b.titleWords.size >= 5 && jaccard(a.titleWords, b.titleWords) >= 0.8) return true;
  return a.shingles.size >= 18 && b.shingles.size >= 18 && jaccard(a.shingles, b.shingles) >= 0.6;
}

export { storyPrint };

/** What the mention rows say about one saved article: which of the open article's entities it names, and its date. */
export interface MentionHit {
  ids: string[];
  date: number;
}

/**
 * The `k` best candidates by the same weighted score rankRelated computes,
 * from mention rows alone (newer first on ties), so only those articles are
 * read from the database.
 */
export function preselect(
  cast: CastEntry[],
  hits: Map<string, MentionHit>,
  df: Map<string, number>,
  total: number,
  k: number,
): string[] {
  const w = entityWeights(cast, df, total);
  const scored: [string, number, number][] = [];
  for (const [url, h] of hits) scored.push([url, h.ids.reduce((s, id) => s + (w.get(id) ?? 0), 0), h.date]);
  scored.sort((a, b) => b[1] - a[1] || b[2] - a[2]);
  return scored.slice(0, k).map((x) => x[0]);
}

/** Each name's weight in a related score (rankRelated's: IDF × type). */
export function entityWeights(cast: CastEntry[], df: Map<string, number>, total: number): Map<string, number> {
  return new Map(
    cast.map((c) => {
      const n = Math.max(1, df.get(c.id) ?? 1);
      return [c.id, Math.log(1 + Math.max(total, n) / n) * TYPE_WEIGHT[c.type]];
    }),
  );
}

function dateOf(r: RelatedArticle): number {
  const p = r.publishedAt ? Date.parse(r.publishedAt) : NaN;
  return Number.isNaN(p) ? r.savedAt : p;
}

/** URLs that differ only in fragment, query tracking or trailing slash are one. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch {
    return url;
  }
}

function titleKey(t: string): string {
  return t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
