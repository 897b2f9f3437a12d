import type Dexie from 'dexie';

/**
 * Whether the library database could be opened, for the reader (issue 7:
 * "IndexedDB blocked by another open version, a Dexie upgrade interrupted:
 * each gives a clear state and message, and the data that was there is still
 * there"). IndexedDB itself guarantees the second half: an upgrade runs in one
 * versionchange transaction, so one that fails is rolled back whole and the
 * library stays at its old version; this module makes the first half visible
 * instead of leaving every library request waiting without a word.
 */
export type LibraryStatus =
  | { state: 'opening' }
  | { state: 'ready'; version: number }
  /** An older Dramatis (another window, a page not yet reloaded) holds the old version open. */
  | { state: 'blocked'; message: string }
  /** Opening or upgrading failed; `version` is the version the data is still at, when known. */
  | { state: 'failed'; message: string; error: string; version: number | null };

export const BLOCKED_MESSAGE =
  'Your library is waiting to be updated: an older Dramatis still has it open in another window or tab. ' +
  'Close those tabs or restart the browser to finish. Nothing has been lost.';

export function failedMessage(error: string): string {
  return (
    `Your library could not be opened or updated (${error}). ` +
    'Your saved articles are kept as they were; Dramatis will try again when the browser restarts.'
  );
}

/** The tracked library's open: its status now, and a promise settled once it is ready or has failed. */
export interface LibraryOpen {
  status(): LibraryStatus;
  settled: Promise<LibraryStatus>;
}

let current: LibraryOpen | null = null;

/**
 * Open `db` now and track how it goes. Dexie reports `blocked` when another
 * connection holds an older version open and does not close on request; the
 * open then waits, and completes by itself once that connection closes.
 *
 * `keepAlive`, if given, is called every `KEEP_ALIVE_MS` until the open has
 * settled. An upgrade of a large library takes a while (v7 → v8 rewrites every
 * entity row: about 45 s at 100,000 articles here), and Chrome stops an
 * extension's service worker after 30 s without an event or an extension API
 * call. Stopped half-way, the upgrade would be rolled back and begun again at
 * the next start, every time; an API call now and then keeps it going.
 */
export function trackLibraryOpen(
  db: Dexie,
  idb: IDBFactory | undefined = globalThis.indexedDB,
  keepAlive?: () => void,
): LibraryOpen {
  let status: LibraryStatus = { state: 'opening' };
  const timer = keepAlive ? setInterval(keepAlive, KEEP_ALIVE_MS) : null;
  db.on('blocked', () => {
    if (status.state === 'opening') status = { state: 'blocked', message: BLOCKED_MESSAGE };
  });
  const settled = db.open().then(
    (): LibraryStatus => (status = { state: 'ready', version: db.verno }),
    async (e: unknown): Promise<LibraryStatus> => {
      const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return (status = {
        state: 'failed',
        message: failedMessage(error),
        error,
        version: await storedVersion(db.name, idb),
      });
    },
  );
  if (timer !== null) void settled.finally(() => clearInterval(timer));
  current = { status: () => status, settled };
  return current;
}

/** Under the 30 s after which Chrome stops an idle extension service worker. */
export const KEEP_ALIVE_MS = 20_000;

/** The background library's status (opening until `trackLibraryOpen` has been called). */
export function libraryStatus(): LibraryStatus {
  return current?.status() ?? { state: 'opening' };
}

/** The Dexie version the data is stored at (IndexedDB's version / 10), without upgrading it; null if unknown. */
export function storedVersion(
  name: string,
  idb: IDBFactory | undefined = globalThis.indexedDB,
): Promise<number | null> {
  return new Promise((ok) => {
    if (!idb) return ok(null);
    try {
      const req = idb.open(name);
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        ok(Math.round(v / 10));
      };
      req.onerror = () => ok(null);
      req.onblocked = () => ok(null);
    } catch {
      ok(null);
    }
  });
}
