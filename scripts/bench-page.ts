/**
 * npm run bench:page — what Dramatis costs on real pages, measured inside
 * Chromium with the built extension: the content script's own timings
 * (detect, model load, extract, recognize, highlight) as it reports them with
 * the page state. Pages: the demo articles, Mozilla Readability's test pages
 * (../shared/data, served from 127.0.0.1) and the non-article fixtures.
 * Build first (npm run build; the npm script does).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchWithExtension } from './lib/browser';
import { startFixtureServer, ROUTES } from './lib/fixtureServer';
import type { PageState } from '../utils/messages';

const RP = join(import.meta.dirname, '../../shared/data/readability-pages');
const NON = join(import.meta.dirname, '../tests/fixtures/nonarticles');
const limit = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 60);

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
  const m = /^\/rp\/([^/]+)\/$/.exec(path);
  if (m && rpNames.includes(m[1])) return gunzipSync(readFileSync(join(RP, m[1], 'source.html.gz'))).toString('utf8');
  const n = /^\/non\/(\d+)\.html$/.exec(path);
  if (n && nonFiles[+n[1]]) return readFileSync(nonFiles[+n[1]], 'utf8');
  return null;
});
const b = await launchWithExtension({ headless: true });
const page = await b.context.newPage();

const urls = [
  ...Object.keys(ROUTES).map((p) => srv.url(p)),
  ...rpNames.map((n) => srv.url(`/rp/${n}/`)),
  ...nonFiles.map((_, i) => srv.url(`/non/${i}.html`)),
];
const rows: PageState[] = [];
for (const url of urls) {
  await page.goto(url, { waitUntil: 'load' }).catch(() => {});
  let state: PageState | undefined;
  for (let i = 0; i < 50 && !state; i++) {
    await page.waitForTimeout(100);
    const all = (await b.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<unknown> } } } }
      ).chrome.storage.session.get(null),
    )) as Record<string, PageState>;
    state = Object.values(all).find((s) => s?.pageUrl === url && s.timings);
  }
  if (state) rows.push(state);
  else console.log(`no state reported for ${url}`);
}
await b.close();
await srv.close();

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
console.log(`pages measured: ${rows.length} (${arts.length} annotated as articles, ${non.length} not)`);
console.log('step (ms)            median     p95');
const line = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(20)} ${fmt(median(xs)).padStart(7)} ${fmt(p95(xs)).padStart(7)}`);
line(
  'non-article: detect',
  non.map((r) => r.timings!.detectMs),
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
