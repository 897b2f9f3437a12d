import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic in Node; DOM code opts into happy-dom per file
// (`// @vitest-environment happy-dom`); Dexie runs on fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // Tests assert behaviour, never speed: Vitest's default 5 s per test is a timing threshold, and on a slower machine
    // a test after the 10 MB page (whose garbage is still being collected) passed it (session 22's CI). A hang still fails.
    testTimeout: 120_000,
  },
});
