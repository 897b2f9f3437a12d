/**
 * Bad input in the real browser: a page with markup in its title and
 * metadata, CSS that forces styles on everything, and its own MutationObserver
 * and click handler. Dramatis highlights it without changing its DOM, runs
 * none of its markup, and the page's script keeps working.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { highlightTexts, waitForHighlights } from '../../scripts/lib/journey';

let b: ExtensionBrowser;
let srv: FixtureServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  // Runs in the page's own world before its scripts: remember the DOM as the page built it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __html: string }).__html = document.documentElement.outerHTML;
    });
  });
  await page.goto(srv.url('/hostile-article.html'));
  await waitForHighlights(page);
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('highlights the names', async () => {
  const people = await highlightTexts(page, 'dramatis-person');
  expect(people).toContain('Dmitry Peskov');
  expect(people).toContain('Vladimir Putin');
});

it('leaves the DOM exactly as the page built it, and the page saw no mutation', async () => {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __html: string; __mutations: number };
    return { same: w.__html === document.documentElement.outerHTML, mutations: w.__mutations };
  });
  expect(state).toEqual({ same: true, mutations: 0 });
});

it('runs none of the markup in the title or metadata', async () => {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await b.clickToolbar(page);
  const sb = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/sidebar.html'))).toBe(true);
  const frame = sb ?? page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
  await frame.locator('main.sidebar h2').waitFor();
  // Shown as text, never parsed as HTML.
  // (Which of the hostile title, og:title or JSON-LD headline wins is the metadata reader's choice; each carries markup.)
  expect(await frame.locator('main.sidebar h2').textContent()).toMatch(/<(img|script)\b[^]*window\.__pwned=1/);
  expect(await frame.locator('main.sidebar img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

it("the page's own script still works", async () => {
  await page.click('#counter');
  await page.click('#counter');
  expect(await page.textContent('#count')).toBe('2');
});

it('page CSS does not hide or restyle the sidebar', async () => {
  const frameEl = page.locator('iframe[src$="/sidebar.html"]');
  const box = await frameEl.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  // The wrapper is a div, which the page's CSS tries to hide.
  expect(await frameEl.evaluate((f) => getComputedStyle(f.parentElement!).display)).toBe('block');
});

it('raised no page errors', () => {
  expect(errors).toEqual([]);
});
