/**
 * The library page in real Chromium with the built extension: two articles
 * are saved by reading them; then full-text search with highlighted matches,
 * an entity page with its timeline, export → delete everything → import,
 * and hostile and truncated import files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { waitForHighlights } from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
const SECOND = '/world/2024/02/02/kremlin-putin-pyongyang-trip.html';
const SHOTS = 'test-results/browser';

let b: ExtensionBrowser;
let srv: FixtureServer;
let lib: Page;
let exported: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  const page = await b.context.newPage();
  for (const path of [SEED, SECOND]) {
    await page.goto(srv.url(path));
    await waitForHighlights(page);
  }
  await page.close();
  lib = await b.context.newPage();
  lib.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

const articles = () => lib.locator('.articles li');

describe('library page', () => {
  it('lists the two articles read (auto-saved)', async () => {
    // The second article's auto-save may still be landing when its tab has closed (on a loaded machine the
    // background is still applying the first save's entity updates). The page lists what is saved when it
    // loads and does not follow later saves, so it is opened again until both are there.
    await expect
      .poll(
        async () => {
          await lib.goto(`chrome-extension://${b.extensionId}/library.html`);
          // (the list comes from the background a moment after the page loads; the first article is always in it)
          await articles().first().waitFor({ timeout: 5_000 });
          return articles().count();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe(2);
  });

  it('finds an article by a word deep in its full text and marks the match', async () => {
    // "cosmodrome" is in the second article's body, past its excerpt.
    await lib.getByLabel('Search your library').fill('cosmodrome');
    const results = lib.locator('.results li');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().locator('a').textContent()).toContain('Kremlin says Putin');
    expect(await results.first().locator('.snippet mark').allTextContents()).toEqual(['cosmodrome']);
    await lib.screenshot({ path: `${SHOTS}/6-library-search.png` });
    await lib.getByLabel('Search your library').fill('');
    await expect.poll(() => articles().count()).toBe(2);
  });

  it('filters by site', async () => {
    const sites = await lib.locator('.filters select option').allTextContents();
    expect(sites[0]).toBe('All sites');
    expect(sites.length).toBeGreaterThan(1);
  });

  it("opens a person's page: roles over time, both articles, names alongside, a timeline", async () => {
    await articles().locator('.cast a', { hasText: 'Vladimir Putin' }).first().click();
    await lib.locator('.entity-page h2', { hasText: 'Vladimir Putin' }).waitFor();
    await expect.poll(() => lib.locator('.entity-articles li').count()).toBe(2);
    expect(await lib.locator('.timeline svg rect.bar').count()).toBeGreaterThan(0);
    expect(await lib.locator('.cooccur li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Dmitry Peskov')]),
    );
    await lib.screenshot({ path: `${SHOTS}/7-library-entity.png`, fullPage: true });
  });

  it('shows storage, exports, deletes everything, and imports the export back', async () => {
    await lib.goto(`chrome-extension://${b.extensionId}/library.html#manage`);
    await expect
      .poll(() => lib.locator('.storage').textContent())
      .toMatch(/2 saved articles · .* used of .* available/);
    const [download] = await Promise.all([
      lib.waitForEvent('download'),
      lib.getByRole('button', { name: 'Export library (JSON)' }).click(),
    ]);
    exported = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(exported);
    expect(data.format).toBe('dramatis-library');
    expect(data.articles).toHaveLength(2);
    expect(data.articles.map((a: { text: string }) => a.text).join(' ')).toContain('cosmodrome');

    await lib.locator('button.delete-all').click();
    await lib.getByText('Your library is empty.').waitFor();
    await expect.poll(() => lib.locator('.storage').textContent()).toMatch(/^0 saved articles/);

    await lib
      .locator('input[type=file]')
      .setInputFiles({ name: 'lib.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await lib.locator('.import-report').getByText('Imported 2 articles').waitFor();
    await lib.goto(`chrome-extension://${b.extensionId}/library.html`);
    await expect.poll(() => articles().count()).toBe(2);
    await lib.getByLabel('Search your library').fill('cosmodrome');
    await expect.poll(() => lib.locator('.results li').count()).toBe(1);
  });

  it('rejects javascript: URLs, renders a markup title as text, refuses a truncated file, and loses nothing', async () => {
    await lib.goto(`chrome-extension://${b.extensionId}/library.html#manage`);
    const good = JSON.parse(exported).articles[0];
    const hostile = {
      format: 'dramatis-library',
      version: 1,
      exportedAt: '',
      entities: [],
      articles: [
        { ...good, url: 'javascript:alert(document.domain)' },
        { ...good, url: 'https://evil.test/x', title: '<img src=x onerror="document.title=1">Evil' },
      ],
    };
    await lib
      .locator('input[type=file]')
      .setInputFiles({ name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    const report = lib.locator('.import-report');
    await report.getByText('Imported 1 article').waitFor();
    expect(await report.textContent()).toMatch(/1 record rejected.*article #1.*http/);

    await lib
      .locator('input[type=file]')
      .setInputFiles({ name: 't.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 300)) });
    await lib.getByText(/truncated or damaged/).waitFor();

    await lib.goto(`chrome-extension://${b.extensionId}/library.html`);
    await expect.poll(() => articles().count()).toBe(3);
    const titles = await lib.locator('.articles li > a').allTextContents();
    expect(titles).toContain('<img src=x onerror="document.title=1">Evil');
    expect(await lib.locator('.articles img').count()).toBe(0);
    expect(await lib.title()).toBe('Dramatis library');
  });

  it('deletes one article with confirmation (the reader-journey selectors still work)', async () => {
    await articles().filter({ hasText: 'Evil' }).locator('button.delete').click();
    await expect.poll(() => articles().count()).toBe(2);
  });
});
