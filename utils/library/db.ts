import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DatedRole, EntityType, SavedArticle } from '../types';

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  /** Saved articles that mention it: the document frequency used to weight it. */
  articleCount: number;
  firstSeen: number;
  lastSeen: number;
  /** v2: other spellings seen for it ("Peskov", "Dmitri Peskov"), newest last, capped. */
  aliases?: string[];
  /** v2: each distinct role with the first and latest article date that gave it, capped. */
  roles?: DatedRole[];
  /** v2: what the reader corrected by hand (kept through re-saves and import). */
  corrections?: { name?: string; type?: EntityType; hidden?: boolean };
}

/** One row per (entity, article): the index that keeps related-coverage queries off full scans. */
export interface MentionRow {
  entityId: string;
  articleUrl: string;
  savedAt: number;
  /** v2: the article's date (published, else saved), for per-week timelines. */
  date?: number;
}

/** v2: an article's full text, apart from the row the list and ranking read. */
export interface TextRow {
  url: string;
  text: string;
  /**
   * 0 = not yet in the search index. Otherwise, since v3, its document number
   * in the token index (termIndex.ts); in v2, the MiniSearch segment holding it.
   */
  seg: number;
}

/** v3: one word of the token index: how many postings it has and in how many blocks. */
export interface TermRow {
  term: string;
  df: number;
  blocks: number;
  /** Postings in the last block (it is appended to while it has room). */
  lastLen: number;
}

/** v3: one block of a word's postings: document numbers (ascending) and their weights. */
export interface PostingRow {
  term: string;
  block: number;
  docs: Uint32Array;
  w: Uint8Array;
}

/** v2: one persisted MiniSearch segment (see searchIndex.ts). */
export interface SearchSegmentRow {
  id: number;
  urls: string[];
  json: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<SavedArticle, 'url'>;
  entities: EntityTable<EntityRow, 'id'>;
  mentions: Dexie.Table<MentionRow, [string, string]>;
  texts: EntityTable<TextRow, 'url'>;
  searchSegments: EntityTable<SearchSegmentRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  terms: EntityTable<TermRow, 'term'>;
  postings: Dexie.Table<PostingRow, [string, number]>;
};

export const MAX_ALIASES = 12;
export const MAX_ROLES = 24;

/** An article's date for timelines and roles: published, else saved. */
export function articleDate(a: Pick<SavedArticle, 'publishedAt' | 'savedAt'>): number {
  const p = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(p) ? a.savedAt : p;
}

/** Fold one (role, date, url) sighting into an entity's dated roles. Pure. */
export function addRole(roles: DatedRole[], role: string | null, date: number, url: string): DatedRole[] {
  if (!role) return roles;
  const key = role.trim().toLowerCase();
  const out = roles.map((r) => ({ ...r }));
  const hit = out.find((r) => r.role.toLowerCase() === key);
  if (hit) {
    hit.count += 1;
    hit.first = Math.min(hit.first, date);
    if (date >= hit.last) {
      hit.last = date;
      hit.url = url;
    }
  } else {
    out.push({ role: role.trim(), first: date, last: date, url, count: 1 });
    // Keep the most attested roles when there are too many.
    if (out.length > MAX_ROLES) out.sort((a, b) => b.count - a.count || b.last - a.last).length = MAX_ROLES;
  }
  return out;
}

/** Forget one sighting (the article was deleted). First/last dates stay as they were seen. */
export function dropRole(roles: DatedRole[], role: string | null): DatedRole[] {
  if (!role) return roles;
  const key = role.trim().toLowerCase();
  return roles.map((r) => (r.role.toLowerCase() === key ? { ...r, count: r.count - 1 } : r)).filter((r) => r.count > 0);
}

export function addAlias(aliases: string[], canonical: string, name: string): string[] {
  if (!name || name === canonical || aliases.includes(name)) return aliases;
  return [...aliases, name].slice(-MAX_ALIASES);
}

export const V1_SCHEMA = {
  articles: 'url, savedAt, site',
  entities: 'id, type, articleCount',
  mentions: '[entityId+articleUrl], [entityId+savedAt], articleUrl',
};

/**
 * The library schema. Versions are append-only: add `db.version(n + 1)` with a
 * named upgrade function and a migration test; never edit a shipped version.
 */
export function openLibraryDb(name = 'dramatis'): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  // v1: articles by canonical URL; entities with document frequency; the
  // mention index keyed for "newest N articles naming entity X".
  db.version(1).stores(V1_SCHEMA);
  // v2: full text for search (own table, so listing and ranking never load it),
  // persisted search segments, a key/value meta table, [site+savedAt] for the
  // library page's site filter, and richer entities (dated roles, aliases).
  db.version(2)
    .stores({
      articles: 'url, savedAt, site, [site+savedAt]',
      entities: 'id, type, articleCount',
      mentions: '[entityId+articleUrl], [entityId+savedAt], articleUrl',
      texts: 'url, seg',
      searchSegments: 'id',
      meta: 'key',
    })
    .upgrade(upgradeV1toV2);
  // v3: full-text search as a token index on disk (terms + postings blocks).
  db.version(3).stores({ terms: 'term', postings: '[term+block]' }).upgrade(upgradeV2toV3);
  return db;
}

/**
 * v1 → v2. Why: v1 kept one role per entity (the latest, overwriting the
 * others) and no text. v2 wants roles over time and search, so rebuild what
 * v1 already holds rather than lose it: each saved article's cast still
 * says which role it gave whom and when, so dated roles and aliases are
 * recomputed from the articles; mention rows get the article date for
 * timelines; and v1 articles, whose full text was never stored, are made
 * searchable by their excerpt (queued for the search index with seg 0).
 * Nothing is deleted; unknown fields are kept.
 */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const roles = new Map<string, DatedRole[]>();
  const aliases = new Map<string, string[]>();
  const dates = new Map<string, number>();
  const texts: TextRow[] = [];
  await tx
    .table('articles')
    .toCollection()
    .each((a: SavedArticle) => {
      const date = articleDate(a);
      dates.set(a.url, date);
      texts.push({ url: a.url, text: a.excerpt ?? '', seg: 0 });
      for (const c of a.cast ?? []) {
        roles.set(c.id, addRole(roles.get(c.id) ?? [], c.role, date, a.url));
        aliases.set(c.id, [...(aliases.get(c.id) ?? []), c.name]);
      }
    });
  await tx
    .table('entities')
    .toCollection()
    .modify((e: EntityRow) => {
      e.roles =
        roles.get(e.id) ?? (e.role ? [{ role: e.role, first: e.firstSeen, last: e.lastSeen, url: '', count: 1 }] : []);
      e.aliases = (aliases.get(e.id) ?? []).reduce((acc, n) => addAlias(acc, e.name, n), [] as string[]);
    });
  await tx
    .table('mentions')
    .toCollection()
    .modify((m: MentionRow) => {
      m.date = dates.get(m.articleUrl) ?? m.savedAt;
    });
  await tx.table('texts').bulkPut(texts);
}

/**
 * v2 → v3. Why: v2's search index (MiniSearch, persisted in segments) had to
 * be loaded whole into memory before the first search after every worker
 * start: 1.4 s at 10,000 articles, and growing with the library. v3 searches a
 * token index on disk that a query reads a few blocks of. The texts are kept;
 * each is queued for the new index (seg back to 0; the token index indexes
 * them in batches on first use), and the old segments, now unused, are
 * cleared to give their space back. The table itself stays declared (a
 * benchmark build can still run MiniSearch for comparison).
 */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  await tx.table('texts').where('seg').above(0).modify({ seg: 0 });
  await tx.table('searchSegments').clear();
}
