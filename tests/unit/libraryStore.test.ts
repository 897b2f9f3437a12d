import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import {
  BUNDLE_CHUNK,
  bundleChunks,
  eachDocDesc,
  openLibraryDb,
  type EntityDocsRow,
  type LibraryDb,
} from '../../utils/library/db';
import { PostingsCache, readPostingsOf, refreshBundles } from '../../utils/library/entityPostings';
import { applyJournalRows } from '../../utils/library/entityJournal';
import { LibraryFullError, LibraryStore, type SaveInput } from '../../utils/library/libraryStore';
import type { CastEntry, EntityType } from '../../utils/types';

let n = 0;
let db: LibraryDb;
let clock: number;
let store: LibraryStore;

beforeEach(() => {
  db = openLibraryDb(`dramatis-test-${Date.now()}-${n++}`);
  clock = 1_000_000;
  store = new LibraryStore(db, () => (clock += 1000));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const c = (name: string, type: EntityType, role: string | null = null, count = 1): CastEntry => ({
  id: `${type}:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type,
  role,
  count,
});

const kirby = c('John Kirby', 'person', 'NSC coordinator', 3);
const putin = c('Vladimir Putin', 'person', 'Russian President', 2);
const peskov = c('Dmitry Peskov', 'person', 'Kremlin spokesperson');
const russia = c('Russia', 'place');
const moscow = c('Moscow', 'place');

function input(url: string, cast: CastEntry[], title = `Title of ${url}`): SaveInput {
  return { url, title, byline: null, site: 'Example', publishedAt: null, excerpt: 'excerpt', cast };
}

/** An entity row as the store left it (once the entity updates of the saves so far are applied). */
const entity = async (id: string) => (await store.applied(), db.entities.get(id));
/** Journal rows (entity updates saves owe) not applied yet. */
const owed = async () =>
  db.journal
    .where(':id')
    .above((await db.journalApplied.get('applied'))?.seq ?? 0)
    .count();
/** The saved articles the hover card lists for an entity (its newest two), as URLs. */
const latestOf = async (id: string) => (await store.stats([id], null))[id].latest.map((a) => a.url);
/** An entity's timeline total: every article naming it is counted in one week. */
const weekTotal = async (id: string) => Object.values((await entity(id))?.weeks ?? {}).reduce((s, n) => s + n, 0);

describe('LibraryStore.save', () => {
  it('stores the article, its entities, and each entity knows the article (postings, week)', async () => {
    const saved = await store.save(input('https://a.test/1', [kirby, putin]));
    expect(saved.entityIds).toEqual([kirby.id, putin.id]);
    expect(await db.articles.count()).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect((await entity(putin.id))!.role).toBe('Russian President');
    expect(await latestOf(kirby.id)).toEqual(['https://a.test/1']);
    expect(await latestOf(putin.id)).toEqual(['https://a.test/1']);
    expect(await weekTotal(kirby.id)).toBe(1);
  });

  it('saving the same URL twice updates: one article, counts not doubled, savedAt kept', async () => {
    const first = await store.save(input('https://a.test/1', [kirby, putin]));
    const second = await store.save(input('https://a.test/1', [kirby, putin], 'New title'));
    expect(await db.articles.count()).toBe(1);
    expect((await store.get('https://a.test/1'))!.title).toBe('New title');
    expect(second.savedAt).toBe(first.savedAt);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect((await entity(putin.id))!.articleCount).toBe(1);
    expect(await weekTotal(kirby.id)).toBe(1);
    expect(await latestOf(kirby.id)).toEqual(['https://a.test/1']);
  });

  it('counts an entity once per article across articles', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [putin, russia]));
    await store.save(input('https://a.test/3', [russia]));
    expect((await entity(russia.id))!.articleCount).toBe(3);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
  });

  it('an update that drops an entity decrements its count and its week, and the entity no longer lists the article', async () => {
    await store.save(input('https://a.test/1', [kirby, putin]));
    await store.save(input('https://a.test/2', [putin]));
    await store.save(input('https://a.test/1', [kirby]));
    expect((await entity(putin.id))!.articleCount).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect(await latestOf(putin.id)).toEqual(['https://a.test/2']);
    expect(await latestOf(kirby.id)).toEqual(['https://a.test/1']);
    expect(await weekTotal(putin.id)).toBe(1);
    expect((await store.get('https://a.test/1'))!.entityIds).toEqual([kirby.id]);
  });

  it('concurrent saves of the same URL leave one row and a count of one', async () => {
    await Promise.all([
      store.save(input('https://a.test/1', [kirby])),
      store.save(input('https://a.test/1', [kirby])),
      store.save(input('https://a.test/1', [kirby])),
    ]);
    expect(await db.articles.count()).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect(await weekTotal(kirby.id)).toBe(1);
    expect(await db.nums.count()).toBe(1);
  });
});

describe('LibraryStore.delete and list', () => {
  it('delete removes the article and decrements counts and weeks', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [russia]));
    expect(await store.delete('https://a.test/1')).toBe(true);
    expect(await store.get('https://a.test/1')).toBeUndefined();
    expect(await latestOf(kirby.id)).toEqual([]);
    expect(await latestOf(russia.id)).toEqual(['https://a.test/2']);
    expect((await entity(kirby.id))!.articleCount).toBe(0);
    expect((await entity(russia.id))!.articleCount).toBe(1);
    expect(await weekTotal(kirby.id)).toBe(0);
    expect(await weekTotal(russia.id)).toBe(1);
  });

  it('deleting an unknown URL is false and changes nothing', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    expect(await store.delete('https://nope.test/')).toBe(false);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
  });

  it('lists newest first', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.save(input('https://a.test/2', [kirby]));
    await store.save(input('https://a.test/3', [kirby]));
    expect((await store.list()).map((a) => a.url)).toEqual([
      'https://a.test/3',
      'https://a.test/2',
      'https://a.test/1',
    ]);
  });
});

describe('LibraryStore.stats', () => {
  it('counts other saved articles and returns the latest two, excluding the open URL', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.save(input('https://a.test/2', [kirby]));
    await store.save(input('https://a.test/3', [kirby]));
    await store.save(input('https://a.test/open', [kirby, putin]));
    const s = await store.stats([kirby.id, putin.id, 'person:nobody'], 'https://a.test/open');
    expect(s[kirby.id].count).toBe(3);
    expect(s[kirby.id].latest.map((l) => l.url)).toEqual(['https://a.test/3', 'https://a.test/2']);
    expect(s[kirby.id].latest[0]).toMatchObject({ title: 'Title of https://a.test/3', site: 'Example' });
    expect(s[putin.id]).toEqual({ count: 0, latest: [] });
    expect(s['person:nobody']).toEqual({ count: 0, latest: [] });
  });

  it('excludes the open URL even when it is not among the newest saved articles', async () => {
    await store.save(input('https://a.test/open', [kirby]));
    for (let i = 1; i <= 4; i++) await store.save(input(`https://a.test/${i}`, [kirby]));
    const s = await store.stats([kirby.id], 'https://a.test/open');
    expect(s[kirby.id].count).toBe(4);
    expect(s[kirby.id].latest.map((l) => l.url)).toEqual(['https://a.test/4', 'https://a.test/3']);
  });

  it('with no open URL counts everything', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    const s = await store.stats([kirby.id], null);
    expect(s[kirby.id].count).toBe(1);
  });
});

describe('LibraryStore.related', () => {
  it('ranks a shared rare person above a shared ubiquitous place and excludes the open article', async () => {
    // Russia is in every article; Peskov in only one other.
    for (let i = 0; i < 8; i++) await store.save(input(`https://bg.test/${i}`, [russia, c(`Person ${i}`, 'person')]));
    await store.save(input('https://a.test/peskov', [peskov, moscow]));
    await store.save(input('https://a.test/russia-only', [russia]));
    await store.save(input('https://a.test/open', [peskov, russia]));
    const rel = await store.related('https://a.test/open', 'Title of the open one', [peskov, russia]);
    expect(rel[0].url).toBe('https://a.test/peskov');
    expect(rel[0].shared.map((s) => s.name)).toEqual(['Dmitry Peskov']);
    expect(rel.some((r) => r.url === 'https://a.test/open')).toBe(false);
    expect(rel.map((r) => r.url)).toContain('https://a.test/russia-only');
    for (const r of rel.slice(1)) expect(r.score).toBeLessThan(rel[0].score);
  });

  it('is empty when nothing is shared', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    expect(await store.related('https://a.test/open', null, [peskov])).toEqual([]);
  });

  it('keeps the article count exact in the library through saves, re-saves, imports and deletes, so no worker counts rows', async () => {
    await store.save(input('https://a.test/1', [peskov]));
    await store.save(input('https://a.test/2', [peskov, russia]));
    expect(await store.count()).toBe(2);
    await store.save(input('https://a.test/2', [russia])); // a re-save adds nothing
    await store.importArticles([{ ...input('https://a.test/3', [peskov]), savedAt: 5, text: 'x' }]);
    await store.delete('https://a.test/1');
    await store.delete('https://a.test/nothing');
    expect((await db.meta.get('articleCount'))?.value).toBe(2);
    const next = new LibraryStore(db, () => (clock += 1000));
    const countSpy = vi.spyOn(db.articles, 'count');
    const rel = await next.related('https://a.test/open', null, [peskov]);
    expect(rel.map((r) => r.url)).toEqual(['https://a.test/3']);
    expect(await next.count()).toBe(2);
    expect(countSpy).not.toHaveBeenCalled();
    await next.deleteAll();
    expect(await next.count()).toBe(0);
  });
});

describe('LibraryStore: a full disk', () => {
  it('turns QuotaExceededError into LibraryFullError and writes nothing of the failed save', async () => {
    await store.save(input('https://a.test/1', [kirby, putin]));
    await store.settled();
    const before = {
      articles: await db.articles.toArray(),
      entities: await db.entities.toArray(),
      entityDocs: await db.entityDocs.toArray(),
      texts: await db.texts.toArray(),
      nums: await db.nums.toArray(),
      meta: await db.meta.toArray(),
    };
    // The article and its text are written with it; the journal row (what its entities are owed) fails.
    const realAdd = db.journal.put.bind(db.journal);
    let calls = 0;
    vi.spyOn(db.journal, 'put').mockImplementation(((...args: Parameters<typeof realAdd>) => {
      calls++;
      if (calls === 1) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realAdd(...args);
    }) as typeof realAdd);
    await expect(store.save(input('https://a.test/2', [kirby, peskov, russia]))).rejects.toBeInstanceOf(
      LibraryFullError,
    );
    expect(calls).toBe(1);
    vi.restoreAllMocks();
    await store.settled();
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.entities.toArray()).toEqual(before.entities);
    expect(await db.entityDocs.toArray()).toEqual(before.entityDocs);
    expect(await db.texts.toArray()).toEqual(before.texts);
    expect(await db.nums.toArray()).toEqual(before.nums);
    expect(await db.meta.toArray()).toEqual(before.meta);
    expect(await owed()).toBe(0);
  });

  it('a quota error thrown synchronously inside the transaction is also LibraryFullError', async () => {
    vi.spyOn(db.articles, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const err = await store.save(input('https://a.test/1', [kirby])).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryFullError);
    expect(err.message).toMatch(/space/i);
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
    expect(await owed()).toBe(0);
  });

  it('other errors pass through unchanged', async () => {
    vi.spyOn(db.journal, 'put').mockImplementation((() => Promise.reject(new TypeError('boom'))) as never);
    await expect(store.save(input('https://a.test/1', [kirby]))).rejects.toThrow('boom');
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
  });

  it('entity updates the disk refuses stay in the journal, readers still answer, and a later apply lands them once', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.settled();
    const realPut = db.entities.bulkPut.bind(db.entities);
    let full = true;
    vi.spyOn(db.entities, 'bulkPut').mockImplementation(((...args: Parameters<typeof realPut>) =>
      full
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : realPut(...args)) as typeof realPut);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The save itself (article, text, journal row) lands; its entity updates wait in the journal.
    await store.save(input('https://a.test/2', [kirby, peskov]));
    expect(await store.related(null, null, [kirby])).toHaveLength(1);
    expect(await owed()).toBe(1);
    expect((await db.entities.get(kirby.id))!.articleCount).toBe(1);
    // Space again: the next reader applies them, once.
    full = false;
    expect((await store.related(null, null, [kirby])).map((r) => r.url).sort()).toEqual([
      'https://a.test/1',
      'https://a.test/2',
    ]);
    expect(await owed()).toBe(0);
    expect((await entity(kirby.id))!.articleCount).toBe(2);
    expect((await entity(peskov.id))!.articleCount).toBe(1);
  });
});

describe('LibraryStore v10: entity updates through the journal', () => {
  it('a save returns once its article and journal row are committed; the entity rows follow in a second transaction', async () => {
    const modes: string[] = [];
    const realTx = db.transaction.bind(db) as (...a: unknown[]) => Promise<unknown>;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      const tables = (args.slice(1, -1).flat() as { name: string }[]).map((t) => t.name).sort();
      modes.push(tables.join(','));
      return realTx(...args);
    }) as never);
    await store.save(input('https://a.test/1', [kirby, putin]));
    // The save's own transaction touches no entity row.
    const saveTx = modes.find((m) => m.includes('articles'))!;
    expect(saveTx.split(',')).not.toContain('entities');
    expect(saveTx.split(',')).toContain('journal');
    await store.settled();
    // …and that one holds no table the save writes: a save made meanwhile does not wait for it.
    const applyTx = modes.filter((m) => m.split(',').includes('entities'));
    expect(applyTx).toEqual(['entities,entityDocs,journalApplied']);
    expect(await owed()).toBe(0);
    expect((await db.entities.get(kirby.id))!.articleCount).toBe(1);
  });

  it('deleting everything between reading what saves owe and applying it: nothing comes back', async () => {
    // The library is emptied just before the transaction that applies what the save owes.
    const wipe = beforeApplying(() => store.deleteAll());
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.settled();
    expect(wipe.ran).toBe(true);
    expect(await db.articles.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
    expect(await owed()).toBe(0);
    // And the library works on: the next save is applied.
    await store.save(input('https://a.test/2', [kirby]));
    expect((await entity(kirby.id))!.articleCount).toBe(1);
  });

  it('deleting a name between reading what saves owe and applying it: the name does not come back, nothing is counted twice', async () => {
    await store.save(input('https://a.test/0', [russia]));
    await store.settled();
    // (deleteEntity applies the save's updates first, then deletes Kirby)
    const del = beforeApplying(() => store.deleteEntity(kirby.id));
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.settled();
    expect(del.ran).toBe(true);
    expect(await db.entities.get(kirby.id)).toBeUndefined();
    expect((await entity(russia.id))!.articleCount).toBe(2);
    expect(await weekTotal(russia.id)).toBe(2);
  });

  it('a transaction begun after a save returns sees its entity rows, even one that does not ask the store', async () => {
    await store.save(input('https://a.test/1', [kirby, putin]));
    // Straight to the database: the entity updates' transaction was begun before the save returned.
    expect((await db.entities.get(kirby.id))?.articleCount).toBe(1);
    await store.save(input('https://a.test/1', [putin]));
    expect((await db.entities.get(kirby.id))?.articleCount).toBe(0);
  });

  it('journal rows are applied in order and only as an unbroken run after the last applied one', async () => {
    const row = (seq: number, url: string, cast: CastEntry[], oldCast: CastEntry[] = []) => ({
      seq,
      url,
      n: seq,
      hadNum: oldCast.length > 0,
      t: 1000 * seq,
      date: 1000 * seq,
      oldDate: 1000 * seq,
      cast,
      oldCast,
    });
    const run = (rows: ReturnType<typeof row>[]) =>
      db.transaction('rw', [db.entities, db.entityDocs, db.journalApplied], () => applyJournalRows(db, rows));
    const r1 = row(1, 'https://a.test/1', [kirby]);
    const r2 = row(2, 'https://a.test/1', [putin], [kirby]); // a re-save that drops Kirby
    // Row 2 alone waits for row 1 (a gap): nothing applied.
    expect(await run([r2])).toMatchObject({ upTo: 0, gap: true, counted: [] });
    expect(await db.entities.count()).toBe(0);
    // Given out of order, they are applied in order: Kirby added, then taken away.
    expect(await run([r2, r1])).toMatchObject({ upTo: 2, gap: false });
    expect((await db.entities.get(kirby.id))!.articleCount).toBe(0);
    expect((await db.entities.get(putin.id))!.articleCount).toBe(1);
    // Given again (another writer applied them meanwhile): skipped.
    expect(await run([r1, r2])).toMatchObject({ upTo: 2, counted: [] });
    expect((await db.entities.get(putin.id))!.articleCount).toBe(1);
  });

  it('journal rows applied are deleted by later saves: the journal stays a few rows long', async () => {
    for (let i = 0; i < 30; i++) await store.save(input(`https://a.test/${i}`, [kirby]));
    await store.settled();
    expect(await owed()).toBe(0);
    // Deleted by the saves, eight or so at a time.
    expect(await db.journal.count()).toBeLessThanOrEqual(9);
    expect((await entity(kirby.id))!.articleCount).toBe(30);
  });

  it('a reader started right after a save sees its entities (related, hover card, entity page, top names, export)', async () => {
    // No await between the save and the reads: each reader waits for the journal.
    void store.save(input('https://a.test/1', [kirby, putin]));
    const [rel, stats, page, top, exp] = await Promise.all([
      store.related(null, null, [kirby]),
      store.stats([kirby.id], null),
      store.entityPage(kirby.id),
      store.topEntities(),
      store.exportEntities(null),
    ]);
    expect(rel.map((r) => r.url)).toEqual(['https://a.test/1']);
    expect(stats[kirby.id].count).toBe(1);
    expect(page?.articles.map((a) => a.url)).toEqual(['https://a.test/1']);
    expect(top.map((e) => e.id).sort()).toEqual([kirby.id, putin.id].sort());
    expect(exp.map((e) => e.id).sort()).toEqual([kirby.id, putin.id].sort());
  });

  it('a worker stopped between the two transactions loses nothing: the next store applies the journal once', async () => {
    // The first worker commits the save, then stops before applying its entity updates.
    // (Its entity updates are neither applied after each save nor replayed by a store: only by the writers.)
    const proto = LibraryStore.prototype as unknown as Record<'applyKnown' | 'replay', () => Promise<void>>;
    const apply = vi.spyOn(proto, 'applyKnown').mockImplementation(() => Promise.resolve());
    const replay = vi.spyOn(proto, 'replay').mockImplementation(() => Promise.resolve());
    const first = new LibraryStore(db, () => (clock += 1000));
    await first.save(input('https://a.test/1', [kirby, russia]));
    await first.save(input('https://a.test/2', [kirby]));
    await first.save(input('https://a.test/1', [russia])); // a re-save that drops Kirby, still owed
    apply.mockRestore();
    replay.mockRestore();
    expect(await owed()).toBe(3);
    expect(await db.entities.count()).toBe(0);
    // The next worker's store replays it at start, in order.
    const next = new LibraryStore(db, () => (clock += 1000));
    expect((await next.related(null, null, [kirby])).map((r) => r.url)).toEqual(['https://a.test/2']);
    expect(await owed()).toBe(0);
    expect((await db.entities.get(kirby.id))!.articleCount).toBe(1);
    expect((await db.entities.get(russia.id))!.articleCount).toBe(1);
    expect(Object.values((await db.entities.get(kirby.id))!.weeks!).reduce((a, b) => a + b, 0)).toBe(1);
    // Applied once: another store finds nothing owed and changes nothing.
    const rows = await db.entities.toArray();
    await new LibraryStore(db).settled();
    expect(await db.entities.toArray()).toEqual(rows);
  });

  it('a delete, an entity delete, a correction and an import apply what saves still owe first, in their own transaction', async () => {
    // (Its entity updates are neither applied after each save nor replayed by a store: only by the writers.)
    const proto = LibraryStore.prototype as unknown as Record<'applyKnown' | 'replay', () => Promise<void>>;
    const apply = vi.spyOn(proto, 'applyKnown').mockImplementation(() => Promise.resolve());
    const replay = vi.spyOn(proto, 'replay').mockImplementation(() => Promise.resolve());
    const s = new LibraryStore(db, () => (clock += 1000));
    await s.save(input('https://a.test/1', [kirby, russia], 'One'));
    await s.save(input('https://a.test/2', [kirby, peskov], 'Two'));
    await s.save(input('https://a.test/3', [putin], 'Three'));
    await s.save(input('https://a.test/4', [moscow], 'Four'));
    expect(await owed()).toBe(4);
    // A delete of a saved article whose updates are owed: counts come back to zero, not below, not stuck at one.
    expect(await s.delete('https://a.test/1')).toBe(true);
    expect(await owed()).toBe(0);
    expect((await db.entities.get(kirby.id))!.articleCount).toBe(1);
    expect((await db.entities.get(russia.id))!.articleCount).toBe(0);
    await s.save(input('https://a.test/5', [peskov], 'Five'));
    // Deleting a name a pending save still owes: it does not come back.
    await s.deleteEntity(peskov.id);
    expect(await db.entities.get(peskov.id)).toBeUndefined();
    await s.save(input('https://a.test/6', [putin], 'Six'));
    // A correction of a name whose row only the journal would make.
    await s.save(input('https://a.test/7', [c('Sergei Lavrov', 'person')], 'Seven'));
    expect((await s.correctEntity('person:sergei-lavrov', { name: 'Sergey Lavrov' }))!.articleCount).toBe(1);
    expect((await db.entities.get(putin.id))!.articleCount).toBe(2);
    await s.save(input('https://a.test/8', [moscow], 'Eight'));
    await s.importEntities([{ ...(await s.exportEntities(null)).find((e) => e.id === moscow.id)! }]);
    expect((await db.entities.get(moscow.id))!.articleCount).toBe(2);
    await s.save(input('https://a.test/9', [moscow], 'Nine'));
    await s.importArticles([{ ...input('https://a.test/10', [moscow]), savedAt: 5, text: 'x' }]);
    expect((await db.entities.get(moscow.id))!.articleCount).toBe(4);
    apply.mockRestore();
    replay.mockRestore();
    expect(await owed()).toBe(0);
    // The deleted name stayed deleted through every later application of the journal.
    expect(await db.entities.get(peskov.id)).toBeUndefined();
    // The postings agree with the counts.
    expect((await s.related(null, null, [moscow], 10)).map((r) => r.url).sort()).toEqual([
      'https://a.test/10',
      'https://a.test/4',
      'https://a.test/8',
      'https://a.test/9',
    ]);
  });

  it('a new article is saved with no read of a text row; a re-save reads its text once', async () => {
    const texts = vi.spyOn(db.texts, 'get');
    await store.save(input('https://a.test/1', [kirby]));
    expect(texts).not.toHaveBeenCalled();
    await store.save(input('https://a.test/1', [kirby]));
    expect(texts).toHaveBeenCalledTimes(1);
  });
});

describe('LibraryStore v2: entities remember roles over time and aliases', () => {
  it('keeps each distinct role with first/latest article date and source, and other spellings as aliases', async () => {
    await store.save({ ...input('https://a.test/1', [peskov]), publishedAt: '2023-05-01T00:00:00.000Z' });
    await store.save({
      ...input('https://a.test/2', [{ ...peskov, name: 'Peskov', role: 'presidential press secretary' }]),
      publishedAt: '2024-02-01T00:00:00.000Z',
    });
    await store.save({ ...input('https://a.test/3', [peskov]), publishedAt: '2024-03-01T00:00:00.000Z' });
    const e = (await entity(peskov.id))!;
    expect(e.name).toBe('Dmitry Peskov');
    expect(e.aliases).toEqual(['Peskov']);
    expect(e.roles).toEqual([
      {
        role: 'Kremlin spokesperson',
        first: Date.parse('2023-05-01'),
        last: Date.parse('2024-03-01'),
        url: 'https://a.test/3',
        count: 2,
      },
      {
        role: 'presidential press secretary',
        first: Date.parse('2024-02-01'),
        last: Date.parse('2024-02-01'),
        url: 'https://a.test/2',
        count: 1,
      },
    ]);
    // Re-saving the same article does not count its role twice; deleting it takes the role away.
    await store.save({
      ...input('https://a.test/2', [{ ...peskov, name: 'Peskov', role: 'presidential press secretary' }]),
    });
    expect((await entity(peskov.id))!.roles!.find((r) => r.role.startsWith('pres'))!.count).toBe(1);
    await store.delete('https://a.test/2');
    expect((await entity(peskov.id))!.roles!.map((r) => r.role)).toEqual(['Kremlin spokesperson']);
  });

  it('stores the full text apart from the article row', async () => {
    await store.save({ ...input('https://a.test/1', [kirby]), text: 'The whole article text.' });
    expect(await store.getText('https://a.test/1')).toBe('The whole article text.');
    expect(Object.keys((await store.get('https://a.test/1'))!)).not.toContain('text');
    await store.delete('https://a.test/1');
    expect(await store.getText('https://a.test/1')).toBeUndefined();
  });
});

describe('LibraryStore v2: several tabs saving at once', () => {
  it('concurrent saves of different articles sharing entities lose nothing and count each once', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://tab${i}.test/story`);
    await Promise.all(urls.map((u, i) => store.save(input(u, i % 2 ? [kirby, russia] : [putin, russia]))));
    // And the same URLs again from other tabs, racing the first ones' updates.
    await Promise.all(urls.map((u) => store.save(input(u, [russia]))));
    expect(await db.articles.count()).toBe(12);
    expect((await entity(russia.id))!.articleCount).toBe(12);
    expect((await entity(kirby.id))!.articleCount).toBe(0);
    expect((await entity(putin.id))!.articleCount).toBe(0);
    expect(await weekTotal(russia.id)).toBe(12);
    expect(await weekTotal(kirby.id)).toBe(0);
    // Each article has one number, and each name's postings list it once.
    const nums = await db.nums.toArray();
    expect(new Set(nums.map((r) => r.n)).size).toBe(12);
    const russiaDocs = (await entity(russia.id))!.open!.docs;
    expect([...russiaDocs].sort((a, b) => a - b)).toEqual(nums.map((r) => r.n).sort((a, b) => a - b));
  });
});

describe('LibraryStore v8: postings in entity rows stay in the background', () => {
  it('entity rows the pages get (top entities, entity page, a correction) carry no postings', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    expect((await entity(kirby.id))!.open).toBeDefined();
    const top = await store.topEntities();
    expect(top.map((e) => e.id).sort()).toEqual([kirby.id, russia.id].sort());
    for (const e of top) expect(e).not.toHaveProperty('open');
    expect((await store.entityPage(kirby.id))!.entity).not.toHaveProperty('open');
    expect(await store.correctEntity(kirby.id, { name: 'John F. Kirby' })).not.toHaveProperty('open');
    // …while the row itself keeps them through the correction.
    expect((await entity(kirby.id))!.open!.docs).toHaveLength(1);
  });
});

describe('LibraryStore v4: related coverage from packed entity postings', () => {
  it('keeps an article its number through re-saves, never counts a name twice, and drops deleted articles', async () => {
    await store.save(input('https://a.test/1', [peskov, russia]));
    await store.save(input('https://a.test/2', [russia]));
    const n1 = (await db.nums.where('url').equals('https://a.test/1').first())!.n;
    // Peskov dropped and named again: the article keeps its number; it is scored once for him.
    await store.save(input('https://a.test/1', [russia]));
    await store.save(input('https://a.test/1', [peskov, russia]));
    expect((await db.nums.where('url').equals('https://a.test/1').first())!.n).toBe(n1);
    const once = await store.related(null, null, [peskov]);
    expect(once.map((r) => r.url)).toEqual(['https://a.test/1']);
    expect(once[0].shared.map((s) => s.id)).toEqual([peskov.id]);
    // Deleted: gone from related coverage although its number stays in the postings; a re-save gets a new number.
    await store.delete('https://a.test/1');
    expect(await store.related(null, null, [peskov, russia])).toEqual([
      expect.objectContaining({ url: 'https://a.test/2' }),
    ]);
    await store.save(input('https://a.test/1', [peskov]));
    expect((await db.nums.where('url').equals('https://a.test/1').first())!.n).toBeGreaterThan(n1);
    expect((await store.related(null, null, [peskov])).map((r) => r.url)).toEqual(['https://a.test/1']);
  });

  it('seals a full chunk and keeps reading every article of a name across chunks', async () => {
    const many = Array.from({ length: 1030 }, (_, i) => ({
      ...input(`https://bulk.test/${i}`, [russia]),
      savedAt: 1000 + i,
      text: 'x',
    }));
    await store.importArticles(many);
    await store.save(input('https://a.test/last', [russia, moscow]));
    // The open chunk in the entity row, the sealed one in the postings table.
    expect((await entity(russia.id))!.open).toEqual({ docs: expect.any(Uint32Array), sealed: 1 });
    expect((await entity(russia.id))!.open!.docs).toHaveLength(7);
    const rows = await db.entityDocs.where('[entityId+chunk]').between([russia.id, 0], [russia.id, 9]).toArray();
    expect(rows.map((r) => [r.chunk, r.docs?.length ?? 'bitmap'])).toEqual([[1, 'bitmap']]);
    expect(await store.related(null, null, [russia], 5000)).toHaveLength(1031);
    // Russia's sealed chunk is now kept in memory: a later query reads only the
    // open chunk, and an article saved since is still found.
    await store.save(input('https://a.test/later', [russia]));
    const ranges = vi.spyOn(db.entityDocs, 'where');
    expect(await store.related(null, null, [russia], 5000)).toHaveLength(1032);
    expect(ranges).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Moscow outweighs Russia (rarer): the one article naming both first, then the newest Russia ones.
    expect((await store.related(null, null, [russia, moscow], 3)).map((r) => r.url)).toEqual([
      'https://a.test/last',
      'https://a.test/later',
      'https://bulk.test/1029',
    ]);
  });
});

describe('LibraryStore v2: storage persistence', () => {
  it('asks navigator.storage.persist once, after the first save, and remembers it across workers', async () => {
    const persist = vi.fn(async () => true);
    const s1 = new LibraryStore(db, () => (clock += 1000), { persist });
    expect(persist).not.toHaveBeenCalled();
    await s1.save(input('https://a.test/1', [kirby]));
    await s1.save(input('https://a.test/2', [kirby]));
    expect(persist).toHaveBeenCalledTimes(1);
    const s2 = new LibraryStore(db, () => (clock += 1000), { persist });
    await s2.save(input('https://a.test/3', [kirby]));
    expect(persist).toHaveBeenCalledTimes(1);
    expect((await db.meta.get('persistRequested'))!.value).toMatchObject({ granted: true });
  });
});

describe('LibraryStore v2: list filters and deletions', () => {
  it('filters by site and saved date, newest first', async () => {
    for (let i = 1; i <= 6; i++)
      await store.save({ ...input(`https://a.test/${i}`, [kirby]), site: i % 2 ? 'Odd' : 'Even' });
    const all = await store.list();
    const t = (url: string) => all.find((a) => a.url === url)!.savedAt;
    expect((await store.list({ site: 'Odd' })).map((a) => a.url)).toEqual([
      'https://a.test/5',
      'https://a.test/3',
      'https://a.test/1',
    ]);
    expect((await store.list({ from: t('https://a.test/2'), to: t('https://a.test/4') })).map((a) => a.url)).toEqual([
      'https://a.test/4',
      'https://a.test/3',
      'https://a.test/2',
    ]);
    expect((await store.list({ site: 'Even', from: t('https://a.test/3') })).map((a) => a.url)).toEqual([
      'https://a.test/6',
      'https://a.test/4',
    ]);
    expect(await store.sites()).toEqual([
      { site: 'Even', count: 3 },
      { site: 'Odd', count: 3 },
    ]);
  });

  it("deleting a site's articles updates counts, weeks and what each entity lists", async () => {
    await store.save({ ...input('https://a.test/1', [kirby, russia]), site: 'A' });
    await store.save({ ...input('https://a.test/2', [russia]), site: 'A' });
    await store.save({ ...input('https://b.test/1', [russia]), site: 'B' });
    expect(await store.deleteSite('A')).toBe(2);
    expect((await store.list()).map((a) => a.url)).toEqual(['https://b.test/1']);
    expect((await entity(russia.id))!.articleCount).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(0);
    expect(await weekTotal(russia.id)).toBe(1);
    expect(await latestOf(russia.id)).toEqual(['https://b.test/1']);
  });

  it("deleting an entity's data removes it from every article, its postings and related coverage, keeping the articles", async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [kirby]));
    expect(await store.deleteEntity(kirby.id)).toBe(2);
    expect(await entity(kirby.id)).toBeUndefined();
    expect((await store.get('https://a.test/1'))!.entityIds).toEqual([russia.id]);
    expect((await store.get('https://a.test/2'))!.cast).toEqual([]);
    expect(await store.related(null, null, [kirby])).toEqual([]);
    expect(await db.entityDocs.get([kirby.id, 0])).toBeUndefined();
    expect(await db.articles.count()).toBe(2);
  });

  it('deleting everything empties every table', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.deleteAll();
    expect(await db.articles.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
    expect(await db.nums.count()).toBe(0);
    expect(await db.entityDocs.count()).toBe(0);
    expect(await db.meta.get('articleNums')).toBeUndefined();
  });
});

describe('LibraryStore v2: entity pages', () => {
  it('has its articles newest first, who is named with it, and mentions per week', async () => {
    // Monday 2024-01-01 and Monday 2024-01-08 weeks.
    await store.save({ ...input('https://a.test/1', [peskov, putin]), publishedAt: '2024-01-01T10:00:00.000Z' });
    await store.save({
      ...input('https://a.test/2', [peskov, putin, russia]),
      publishedAt: '2024-01-07T23:00:00.000Z',
    });
    await store.save({ ...input('https://a.test/3', [peskov, russia]), publishedAt: '2024-01-08T00:30:00.000Z' });
    await store.save(input('https://a.test/4', [putin]));
    const page = (await store.entityPage(peskov.id))!;
    expect(page.entity.name).toBe('Dmitry Peskov');
    expect(page.articles.map((a) => a.url)).toEqual(['https://a.test/3', 'https://a.test/2', 'https://a.test/1']);
    expect(page.cooccurring).toHaveLength(2);
    expect(page.cooccurring).toEqual(
      expect.arrayContaining([
        { id: putin.id, name: 'Vladimir Putin', type: 'person', count: 2 },
        { id: russia.id, name: 'Russia', type: 'place', count: 2 },
      ]),
    );
    expect(page.weeks).toEqual([
      [Date.parse('2024-01-01T00:00:00Z'), 2],
      [Date.parse('2024-01-08T00:00:00Z'), 1],
    ]);
    expect(await store.entityPage('person:nobody')).toBeNull();
  });
});

describe('LibraryStore: what a related query remembers between queries', () => {
  it('after deleting everything, numbers start again and the remembered number → URL pairs are forgotten', async () => {
    await store.save(input('https://a.test/old', [kirby]));
    expect((await store.related(null, null, [kirby])).map((r) => r.url)).toEqual(['https://a.test/old']);
    await store.deleteAll();
    await store.save(input('https://a.test/new', [kirby]));
    expect((await db.nums.toArray()).map((r) => r.n)).toEqual([1]);
    expect((await store.related(null, null, [kirby])).map((r) => r.url)).toEqual(['https://a.test/new']);
  });

  it('an article whose postings overstate it (re-saved without a name) does not hide a better one', async () => {
    // Six articles name Peskov and Russia, then are re-saved without Peskov: his postings still hold them.
    for (let i = 0; i < 6; i++) await store.save(input(`https://a.test/s${i}`, [peskov, russia]));
    await store.save(input('https://a.test/x', [peskov]));
    for (let i = 0; i < 6; i++) await store.save(input(`https://a.test/s${i}`, [russia]));
    // By postings the six lead (Peskov and Russia); really only X shares the rare, heavy name.
    const got = await store.related(null, null, [peskov, russia], 1);
    expect(got.map((r) => r.url)).toEqual(['https://a.test/x']);
    expect(got[0].shared.map((s) => s.id)).toEqual([peskov.id]);
  });

  it('a deleted article is not related coverage even when its number was looked up before', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.save(input('https://a.test/2', [kirby]));
    expect(await store.related(null, null, [kirby])).toHaveLength(2);
    await store.delete('https://a.test/1');
    expect((await store.related(null, null, [kirby])).map((r) => r.url)).toEqual(['https://a.test/2']);
  });
});

describe('LibraryStore: postings kept between related queries', () => {
  const urlsOf = async (cast: CastEntry[], limit = 10) =>
    (await store.related(null, null, cast, limit)).map((r) => r.url);
  /** Reads of the postings table (range reads and bulk gets) while `run` runs. */
  const postingReads = async (run: () => Promise<unknown>) => {
    const ranges = vi.spyOn(db.entityDocs, 'where');
    const gets = vi.spyOn(db.entityDocs, 'bulkGet');
    await run();
    const n = ranges.mock.calls.length + gets.mock.calls.length;
    ranges.mockRestore();
    gets.mockRestore();
    return n;
  };

  it('a second query reads no postings, and a save keeps the kept open chunk current', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [kirby]));
    expect(await postingReads(() => urlsOf([kirby, russia]))).toBeGreaterThan(0);
    expect(await postingReads(() => urlsOf([kirby, russia]))).toBe(0);
    await store.save(input('https://a.test/3', [kirby, russia]));
    let got: string[] = [];
    expect(await postingReads(async () => (got = await urlsOf([kirby, russia])))).toBe(0);
    expect(got.sort()).toEqual(['https://a.test/1', 'https://a.test/2', 'https://a.test/3']);
  });

  it('when a save seals the open chunk, the next query reads the new sealed chunk and misses no article', async () => {
    // 1,020 articles naming Kirby: one open chunk, just short of sealing (1,024).
    const many = Array.from({ length: 1020 }, (_, i) => ({
      ...input(`https://a.test/${i}`, [kirby]),
      savedAt: i,
      text: 'x',
    }));
    await store.importArticles(many);
    expect(await urlsOf([kirby], 5)).toHaveLength(5);
    for (let i = 1020; i < 1030; i++) await store.save(input(`https://a.test/${i}`, [kirby]));
    expect((await db.entities.get(kirby.id))!.open!.sealed).toBe(1);
    // Every article is there: 1,030 asked for, 1,030 found (the first 1,024 now in the sealed chunk).
    expect(new Set(await urlsOf([kirby], 1030)).size).toBe(1030);
  });

  it('articles imported after a query are related at the next one', async () => {
    await store.save(input('https://a.test/1', [peskov]));
    expect(await urlsOf([peskov])).toEqual(['https://a.test/1']);
    await store.importArticles([{ ...input('https://a.test/2', [peskov]), savedAt: 5, text: 'x' }]);
    expect((await urlsOf([peskov])).sort()).toEqual(['https://a.test/1', 'https://a.test/2']);
  });

  it('a second query reads no entity rows for the names it has met', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.settled(); // (the save's entity updates read rows of their own)
    const rowReads = async () => {
      const gets = vi.spyOn(db.entities, 'bulkGet');
      await urlsOf([kirby, russia]);
      const n = gets.mock.calls.length;
      gets.mockRestore();
      return n;
    };
    expect(await rowReads()).toBe(1);
    expect(await rowReads()).toBe(0);
  });

  it('kept article counts follow saves, deletes and re-saves: scores are those of a store that kept nothing', async () => {
    // The weights are IDF-like: every change of a name's count changes the scores.
    const cast = [kirby, russia, peskov];
    const scores = async (s: LibraryStore) =>
      (await s.related(null, null, cast, 10)).map((r) => [r.url, r.score.toFixed(9)]);
    const same = async () => expect(await scores(store)).toEqual(await scores(new LibraryStore(db, () => clock)));
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [russia]));
    await store.save(input('https://a.test/3', [moscow]));
    await same();
    await store.save(input('https://a.test/4', [russia, peskov]));
    await same();
    await store.delete('https://a.test/2');
    await same();
    await store.save(input('https://a.test/1', [kirby, peskov]));
    await same();
    await store.deleteEntity(kirby.id);
    await same();
  });

  it('an entity deleted and named again is read afresh', async () => {
    await store.save(input('https://a.test/1', [peskov]));
    expect(await urlsOf([peskov])).toEqual(['https://a.test/1']);
    await store.deleteEntity(peskov.id);
    await store.save(input('https://a.test/2', [peskov]));
    expect(await urlsOf([peskov])).toEqual(['https://a.test/2']);
  });
});

describe('LibraryStore v7: postings bundles', () => {
  /** Every distinct number an entity's rows hold, ascending. */
  const numbers = (rows: EntityDocsRow[]) => {
    const all = new Set<number>();
    for (const r of rows)
      eachDocDesc(r, (x) => {
        all.add(x);
        return true;
      });
    return [...all].sort((a, b) => a - b);
  };
  /** Range reads of the postings (a name's sealed chunks) while `run` runs. */
  const rangeReads = async (run: () => Promise<unknown>) => {
    const ranges = vi.spyOn(db.entityDocs, 'where');
    await run();
    const n = ranges.mock.calls.length;
    ranges.mockRestore();
    return n;
  };
  /** Kirby named by `count` articles: 1,024 numbers per sealed chunk. */
  const kirbyIn = async (count: number, from = 0) => {
    const many = Array.from({ length: count }, (_, i) => ({
      ...input(`https://a.test/${from + i}`, [kirby]),
      savedAt: from + i,
      text: 'x',
    }));
    for (let i = 0; i < many.length; i += 1000) await store.importArticles(many.slice(i, i + 1000));
  };
  const postingsOf = (id: string) =>
    db.transaction('r', [db.entities, db.entityDocs], () =>
      readPostingsOf(db, [id], new PostingsCache()).then((r) => r[0]),
    );

  it('a name with many sealed chunks gets one bundle, and a worker that has not met it reads that instead of the chunks', async () => {
    await kirbyIn(3 * 1024 + 10);
    await store.settled();
    expect((await db.entities.get(kirby.id))!.open!.sealed).toBe(3);
    const bundle = (await db.entityDocs.get([kirby.id, BUNDLE_CHUNK]))!;
    expect(bundle.upTo).toBe(3);
    const chunks = await db.entityDocs
      .where('[entityId+chunk]')
      .between([kirby.id, 1], [kirby.id, 3], true, true)
      .toArray();
    expect(numbers([bundle])).toEqual(numbers(chunks));
    let rows: EntityDocsRow[] = [];
    expect(await rangeReads(async () => (rows = await postingsOf(kirby.id)))).toBe(0);
    expect(numbers(rows)).toHaveLength(3 * 1024 + 10);
    // The related query of a store that kept nothing reads no sealed chunk either: the newest first.
    const fresh = new LibraryStore(db, () => clock);
    let found: string[] = [];
    expect(
      await rangeReads(async () => (found = (await fresh.related(null, null, [kirby], 3)).map((r) => r.url))),
    ).toBe(0);
    expect(found).toEqual(['https://a.test/3081', 'https://a.test/3080', 'https://a.test/3079']);
  }, 60_000);

  it('sealed chunks a bundle does not cover yet are read beside it; the next rebuild covers them', async () => {
    await kirbyIn(3 * 1024 + 5);
    await store.settled();
    expect((await db.entityDocs.get([kirby.id, BUNDLE_CHUNK]))!.upTo).toBe(3);
    // As if chunk 3 was sealed after the last rebuild: the bundle covers chunks 1 and 2.
    const first2 = await db.entityDocs
      .where('[entityId+chunk]')
      .between([kirby.id, 1], [kirby.id, 2], true, true)
      .toArray();
    await db.entityDocs.put(bundleChunks(kirby.id, first2, 2));
    let rows: EntityDocsRow[] = [];
    expect(await rangeReads(async () => (rows = await postingsOf(kirby.id)))).toBe(1);
    expect(numbers(rows)).toHaveLength(3 * 1024 + 5);
    await refreshBundles(db, [kirby.id]);
    expect((await db.entityDocs.get([kirby.id, BUNDLE_CHUNK]))!.upTo).toBe(3);
    expect(await rangeReads(async () => (rows = await postingsOf(kirby.id)))).toBe(0);
    expect(numbers(rows)).toHaveLength(3 * 1024 + 5);
  }, 60_000);

  it('a save that seals a chunk rebuilds the bundle after it; deleting the entity deletes the bundle', async () => {
    await kirbyIn(2 * 1024 - 1);
    await store.settled();
    expect(await db.entityDocs.get([kirby.id, BUNDLE_CHUNK])).toBeUndefined(); // one sealed chunk: none
    await store.save(input('https://b.test/last', [kirby]));
    await store.settled();
    const bundle = (await db.entityDocs.get([kirby.id, BUNDLE_CHUNK]))!;
    expect(bundle.upTo).toBe(2);
    expect(numbers([bundle])).toHaveLength(2 * 1024);
    await store.deleteEntity(kirby.id);
    expect(await db.entityDocs.get([kirby.id, BUNDLE_CHUNK])).toBeUndefined();
  }, 60_000);
});

describe('LibraryStore v5: timelines and hover-card counts without a mention table', () => {
  it('a re-save that changes the published date moves the article to its new week', async () => {
    await store.save({ ...input('https://a.test/1', [peskov]), publishedAt: '2024-01-02T12:00:00.000Z' });
    await store.save({ ...input('https://a.test/1', [peskov]), publishedAt: '2024-01-10T12:00:00.000Z' });
    expect((await store.entityPage(peskov.id))!.weeks).toEqual([[Date.parse('2024-01-08T00:00:00Z'), 1]]);
  });

  it('the card leaves out the open article and articles re-saved without the name, newest saved first', async () => {
    let t = 1_000;
    const timed = new LibraryStore(db, () => (t += 1_000), { search: { flushDelay: 0 } });
    await timed.save(input('https://a.test/old', [peskov]));
    await timed.save(input('https://a.test/mid', [peskov]));
    await timed.save(input('https://a.test/open', [peskov]));
    await timed.save(input('https://a.test/new', [peskov]));
    // Re-saved without Peskov: its number stays in his postings, but it no longer names him.
    await timed.save(input('https://a.test/new', [russia]));
    const card = (await timed.stats([peskov.id], 'https://a.test/open'))[peskov.id];
    expect(card.count).toBe(2);
    expect(card.latest.map((a) => a.url)).toEqual(['https://a.test/mid', 'https://a.test/old']);
  });
});

describe('LibraryStore v2: reader corrections', () => {
  it('a corrected name survives later saves of articles naming the entity, and the old name becomes an alias', async () => {
    await store.save(input('https://a.test/1', [c('Dmitri Peskoff', 'person', 'spokesman')]));
    const id = c('Dmitri Peskoff', 'person').id;
    const row = await store.correctEntity(id, { name: 'Dmitry Peskov' });
    expect(row!.name).toBe('Dmitry Peskov');
    expect(row!.aliases).toContain('Dmitri Peskoff');
    // A later article spells it the long wrong way again: the reader's name stays.
    await store.save(
      input('https://a.test/2', [{ ...c('Dmitri Peskoff', 'person'), name: 'Dmitri Sergeyevich Peskoff' }]),
    );
    const after = (await entity(id))!;
    expect(after.name).toBe('Dmitry Peskov');
    expect(after.corrections).toEqual({ name: 'Dmitry Peskov' });
    expect(after.articleCount).toBe(2);
    expect(await store.correctEntity('person:nobody', { name: 'X' })).toBeNull();
  });
});

describe('LibraryStore v2: persist() unavailable in the worker', () => {
  it('records nothing when the context cannot ask (the library page asks instead)', async () => {
    const persist = vi.fn(async () => null);
    const s1 = new LibraryStore(db, () => (clock += 1000), { persist });
    await s1.save(input('https://a.test/1', [kirby]));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await db.meta.get('persistRequested')).toBeUndefined();
  });
});

describe('LibraryStore: no live-query bookkeeping', () => {
  it('a save broadcasts no change notice (nothing observes the library live)', async () => {
    await db.open(); // (opening announces itself once)
    const heard = vi.fn();
    Dexie.on('storagemutated', heard);
    try {
      await store.save(input('https://a.test/1', [kirby, russia]));
      await store.delete('https://a.test/1');
    } finally {
      Dexie.on('storagemutated').unsubscribe(heard);
    }
    expect(heard).not.toHaveBeenCalled();
  });
});

/**
 * Runs `fn` once, just before the transaction that applies what saves owe
 * their entity rows begins: a delete racing the journal.
 */
function beforeApplying(fn: () => Promise<unknown>): { ran: boolean } {
  const realTx = db.transaction.bind(db) as (...a: unknown[]) => Promise<unknown>;
  const state = { ran: false };
  vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
    const tables = (args.slice(1, -1).flat() as { name: string }[]).map((t) => t.name).sort();
    if (!state.ran && tables.join(',') === 'entities,entityDocs,journalApplied') {
      state.ran = true;
      await fn();
    }
    return realTx(...args);
  }) as never);
  return state;
}
