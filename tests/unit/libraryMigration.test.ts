import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, V1_SCHEMA, type LibraryDb } from '../../utils/library/db';
import { LibraryStore } from '../../utils/library/libraryStore';

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

// What a v1 build wrote: the shapes are spelled out here, not imported, so a
// change to today's types cannot silently change the "old" data.
const v1Articles = [
  {
    url: 'https://wire.test/a',
    title: 'Kremlin says no trip planned',
    byline: 'A Writer',
    site: 'Wire',
    publishedAt: '2024-01-24T00:12:00.000Z',
    savedAt: 1_700_000_000_000,
    excerpt: 'Kremlin spokesman Dmitry Peskov said on Wednesday that no trip was planned.',
    entityIds: ['person:dmitry-peskov', 'place:moscow'],
    cast: [
      { id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person', role: 'Kremlin spokesman', count: 3 },
      { id: 'place:moscow', name: 'Moscow', type: 'place', role: null, count: 1 },
    ],
  },
  {
    url: 'https://paper.test/b',
    title: 'Peskov dismisses sanctions talk',
    byline: null,
    site: 'Paper',
    publishedAt: null,
    savedAt: 1_700_100_000_000,
    excerpt: 'Peskov, the presidential press secretary, dismissed it.',
    entityIds: ['person:dmitry-peskov'],
    cast: [
      { id: 'person:dmitry-peskov', name: 'Peskov', type: 'person', role: 'presidential press secretary', count: 2 },
    ],
  },
];
const v1Entities = [
  {
    id: 'person:dmitry-peskov',
    name: 'Dmitry Peskov',
    type: 'person',
    role: 'presidential press secretary',
    articleCount: 2,
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_700_100_000_000,
  },
  {
    id: 'place:moscow',
    name: 'Moscow',
    type: 'place',
    role: null,
    articleCount: 1,
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_700_000_000_000,
  },
];
const v1Mentions = [
  { entityId: 'person:dmitry-peskov', articleUrl: 'https://wire.test/a', savedAt: 1_700_000_000_000 },
  { entityId: 'place:moscow', articleUrl: 'https://wire.test/a', savedAt: 1_700_000_000_000 },
  { entityId: 'person:dmitry-peskov', articleUrl: 'https://paper.test/b', savedAt: 1_700_100_000_000 },
];

async function writeV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_SCHEMA);
  await old.table('articles').bulkPut(v1Articles);
  await old.table('entities').bulkPut(v1Entities);
  await old.table('mentions').bulkPut(v1Mentions);
  expect(old.verno).toBe(1);
  old.close();
}

describe('schema v1 → v2 (→ today)', () => {
  it('keeps every article, entity and mention, and derives dated roles, aliases, dates and searchable text', async () => {
    const name = `dramatis-migrate-${n++}`;
    await writeV1(name);
    const db: LibraryDb = openLibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);

    // Nothing lost: every v1 field of every row is still there, unchanged.
    const arts = await db.articles.toArray();
    expect(arts).toHaveLength(2);
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toMatchObject(a);
    for (const e of v1Entities) expect(await db.entities.get(e.id)).toMatchObject(e);
    expect(await db.mentions.count()).toBe(3);
    for (const m of v1Mentions) expect(await db.mentions.get([m.entityId, m.articleUrl])).toMatchObject(m);

    // Dated roles rebuilt from each article's cast: both of Peskov's roles, with their article dates.
    const peskov = (await db.entities.get('person:dmitry-peskov'))!;
    expect([...peskov.roles!].sort((a, b) => a.first - b.first)).toEqual([
      {
        role: 'presidential press secretary',
        first: 1_700_100_000_000,
        last: 1_700_100_000_000,
        url: 'https://paper.test/b',
        count: 1,
      },
      {
        role: 'Kremlin spokesman',
        first: Date.parse('2024-01-24T00:12:00.000Z'),
        last: Date.parse('2024-01-24T00:12:00.000Z'),
        url: 'https://wire.test/a',
        count: 1,
      },
    ]);
    expect(peskov.aliases).toEqual(['Peskov']);
    expect((await db.entities.get('place:moscow'))!.roles).toEqual([]);

    // Mention rows carry the article date (published, else saved).
    expect((await db.mentions.get(['person:dmitry-peskov', 'https://wire.test/a']))!.date).toBe(
      Date.parse('2024-01-24T00:12:00.000Z'),
    );
    expect((await db.mentions.get(['person:dmitry-peskov', 'https://paper.test/b']))!.date).toBe(1_700_100_000_000);

    // v1 never stored full text: the excerpt becomes the searchable text, queued for indexing.
    expect(await db.texts.get('https://paper.test/b')).toEqual({
      url: 'https://paper.test/b',
      text: v1Articles[1].excerpt,
      seg: 0,
    });

    // And the upgraded library works: related coverage, search, a new save.
    const store = new LibraryStore(db);
    const rel = await store.related('https://new.test/c', 'Something else', [
      { id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person', role: null, count: 1 },
    ]);
    expect(rel.map((r) => r.url).sort()).toEqual(['https://paper.test/b', 'https://wire.test/a']);
    expect((await store.searchArticles('sanctions')).map((r) => r.article.url)).toEqual(['https://paper.test/b']);
  });

  it('upgrades an empty v1 library', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_SCHEMA);
    await old.open();
    old.close();
    const db = openLibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
  });
});

// What a v2 build wrote: its schema and rows spelled out (MiniSearch segments
// and texts marked as held by segment 1).
const V2_STORES = {
  articles: 'url, savedAt, site, [site+savedAt]',
  entities: 'id, type, articleCount',
  mentions: '[entityId+articleUrl], [entityId+savedAt], articleUrl',
  texts: 'url, seg',
  searchSegments: 'id',
  meta: 'key',
};
const v2Texts = [
  {
    url: 'https://wire.test/a',
    text: 'Kremlin spokesman Dmitry Peskov said on Wednesday that no trip was planned.',
    seg: 1,
  },
  { url: 'https://paper.test/b', text: 'Peskov dismissed the talk of sanctions against the central bank.', seg: 1 },
];

describe('schema v2 → v3 (search as a token index)', () => {
  it('keeps every row, queues every text for the token index, drops the MiniSearch segments, and search works', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_SCHEMA);
    old.version(2).stores(V2_STORES);
    await old.table('articles').bulkPut(v1Articles);
    await old.table('entities').bulkPut(v1Entities.map((e) => ({ ...e, aliases: [], roles: [] })));
    await old.table('mentions').bulkPut(v1Mentions.map((m) => ({ ...m, date: m.savedAt })));
    await old.table('texts').bulkPut(v2Texts);
    await old.table('searchSegments').put({ id: 1, urls: v2Texts.map((t) => t.url), json: '{"not":"read"}' });
    await old.table('meta').put({ key: 'persistRequested', value: { at: 1, granted: true } });
    expect(old.verno).toBe(2);
    old.close();

    const db = openLibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toMatchObject(a);
    for (const e of v1Entities) expect(await db.entities.get(e.id)).toMatchObject(e);
    expect(await db.mentions.count()).toBe(3);
    expect(await db.meta.get('persistRequested')).toEqual({ key: 'persistRequested', value: { at: 1, granted: true } });
    // Texts unchanged but queued (seg 0); the old segments are gone.
    expect(await db.texts.orderBy('url').toArray()).toEqual(
      v2Texts.map((t) => ({ ...t, seg: 0 })).sort((a, b) => a.url.localeCompare(b.url)),
    );
    expect(await db.searchSegments.count()).toBe(0);

    // Search answers from the new index, over the full text (not only the excerpt).
    const store = new LibraryStore(db);
    expect((await store.searchArticles('central bank')).map((r) => r.article.url)).toEqual(['https://paper.test/b']);
    expect((await store.searchArticles('peskov')).map((r) => r.article.url).sort()).toEqual([
      'https://paper.test/b',
      'https://wire.test/a',
    ]);
    expect(await db.texts.where('seg').equals(0).count()).toBe(0);
    expect(await db.terms.get('sanctions')).toMatchObject({ df: 1 });
  });
});
