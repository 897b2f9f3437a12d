/**
 * Settings take effect on open tabs without a reload: highlight style and
 * types from the options page, "click to open cards", and muting a site from
 * the sidebar (and turning it back on).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import {
  highlightTexts,
  hoverName,
  readCard,
  rectOfHighlight,
  sidebarFrame,
  waitForHighlights,
} from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
let b: ExtensionBrowser;
let srv: FixtureServer;
let page: Page;
let options: Page;

const pageCss = () =>
  page.evaluate(() =>
    [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
  );

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  page = await b.context.newPage();
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
  options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.getByText('What to highlight').waitFor();
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('switching to underlines restyles the open article', async () => {
  expect(await pageCss()).toContain('background-color');
  await options.getByLabel('Underline').check();
  await expect.poll(pageCss).toContain('underline');
  await page.screenshot({ path: 'test-results/browser/8-underline-style.png' });
});

it('turning a type off removes its highlights from the open article, and the cast keeps it', async () => {
  const places = await highlightTexts(page, 'dramatis-place');
  expect(places.length).toBeGreaterThan(0);
  await options.getByLabel('Places').uncheck();
  await expect.poll(() => highlightTexts(page, 'dramatis-place')).toEqual([]);
  expect(await highlightTexts(page, 'dramatis-person')).toContain('John Kirby');
  await options.getByLabel('Places').check();
  await expect.poll(() => highlightTexts(page, 'dramatis-place')).toEqual(places);
});

it('"click to open cards": resting the pointer opens nothing, a click opens the card', async () => {
  await options.getByLabel('Open only when I click a name').check();
  await page.waitForTimeout(300);
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toBe('');
  const p = (await rectOfHighlight(page, 'Dmitry Peskov'))!;
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => readCard(page)).toContain('Kremlin spokesperson');
  await options.getByLabel(/Open when the pointer rests/).check();
});

it('muting the site from the sidebar clears the page; turning it back on restores it', async () => {
  await b.clickToolbar(page);
  let sb = await sidebarFrame(page);
  await sb.getByRole('button', { name: /Turn off on 127\.0\.0\.1/ }).click();
  await expect.poll(() => highlightTexts(page, 'dramatis-person')).toEqual([]);
  sb = await sidebarFrame(page);
  await sb.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect.poll(() => highlightTexts(page, 'dramatis-person')).toContain('John Kirby');
  expect(await options.locator('.sites li').count()).toBe(0);
  await options.screenshot({ path: 'test-results/browser/9-options.png' });
});
