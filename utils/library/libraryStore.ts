import type { CastEntry, EntityLibraryStats, RelatedArticle, SavedArticle } from '../types';
import type { LibraryDb, MentionRow } from './db';
import { rankRelated } from './rankRelated';

export type SaveInput = Omit<SavedArticle, 'savedAt' | 'entityIds'>;

/** Newest N articles read per entity: caps the work a ubiquitous entity can cause. */
const PER_ENTITY = 500;

/** A write the browser refused for lack of space; nothing of it was applied. */
export class LibraryFullError extends Error {
  constructor() {
    super(
      'Your browser has no more space for the Dramatis library. Delete old articles or free disk space, then save again.',
    );
    this.name = 'LibraryFullError';
  }
}

/**
 * The reader's library. Only the background service worker holds one.
 * Every write is one transaction: it lands whole or not at all.
 */
export class LibraryStore {
  constructor(
    private db: LibraryDb,
    private now: () => number = Date.now,
  ) {}

  /** Save or update (same URL never duplicates). */
  async save(input: SaveInput): Promise<SavedArticle> {
    const t = this.now();
    try {
      return await this.db.transaction('rw', this.db.articles, this.db.entities, this.db.mentions, async () => {
        const old = await this.db.articles.get(input.url);
        const article: SavedArticle = {
          ...input,
          savedAt: old?.savedAt ?? t,
          entityIds: input.cast.map((c) => c.id),
        };
        await this.db.articles.put(article);
        const before = new Set(old?.entityIds ?? []);
        const after = new Set(article.entityIds);
        for (const id of before) if (!after.has(id)) await this.unlink(id, input.url);
        for (const c of input.cast) {
          const row = await this.db.entities.get(c.id);
          const isNew = !before.has(c.id);
          await this.db.entities.put({
            id: c.id,
            name: row && row.name.length >= c.name.length ? row.name : c.name,
            type: c.type,
            role: c.role ?? row?.role ?? null,
            articleCount: (row?.articleCount ?? 0) + (isNew ? 1 : 0),
            firstSeen: Math.min(row?.firstSeen ?? t, t),
            lastSeen: t,
          });
          await this.db.mentions.put({ entityId: c.id, articleUrl: input.url, savedAt: article.savedAt });
        }
        return article;
      });
    } catch (e) {
      throw isQuotaError(e) ? new LibraryFullError() : e;
    }
  }

  async get(url: string): Promise<SavedArticle | undefined> {
    return this.db.articles.get(url);
  }

  /** Newest first. */
  async list(limit = 500): Promise<SavedArticle[]> {
    return this.db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
  }

  async delete(url: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.articles, this.db.entities, this.db.mentions, async () => {
      const old = await this.db.articles.get(url);
      if (!old) return false;
      for (const id of old.entityIds) await this.unlink(id, url);
      await this.db.articles.delete(url);
      return true;
    });
  }

  /** For hover cards: how many saved articles (not `exceptUrl`) name each entity, and the latest two. */
  async stats(ids: string[], exceptUrl: string | null): Promise<Record<string, EntityLibraryStats>> {
    const out: Record<string, EntityLibraryStats> = {};
    await Promise.all(
      ids.map(async (id) => {
        const [rows, ent, inOpen] = await Promise.all([
          this.newest(id, 3),
          this.db.entities.get(id),
          exceptUrl ? this.db.mentions.get([id, exceptUrl]) : undefined,
        ]);
        const urls = rows.map((r) => r.articleUrl).filter((u) => u !== exceptUrl);
        // The open article may be anywhere in time, not only among the newest rows.
        const count = Math.max(0, (ent?.articleCount ?? 0) - (inOpen ? 1 : 0));
        const arts = (await this.db.articles.bulkGet(urls.slice(0, 2))).filter((a): a is SavedArticle => !!a);
        out[id] = { count, latest: arts.map(({ url, title, site, savedAt }) => ({ url, title, site, savedAt })) };
      }),
    );
    return out;
  }

  /** Saved articles related to the open one, best first, each with its reasons. */
  async related(url: string | null, title: string | null, cast: CastEntry[], limit = 10): Promise<RelatedArticle[]> {
    const top = [...cast].sort((a, b) => b.count - a.count).slice(0, 30);
    const urls = new Set<string>();
    const df = new Map<string, number>();
    await Promise.all(
      top.map(async (c) => {
        const [rows, ent] = await Promise.all([this.newest(c.id, PER_ENTITY), this.db.entities.get(c.id)]);
        for (const r of rows) urls.add(r.articleUrl);
        df.set(c.id, ent?.articleCount ?? rows.length);
      }),
    );
    const candidates = (await this.db.articles.bulkGet([...urls])).filter((a): a is SavedArticle => !!a);
    const total = await this.db.articles.count();
    return rankRelated({ url, title, cast: top, candidates, df, total, limit });
  }

  private newest(entityId: string, n: number): Promise<MentionRow[]> {
    return this.db.mentions
      .where('[entityId+savedAt]')
      .between([entityId, -Infinity], [entityId, Infinity])
      .reverse()
      .limit(n)
      .toArray();
  }

  private async unlink(id: string, url: string) {
    await this.db.mentions.delete([id, url]);
    const row = await this.db.entities.get(id);
    if (row) await this.db.entities.put({ ...row, articleCount: Math.max(0, row.articleCount - 1) });
  }
}

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}
