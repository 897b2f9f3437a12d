/**
 * npm run bench:library [-- --sizes 1000,10000,100000] [--no-build]
 *
 * Builds the extension with the benchmark hook (WXT_LIBRARY_BENCH=1, into
 * .output-h6), launches Debian's Chromium with it, and inside the extension's
 * own service worker grows a synthetic library (15 Zipf-distributed entities
 * and ~300 words of text per article) through 1k → 10k → 100k articles,
 * printing at each size: insert throughput, one-save latency, related coverage
 * (median/p95 of 50 queries), full-text search, bytes per article and the
 * first related query after a cold service-worker start.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- code run inside the worker reaches untyped globals (the bench hook, chrome.*) */
import { execFileSync } from 'node:child_process';
import type { Worker } from 'playwright-core';
import { installSynth } from './library/synthetic';

process.env.WXT_OUT_DIR ??= '.output-h6';
const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '1000,10000,100000')
  .split(',')
  .map(Number);

if (!args.includes('--no-build')) {
  console.log(`building into ${process.env.WXT_OUT_DIR} with the bench hook…`);
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, WXT_LIBRARY_BENCH: '1' } });
}
const { launchWithExtension } = await import('./lib/browser');

const b = await launchWithExtension({ headless: true });
let worker: Worker = b.worker;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

async function inWorker<T, A>(fn: (a: A) => T | Promise<T>, arg: A): Promise<T> {
  return worker.evaluate(fn as never, arg as never) as Promise<T>;
}

async function prepare() {
  // tsx (esbuild keepNames) wraps named functions in __name(); give the worker a no-op one.
  await worker.evaluate('globalThis.__name ??= (f) => f');
  await worker.evaluate(installSynth);
}

// Start empty; load the search index so inserts are indexed incrementally (as in use).
await prepare();
await inWorker(async () => {
  const { store } = (globalThis as any).__dramatisBench;
  await store.deleteAll();
  await store.searchArticles('warmup');
}, null);

const rows: string[] = [];
let have = 0;
for (const size of sizes) {
  // 1. Grow the library with the import path (one transaction per 500 articles).
  const t0 = Date.now();
  const ins = await inWorker(
    async ({ from, to }) => {
      const { store } = (globalThis as any).__dramatisBench;
      const synth = (globalThis as any).__dramatisSynth;
      let textBytes = 0;
      const t = performance.now();
      for (let i = from; i < to; i += 500) {
        const batch = [];
        for (let j = i; j < Math.min(to, i + 500); j++) {
          const a = synth.article(j);
          textBytes += a.text.length;
          batch.push(a);
        }
        await store.importArticles(batch);
      }
      const dt = performance.now() - t;
      await store.search.flush();
      return { dt, textBytes };
    },
    { from: have, to: size },
  );
  const inserted = size - have;
  have = size;
  console.log(
    `\n== ${size.toLocaleString('en')} articles (added ${inserted} in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );

  // 2. Single saves (the reader's path: store.save with text), 20 fresh articles.
  const saves = await inWorker(async (n) => {
    const { store } = (globalThis as any).__dramatisBench;
    const synth = (globalThis as any).__dramatisSynth;
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = synth.article(n + i, 99);
      const t = performance.now();
      await store.save(a);
      out.push(performance.now() - t);
    }
    // …and delete them again so the library keeps its size.
    for (let i = 0; i < 20; i++) await store.delete(synth.article(n + i, 99).url);
    return out;
  }, size);

  // 3. Related coverage: 50 open articles drawn from the same distribution.
  const related = await inWorker(async () => {
    const { store } = (globalThis as any).__dramatisBench;
    const synth = (globalThis as any).__dramatisSynth;
    const out: number[] = [];
    let found = 0;
    for (let i = 0; i < 50; i++) {
      const a = synth.article(10_000_000 + i, 7);
      const t = performance.now();
      const r = await store.related(a.url, a.title, a.cast, 10, a.excerpt);
      out.push(performance.now() - t);
      found += r.length;
    }
    return { out, found };
  }, null);

  // 4. Search: 50 queries of one or two words of middling frequency.
  const search = await inWorker(async () => {
    const { store } = (globalThis as any).__dramatisBench;
    const synth = (globalThis as any).__dramatisSynth;
    const rnd = synth.mulberry(42);
    const out: number[] = [];
    let hits = 0;
    for (let i = 0; i < 50; i++) {
      const w = () => synth.word(50 + Math.floor(rnd() * 3000));
      const q = i % 2 ? w() : `${w()} ${w()}`;
      const t = performance.now();
      const r = await store.searchArticles(q, 30);
      out.push(performance.now() - t);
      hits += r.length;
    }
    return { out, hits };
  }, null);

  // 5. Storage.
  const storage = await inWorker(async () => {
    const est = await navigator.storage.estimate();
    return est.usage ?? 0;
  }, null);

  // 6. Cold start: stop the worker, then time a real 'sidebar:view' (tab state in storage.session → related query).
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/library.html`);
  await page.evaluate('globalThis.__name ??= (f) => f');
  const tabId: number = await page.evaluate(async () => (await (globalThis as any).chrome.tabs.getCurrent()).id);
  await inWorker(async (tab) => {
    const synth = (globalThis as any).__dramatisSynth;
    const a = synth.article(20_000_000, 5);
    const state = {
      pageUrl: a.url,
      isArticle: true,
      detection: { isArticle: true, confidence: 1, reasons: [] },
      article: {
        url: a.url,
        title: a.title,
        byline: null,
        site: a.site,
        publishedAt: a.publishedAt,
        lang: 'en',
        excerpt: a.excerpt,
      },
      cast: a.cast.map((c: object) => ({ ...c, official: false })),
    };
    await (globalThis as any).chrome.storage.session.set({ [`tab:${tab}`]: state });
  }, tabId);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable' as never);
  await cdp.send('ServiceWorker.stopAllWorkers' as never);
  await page.waitForTimeout(500);
  const cold = await page.evaluate(async () => {
    const t = performance.now();
    const v = await (globalThis as any).chrome.runtime.sendMessage({ type: 'sidebar:view', data: {} });
    return { ms: performance.now() - t, related: v?.related?.length ?? -1 };
  });
  const warm = await page.evaluate(async () => {
    const t = performance.now();
    await (globalThis as any).chrome.runtime.sendMessage({ type: 'sidebar:view', data: {} });
    return performance.now() - t;
  });
  await cdp.detach();
  await page.close();
  worker =
    b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId)) ??
    (await b.context.waitForEvent('serviceworker'));
  await prepare();
  // The restarted worker must load the search index again (persisted segments, not a rebuild).
  const firstSearch = await inWorker(async () => {
    const { store } = (globalThis as any).__dramatisBench;
    const t = performance.now();
    await store.searchArticles('kalo');
    return performance.now() - t;
  }, null);

  const s = stats(saves);
  const r = stats(related.out);
  const q = stats(search.out);
  const perArticle = storage / size;
  const textPer = ins.textBytes / inserted;
  const line = [
    `insert (import path, 500/transaction): ${Math.round((inserted / ins.dt) * 1000)} articles/s`,
    `one save (store.save, 15 entities + text): median ${ms(s.median)}, p95 ${ms(s.p95)}`,
    `related coverage (50 queries): median ${ms(r.median)}, p95 ${ms(r.p95)} (${(related.found / 50).toFixed(1)} results each)`,
    `full-text search (50 queries): median ${ms(q.median)}, p95 ${ms(q.p95)} (${(search.hits / 50).toFixed(1)} hits each)`,
    `storage: ${(perArticle / 1024).toFixed(2)} KB/article in all (text ${(textPer / 1024).toFixed(2)} KB; beyond text ≈ ${((perArticle - textPer * 2) / 1024).toFixed(2)} KB, text counted twice: row + search index)`,
    `cold worker start → first related answer (sidebar:view): ${ms(cold.ms)} (${cold.related} results); warm ${ms(warm)}`,
    `first search after cold start (loads persisted index): ${ms(firstSearch)}`,
  ];
  for (const l of line) console.log('  ' + l);
  rows.push(
    `| ${size.toLocaleString('en')} | ${Math.round((inserted / ins.dt) * 1000)}/s | ${ms(s.median)} / ${ms(s.p95)} | ${ms(r.median)} / ${ms(r.p95)} | ${ms(q.median)} / ${ms(q.p95)} | ${(perArticle / 1024).toFixed(2)} KB | ${ms(cold.ms)} | ${ms(firstSearch)} |`,
  );
}
console.log(
  '\n| articles | insert | save median/p95 | related median/p95 | search median/p95 | stored/article (all) | cold start → related | first search after cold start |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
await b.close();
