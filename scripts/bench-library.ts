/**
 * npm run bench:library [-- --sizes 1000,10000,100000] [--engine terms|minisearch]
 *                          [--compare] [--profile DIR] [--fill-only] [--no-build]
 *
 * Builds the extension with the benchmark hook (WXT_LIBRARY_BENCH=1, into
 * .output-h6; .output-h6-minisearch for the MiniSearch engine), launches
 * Debian's Chromium with it, and inside the extension's own service worker
 * grows a synthetic library (15 Zipf-distributed entities and ~300 words of
 * text per article) through the sizes, printing at each: insert throughput,
 * one-save latency (right after the last save's index work, and a second after it) and the
 * search-index work a save queues, related coverage
 * (median/p95 of 50 queries), full-text search (warm, and first after a cold
 * worker start), search-index size, bytes per article and the first related
 * query after a cold service-worker start.
 *
 * --compare      both search engines, one after the other (default sizes 1000,10000), side by side
 * --profile DIR  keep the browser profile (the library) there and grow what it holds: a
 *                100,000-article fill takes many minutes; --fill-only fills and exits
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- code run inside the worker reaches untyped globals (the bench hook, chrome.*) */
import { execFileSync } from 'node:child_process';
import type { Worker } from 'playwright-core';
import { installSynth } from './library/synthetic';
import { launchBench, type BenchBrowser } from './library/launch';

type Engine = 'terms' | 'minisearch';
const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const compare = args.includes('--compare');
const sizes = (flag('--sizes') ?? (compare ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
/** Keep the browser profile (and so the library) here, and grow what is already in it. */
const profile = flag('--profile');
/** Only grow the library to the largest size, measure nothing (for a later run with --profile). */
const fillOnly = args.includes('--fill-only');
const engines: Engine[] = compare ? ['terms', 'minisearch'] : [(flag('--engine') as Engine | null) ?? 'terms'];
const baseOut = process.env.WXT_OUT_DIR ?? '.output-h6';

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(2)} KB`;

let worker: Worker;
let b: BenchBrowser;

async function inWorker<T, A>(fn: (a: A) => T | Promise<T>, arg: A): Promise<T> {
  return worker.evaluate(fn as never, arg as never) as Promise<T>;
}

async function prepare() {
  // tsx (esbuild keepNames) wraps named functions in __name(); give the worker a no-op one.
  await worker.evaluate('globalThis.__name ??= (f) => f');
  await worker.evaluate(installSynth);
}

interface SearchRow {
  size: number;
  warm: { median: number; p95: number };
  cold: number;
  indexBytes: number;
  save: number;
  indexWork: number;
  total: number;
}
const searchRows = new Map<Engine, SearchRow[]>();

for (const engine of engines) {
  const outDir = engine === 'terms' ? baseOut : `${baseOut}-minisearch`;
  if (!args.includes('--no-build')) {
    console.log(`building into ${outDir} with the bench hook (search engine: ${engine})…`);
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, WXT_OUT_DIR: outDir, WXT_LIBRARY_BENCH: '1', WXT_LIBRARY_SEARCH: engine },
    });
  }
  b = await launchBench(outDir, profile);
  worker = b.worker;
  await runSizes(engine);
  await b.close();
}

if (searchRows.size > 1) {
  console.log('\nfull-text search, side by side');
  console.log(
    '\n| articles | engine | search median / p95 (warm) | first search after cold start | index size / article | store.save | index work per save | stored / article (all) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const size of sizes)
    for (const [engine, rows] of searchRows) {
      const r = rows.find((x) => x.size === size);
      if (r)
        console.log(
          `| ${size.toLocaleString('en')} | ${engine} | ${ms(r.warm.median)} / ${ms(r.warm.p95)} | ${ms(r.cold)} | ${kb(r.indexBytes / size)} | ${ms(r.save)} | ${ms(r.indexWork)} | ${kb(r.total / size)} |`,
        );
    }
}

async function runSizes(engine: Engine) {
  // Start empty (or, with --profile, from what the profile holds).
  await prepare();
  // Worker start → database open (includes any schema upgrade a kept profile needs).
  const opened = await inWorker(async () => {
    const { db } = (globalThis as any).__dramatisBench;
    await db.open();
    return { ms: performance.now(), verno: db.verno };
  }, null);
  console.log(
    `database v${opened.verno} open ${(opened.ms / 1000).toFixed(1)} s after the worker started (any upgrade included)`,
  );
  let have: number = await inWorker(async (keep) => {
    const { store } = (globalThis as any).__dramatisBench;
    if (!keep) await store.deleteAll();
    // MiniSearch: load it now so inserts are indexed as they come (as in use).
    await store.search.load();
    return store.count();
  }, !!profile);
  console.log(`library holds ${have} articles (search engine: ${engine})`);
  if (have > 0) {
    // A kept library may have texts not yet in the search index (e.g. after a schema upgrade).
    const dt = await inWorker(async () => {
      const { store } = (globalThis as any).__dramatisBench;
      const t = performance.now();
      await store.search.flush();
      return performance.now() - t;
    }, null);
    console.log(`  indexing what was pending: ${(dt / 1000).toFixed(1)} s`);
  }

  const rows: string[] = [];
  if (fillOnly) sizes.splice(0, sizes.length - 1);
  for (const size of sizes) {
    if (size < have) continue;
    const reused = size === have; // a kept library already this size: measured as it is
    // 1. Grow the library with the import path (one transaction per 500 articles).
    const t0 = Date.now();
    // In chunks of 5,000 per call, with progress (a 100k fill takes many minutes).
    const ins = { dt: 0, textBytes: 0 };
    for (let from = have; from < size; from += 5000) {
      const part = await inWorker(
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
          await store.search.flush();
          return { dt: performance.now() - t, textBytes };
        },
        { from, to: Math.min(size, from + 5000) },
      );
      ins.dt += part.dt;
      ins.textBytes += part.textBytes;
      if (size - have > 5000)
        console.log(`  …${Math.min(size, from + 5000)} articles, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    const inserted = Math.max(1, size - have);
    have = size;
    if (fillOnly) {
      console.log(
        `filled to ${size} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${Math.round((inserted / ins.dt) * 1000)} articles/s`,
      );
      break;
    }
    console.log(
      `\n== ${size.toLocaleString('en')} articles (added ${inserted} in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );

    // 2. Single saves (the reader's path: store.save with text), 20 fresh articles; then
    //    the search-index work the save queued (debounced in use), timed on its own.
    const saveRun = await inWorker(async (n) => {
      const { store } = (globalThis as any).__dramatisBench;
      const synth = (globalThis as any).__dramatisSynth;
      const out: number[] = [];
      const work: number[] = [];
      // Since v10 a save returns once its article and journal row are committed and
      // its entity rows are updated in a second transaction: timed apart, until committed.
      const apply: number[] = [];
      for (let i = 0; i < 20; i++) {
        const a = synth.article(n + i, 99);
        let t = performance.now();
        await store.save(a);
        out.push(performance.now() - t);
        t = performance.now();
        await store.applied?.();
        apply.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 0));
        t = performance.now();
        await store.search.flush();
        work.push(performance.now() - t);
      }
      // The reader's case: a save when the library is at rest (the last save's
      // index work done a second ago; the next article is seconds of reading away).
      // Their phases are traced too: a save at rest is slower than saves in a row.
      const idle: number[] = [];
      const idleApply: number[] = [];
      const idlePer: Record<string, number[]> = {};
      for (let i = 20; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        store.opts.trace = {};
        let t = performance.now();
        await store.save(synth.article(n + i, 99));
        idle.push(performance.now() - t);
        t = performance.now();
        await store.applied?.();
        idleApply.push(performance.now() - t);
        for (const [k, v] of Object.entries(store.opts.trace as Record<string, number>)) (idlePer[k] ??= []).push(v);
        store.opts.trace = undefined;
        await store.search.flush();
      }
      const idlePhases: Record<string, number> = {};
      for (const [k, v] of Object.entries(idlePer)) idlePhases[k] = v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
      // …and delete them again so the library keeps its size.
      for (let i = 0; i < 30; i++) await store.delete(synth.article(n + i, 99).url);
      await store.search.flush();
      return { out, work, idle, idlePhases, apply, idleApply };
    }, size);
    const saves = saveRun.out;

    // 3. Related coverage: 50 open articles drawn from the same distribution.
    const related = await inWorker(async () => {
      const { store } = (globalThis as any).__dramatisBench;
      const synth = (globalThis as any).__dramatisSynth;
      const out: number[] = [];
      let found = 0;
      // Each query's phases too (the lap timer costs a performance.now() per phase): where a first
      // query for an open article goes, not only the warm second pass below.
      const per: Record<string, number[]> = {};
      // The slowest queries set the p95: each query's phases are kept to print those.
      const each: Record<string, number>[] = [];
      // IndexedDB requests per query (each get, range or cursor is one round trip to the
      // browser's database process): a count the machine's load does not change, unlike the times.
      const requests: number[] = [];
      const protos = [IDBObjectStore.prototype, IDBIndex.prototype] as any[];
      const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count'];
      const saved = protos.map((p) => methods.map((m) => p[m]));
      let asked = 0;
      protos.forEach((p, i) =>
        methods.forEach((m, j) => {
          const f = saved[i][j];
          p[m] = function (this: unknown, ...xs: unknown[]) {
            asked++;
            return f.apply(this, xs);
          };
        }),
      );
      for (let i = 0; i < 50; i++) {
        const a = synth.article(10_000_000 + i, 7);
        store.opts.trace = {};
        const t = performance.now();
        const r = await store.related(a.url, a.title, a.cast, 10, a.excerpt);
        out.push(performance.now() - t);
        for (const [k, v] of Object.entries(store.opts.trace as Record<string, number>)) (per[k] ??= []).push(v);
        // (`at`: when it started, ms since the worker started, to match against a --trace-gc log)
        each.push({ query: i + 1, whole: out[out.length - 1], ...(store.opts.trace as Record<string, number>), at: t });
        found += r.length;
        requests.push(asked);
        asked = 0;
      }
      protos.forEach((p, i) => methods.forEach((m, j) => (p[m] = saved[i][j])));
      store.opts.trace = undefined;
      const phases: Record<string, number> = {};
      for (const [k, v] of Object.entries(per)) phases[k] = v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
      const slowest = [...each].sort((x, y) => y.whole - x.whole).slice(0, 4);
      return { out, found, phases, slowest, first: each.slice(0, 10), requests };
    }, null);
    console.log(
      `  related, first pass, phases (median ms): ${Object.entries(related.phases)
        .map(([k, v]) => `${k} ${(v as number).toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(
      `  related, first pass, IndexedDB requests per query: median ${[...related.requests].sort((x: number, y: number) => x - y)[25]}, all 50: ${related.requests.reduce((x: number, y: number) => x + y, 0)}; first ten: ${related.requests.slice(0, 10).join(' ')}`,
    );
    // The first queries of a worker are the ones that read cold rows (and, without a warm-up, run the scorer
    // before V8 has compiled it): whole and scoring time of the first ten, in order.
    console.log(
      `  related, first pass, the first ten queries (whole / score, ms): ${related.first
        .map((q: Record<string, number>) => `${q.whole.toFixed(1)}/${(q.score ?? 0).toFixed(1)}`)
        .join(' ')}`,
    );
    console.log(
      `  related, first pass, the four slowest queries (ms): ${related.slowest
        .map((q: Record<string, number>) =>
          Object.entries(q)
            .map(([k, v]) => (k === 'query' ? `#${v}` : `${k} ${v.toFixed(1)}`))
            .join(' '),
        )
        .join(' | ')}`,
    );

    // 3a. Where a related query's and a save's time go: the same 50 queries (a second,
    //     warm pass) and 20 saves again with the store's phase trace on (median per phase).
    const phases = await inWorker(async (n) => {
      const { store } = (globalThis as any).__dramatisBench;
      const synth = (globalThis as any).__dramatisSynth;
      const per: Record<string, number[]> = {};
      const run = async (label: string, f: () => Promise<unknown>) => {
        store.opts.trace = {};
        const t = performance.now();
        await f();
        (per[`${label} whole`] ??= []).push(performance.now() - t);
        for (const [k, v] of Object.entries(store.opts.trace as Record<string, number>)) (per[k] ??= []).push(v);
      };
      for (let i = 0; i < 50; i++) {
        const a = synth.article(10_000_000 + i, 7);
        await run('related', () => store.related(a.url, a.title, a.cast, 10, a.excerpt));
      }
      for (let i = 0; i < 20; i++) await run('save', () => store.save(synth.article(n + 100 + i, 98)));
      await store.search.flush();
      const rnd = synth.mulberry(43);
      for (let i = 0; i < 20; i++) {
        const w = () => synth.word(50 + Math.floor(rnd() * 3000));
        const q = i % 2 ? w() : `${w()} ${w()}`;
        await run('search', () => store.searchArticles(q, 30));
      }
      store.opts.trace = undefined;
      for (let i = 0; i < 20; i++) await store.delete(synth.article(n + 100 + i, 98).url);
      await store.search.flush();
      const out: Record<string, number> = {};
      for (const [k, v] of Object.entries(per)) out[k] = v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
      return out;
    }, size);
    console.log(
      `  phases (median ms): ${Object.entries(phases)
        .map(([k, v]) => `${k} ${(v as number).toFixed(1)}`)
        .join(', ')}`,
    );

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

    // 5. Storage, and the search index's own bytes (its rows' payload, before IndexedDB's overhead).
    const storage = await inWorker(async () => {
      const est = await navigator.storage.estimate();
      return est.usage ?? 0;
    }, null);
    const indexBytes = await inWorker(async () => {
      const { db } = (globalThis as any).__dramatisBench;
      let n = 0;
      await db.postings.each((p: any) => (n += p.docs.byteLength + p.w.byteLength + p.term.length + 8));
      await db.terms.each((t: any) => (n += t.term.length + 24));
      await db.searchSegments.each(
        (x: any) => (n += x.json.length + x.urls.reduce((s: number, u: string) => s + u.length, 0)),
      );
      return n;
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
    // The restarted worker's first search (MiniSearch loads its persisted segments; the token index reads a few blocks).
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
    const textPer = ins.textBytes ? ins.textBytes / inserted : 2150;
    const w = stats(saveRun.work);
    const rowsFor = searchRows.get(engine) ?? [];
    searchRows.set(engine, rowsFor);
    rowsFor.push({ size, warm: q, cold: firstSearch, indexBytes, save: s.median, indexWork: w.median, total: storage });
    const line = [
      reused
        ? 'insert: not measured (library from an earlier run)'
        : `insert (import path, 500/transaction, search indexing included): ${Math.round((inserted / ins.dt) * 1000)} articles/s`,
      `one save (store.save, 15 entities + text): median ${ms(s.median)}, p95 ${ms(s.p95)}; search-index work it queues: median ${ms(w.median)}, p95 ${ms(w.p95)}`,
      `its entity updates, applied after it returns (until committed): median ${ms(stats(saveRun.apply).median)}, p95 ${ms(stats(saveRun.apply).p95)}; a second after (below): median ${ms(stats(saveRun.idleApply).median)}`,
      `one save a second after the last one's index work (10 saves): median ${ms(stats(saveRun.idle).median)}, max ${ms(stats(saveRun.idle).max)}; phases (median ms): ${Object.entries(
        saveRun.idlePhases,
      )
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
      `related coverage (50 queries): median ${ms(r.median)}, p95 ${ms(r.p95)} (${(related.found / 50).toFixed(1)} results each)`,
      `full-text search (50 queries): median ${ms(q.median)}, p95 ${ms(q.p95)} (${(search.hits / 50).toFixed(1)} hits each)`,
      `storage: ${kb(perArticle)}/article in all: text ${kb(textPer)}, search index ${kb(indexBytes / size)} (payload), the rest (article row, cast, mentions, entities, IndexedDB overhead) ≈ ${kb(perArticle - textPer - indexBytes / size)}`,
      `cold worker start → first related answer (sidebar:view): ${ms(cold.ms)} (${cold.related} results); warm ${ms(warm)}`,
      `first search after cold start (${engine}): ${ms(firstSearch)}`,
    ];
    for (const l of line) console.log('  ' + l);
    rows.push(
      `| ${size.toLocaleString('en')} | ${reused ? 'n/a' : Math.round((inserted / ins.dt) * 1000) + '/s'} | ${ms(s.median)} / ${ms(s.p95)} | ${ms(r.median)} / ${ms(r.p95)} | ${ms(q.median)} / ${ms(q.p95)} | ${(perArticle / 1024).toFixed(2)} KB | ${ms(cold.ms)} | ${ms(firstSearch)} |`,
    );
  }
  console.log(
    '\n| articles | insert | save median/p95 | related median/p95 | search median/p95 | stored/article (all) | cold start → related | first search after cold start |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  await b.close();
}
