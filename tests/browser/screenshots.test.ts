/**
 * The four views the README shows, in light and dark (`prefers-color-scheme`
 * emulated): an annotated article with a hover card open, the sidebar with
 * related coverage, the library's page for one person with its timeline, and
 * the options page. Written to test-results/browser/screens/, or to
 * SCREENSHOT_DIR (the README's come from SCREENSHOT_DIR=docs/screenshots).
 * Each test also checks the view shows what its picture is meant to show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { hoverName, readCard, sidebarFrame, waitForHighlights } from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
const SECOND = '/world/2024/02/02/kremlin-putin-pyongyang-trip.html';
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/browser/screens';
let b: ExtensionBrowser;
let srv: FixtureServer;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  // Read both articles once, so the library has related coverage and a timeline (auto-save is on).
  const p = await b.context.newPage();
  for (const path of [SEED, SECOND]) {
    await p.goto(srv.url(path));
    await waitForHighlights(p);
  }
  await p.close();
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

/** A page in the given colour scheme; asserts the emulation took (so a "dark" picture really is). */
async function open(scheme: 'light' | 'dark', url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  return page;
}

/** The computed background of an element, e.g. "rgb(31, 31, 34)". */
const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

const seen: Record<string, string> = {};

for (const scheme of ['light', 'dark'] as const)
  describe(scheme, () => {
    it('an annotated article with a hover card open', async () => {
      const page = await open(scheme, srv.url(SEED));
      await waitForHighlights(page);
      await hoverName(page, 'Dmitry Peskov');
      await expect.poll(() => readCard(page), { timeout: 10_000 }).toContain('Kremlin spokesperson');
      await page.screenshot({ path: `${OUT}/article-card-${scheme}.png` });
      await page.close();
    });

    it('the sidebar with related coverage', async () => {
      const page = await open(scheme, srv.url(SECOND));
      await waitForHighlights(page);
      await b.clickToolbar(page);
      const sb = await sidebarFrame(page);
      await sb.locator('.related li').first().waitFor();
      expect(await sb.locator('.related li').first().textContent()).toContain('Vladimir Putin');
      // A taller window, so the article, its cast and related coverage all fit in one picture.
      await page.setViewportSize({ width: 1280, height: 1100 });
      seen[`sidebar-${scheme}`] = await sb.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.screenshot({ path: `${OUT}/sidebar-related-${scheme}.png` });
      await page.close();
    });

    it("the library's page for one person, with its timeline", async () => {
      const page = await open(scheme, `chrome-extension://${b.extensionId}/library.html`);
      await page.locator('.articles li .cast a', { hasText: 'Vladimir Putin' }).first().click();
      await page.locator('.entity-page h2', { hasText: 'Vladimir Putin' }).waitFor();
      expect(await page.locator('.timeline svg rect.bar').count()).toBeGreaterThan(0);
      seen[`library-${scheme}`] = await background(page, 'body');
      await page.screenshot({ path: `${OUT}/library-entity-${scheme}.png`, fullPage: true });
      await page.close();
    });

    it('the options page', async () => {
      const page = await open(scheme, `chrome-extension://${b.extensionId}/options.html`);
      await page.getByText('What to highlight').waitFor();
      seen[`options-${scheme}`] = await background(page, 'body');
      await page.screenshot({ path: `${OUT}/options-${scheme}.png`, fullPage: true });
      await page.close();
    });
  });

it('the extension pages really change colour between light and dark', () => {
  for (const view of ['sidebar', 'library', 'options'])
    expect(seen[`${view}-dark`], view).not.toBe(seen[`${view}-light`]);
});
