/**
 * Chromium with the built extension for the library benchmark, optionally in
 * a profile that is kept (`--profile DIR`): a 100,000-article library takes
 * many minutes to fill, so later runs can reuse it. An unpacked extension's id
 * is derived from its folder's path, so a rebuild into the same folder opens
 * the same IndexedDB (and runs any new schema upgrade on it).
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchBench(outDir: string, keepProfile: string | null): Promise<BenchBrowser> {
  const ext = resolve(import.meta.dirname, '../..', outDir, 'chrome-mv3');
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension in ${ext}`);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = keepProfile ?? mkdtempSync(join(tmpdir(), 'dramatis-bench-'));
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // More switches for one run, e.g. BENCH_CHROMIUM_ARGS='--js-flags=--trace-gc' (with DEBUG=pw:browser to see its output).
      ...(process.env.BENCH_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
  let worker = context.serviceWorkers()[0];
  // A loaded machine can take a while to start the worker; poll rather than miss the event.
  for (let i = 0; !worker && i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    worker = context.serviceWorkers()[0];
  }
  if (!worker) {
    await context.close();
    throw new Error('the extension service worker did not start');
  }
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
