import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BUNDLE_CHUNK,
  eachDocDesc,
  eachPage,
  openChunkOf,
  openLibraryDb,
  V1_SCHEMA,
  type EntityDocsRow,
  type LibraryDb,
} from '../../utils/library/db';
import { LibraryStore } from '../../utils/library/libraryStore';

/** The schema version today's build opens at: every migration test ends there. */
const LATEST = 10;
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
  const old = oldLibrary(name, 1);
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
    expect(db.verno).toBe(LATEST);

    // Nothing lost: every v1 field of every row is still there, unchanged.
    const arts = await db.articles.toArray();
    expect(arts).toHaveLength(2);
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toMatchObject(a);
    for (const e of v1Entities) expect(await db.entities.get(e.id)).toMatchObject(e);

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

    // The mention rows' article dates (published, else saved; v2) end as the
    // entities' timelines (v5): Wed 2024-01-24 and Thu 2023-11-16, in their Monday weeks.
    const store0 = new LibraryStore(db);
    expect((await store0.entityPage('person:dmitry-peskov'))!.weeks).toEqual([
      [Date.parse('2023-11-13T00:00:00Z'), 1],
      [Date.parse('2024-01-22T00:00:00Z'), 1],
    ]);
    expect((await store0.entityPage('place:moscow'))!.weeks).toEqual([[Date.parse('2024-01-22T00:00:00Z'), 1]]);
    expect((await store0.stats(['person:dmitry-peskov'], null))['person:dmitry-peskov']).toMatchObject({ count: 2 });

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
    const old = oldLibrary(name, 1);
    await old.open();
    old.close();
    const db = openLibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST);
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
    const old = oldLibrary(name, 2);
    await old.table('articles').bulkPut(v1Articles);
    await old.table('entities').bulkPut(v1Entities.map((e) => ({ ...e, aliases: [], roles: [] })));
    await old.table('mentions').bulkPut(v1Mentions.map((m) => ({ ...m, date: m.savedAt })));
    await old.table('texts').bulkPut(v2Texts);
    await old.table('searchSegments').put({ id: 1, urls: v2Texts.map((t) => t.url), json: '{"not":"read"}' });
    await old.table('meta').put({ key: 'persistRequested', value: { at: 1, granted: true } });
    expect(old.verno).toBe(2);
    const db = await upgraded(old, name);
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toMatchObject(a);
    for (const e of v1Entities) expect(await db.entities.get(e.id)).toMatchObject(e);
    // Timelines count the articles by their dates: Thu 16 Nov 2023 (saved) and Wed 24 Jan 2024 (published).
    expect(Object.values((await db.entities.get('person:dmitry-peskov'))!.weeks!)).toEqual([1, 1]);
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

// What a v3 build wrote: v2's tables plus the token index (terms, postings).
const V3_STORES = { ...V2_STORES, terms: 'term', postings: '[term+block]' };

describe('schema v3 → v4 (article numbers and packed entity postings)', () => {
  it('keeps every row, numbers the articles oldest first, derives each name’s postings from the mention index, and related coverage and saves work on it', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 3);
    // The two v1 articles, and 1,100 older ones naming Russia: more than one chunk (ENTITY_CHUNK) of postings.
    const bulk = Array.from({ length: 1100 }, (_, i) => ({
      url: `https://bulk.test/${String(i).padStart(4, '0')}`,
      title: `Bulk ${i}`,
      byline: null,
      site: 'Bulk',
      publishedAt: null,
      savedAt: 1_600_000_000_000 + i * 1000,
      excerpt: `Bulk ${i}`,
      entityIds: ['place:russia'],
      cast: [{ id: 'place:russia', name: 'Russia', type: 'place', role: null, count: 1 }],
    }));
    const arts = [...v1Articles, ...bulk];
    const ents = [
      ...v1Entities.map((e) => ({ ...e, aliases: [], roles: [] })),
      {
        id: 'place:russia',
        name: 'Russia',
        type: 'place',
        role: null,
        articleCount: 1100,
        firstSeen: 1,
        lastSeen: 2,
        aliases: [],
        roles: [],
      },
    ];
    const mentions = [
      ...v1Mentions.map((m) => ({ ...m, date: m.savedAt })),
      ...bulk.map((a) => ({ entityId: 'place:russia', articleUrl: a.url, savedAt: a.savedAt, date: a.savedAt })),
    ];
    const texts = arts.map((a, i) => ({ url: a.url, text: a.excerpt, seg: i + 1 }));
    const posting = { term: 'peskov', block: 0, docs: Uint32Array.from([1, 2]), w: Uint8Array.from([90, 80]) };
    await old.table('articles').bulkPut(arts);
    await old.table('entities').bulkPut(ents);
    await old.table('mentions').bulkPut(mentions);
    await old.table('texts').bulkPut(texts);
    await old.table('terms').put({ term: 'peskov', df: 2, blocks: 1, lastLen: 2 });
    await old.table('postings').put(posting);
    await old.table('meta').bulkPut([
      { key: 'termIndex', value: { nextDoc: arts.length + 1 } },
      { key: 'articleCount', value: 7 }, // v3 only remembered a count: here a stale one
    ]);
    expect(old.verno).toBe(3);
    const db = await upgraded(old, name);
    // Nothing lost or changed (the mention rows end as postings, v4, and week counts, v5).
    expect(await db.articles.count()).toBe(arts.length);
    for (const a of [...v1Articles, bulk[0], bulk[1099]]) expect(await db.articles.get(a.url)).toEqual(a);
    for (const e of ents) expect(await db.entities.get(e.id)).toMatchObject(e);
    // The bulk articles were saved over 1,100 s of Sunday 2020-09-13: one week, Monday the 7th.
    expect((await db.entities.get('place:russia'))!.weeks).toEqual({
      [(Date.parse('2020-09-07T00:00:00Z') - 4 * 864e5) / (7 * 864e5)]: 1100,
    });
    expect(await db.texts.count()).toBe(texts.length);
    expect(await db.texts.get(texts[5].url)).toEqual(texts[5]);
    expect(await db.terms.get('peskov')).toEqual({ term: 'peskov', df: 2, blocks: 1, lastLen: 2 });
    expect(await db.postings.get(['peskov', 0])).toEqual(posting);
    expect((await db.meta.get('termIndex'))?.value).toEqual({ nextDoc: arts.length + 1 });

    // Numbers 1…N in saved order (the bulk ones are oldest); the next one is remembered.
    expect(await db.nums.count()).toBe(arts.length);
    expect((await db.nums.where('url').equals(bulk[0].url).first())?.n).toBe(1);
    expect((await db.nums.where('url').equals('https://wire.test/a').first())?.n).toBe(1101);
    expect((await db.nums.where('url').equals('https://paper.test/b').first())?.n).toBe(1102);
    expect((await db.meta.get('articleNums'))?.value).toEqual({ next: 1103 });
    expect((await db.meta.get('articleCount'))?.value).toBe(arts.length);
    // Postings: Russia's 1,100 as one sealed chunk of 1,024 and an open one of 76; Peskov's two; Moscow's one.
    // (The open chunk is in the entity row since v8.)
    const russia = [
      openChunkOf(await db.entities.get('place:russia'))!,
      ...(await db.entityDocs.where('[entityId+chunk]').between(['place:russia', 1], ['place:russia', 9]).toArray()),
    ];
    const docsOf = (r: EntityDocsRow | undefined) => {
      const out: number[] = [];
      if (r) eachDocDesc(r, (x) => out.push(x) > 0);
      return out.sort((a, b) => a - b);
    };
    expect(russia.map((r) => [r.chunk, docsOf(r).length, r.sealed])).toEqual([
      [0, 76, 1],
      [1, 1024, undefined],
    ]);
    // The sealed chunk's 1,024 consecutive numbers are kept as a bitmap (128 bytes, not 4 KB).
    expect(russia[1].bits).toHaveLength(32);
    expect(docsOf(russia[1])).toEqual(Array.from({ length: 1024 }, (_, i) => i + 1));
    expect(docsOf(russia[0])).toEqual(Array.from({ length: 76 }, (_, i) => 1025 + i));
    expect(docsOf(openChunkOf(await db.entities.get('person:dmitry-peskov')))).toEqual([1101, 1102]);
    expect(docsOf(openChunkOf(await db.entities.get('place:moscow')))).toEqual([1101]);

    // Related coverage answers from the postings; a save after the upgrade gets the next number and is found.
    const store = new LibraryStore(db);
    const peskov = {
      id: 'person:dmitry-peskov',
      name: 'Dmitry Peskov',
      type: 'person' as const,
      role: null,
      count: 1,
    };
    const russiaC = { id: 'place:russia', name: 'Russia', type: 'place' as const, role: null, count: 1 };
    expect((await store.related(null, null, [peskov])).map((r) => r.url).sort()).toEqual([
      'https://paper.test/b',
      'https://wire.test/a',
    ]);
    expect(await store.related(null, null, [russiaC], 2000)).toHaveLength(1100);
    await store.save({
      url: 'https://new.test/c',
      title: 'Peskov again',
      byline: null,
      site: 'New',
      publishedAt: null,
      excerpt: 'Peskov and Russia',
      cast: [peskov, russiaC],
    });
    expect((await db.nums.where('url').equals('https://new.test/c').first())?.n).toBe(1103);
    const rel = await store.related(null, null, [peskov, russiaC]);
    expect(rel[0].url).toBe('https://new.test/c');
    expect(rel.map((r) => r.url)).toEqual(expect.arrayContaining(['https://paper.test/b', 'https://wire.test/a']));
    expect(await db.entities.get('place:russia')).toMatchObject({ articleCount: 1101 });
    expect(await store.count()).toBe(arts.length + 1);
  });
});

// What a v4 build wrote: v3's tables with the mention index's by-article index
// dropped, and article numbers with packed postings.
const V4_STORES = {
  ...V3_STORES,
  nums: 'n, &url',
  entityDocs: '[entityId+chunk]',
  mentions: '[entityId+articleUrl], [entityId+savedAt]',
};

describe('schema v4 → v5 (the mention table goes; entities keep week counts)', () => {
  it('derives each entity’s weeks from its articles’ dates, deletes the mention table, keeps everything else, and the store answers without it', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 4);
    const ents = v1Entities.map((e) => ({ ...e, aliases: ['Peskov'], roles: [] }));
    // Dates as v2 wrote them: published (Wed 2024-01-24) for a, saved (Thu 2023-11-16) for b.
    const mentions = [
      { ...v1Mentions[0], date: Date.parse('2024-01-24T00:12:00.000Z') },
      { ...v1Mentions[1], date: Date.parse('2024-01-24T00:12:00.000Z') },
      { ...v1Mentions[2], date: 1_700_100_000_000 },
    ];
    const nums = [
      { n: 1, url: 'https://wire.test/a' },
      { n: 2, url: 'https://paper.test/b' },
    ];
    const docs = [
      { entityId: 'person:dmitry-peskov', chunk: 0, docs: Uint32Array.from([1, 2]), sealed: 0 },
      { entityId: 'place:moscow', chunk: 0, docs: Uint32Array.from([1]), sealed: 0 },
    ];
    await old.table('articles').bulkPut(v1Articles);
    await old.table('entities').bulkPut(ents);
    await old.table('mentions').bulkPut(mentions);
    await old.table('texts').bulkPut(v2Texts.map((t) => ({ ...t, seg: 0 })));
    await old.table('nums').bulkPut(nums);
    await old.table('entityDocs').bulkPut(docs);
    await old.table('meta').bulkPut([
      { key: 'articleNums', value: { next: 3 } },
      { key: 'articleCount', value: 2 },
    ]);
    expect(old.verno).toBe(4);
    const db = await upgraded(old, name);
    expect(db.tables.map((t) => t.name)).not.toContain('mentions');
    // Nothing else lost or changed.
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toEqual(a);
    expect(await db.nums.orderBy('n').toArray()).toEqual(nums);
    // (v8 moved the open chunks into the entity rows.)
    expect(await db.entityDocs.count()).toBe(0);
    expect((await db.meta.get('articleCount'))?.value).toBe(2);
    // Each entity: its v4 fields, plus the weeks of the articles naming it.
    const week = (iso: string) => (Date.parse(iso) - 4 * 864e5) / (7 * 864e5);
    expect(await db.entities.get('person:dmitry-peskov')).toEqual({
      ...ents[0],
      weeks: { [week('2024-01-22T00:00:00Z')]: 1, [week('2023-11-13T00:00:00Z')]: 1 },
      open: { docs: docs[0].docs, sealed: 0 },
    });
    expect(await db.entities.get('place:moscow')).toEqual({
      ...ents[1],
      weeks: { [week('2024-01-22T00:00:00Z')]: 1 },
      open: { docs: docs[1].docs, sealed: 0 },
    });

    // The hover card, the entity page and a delete work from postings and weeks.
    const store = new LibraryStore(db);
    const card = (await store.stats(['person:dmitry-peskov'], 'https://wire.test/a'))['person:dmitry-peskov'];
    expect(card.count).toBe(1);
    expect(card.latest.map((a) => a.url)).toEqual(['https://paper.test/b']);
    const page = (await store.entityPage('person:dmitry-peskov'))!;
    expect(page.articles.map((a) => a.url)).toEqual(['https://paper.test/b', 'https://wire.test/a']);
    expect(page.weeks.map(([, k]) => k)).toEqual([1, 1]);
    expect(await store.delete('https://wire.test/a')).toBe(true);
    expect((await store.entityPage('person:dmitry-peskov'))!.weeks).toEqual([[Date.parse('2023-11-13T00:00:00Z'), 1]]);
    expect((await db.entities.get('place:moscow'))!.weeks).toEqual({});
  });
});

describe('schema v5 → v6 (search numbers → URLs by primary key)', () => {
  it('maps every indexed text’s number to its URL from the seg index, leaves pending texts out, and search works', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 5);
    await old.table('articles').bulkPut(v1Articles);
    // wire/a indexed as document 7, paper/b waiting (0).
    await old.table('texts').bulkPut([
      { ...v2Texts[0], seg: 7 },
      { ...v2Texts[1], seg: 0 },
    ]);
    await old.table('terms').put({ term: 'kremlin', df: 1, blocks: 1, lastLen: 1 });
    await old
      .table('postings')
      .put({ term: 'kremlin', block: 0, docs: Uint32Array.from([7]), w: Uint8Array.from([90]) });
    await old.table('meta').put({ key: 'termIndex', value: { nextDoc: 8 } });
    expect(old.verno).toBe(5);
    const db = await upgraded(old, name);
    // (with its article's card since v9)
    const a = v1Articles[0];
    expect(await db.searchDocs.toArray()).toEqual([
      {
        d: 7,
        url: 'https://wire.test/a',
        card: { title: a.title, site: a.site, publishedAt: a.publishedAt, savedAt: a.savedAt },
      },
    ]);
    // Nothing else changed.
    expect(await db.texts.get('https://wire.test/a')).toEqual({ ...v2Texts[0], seg: 7 });
    const store = new LibraryStore(db);
    expect((await store.searchArticles('kremlin')).map((r) => r.article.url)).toEqual(['https://wire.test/a']);
    // The pending text is indexed on the way (document 8) and found too, with a snippet from its text.
    const [hit] = await store.searchArticles('sanctions');
    expect(hit.article.url).toBe('https://paper.test/b');
    expect(hit.snippet).toContain('sanctions');
    expect(await db.searchDocs.get(8)).toMatchObject({ d: 8, url: 'https://paper.test/b' });
  });
});

describe('schema v6 → v7 (one bundle per name with many sealed postings chunks)', () => {
  it('bundles each name with two or more sealed chunks, leaves the others alone, and related coverage reads it', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 6);
    // A v6 library's postings as a build wrote them: "place:moscow" in 3 sealed chunks and an open one,
    // "person:dmitry-peskov" in 1 sealed chunk (a range read of one row costs what a bundle would).
    const seq = (from: number, count: number, step = 1) =>
      Uint32Array.from({ length: count }, (_, i) => from + i * step);
    const moscow = [
      { entityId: 'place:moscow', chunk: 0, docs: seq(5000, 7), sealed: 3 },
      { entityId: 'place:moscow', chunk: 1, docs: seq(1, 1024, 2) },
      { entityId: 'place:moscow', chunk: 2, base: 2049, bits: new Uint32Array(32).fill(0xffffffff) },
      { entityId: 'place:moscow', chunk: 3, docs: seq(3073, 1024) },
    ];
    const peskov = [
      { entityId: 'person:dmitry-peskov', chunk: 0, docs: seq(1, 3), sealed: 1 },
      { entityId: 'person:dmitry-peskov', chunk: 1, docs: seq(10, 1024) },
    ];
    await old.table('entityDocs').bulkPut([...moscow, ...peskov]);
    await old.table('entities').bulkPut(v1Entities);
    expect(old.verno).toBe(6);
    const db = await upgraded(old, name);
    const bundle = (await db.entityDocs.get(['place:moscow', BUNDLE_CHUNK]))!;
    expect(bundle.upTo).toBe(3);
    // Every number of chunks 1–3, once: 1, 3, …, 2047; 2049–3072; 3073–4096.
    const want = [...seq(1, 1024, 2), ...seq(2049, 1024), ...seq(3073, 1024)];
    const got: number[] = [];
    eachDocDesc(bundle, (x) => (got.push(x), true));
    expect(got.reverse()).toEqual(want);
    expect(await db.entityDocs.get(['person:dmitry-peskov', BUNDLE_CHUNK])).toBeUndefined();
    // The chunks themselves are untouched (the open one is in the entity row since v8).
    expect(
      await db.entityDocs.where('[entityId+chunk]').between(['place:moscow', 0], ['place:moscow', 9]).toArray(),
    ).toEqual(moscow.slice(1));
    expect(openChunkOf(await db.entities.get('place:moscow'))).toEqual(moscow[0]);
  });
});

describe('schema v7 → v8 (each entity row holds its open postings chunk)', () => {
  it('moves every open chunk into its entity row, leaves sealed chunks and bundles, and saves and related coverage use the rows', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 7);
    const seq = (from: number, count: number) => Uint32Array.from({ length: count }, (_, i) => from + i);
    const ents = [...v1Entities, { ...v1Entities[1], id: 'person:nobody', name: 'Nobody', articleCount: 0 }];
    // As a v7 build wrote them: Peskov named by articles 1 and 2 (open chunk only); Moscow with two
    // sealed chunks and their bundle; an open chunk whose entity row is gone.
    const docs = [
      { entityId: 'org:gone', chunk: 0, docs: seq(1, 1), sealed: 0 },
      { entityId: 'person:dmitry-peskov', chunk: 0, docs: Uint32Array.from([1, 2]), sealed: 0 },
      { entityId: 'place:moscow', chunk: BUNDLE_CHUNK, docs: seq(3, 2048), upTo: 2 },
      { entityId: 'place:moscow', chunk: 0, docs: Uint32Array.from([1, 2051]), sealed: 2 },
      { entityId: 'place:moscow', chunk: 1, docs: seq(3, 1024) },
      { entityId: 'place:moscow', chunk: 2, docs: seq(1027, 1024) },
    ];
    await old.table('articles').bulkPut(v1Articles);
    await old.table('entities').bulkPut(ents);
    await old.table('nums').bulkPut([
      { n: 1, url: 'https://wire.test/a' },
      { n: 2, url: 'https://paper.test/b' },
    ]);
    await old.table('entityDocs').bulkPut(docs);
    await old.table('meta').bulkPut([
      { key: 'articleNums', value: { next: 2052 } },
      { key: 'articleCount', value: 2 },
    ]);
    expect(old.verno).toBe(7);
    const db = await upgraded(old, name);
    // Each open chunk is in its row, the rest of the row as it was; a row without postings has none.
    expect(await db.entities.get('person:dmitry-peskov')).toEqual({
      ...ents[0],
      open: { docs: Uint32Array.from([1, 2]), sealed: 0 },
    });
    expect(await db.entities.get('place:moscow')).toEqual({
      ...ents[1],
      open: { docs: Uint32Array.from([1, 2051]), sealed: 2 },
    });
    expect(await db.entities.get('person:nobody')).toEqual(ents[2]);
    expect(await db.entities.get('org:gone')).toBeUndefined();
    // Sealed chunks and bundles stay; no open chunk is left behind in the table.
    expect(await db.entityDocs.orderBy('[entityId+chunk]').toArray()).toEqual([docs[2], docs[4], docs[5]]);

    // Related coverage reads the postings from the rows, and a save appends to the row's open chunk.
    const store = new LibraryStore(db);
    const peskov = { id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person' as const, role: null, count: 1 };
    const rel = await store.related(null, null, [peskov]);
    expect(rel.map((r) => r.url).sort()).toEqual(['https://paper.test/b', 'https://wire.test/a']);
    await store.save({
      url: 'https://new.test/c',
      title: 'Peskov again',
      byline: null,
      site: 'New',
      publishedAt: null,
      excerpt: 'Peskov in Moscow',
      cast: [peskov, { id: 'place:moscow', name: 'Moscow', type: 'place', role: null, count: 1 }],
    });
    await store.settled(); // (its entity updates, applied after it returns)
    expect((await db.entities.get('person:dmitry-peskov'))!.open).toEqual({
      docs: Uint32Array.from([1, 2, 2052]),
      sealed: 0,
    });
    expect((await db.entities.get('place:moscow'))!.open).toEqual({
      docs: Uint32Array.from([1, 2051, 2052]),
      sealed: 2,
    });
    expect(await db.entityDocs.count()).toBe(3);
    expect((await store.related(null, null, [peskov]))[0].url).toBe('https://new.test/c');
  });
});

describe("schema v8 → v9 (each search number keeps its article's card)", () => {
  it('gives every search number the title, site and dates of its article, none to a stale one, and search reads no article row', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 8);
    await old.table('articles').bulkPut(v1Articles);
    // wire/a is document 7; 9 is a number left behind by a delete (no article, no text).
    await old.table('texts').bulkPut([
      { ...v2Texts[0], seg: 7 },
      { ...v2Texts[1], seg: 8 },
    ]);
    await old.table('searchDocs').bulkPut([
      { d: 7, url: 'https://wire.test/a' },
      { d: 8, url: 'https://paper.test/b' },
      { d: 9, url: 'https://gone.test/c' },
    ]);
    await old.table('terms').put({ term: 'kremlin', df: 2, blocks: 1, lastLen: 2 });
    await old
      .table('postings')
      .put({ term: 'kremlin', block: 0, docs: Uint32Array.from([7, 9]), w: Uint8Array.from([90, 90]) });
    await old.table('meta').put({ key: 'termIndex', value: { nextDoc: 10 } });
    expect(old.verno).toBe(8);
    const db = await upgraded(old, name);
    const [a, b] = v1Articles;
    const card = (x: typeof a) => ({ title: x.title, site: x.site, publishedAt: x.publishedAt, savedAt: x.savedAt });
    expect(await db.searchDocs.orderBy('d').toArray()).toEqual([
      { d: 7, url: a.url, card: card(a) },
      { d: 8, url: b.url, card: card(b) },
      { d: 9, url: 'https://gone.test/c' },
    ]);
    for (const x of v1Articles) expect(await db.articles.get(x.url)).toEqual(x);

    const store = new LibraryStore(db);
    const reads = vi.spyOn(db.articles, 'bulkGet');
    const hits = await store.searchArticles('kremlin');
    expect(hits.map((h) => h.article)).toEqual([{ url: a.url, ...card(a) }]);
    expect(reads).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('schema v9 → v10 (a journal of the entity updates saves owe)', () => {
  it('keeps every row, adds an empty journal, and a save then applies its entity updates from it', async () => {
    const name = `dramatis-migrate-${n++}`;
    const old = oldLibrary(name, 9);
    // As a v9 build left them: two articles, their entities (Peskov's open chunk in its row), numbers, counts.
    const ents = [{ ...v1Entities[0], open: { docs: Uint32Array.from([1, 2]), sealed: 0 } }, v1Entities[1]];
    await old.table('articles').bulkPut(v1Articles);
    await old.table('entities').bulkPut(ents);
    await old.table('texts').bulkPut(v2Texts);
    await old.table('nums').bulkPut([
      { n: 1, url: 'https://wire.test/a' },
      { n: 2, url: 'https://paper.test/b' },
    ]);
    await old.table('meta').bulkPut([
      { key: 'articleNums', value: { next: 3 } },
      { key: 'articleCount', value: 2 },
    ]);
    expect(old.verno).toBe(9);
    const before = {
      articles: await old.table('articles').toArray(),
      entities: await old.table('entities').toArray(),
      texts: await old.table('texts').toArray(),
      nums: await old.table('nums').toArray(),
      meta: await old.table('meta').toArray(),
    };
    const db = await upgraded(old, name);
    // Nothing lost or changed; the journal is there and empty (a v9 save owed nothing once committed).
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.entities.toArray()).toEqual(before.entities);
    expect(await db.texts.toArray()).toEqual(before.texts);
    expect(await db.nums.toArray()).toEqual(before.nums);
    expect(await db.meta.toArray()).toEqual(before.meta);
    expect(await db.journal.count()).toBe(0);
    expect(await db.journalApplied.count()).toBe(0);

    // A save on the upgraded library: its entity updates go through the journal and land.
    const store = new LibraryStore(db);
    const peskov = { id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person' as const, role: null, count: 1 };
    await store.save({
      url: 'https://new.test/c',
      title: 'Peskov again',
      byline: null,
      site: 'New',
      publishedAt: null,
      excerpt: 'Peskov',
      cast: [peskov],
    });
    await store.settled();
    expect((await db.journalApplied.get('applied'))?.seq).toBe(1);
    const row = (await db.entities.get('person:dmitry-peskov'))!;
    expect(row.articleCount).toBe(ents[0].articleCount + 1);
    expect(row.open).toEqual({ docs: Uint32Array.from([1, 2, 3]), sealed: 0 });
    expect((await store.related(null, null, [peskov])).map((r) => r.url)).toContain('https://new.test/c');
  });
});

/** Close the old build's connection and open the library as today's build does: every upgrade runs. */
async function upgraded(old: Dexie, name: string): Promise<LibraryDb> {
  old.close();
  const db = openLibraryDb(name);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(LATEST);
  return db;
}

/** A database as a build at `version` declared it (each old schema spelled out above), not yet opened. */
function oldLibrary(name: string, version: number): Dexie {
  const old = new Dexie(name);
  const schemas: Record<string, string | null>[] = [
    V1_SCHEMA,
    V2_STORES,
    V3_STORES,
    V4_STORES,
    { mentions: null },
    { searchDocs: 'd' },
    {},
    {},
    {},
  ];
  schemas.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  return old;
}

describe('eachPage (how upgrades read a whole table)', () => {
  it('hands every row once, in key order, a page at a time, while the pages delete and rewrite rows', async () => {
    const name = `dramatis-pages-${n++}`;
    const d = new Dexie(name);
    d.version(1).stores({ t: '[a+b]' });
    opened.push(d);
    const rows = Array.from({ length: 10 }, (_, i) => ({ a: `k${i % 4}`, b: i, v: 0 }));
    await d.table('t').bulkPut(rows);
    const seen: [string, number][] = [];
    const sizes: number[] = [];
    type Row = { a: string; b: number; v: number };
    const t = d.table<Row, [string, number]>('t');
    await d.transaction('rw', t, () =>
      eachPage<Row, [string, number]>(
        t,
        3,
        (r) => [r.a, r.b],
        async (page) => {
          sizes.push(page.length);
          seen.push(...page.map((r): [string, number] => [r.a, r.b]));
          // As v8 does: delete some rows of the page, rewrite the others.
          await t.bulkDelete(page.filter((r) => r.b % 2).map((r): [string, number] => [r.a, r.b]));
          await t.bulkPut(page.filter((r) => !(r.b % 2)).map((r) => ({ ...r, v: 1 })));
        },
      ),
    );
    // Key order: by a, then b.
    const want = rows
      .map((r): [string, number] => [r.a, r.b])
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    expect(seen).toEqual(want);
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect((await t.toArray()).map((r) => [r.b, r.v]).sort((x, y) => x[0] - y[0])).toEqual([
      [0, 1],
      [2, 1],
      [4, 1],
      [6, 1],
      [8, 1],
    ]);
  });
});
