/**
 * npm run bench:page — what Dramatis costs on real pages, measured inside
 * Chromium with the built extension: the content script's own timings
 * (detect, model load, extract, recognize, highlight) as it reports them with
 * the page state. Pages: the demo articles, Mozilla Readability's test pages
 * (../shared/data, served from 127.0.0.1), the non-article fixtures and two
 * generated large listing pages (scripts/page/largeListing.ts).
 * Build first (npm run build; the npm script does).
 *
 *   --pages=N    Readability test pages to load (default 60)
 *   --repeat=N   load every page N times, each a fresh content script (default 1);
 *                figures are over all loads
 *   --trace      also read Chromium's trace of each load: the CPU time of every
 *                main-thread task that ran the extension's code, script
 *                start-up included (what the page paid in all; the timings
 *                above are only the steps the content script times itself)
 *
 * Non-article pages are measured from the trace without the profiler: the
 * probe reports nothing on them (see utils/page/pageProbe.ts), and the trace
 * holds everything they paid, start-up included.
 */
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchWithExtension } from './lib/browser';
import { startFixtureServer, ROUTES } from './lib/fixtureServer';
import type { PageState } from '../utils/messages';
import { largeHomePage, largeSectionFront } from './page/largeListing';
import { recordExtensionCpuLite, recordLongTasks } from './lib/extensionTasks';

const RP = join(import.meta.dirname, '../../shared/data/readability-pages');
const NON = join(import.meta.dirname, '../tests/fixtures/nonarticles');
const limit = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 60);
const repeat = Number(process.argv.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 1);
const trace = process.argv.includes('--trace');
/** Extension CPU per load (from the trace), keyed like the rows. */
const cpuOf = new Map<PageState, number>();
const LARGE: Record<string, string> = { '/large/home/': largeHomePage(), '/large/section/': largeSectionFront() };

const rpNames = existsSync(RP)
  ? readdirSync(RP)
      .filter((n) => existsSync(join(RP, n, 'source.html.gz')))
      .slice(0, limit)
  : [];
const nonFiles = existsSync(NON)
  ? readdirSync(NON, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => join(d.parentPath, d.name))
  : [];

const srv = await startFixtureServer(0, (path) => {
  if (LARGE[path]) return LARGE[path];
  const m = /^\/rp\/([^/]+)\/$/.exec(path);
  if (m && rpNames.includes(m[1])) return gunzipSync(readFileSync(join(RP, m[1], 'source.html.gz'))).toString('utf8');
  const n = /^\/non\/(\d+)\.html$/.exec(path);
  if (n && nonFiles[+n[1]]) return readFileSync(nonFiles[+n[1]], 'utf8');
  return null;
});
const b = await launchWithExtension({ headless: true });
const page = await b.context.newPage();

// Pages that may be articles: the content script's own timings, as the page session reports them.
const urls = [...Object.keys(ROUTES).map((p) => srv.url(p)), ...rpNames.map((n) => srv.url(`/rp/${n}/`))];
// Script-free non-article pages: the probe reports nothing there (a non-article
// touches no extension API), so what they cost is read from Chromium's trace.
const quietUrls = nonFiles.map((_, i) => srv.url(`/non/${i}.html`));
const largeUrls = Object.keys(LARGE).map((p) => srv.url(p));
const rows: PageState[] = [];
let unreported = 0;
/** Readability test pages the probe left alone (no report): real markup, scripts and all, unlike the fixtures. */
const leftAlone = new Set<string>();
for (let r = 0; r < repeat; r++)
  for (const url of urls) {
    const state = await measure(url);
    if (state) rows.push(state);
    else {
      unreported++;
      if (url.includes('/rp/')) leftAlone.add(url);
    }
  }
// Without the profiler (which slows all code): the probe's whole CPU per load.
const liteNon: number[] = [];
const liteLarge: number[] = [];
const liteReal: number[] = [];
for (let r = 0; r < repeat; r++)
  for (const url of [...quietUrls, ...largeUrls, ...leftAlone]) {
    const rec = await recordExtensionCpuLite(page, b.extensionId);
    await page.goto(url, { waitUntil: 'load' }).catch(() => {});
    await page.waitForTimeout(800); // detection and any late work of the probe land in here
    (largeUrls.includes(url) ? liteLarge : leftAlone.has(url) ? liteReal : liteNon).push(await rec.stop());
  }
const annotatedQuiet = await countAnnotated([...quietUrls, ...largeUrls]);
await b.close();

/** How many of these pages left a page state (only an article, or a muted article, reports one). */
async function countAnnotated(list: string[]): Promise<number> {
  const all = (await b.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<unknown> } } } }
    ).chrome.storage.session.get(null),
  )) as Record<string, PageState>;
  return Object.values(all).filter((s) => s && list.includes(s.pageUrl)).length;
}

async function measure(url: string): Promise<PageState | undefined> {
  const rec = trace ? await recordLongTasks(page, b.extensionId) : null;
  await page.goto(url, { waitUntil: 'load' }).catch(() => {});
  let state: PageState | undefined;
  // An article reports within seconds; a page the probe judged not to be one never does.
  for (let i = 0; i < 50 && !state; i++) {
    await page.waitForTimeout(100);
    const all = (await b.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<unknown> } } } }
      ).chrome.storage.session.get(null),
    )) as Record<string, PageState>;
    state = Object.values(all).find((s) => s?.pageUrl === url && s.timings);
  }
  if (rec) {
    await page.waitForTimeout(300); // let the last task (painting, the state message) finish inside the trace
    const report = await rec.stop(1e9);
    if (state) cpuOf.set(state, report.totalCpuMs);
  }
  // Forget this load's state, so the next load of the same page reports afresh.
  await b.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
    ).chrome.storage.session.clear(),
  );
  return state;
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
const fmt = (n: number) => (Number.isNaN(n) ? 'n/a' : n.toFixed(2));
const arts = rows.filter((r) => r.isArticle);
const non = rows.filter((r) => !r.isArticle);
console.log(
  `page loads measured: ${rows.length + unreported} of the demo and Readability test pages (${arts.length} annotated as articles, ${non.length + unreported} not: ${unreported} left no report, as a non-article does; ${repeat} load(s) per page)`,
);
console.log(
  `plus ${liteNon.length} loads of ${nonFiles.length} script-free non-article fixtures and ${liteLarge.length} of the 2 large listing pages (${annotatedQuiet} annotated)`,
);
console.log(`load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log('step (ms)            median     p95');
const line = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(20)} ${fmt(median(xs)).padStart(7)} ${fmt(p95(xs)).padStart(7)}`);
// The probe woke the session, whose reading of the body then said "not an article": it paid for both.
if (non.length)
  line(
    'woken, then no: total',
    non.map((r) => r.timings!.detectMs + r.timings!.extractMs),
  );
line(
  'article: detect',
  arts.map((r) => r.timings!.detectMs),
);
line(
  'article: model load',
  arts.map((r) => r.timings!.modelMs),
);
line(
  'article: extract',
  arts.map((r) => r.timings!.extractMs),
);
line(
  'article: recognize',
  arts.map((r) => r.timings!.recognizeMs),
);
line(
  'article: highlight',
  arts.map((r) => r.timings!.highlightMs),
);
line(
  'article: total',
  arts.map((r) => {
    const t = r.timings!;
    return t.detectMs + t.modelMs + t.extractMs + t.recognizeMs + t.highlightMs;
  }),
);
const liteBase = await emptyContentScriptCpu(true, quietUrls);
const liteRealBase = await emptyContentScriptCpu(true, [...leftAlone]);
console.log('extension CPU per non-article load, all of it, from the trace without the profiler (ms)');
line('non-article fixtures', liteNon);
line('large listings', liteLarge);
line('empty script (base)', liteBase);
console.log(`the ${leftAlone.size} Readability test pages the probe left alone (real markup; their own scripts run)`);
line('Dramatis', liteReal);
line('empty script (base)', liteRealBase);
if (trace) {
  const cpu = (rs: PageState[]) => rs.map((r) => cpuOf.get(r)).filter((x): x is number => x !== undefined);
  const baseline = await emptyContentScriptCpu(false, quietUrls);
  console.log('extension CPU per page load, from the trace (ms; start-up included)');
  line('article', cpu(arts));
  line('empty script (base)', baseline);
}
await srv.close();

/**
 * The same pages under an extension whose content script is empty: what any
 * content script costs a page before running a line of its own (Chromium
 * creating the isolated world), so Dramatis's share can be read.
 */
async function emptyContentScriptCpu(lite: boolean, pages: string[]): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0',
      background: { service_worker: 'bg.js' },
      content_scripts: [{ matches: ['http://*/*'], js: ['cs.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'cs.js'), 'void 0;');
  const eb = await launchWithExtension({ headless: true, dir });
  const p = await eb.context.newPage();
  const out: number[] = [];
  for (let r = 0; r < repeat; r++)
    for (const url of pages) {
      const rec = lite ? await recordExtensionCpuLite(p, eb.extensionId) : await recordLongTasks(p, eb.extensionId);
      await p.goto(url, { waitUntil: 'load' }).catch(() => {});
      await p.waitForTimeout(lite ? 800 : 500);
      const got = await rec.stop(1e9);
      out.push(typeof got === 'number' ? got : got.totalCpuMs);
    }
  await eb.close();
  return out;
}
