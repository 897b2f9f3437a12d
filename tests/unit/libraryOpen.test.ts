import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb, V1_SCHEMA } from '../../utils/library/db';
import { BLOCKED_MESSAGE, KEEP_ALIVE_MS, libraryStatus, trackLibraryOpen } from '../../utils/library/libraryStatus';
import { libraryHandlers } from '../../utils/background/libraryHandlers';
import { LibraryStore } from '../../utils/library/libraryStore';

let n = 0;
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

// What a v1 build wrote (spelled out, not imported, so today's types cannot change "old" data).
const v1Articles = [
  {
    url: 'https://wire.test/a',
    title: 'Kremlin says no trip planned',
    byline: null,
    site: 'Wire',
    publishedAt: '2024-01-24T00:12:00.000Z',
    savedAt: 1_700_000_000_000,
    excerpt: 'Kremlin spokesman Dmitry Peskov said on Wednesday that no trip was planned.',
    entityIds: ['person:dmitry-peskov'],
    cast: [{ id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person', role: 'Kremlin spokesman', count: 3 }],
  },
  {
    url: 'https://paper.test/b',
    title: 'Peskov dismisses sanctions talk',
    byline: null,
    site: 'Paper',
    publishedAt: null,
    savedAt: 1_700_100_000_000,
    excerpt: 'Peskov dismissed it.',
    entityIds: ['person:dmitry-peskov'],
    cast: [{ id: 'person:dmitry-peskov', name: 'Peskov', type: 'person', role: null, count: 2 }],
  },
];

async function writeV1(): Promise<string> {
  const name = `dramatis-open-${n++}`;
  const old = new Dexie(name);
  old.version(1).stores(V1_SCHEMA);
  await old.table('articles').bulkPut(v1Articles);
  old.close();
  cleanup.push(() => Dexie.delete(name));
  return name;
}

/** A connection as an older build's open page holds it: version 1 (IndexedDB 10), never closing on request. */
function holdOpen(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, 10);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

/** The rows as a v1 build reads them (no upgrade). */
async function readAtV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_SCHEMA);
  const rows = await old.table('articles').orderBy('url').toArray();
  const verno = old.verno;
  old.close();
  return { rows, verno };
}

describe('library open: blocked by an older version', () => {
  it('reports "blocked" with a message instead of waiting silently, then finishes with every row', async () => {
    const name = await writeV1();
    const blocker = await holdOpen(name);
    const db = openLibraryDb(name);
    cleanup.push(() => db.close());
    const open = trackLibraryOpen(db);
    await vi.waitFor(() => expect(open.status().state).toBe('blocked'), { timeout: 3000 });
    expect(open.status()).toEqual({ state: 'blocked', message: BLOCKED_MESSAGE });
    // The background answers the same to `library:status` (the store itself would wait for the open).
    expect(libraryStatus()).toEqual(open.status());
    expect(await libraryHandlers(new LibraryStore(db))['library:status']({})).toEqual(open.status());
    // Still blocked a moment later: nothing was written, the old data is as it was.
    await new Promise((r) => setTimeout(r, 50));
    expect(open.status().state).toBe('blocked');

    // The old page goes away: the upgrade runs and the library is ready, with every article.
    blocker.close();
    const done = await open.settled;
    expect(done).toEqual({ state: 'ready', version: db.verno });
    expect(db.verno).toBeGreaterThan(1);
    for (const a of v1Articles) expect(await db.articles.get(a.url)).toMatchObject(a);
  });
});

describe('library open: an upgrade that fails half-way', () => {
  it('rolls back to the old version with every row unchanged, and says so', async () => {
    const name = await writeV1();
    const db = openLibraryDb(name);
    cleanup.push(() => db.close());
    // Test-only: after the real upgrades of the newest version have run, rewrite some rows, then fail
    // (a crash or a full disk half-way through the versionchange transaction).
    db.version(db.verno).upgrade(async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((a: { title: string }) => {
          a.title = 'half-written';
        });
      throw new Error('disk went away');
    });
    const status = await trackLibraryOpen(db).settled;
    expect(status).toMatchObject({ state: 'failed', version: 1 });
    if (status.state !== 'failed') throw new Error('unreachable');
    expect(status.error).toContain('disk went away');
    expect(status.message).toContain('kept as they were');
    expect(status.message).toContain('disk went away');

    // The data is still at version 1, exactly as written.
    const { rows, verno } = await readAtV1(name);
    expect(verno).toBe(1);
    expect(rows).toEqual([...v1Articles].sort((a, b) => a.url.localeCompare(b.url)));

    // A later start (without the failure) upgrades it normally.
    const again = openLibraryDb(name);
    cleanup.push(() => again.close());
    expect(await trackLibraryOpen(again).settled).toEqual({ state: 'ready', version: again.verno });
    for (const a of v1Articles) expect(await again.articles.get(a.url)).toMatchObject(a);
  });
});

describe('library open: a long upgrade keeps the worker alive', () => {
  it('calls keepAlive every KEEP_ALIVE_MS while the open waits, and never after it settles', async () => {
    const name = await writeV1();
    const blocker = await holdOpen(name); // the open waits, as a long upgrade would
    const db = openLibraryDb(name);
    cleanup.push(() => db.close());
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    cleanup.push(() => void vi.useRealTimers());
    const keepAlive = vi.fn();
    const open = trackLibraryOpen(db, indexedDB, keepAlive);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3 + 1);
    expect(keepAlive).toHaveBeenCalledTimes(3);
    blocker.close();
    expect(await open.settled).toEqual({ state: 'ready', version: db.verno });
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
    expect(keepAlive).toHaveBeenCalledTimes(3);
  });
});
