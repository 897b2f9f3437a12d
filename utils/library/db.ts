import Dexie, { type EntityTable } from 'dexie';
import type { EntityType, SavedArticle } from '../types';

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  /** Saved articles that mention it: the document frequency used to weight it. */
  articleCount: number;
  firstSeen: number;
  lastSeen: number;
}

/** One row per (entity, article): the index that keeps related-coverage queries off full scans. */
export interface MentionRow {
  entityId: string;
  articleUrl: string;
  savedAt: number;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<SavedArticle, 'url'>;
  entities: EntityTable<EntityRow, 'id'>;
  mentions: Dexie.Table<MentionRow, [string, string]>;
};

/**
 * The library schema. Versions are append-only: add `db.version(n + 1)` with a
 * named upgrade function and a migration test; never edit a shipped version.
 */
export function openLibraryDb(name = 'dramatis'): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  // v1: articles by canonical URL; entities with document frequency; the
  // mention index keyed for "newest N articles naming entity X".
  db.version(1).stores({
    articles: 'url, savedAt, site',
    entities: 'id, type, articleCount',
    mentions: '[entityId+articleUrl], [entityId+savedAt], articleUrl',
  });
  return db;
}
