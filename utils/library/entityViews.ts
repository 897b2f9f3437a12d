import type { EntityLibraryStats, SavedArticle } from '../types';
import { withoutPostings, type EntityRow, type LibraryDb } from './db';
import { newestNums, urlsOfNums } from './entityPostings';
import { weekSeries } from './entityWeeks';

/** Newest N articles per entity for entity pages. */
const PER_ENTITY = 500;

export interface EntityPage {
  entity: EntityRow;
  /** Newest first, capped. */
  articles: Omit<SavedArticle, 'cast' | 'entityIds' | 'excerpt'>[];
  /** Entities most often named in the same articles (among its newest 500). */
  cooccurring: { id: string; name: string; type: EntityRow['type']; count: number }[];
  /** Mentions per week: [week start (epoch ms, Monday 00:00 UTC), articles]. */
  weeks: [number, number][];
}

/** For hover cards: how many saved articles (not `exceptUrl`) name each entity, and the latest two. */
export async function entityStats(
  db: LibraryDb,
  ids: string[],
  exceptUrl: string | null,
): Promise<Record<string, EntityLibraryStats>> {
  const out: Record<string, EntityLibraryStats> = {};
  // The open article may be saved, and anywhere in time: its own cast says which names it holds.
  const open = exceptUrl ? await db.articles.get(exceptUrl) : undefined;
  const inOpen = new Set(open?.entityIds ?? []);
  await Promise.all(
    ids.map(async (id) => {
      // A few spare numbers: one may be the open article, a deleted one, or one re-saved without the name.
      // One read of its row: its count, and its open postings chunk (v8).
      const ent = await db.entities.get(id);
      const nums = await newestNums(db, id, 6, ent);
      const urls = (await urlsOfNums(db, nums)).filter((u) => u !== exceptUrl);
      const count = Math.max(0, (ent?.articleCount ?? 0) - (inOpen.has(id) ? 1 : 0));
      const arts = (await db.articles.bulkGet(urls))
        .filter((a): a is SavedArticle => !!a && a.entityIds.includes(id))
        .sort((a, b) => b.savedAt - a.savedAt)
        .slice(0, 2);
      out[id] = { count, latest: arts.map(({ url, title, site, savedAt }) => ({ url, title, site, savedAt })) };
    }),
  );
  return out;
}

/** An entity's page: its row, newest articles (up to `limit`), who is named with it, its weekly timeline. */
export async function entityPage(db: LibraryDb, id: string, limit = 50): Promise<EntityPage | null> {
  const entity = await db.entities.get(id);
  if (!entity) return null;
  const nums = await newestNums(db, id, PER_ENTITY, entity);
  const arts = (await db.articles.bulkGet(await urlsOfNums(db, nums)))
    .filter((a): a is SavedArticle => !!a && a.entityIds.includes(id))
    .sort((a, b) => b.savedAt - a.savedAt);
  const co = new Map<string, number>();
  for (const a of arts) for (const e of a.entityIds) if (e !== id) co.set(e, (co.get(e) ?? 0) + 1);
  const topCo = [...co].sort((x, y) => y[1] - x[1]).slice(0, 15);
  const coRows = await db.entities.bulkGet(topCo.map(([e]) => e));
  return {
    entity: withoutPostings(entity),
    articles: arts.slice(0, limit).map(({ url, title, site, byline, publishedAt, savedAt, lang }) => ({
      url,
      title,
      site,
      byline,
      publishedAt,
      savedAt,
      lang,
    })),
    cooccurring: topCo.flatMap(([e, count], i) =>
      coRows[i] ? [{ id: e, name: coRows[i]!.name, type: coRows[i]!.type, count }] : [],
    ),
    weeks: weekSeries(entity.weeks),
  };
}
