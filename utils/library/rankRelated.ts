import type { CastEntry, EntityType, RelatedArticle, SavedArticle } from '../types';

export interface RankInput {
  /** The open article: its URL and cast. */
  url: string | null;
  title?: string | null;
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
  const mine = new Map(cast.map((c) => [c.id, c]));
  const openKey = input.url ? urlKey(input.url) : null;
  const openTitle = input.title ? titleKey(input.title) : null;
  const scored: RelatedArticle[] = [];
  for (const a of input.candidates) {
    if (openKey && urlKey(a.url) === openKey) continue;
    if (openTitle && openTitle.length > 20 && titleKey(a.title) === openTitle) continue;
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
  // Fold syndicated copies: keep the best-ranked of each title.
  const seen = new Set<string>();
  const out: RelatedArticle[] = [];
  for (const r of scored) {
    const k = titleKey(r.title);
    if (k.length > 20 && seen.has(k)) continue;
    seen.add(k);
    out.push(r);
    if (out.length >= (input.limit ?? 10)) break;
  }
  return out;
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
