import { openLibraryDb } from '../../utils/library/db';
import { trackLibraryOpen } from '../../utils/library/libraryStatus';
import { LibraryStore } from '../../utils/library/libraryStore';
import { registerBackgroundServices } from '../../utils/background/backgroundServices';

// Only the background opens the library database; every other context asks it.
export default defineBackground(() => {
  const db = openLibraryDb();
  // Open now, so a blocked or failed upgrade is known and reported (library:status), not met as a silent wait;
  // a cheap extension API call now and then keeps the worker alive through a long upgrade.
  trackLibraryOpen(db, globalThis.indexedDB, () => void browser.runtime.getPlatformInfo().catch(() => {}));
  const store = new LibraryStore(db, Date.now, {
    // Ask once, after the first save, that the browser never evict the library.
    // (Chromium exposes persist() to windows only; there the library page asks.)
    persist: async () => {
      const s = navigator.storage as StorageManager | undefined;
      return typeof s?.persist === 'function' ? s.persist() : null;
    },
  });
  registerBackgroundServices(store);
  // Benchmark builds only (WXT_LIBRARY_BENCH=1 at build time): the bench drives
  // the store from the service worker's own global, which no web page can reach.
  if (import.meta.env.WXT_LIBRARY_BENCH === '1')
    (globalThis as unknown as { __dramatisBench: unknown }).__dramatisBench = { db, store };
});
