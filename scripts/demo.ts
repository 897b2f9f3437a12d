/**
 * npm start: build (done by the npm script), serve the demo articles from
 * 127.0.0.1 and open Chromium with Dramatis loaded on them.
 * npm start -- --headless (or npm run demo): the same without a window; writes
 * screenshots of the highlighted page, a hover card, the sidebar and related
 * coverage to demo-screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from './lib/browser';
import { startFixtureServer, ROUTES } from './lib/fixtureServer';
import { hoverName, sidebarFrame, waitForHighlights } from './lib/journey';

const headlessAsked = process.argv.includes('--headless');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!headlessAsked && noDisplay) console.log('No display found: running headless and writing screenshots instead.');
const headless = headlessAsked || noDisplay;
const OUT = 'demo-screenshots';

const srv = await startFixtureServer(headless ? 0 : 8765);
const b = await launchWithExtension({ headless });
const [seed, second, front] = Object.keys(ROUTES);

if (!headless) {
  for (const path of [seed, second, front]) await (await b.context.newPage()).goto(srv.url(path));
  console.log(`Dramatis is loaded. Demo pages on ${srv.origin}:`);
  for (const path of Object.keys(ROUTES)) console.log('  ' + srv.url(path));
  console.log('Click the Dramatis toolbar icon (or Alt+Shift+D) for the sidebar. Close the browser to stop.');
  b.context.on('close', () => void srv.close().then(() => process.exit(0)));
} else {
  mkdirSync(OUT, { recursive: true });
  const page = await b.context.newPage();
  await page.goto(srv.url(seed));
  await waitForHighlights(page);
  await page.screenshot({ path: `${OUT}/1-highlighted-article.png` });
  await hoverName(page, 'Dmitry Peskov');
  await page.screenshot({ path: `${OUT}/2-hover-card.png` });
  await page.keyboard.press('Escape');
  await b.clickToolbar(page);
  await (await sidebarFrame(page)).getByText('Who is in this story').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/3-sidebar.png` });
  await page.goto(srv.url(second));
  await waitForHighlights(page);
  await b.clickToolbar(page);
  await (await sidebarFrame(page)).locator('.related li').first().waitFor();
  await page.screenshot({ path: `${OUT}/4-related-coverage.png` });
  const lib = await b.context.newPage();
  await lib.goto(`chrome-extension://${b.extensionId}/library.html`);
  await lib.locator('.articles li').first().waitFor();
  await lib.screenshot({ path: `${OUT}/5-library.png` });
  console.log(`Screenshots written to ${OUT}/`);
  await b.close();
  await srv.close();
}
