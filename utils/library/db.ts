import Dexie, { type EntityTable, type IndexableType, type Transaction } from 'dexie';
import type { CastEntry, DatedRole, EntityType, SavedArticle } from '../types';
import { countWeek, type WeekCounts } from './entityWeeks';

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
  /** v5: saved articles naming it per week (by the article's date), for its timeline. */
  weeks?: WeekCounts;
  /**
   * v8: its open postings chunk (before v8, the `entityDocs` row of chunk 0):
   * the newest article numbers naming it, and how many sealed chunks there
   * are. Kept in the row a save rewrites anyway (see upgradeV7toV8). Never
   * leaves the background: `withoutPostings` strips it from what is sent.
   */
  open?: OpenChunk;
}

/** v8: an entity's open postings chunk, as kept in its row. */
export interface OpenChunk {
  docs: Uint32Array;
  sealed: number;
}

/** The row as the pages see it (the open postings chunk is the store's own). */
export function withoutPostings<T extends EntityRow>({ open: _open, ...row }: T): Omit<T, 'open'> {
  return row;
}

/** The entity's open chunk as a postings row (chunk 0), the shape the postings readers take. */
export function openChunkOf(row: EntityRow | undefined): EntityDocsRow | undefined {
  return row?.open && { entityId: row.id, chunk: 0, docs: row.open.docs, sealed: row.open.sealed };
}

/**
 * v1–v4: one row per (entity, article), the index that kept related-coverage
 * queries off full scans. Gone in v5 (the packed postings and the entity's
 * week counts replace it); the type stays for the upgrade functions.
 */
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

/** v6: a search-index document number → the URL of the text it was given to. */
export interface SearchDocRow {
  d: number;
  url: string;
  /** v9: what a search result shows of its article, so a search need not read the article rows. */
  card?: SearchCard;
}

/** v9: the article fields a search result shows (kept with its search number; see upgradeV8toV9). */
export interface SearchCard {
  title: string;
  site: string | null;
  publishedAt: string | null;
  savedAt: number;
}

/** The card of an article row. */
export function cardOf(a: Pick<SavedArticle, 'title' | 'site' | 'publishedAt' | 'savedAt'>): SearchCard {
  return { title: a.title, site: a.site ?? null, publishedAt: a.publishedAt ?? null, savedAt: a.savedAt };
}

/** v4: an article's number (given once, never reused), the unit of the entity postings. */
export interface NumRow {
  url: string;
  n: number;
}

/**
 * v4: one chunk of an entity's postings: the numbers of the articles naming it.
 * Chunk 0 is the open one, appended to by saves; when it holds `ENTITY_CHUNK`
 * numbers it is sealed as chunk `sealed + 1` and a new open chunk starts. So
 * sealed chunks 1, 2, … run oldest to newest, and the open one is the newest.
 * Numbers are ascending except when a re-save adds a name to an older article.
 */
export interface EntityDocsRow {
  entityId: string;
  chunk: number;
  /** The numbers, as a list (the open chunk, and sealed chunks of a name in few articles)… */
  docs?: Uint32Array;
  /**
   * …or, for a sealed chunk whose numbers lie close together (a name in many
   * articles), as a bitmap: bit i of `bits` set = article `base + i` names it.
   * 1,024 numbers of a name in 3/4 of the library take 171 bytes, not 4 KB.
   */
  base?: number;
  bits?: Uint32Array;
  /** Only on the open chunk (0): how many sealed chunks there are. */
  sealed?: number;
  /** Only on the bundle (chunk `BUNDLE_CHUNK`, v7): it holds sealed chunks 1…upTo. */
  upTo?: number;
}

/**
 * v7: the key of an entity's bundle, one row holding the numbers of its sealed
 * chunks 1…`upTo` together. A name in most of the library has 70+ sealed
 * chunks, and a worker that has not met it reads them all at its first
 * related query (a dozen such names took 20–45 ms at 100,000 articles; one
 * row each, 4–5 ms). Sealed chunks stay as they are (saves only append); the
 * bundle is rebuilt after the saves that seal one, and readers read the
 * sealed chunks it does not cover yet. Below every real chunk number, so the
 * range reads of chunks 0…n never meet it.
 */
export const BUNDLE_CHUNK = -1;

/** Entities with fewer sealed chunks read them as fast as a bundle: they get none. */
export const BUNDLE_FROM = 2;

/** The bundle of `rows` (sealed chunks, or an older bundle and the chunks after it), covering chunks 1…upTo. */
export function bundleChunks(entityId: string, rows: EntityDocsRow[], upTo: number): EntityDocsRow {
  const seen = new Set<number>();
  for (const r of rows)
    eachDocDesc(r, (n) => {
      seen.add(n);
      return true;
    });
  const docs = Uint32Array.from(seen).sort();
  return { ...sealChunk(entityId, BUNDLE_CHUNK, docs), upTo };
}

/** A sealed chunk of `docs`, as a bitmap when that is smaller. */
export function sealChunk(entityId: string, chunk: number, docs: Uint32Array): EntityDocsRow {
  let lo = Infinity;
  let hi = 0;
  for (let j = 0; j < docs.length; j++) {
    if (docs[j] < lo) lo = docs[j];
    if (docs[j] > hi) hi = docs[j];
  }
  const words = Math.ceil((hi - lo + 1) / 32);
  if (!docs.length || words >= docs.length) return { entityId, chunk, docs };
  const bits = new Uint32Array(words);
  for (let j = 0; j < docs.length; j++) {
    const i = docs[j] - lo;
    bits[i >>> 5] |= 1 << (i & 31);
  }
  return { entityId, chunk, base: lo, bits };
}

/** A chunk's numbers, largest (newest) first, until `fn` returns false. */
export function eachDocDesc(row: EntityDocsRow, fn: (n: number) => boolean): boolean {
  if (row.docs) {
    for (let j = row.docs.length - 1; j >= 0; j--) if (!fn(row.docs[j])) return false;
    return true;
  }
  const bits = row.bits!;
  const base = row.base!;
  for (let w = bits.length - 1; w >= 0; w--) {
    let v = bits[w];
    while (v !== 0) {
      const b = 31 - Math.clz32(v);
      v &= ~(1 << b);
      if (!fn(base + w * 32 + b)) return false;
    }
  }
  return true;
}

/** The largest number a chunk can hold. */
export function chunkMax(row: EntityDocsRow): number {
  if (row.bits) return row.base! + row.bits.length * 32 - 1;
  let m = 0;
  for (let j = 0; j < row.docs!.length; j++) if (row.docs![j] > m) m = row.docs![j];
  return m;
}

/** Article numbers per chunk of an entity's postings (4 KB). */
export const ENTITY_CHUNK = 1024;

/** v2: one persisted MiniSearch segment (see searchIndex.ts). */
export interface SearchSegmentRow {
  id: number;
  urls: string[];
  json: string;
}

/**
 * v10: a save's entity updates, written with its article and applied to the
 * entity rows in a transaction of their own right after (see upgradeV9toV10
 * and entityJournal.ts). Rows are applied in `seq` order; `journalApplied`
 * says up to which, and later saves delete the rows at or below it. A row
 * above it when a worker starts is applied then.
 */
export interface JournalRow {
  /** 1, 2, 3…: the order the saves committed in, with no gaps (given by the save from `JOURNAL_SEQ`). */
  seq: number;
  url: string;
  /** The article's number. */
  n: number;
  /** It had its number before this save: only names new to its cast are appended to postings. */
  hadNum: boolean;
  /** The save's time (entities' first and last seen). */
  t: number;
  /** The article's date (published, else saved) after this save, and before it (the same for a new article). */
  date: number;
  oldDate: number;
  /** Its cast after this save (each entity once), and before it (empty for a new article). */
  cast: CastEntry[];
  oldCast: CastEntry[];
}

/** v10 `meta` key: the last journal number given (a save takes the next, so they have no gaps). */
export const JOURNAL_SEQ = 'journalSeq';

/** v10: how far the journal has been applied (one row, `JOURNAL_APPLIED`), written with the entity rows it changed. */
export interface JournalAppliedRow {
  key: string;
  seq: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<SavedArticle, 'url'>;
  entities: EntityTable<EntityRow, 'id'>;
  texts: EntityTable<TextRow, 'url'>;
  searchSegments: EntityTable<SearchSegmentRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  terms: EntityTable<TermRow, 'term'>;
  postings: Dexie.Table<PostingRow, [string, number]>;
  nums: EntityTable<NumRow, 'n'>;
  entityDocs: Dexie.Table<EntityDocsRow, [string, number]>;
  searchDocs: EntityTable<SearchDocRow, 'd'>;
  journal: EntityTable<JournalRow, 'seq'>;
  journalApplied: EntityTable<JournalAppliedRow, 'key'>;
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
  // v4: article numbers and per-entity postings of them in packed chunks, so
  // related coverage reads a few rows per name instead of one per mention;
  // the mention index loses its by-article index (no query used it; each
  // save wrote 15 entries into it).
  db.version(4)
    .stores({
      nums: 'n, &url',
      entityDocs: '[entityId+chunk]',
      mentions: '[entityId+articleUrl], [entityId+savedAt]',
    })
    .upgrade(upgradeV3toV4);
  // v5: the mention index goes. Its readers (hover-card counts, entity pages,
  // deletes) now use the postings, and timelines the entity's week counts.
  db.version(5).stores({ mentions: null }).upgrade(upgradeV4toV5);
  // v6: search-index document numbers → URLs by primary key, so a search maps
  // its hits with one bulk get instead of one index lookup per hit.
  db.version(6).stores({ searchDocs: 'd' }).upgrade(upgradeV5toV6);
  // v7: a bundle row per entity with many sealed chunks (same table and keys).
  db.version(7).stores({}).upgrade(upgradeV6toV7);
  // v8: each entity's open postings chunk moves into its row (same tables).
  db.version(8).stores({}).upgrade(upgradeV7toV8);
  // v9: each search number keeps its article's card (title, site, dates).
  db.version(9).stores({}).upgrade(upgradeV8toV9);
  // v10: a journal of saves' entity updates, applied right after each save.
  db.version(10).stores({ journal: 'seq', journalApplied: 'key' }).upgrade(upgradeV9toV10);
  // Nothing observes the library live: pages ask the background by message,
  // and only the background opens the database. Dexie's liveQuery machinery
  // would only cost: every write works out the key ranges it touched and, once
  // committed, broadcasts them to every context of the extension.
  db.unuse({ stack: 'dbcore', name: 'Observability' }).unuse({ stack: 'dbcore', name: 'Cache' });
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

/**
 * Append article numbers to entities' postings (`adds`: entity → numbers, in
 * the order given), given each entity's open chunk (`open`, as read, in the
 * order of `adds`' keys; undefined when it has none yet). Pure: returns the
 * rows to put (full chunks sealed, the new open chunk last).
 */
export function appendDocs(adds: Map<string, number[]>, open: (EntityDocsRow | undefined)[]): EntityDocsRow[] {
  const put: EntityDocsRow[] = [];
  [...adds.keys()].forEach((id, i) => {
    const add = adds.get(id)!;
    const row = open[i];
    let sealed = row?.sealed ?? 0;
    let cur: ArrayLike<number> = row?.docs ?? [];
    let at = 0;
    while (cur.length + (add.length - at) >= ENTITY_CHUNK) {
      const take = ENTITY_CHUNK - cur.length;
      const full = new Uint32Array(ENTITY_CHUNK);
      full.set(cur);
      full.set(add.slice(at, at + take), cur.length);
      at += take;
      put.push(sealChunk(id, ++sealed, full));
      cur = [];
    }
    const docs = new Uint32Array(cur.length + add.length - at);
    docs.set(cur);
    docs.set(add.slice(at), cur.length);
    put.push({ entityId: id, chunk: 0, docs, sealed });
  });
  return put;
}

/**
 * appendDocs on entity rows (v8): each row's open chunk is replaced in place
 * (`rows` must hold every entity of `adds`); returns the chunks sealed on the
 * way, for the `entityDocs` table, and every chunk written (open ones as
 * chunk 0), for the postings cache.
 */
export function appendToRows(
  adds: Map<string, number[]>,
  rows: Map<string, EntityRow>,
): { sealed: EntityDocsRow[]; written: EntityDocsRow[] } {
  const ids = [...adds.keys()];
  const written = appendDocs(
    adds,
    ids.map((id) => openChunkOf(rows.get(id))),
  );
  const sealed: EntityDocsRow[] = [];
  for (const r of written) {
    if (r.chunk !== 0) sealed.push(r);
    else rows.get(r.entityId)!.open = { docs: r.docs!, sealed: r.sealed ?? 0 };
  }
  return { sealed, written };
}

/** v4 meta row: the next article number (numbers are never reused). */
export const NUMS_META = 'articleNums';

/**
 * v3 → v4. Why: related coverage read the mention index one row per
 * (entity, article), 184 ms median at 100,000 articles even capped to the
 * newest 500 per name, and the caps cost answer quality (the top 10 shared 65%
 * with the uncapped ranking). v4 numbers the articles (`nums`, oldest saved
 * first, so higher is newer) and keeps each entity's postings as packed
 * chunks of those numbers (`entityDocs`), which a query reads a few rows of
 * per name. Derived from rows already there: the articles' keys in saved
 * order and the mention index's keys, read in pages; no row is deleted (the
 * mention index stays: entity pages and hover cards read it). The article
 * count is written exact (writes keep it so; v3 only remembered a count). Its
 * `articleUrl` index goes: no query reads it, and every save paid for it.
 */
export async function upgradeV3toV4(tx: Transaction): Promise<void> {
  const urls = (await tx.table('articles').orderBy('savedAt').primaryKeys()) as string[];
  const num = new Map<string, number>();
  urls.forEach((u, i) => num.set(u, i + 1));
  await tx.table('nums').bulkPut(urls.map((url, i) => ({ url, n: i + 1 })));
  await tx.table('meta').put({ key: NUMS_META, value: { next: urls.length + 1 } });
  // The article count, exact from here on (every write keeps it; v3 only remembered it).
  await tx.table('meta').put({ key: 'articleCount', value: urls.length });
  const table = tx.table('entityDocs') as Dexie.Table<EntityDocsRow, [string, number]>;
  let after: [string, string] | null = null;
  let entity: string | null = null;
  let docs: number[] = [];
  let rows: EntityDocsRow[] = [];
  const close = async (force: boolean) => {
    if (entity !== null && docs.length) {
      docs.sort((a, b) => a - b);
      let sealed = 0;
      let at = 0;
      for (; docs.length - at >= ENTITY_CHUNK; at += ENTITY_CHUNK)
        rows.push(sealChunk(entity, ++sealed, Uint32Array.from(docs.slice(at, at + ENTITY_CHUNK))));
      rows.push({ entityId: entity, chunk: 0, docs: Uint32Array.from(docs.slice(at)), sealed });
    }
    docs = [];
    if (rows.length >= 5000 || (force && rows.length)) {
      await table.bulkPut(rows);
      rows = [];
    }
  };
  // Mention keys are [entityId, articleUrl], so one entity's come together.
  for (;;) {
    const coll = after ? tx.table('mentions').where(':id').above(after) : tx.table('mentions').toCollection();
    const keys = (await coll.limit(100_000).primaryKeys()) as [string, string][];
    for (const [id, url] of keys) {
      if (id !== entity) {
        await close(false);
        entity = id;
      }
      const n = num.get(url);
      if (n !== undefined) docs.push(n);
    }
    if (keys.length < 100_000) break;
    after = keys[keys.length - 1];
  }
  await close(true);
}

/**
 * v4 → v5. Why: after v4 the mention index (one row per entity and article,
 * with a compound key and a second index) served only hover cards, entity
 * pages and deletes, yet it was most of a save's time (15 rows, 35–74 ms of
 * about 60 at 100,000 articles) and about 2 KB of every article's storage.
 * The postings (v4) already say which articles name an entity; what only the
 * mention rows added was each article's date, which entity timelines count per
 * week. So each entity gets its week counts, and Dexie then deletes the table.
 * The counts are taken from the articles (a mention row was one cast entry
 * of one article, dated by it), read in pages by URL: 15 times fewer rows
 * than the mention index holds. Articles, entities' other fields and
 * postings are kept.
 */
export async function upgradeV4toV5(tx: Transaction): Promise<void> {
  const weeks = new Map<string, WeekCounts>();
  const articles = tx.table('articles') as Dexie.Table<SavedArticle, string>;
  await eachPage(
    articles,
    2_000,
    (a) => a.url,
    async (rows) => {
      for (const a of rows) {
        const t = articleDate(a);
        for (const id of new Set((a.cast ?? []).map((c) => c.id))) {
          let w = weeks.get(id);
          if (!w) weeks.set(id, (w = {}));
          countWeek(w, t);
        }
      }
    },
  );
  await tx
    .table('entities')
    .toCollection()
    .modify((e: EntityRow) => {
      e.weeks = weeks.get(e.id) ?? {};
    });
}

/**
 * v5 → v6. Why: a search mapped each hit's document number to its text with
 * an index lookup on `texts.seg` (one request each): at 100,000 articles 38
 * of them took 29 ms, half of a search, where a bulk get by primary key of as
 * many rows takes 3–4 ms. v6 keeps number → URL in `searchDocs`, filled here
 * from the `seg` index's keys (no text is read). A search still checks each
 * hit against its text row, so a number left behind by a delete or a re-save
 * finds nothing.
 */
export async function upgradeV5toV6(tx: Transaction): Promise<void> {
  const coll = tx.table('texts').where('seg').above(0);
  const [segs, urls] = await Promise.all([coll.keys(), coll.clone().primaryKeys()]);
  await tx.table('searchDocs').bulkPut(segs.map((d, i) => ({ d: d as number, url: urls[i] as string })));
}

/** A cast with each entity once (a page listing one twice would double-count it). */
export function dedupeCast(cast: CastEntry[]): CastEntry[] {
  const seen = new Set<string>();
  return cast.filter((c) => !seen.has(c.id) && !!seen.add(c.id));
}

/**
 * v6 → v7. Why: a service worker that has just started reads every sealed
 * chunk of the common names at its first related queries (see BUNDLE_CHUNK),
 * and MV3 stops idle workers after 30 seconds, so that is most queries'
 * situation. Each entity with `BUNDLE_FROM` or more sealed chunks gets its
 * bundle, built from the chunks already there; nothing else is written or
 * deleted. Chunk rows come in key order (an entity's open chunk, then its
 * sealed ones), read in pages.
 */
export async function upgradeV6toV7(tx: Transaction): Promise<void> {
  const table = tx.table('entityDocs') as Dexie.Table<EntityDocsRow, [string, number]>;
  let entity: string | null = null;
  let sealed: EntityDocsRow[] = [];
  let bundles: EntityDocsRow[] = [];
  const close = async (force: boolean) => {
    if (entity !== null && sealed.length >= BUNDLE_FROM) bundles.push(bundleChunks(entity, sealed, sealed.length));
    sealed = [];
    if (bundles.length >= 500 || (force && bundles.length)) {
      await table.bulkPut(bundles);
      bundles = [];
    }
  };
  await eachPage(table, 5_000, chunkKey, async (rows) => {
    for (const r of rows) {
      if (r.entityId !== entity) {
        await close(false);
        entity = r.entityId;
      }
      // Sealed chunks 1, 2, … in a row; the bundle covers them up to any gap.
      if (r.chunk === sealed.length + 1) sealed.push(r);
    }
  });
  await close(true);
}

/**
 * v7 → v8. Why: a save read and rewrote each of its ~15 names twice, the
 * entity row (count, roles, weeks) and the open postings chunk (`entityDocs`
 * chunk 0): 30 of a save's ~70 IndexedDB requests, and at 100,000 articles
 * each costs. Skipping them took a save from 32 to 18 ms (bench:library's
 * phase trace). So the open chunk moves into the entity row, and a related
 * query reads one row per name where it read two. Sealed chunks and bundles
 * stay in `entityDocs`. Chunk rows come in key order, read in pages; an open
 * chunk whose entity row is gone (it could not be, but a library is the
 * reader's) is dropped with its row.
 */
export async function upgradeV7toV8(tx: Transaction): Promise<void> {
  const docs = tx.table('entityDocs') as Dexie.Table<EntityDocsRow, [string, number]>;
  const entities = tx.table('entities') as Dexie.Table<EntityRow, string>;
  await eachPage(docs, 5_000, chunkKey, async (page) => {
    const open = page.filter((r) => r.chunk === 0);
    if (!open.length) return;
    const rows = await entities.bulkGet(open.map((r) => r.entityId));
    const put = rows.flatMap((row, i) =>
      row ? [{ ...row, open: { docs: open[i].docs ?? new Uint32Array(0), sealed: open[i].sealed ?? 0 } }] : [],
    );
    await entities.bulkPut(put);
    await docs.bulkDelete(open.map((r) => [r.entityId, 0] as [string, number]));
  });
}

/**
 * v8 → v9. Why: a full-text search read its 30 hits' texts (to check each
 * hit and cut its snippet) and then their article rows, only to show a title,
 * a site and a date: at 100,000 articles the second read was a quarter to a
 * third of a search (12–21 ms of 45–60). Since v9 the index keeps those
 * fields with each search number (written when a text is indexed, rewritten
 * when a re-save changes them), so a search reads no article row. Here every
 * search number gets the card of its article, read in pages; a number whose
 * article is gone (a stale one) gets none and is dropped by searches as before.
 */
export async function upgradeV8toV9(tx: Transaction): Promise<void> {
  const docs = tx.table('searchDocs') as Dexie.Table<SearchDocRow, number>;
  const articles = tx.table('articles') as Dexie.Table<SavedArticle, string>;
  await eachPage(
    docs,
    2_000,
    (r) => r.d,
    async (page) => {
      const arts = await articles.bulkGet(page.map((r) => r.url));
      await docs.bulkPut(page.flatMap((r, i) => (arts[i] ? [{ ...r, card: cardOf(arts[i]!) }] : [])));
    },
  );
}

/**
 * v9 → v10. Why: a save wrote its ~15 entity rows (count, roles, weeks, open
 * postings chunk) in its own transaction: 30 of its ~38 IndexedDB requests,
 * 21–35 ms a save at 100,000 articles where the article and its text alone
 * take a few. Since v10 a save writes its article, its text and one journal
 * row (the entity updates it owes, numbered 1, 2, 3… from `JOURNAL_SEQ`) in
 * one transaction and returns once that has committed, having begun a second
 * transaction that applies the row to the entity rows and records how far the
 * journal is applied (`journalApplied`; it holds no table a save writes, so
 * the next save does not wait for it). Every reader of entities waits for
 * that (or applies the journal in its own transaction first); a journal row
 * left by a worker stopped between the two is applied when the next one
 * starts. The tables are new and start empty: every v9 save applied its
 * entity updates in its own transaction, so there is nothing owed and
 * nothing to convert.
 */
export async function upgradeV9toV10(_tx: Transaction): Promise<void> {}

/**
 * Every row of `table` in primary-key order, `size` at a time, handed to
 * `fn` (which may write to the rows of its page): how upgrades read a whole
 * table of a large library without holding it in memory.
 */
export async function eachPage<T, K extends IndexableType>(
  table: Dexie.Table<T, K>,
  size: number,
  keyOf: (row: T) => K,
  fn: (page: T[]) => Promise<void>,
): Promise<void> {
  let after: K | null = null;
  for (;;) {
    const coll = after === null ? table.toCollection() : table.where(':id').above(after);
    const page = await coll.limit(size).toArray();
    if (page.length) await fn(page);
    if (page.length < size) return;
    after = keyOf(page[page.length - 1]);
  }
}

const chunkKey = (r: EntityDocsRow): [string, number] => [r.entityId, r.chunk];
