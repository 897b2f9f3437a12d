/**
 * Side-by-side cost of the page probe on non-article pages for two or more
 * builds of the extension, loaded in one run and interleaved page by page (so
 * the machine's load weighs on each alike): the extension's whole CPU per load
 * from Chromium's trace, as `npm run bench:page` reads it. For trying a change
 * to the probe: build the old and the new into different folders first.
 *
 *   WXT_OUT_DIR=.output-old npx wxt build   # before the change
 *   npx wxt build                           # after it (.output)
 *   AB=.output-old,.output REPS=2 npx tsx scripts/compare-probe.ts
 *
 * An A/A run (the same build twice) differed by 0.02 ms in the median here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { startFixtureServer } from './lib/fixtureServer';
import { recordExtensionCpuLite } from './lib/extensionTasks';
import { largeHomePage, largeSectionFront } from './page/largeListing';
const NON = join(import.meta.dirname, '../tests/fixtures/nonarticles');
const nonFiles = readdirSync(NON, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => join(d.parentPath, d.name));
const LARGE: Record<string, string> = { '/large/home/': largeHomePage(), '/large/section/': largeSectionFront() };
const srv = await startFixtureServer(0, (path) => {
  if (LARGE[path]) return LARGE[path];
  const n = /^\/non\/(\d+)\.html$/.exec(path);
  if (n && nonFiles[+n[1]]) return readFileSync(nonFiles[+n[1]], 'utf8');
  return null;
});
const dirs = (process.env.AB ?? '.output-base,.output').split(',');
const bs: {
  d: string;
  b: Awaited<ReturnType<typeof launchWithExtension>>;
  page: import('playwright-core').Page;
  non: number[];
  large: number[];
}[] = [];
for (const d of dirs) {
  const b = await launchWithExtension({ headless: true, dir: resolve(import.meta.dirname, '..', d, 'chrome-mv3') });
  bs.push({ d, b, page: await b.context.newPage(), non: [] as number[], large: [] as number[] });
}
const reps = Number(process.env.REPS ?? 2);
const urls = [...nonFiles.map((_, i) => `/non/${i}.html`), ...Object.keys(LARGE)];
for (let r = 0; r < reps; r++)
  for (const u of urls)
    for (const x of r % 2 ? [...bs].reverse() : bs) {
      const rec = await recordExtensionCpuLite(x.page, x.b.extensionId);
      await x.page.goto(srv.url(u), { waitUntil: 'load' }).catch(() => {});
      await x.page.waitForTimeout(500);
      (LARGE[u] ? x.large : x.non).push(await rec.stop());
    }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)];
for (const x of bs)
  console.log(
    `${x.d.padEnd(16)} non-articles median ${med(x.non).toFixed(2)} (q25 ${q(x.non, 0.25).toFixed(2)} q75 ${q(x.non, 0.75).toFixed(2)}, n=${x.non.length})  large ${med(x.large).toFixed(2)}`,
  );
console.log('load', readFileSync('/proc/loadavg', 'utf8').trim());
for (const x of bs) await x.b.close();
await srv.close();
