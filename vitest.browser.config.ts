import { defineConfig } from 'vitest/config';

// Real-browser tests: playwright-core drives Debian's Chromium with the built
// extension (npm run build first; `npm run test:browser` does). One file at a
// time: each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
