/**
 * Issue 8's controls in real Chromium with the built extension: the toolbar
 * icon greys on pages that are not articles, the keyboard shortcuts (their
 * real `commands.onCommand` listeners, dispatched in the service worker,
 * because a page cannot press browser accelerators), "Mute on this site" from
 * the hover card, "only these sites" and retention from the options page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import {
  clickInCard,
  highlightTexts,
  hoverName,
  readCard,
  SAVE_PROMPT,
  waitForHighlights,
} from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
const FRONT = '/world/';
let b: ExtensionBrowser;
let srv: FixtureServer;
let page: Page;
let options: Page;

type Chrome = {
  action: { setIcon(d: { tabId: number; path: Record<string, string> }): Promise<void> };
  commands: { onCommand: { dispatch(name: string, tab?: unknown): void } };
  tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
};

/** A message to the background from the options page (an extension page, as the library page sends them). */
const send = (type: string, data: unknown) =>
  options.evaluate(
    ([t, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: t, data: d }),
    [type, data] as const,
  );

/** The page re-reads itself and the worker answers in their own time: wait up to 10 s. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** The page's adopted style sheets: where the highlight colours live. */
const pageCss = () =>
  page.evaluate(() =>
    [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
  );

/** Fire a keyboard command the way Chromium does: through the worker's real onCommand listeners. */
async function pressCommand(name: string) {
  await page.bringToFront();
  await b.worker.evaluate(
    (n) => (globalThis as unknown as { chrome: Chrome }).chrome.commands.onCommand.dispatch(n),
    name,
  );
}

/** Index of the flashed range among the person ranges reading `text`, in document order (-1: none flashed). */
const flashedIndex = (text: string) =>
  page.evaluate((t) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const flash = [...(hl.get('dramatis-flash') ?? [])][0];
    if (!flash) return { index: -1, of: 0, inView: false };
    const all = [...(hl.get('dramatis-person') ?? [])]
      .filter((r) => r.toString().includes(t))
      .sort((a, c) => a.compareBoundaryPoints(Range.START_TO_START, c));
    const index = all.findIndex(
      (r) => r.compareBoundaryPoints(Range.START_TO_START, flash) === 0 && r.toString() === flash.toString(),
    );
    const box = flash.getBoundingClientRect();
    return { index, of: all.length, inView: box.top >= 0 && box.bottom <= innerHeight };
  }, text);

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  // Record every per-tab icon the background sets, and whether Chromium accepted the image.
  await b.worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; __icons: { tabId: number; path: string; ok: boolean }[] };
    g.__icons = [];
    const real = g.chrome.action.setIcon.bind(g.chrome.action);
    g.chrome.action.setIcon = async (d) => {
      const rec = { tabId: d.tabId, path: d.path['16'], ok: false };
      g.__icons.push(rec);
      await real(d);
      rec.ok = true;
    };
  });
  page = await b.context.newPage();
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

/** The icons set for the tab `page` shows (no "tabs" permission: the active tab is found by being active). */
const iconsOfPage = async () => {
  await page.bringToFront();
  const tabId = await b.worker.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true })
      )[0]?.id,
  );
  const all = await b.worker.evaluate(
    () => (globalThis as unknown as { __icons: { tabId: number; path: string; ok: boolean }[] }).__icons,
  );
  return all.filter((r) => r.tabId === tabId);
};

it('the icon is grey on a section front and in colour on an article, per tab', async () => {
  await page.goto(srv.url(FRONT));
  await expect
    .poll(async () => (await iconsOfPage()).at(-1))
    .toEqual({
      tabId: expect.any(Number),
      path: '/icon-dim/16.png',
      ok: true,
    });
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
  // Chromium accepts each image in its own time: wait for the colour one to be set and accepted.
  await poll(async () => (await iconsOfPage()).at(-1)).toEqual({
    tabId: expect.any(Number),
    path: '/icon/16.png',
    ok: true,
  });
});

it('the "toggle highlights" shortcut hides the marks and the cards, and brings them back', async () => {
  expect(await pageCss()).toContain('::highlight(dramatis-person)');
  await pressCommand('toggle-highlights');
  await poll(pageCss).not.toContain('::highlight(dramatis-person)');
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toBe('');
  await page.screenshot({ path: 'test-results/browser/8-highlights-hidden.png' });
  await pressCommand('toggle-highlights');
  await poll(pageCss).toContain('::highlight(dramatis-person)');
});

it('next / previous mention walk the mentions of the name whose card was opened last', async () => {
  await page.mouse.move(1, 1);
  await hoverName(page, 'John Kirby');
  await poll(() => readCard(page)).toContain('Kirby');
  await page.keyboard.press('Escape');
  await poll(() => readCard(page)).toBe('');
  const first = await page.evaluate(() => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(hl.get('dramatis-person') ?? [])].filter((r) => r.toString().includes('Kirby')).length;
  });
  expect(first).toBeGreaterThan(1);
  // From the bottom of the page, so reaching the mention needs a scroll.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await pressCommand('next-mention');
  await poll(() => flashedIndex('Kirby')).toEqual({ index: 1, of: first, inView: true });
  expect(await readCard(page)).toContain('Kirby');
  await pressCommand('previous-mention');
  await poll(() => flashedIndex('Kirby')).toEqual({ index: 0, of: first, inView: true });
  await pressCommand('previous-mention');
  await poll(() => flashedIndex('Kirby')).toEqual({ index: first - 1, of: first, inView: true });
  await page.keyboard.press('Escape');
});

it('"Hide on this page" in the hover card clears this page only; the toggle shortcut brings the highlights back', async () => {
  await page.mouse.move(1, 1);
  await hoverName(page, 'Dmitry Peskov');
  await poll(() => readCard(page)).toContain('Hide on this page');
  await clickInCard(page, 'Hide on this page');
  await poll(pageCss).not.toContain('::highlight(dramatis-person)');
  expect(await readCard(page)).toBe('');
  // Nothing was saved: the site is not muted.
  const muted = await b.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.sync.get('settings'),
  );
  expect(JSON.stringify(muted)).not.toContain('127.0.0.1');
  await pressCommand('toggle-highlights');
  await poll(pageCss).toContain('::highlight(dramatis-person)');
});

it('"Mute on this site" in the hover card clears the page at once; turning it back on restores it', async () => {
  await page.mouse.move(1, 1);
  await hoverName(page, 'Dmitry Peskov');
  await poll(() => readCard(page)).toContain('Mute on this site');
  await clickInCard(page, 'Mute on this site');
  await poll(() => highlightTexts(page, 'dramatis-person')).toEqual([]);
  expect(await readCard(page)).toBe('');
  options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await expect
    .poll(() => options.locator('.sites li').allTextContents())
    .toEqual([expect.stringContaining('127.0.0.1')]);
  await options.getByRole('button', { name: 'Turn back on: 127.0.0.1' }).click();
  await poll(() => highlightTexts(page, 'dramatis-person')).toContain('John Kirby');
});

it('"only these sites" turns Dramatis off on the open tab until its site is added', async () => {
  await options.getByLabel('Only on these sites').check();
  await poll(() => highlightTexts(page, 'dramatis-person')).toEqual([]);
  await options.getByLabel('Site to allow').fill('http://127.0.0.1:1234/some/page');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect
    .poll(() => options.locator('.allowed li').allTextContents())
    .toEqual([expect.stringContaining('127.0.0.1')]);
  await poll(() => highlightTexts(page, 'dramatis-person')).toContain('John Kirby');
  await options.getByLabel('On every site, except those turned off below').check();
});

it('retention: setting "keep 30 days" deletes older saved articles and keeps newer ones', async () => {
  const DAY = 24 * 3600 * 1000;
  const article = (url: string, daysAgo: number) => ({
    url,
    title: `Saved ${daysAgo} days ago`,
    byline: null,
    site: 'example.org',
    publishedAt: null,
    savedAt: Date.now() - daysAgo * DAY,
    excerpt: 'An old story.',
    text: 'An old story.',
    lang: null,
    cast: [],
  });
  const report = (await send('library:importBatch', {
    articles: [article('https://example.org/old', 45), article('https://example.org/recent', 10)],
    entities: [],
  })) as { added: number };
  expect(report.added).toBe(2);
  const urls = async () =>
    ((await send('library:list', { site: 'example.org' })) as { url: string }[]).map((a) => a.url).sort();
  expect(await urls()).toEqual(['https://example.org/old', 'https://example.org/recent']);
  const all = async () => ((await send('library:list', {})) as { url: string }[]).map((x) => x.url).sort();
  const before = await all();
  // The article open in the tab (auto-saved today) is in the library too.
  expect(before.length).toBe(3);
  await options.getByLabel('Days to keep saved articles (0 keeps them forever)').fill('30');
  await options.getByLabel('Days to keep saved articles (0 keeps them forever)').press('Tab');
  await poll(urls).toEqual(['https://example.org/recent']);
  expect(await all()).toEqual(before.filter((u) => u !== 'https://example.org/old'));
  await options.getByLabel('Days to keep saved articles (0 keeps them forever)').fill('0');
  await options.getByLabel('Days to keep saved articles (0 keeps them forever)').press('Tab');
});

it('auto-save "ask": a new article is not saved but offered; Save in the prompt saves it', async () => {
  const KREMLIN = '/world/2024/02/02/kremlin-putin-pyongyang-trip.html';
  const saved = async () => ((await send('library:list', {})) as { url: string }[]).map((a) => a.url);
  await options.getByLabel('Ask me with a small Save prompt').check();
  const other = await b.context.newPage();
  try {
    await other.goto(srv.url(KREMLIN));
    await waitForHighlights(other);
    await poll(() => readCard(other, SAVE_PROMPT)).toContain('Save this article to your Dramatis library?');
    // Asked, not saved; and the page's scripts cannot see the prompt.
    expect((await saved()).some((u) => u.endsWith(KREMLIN))).toBe(false);
    expect(await other.evaluate(() => document.querySelector('dramatis-save')?.shadowRoot ?? null)).toBeNull();
    await other.screenshot({ path: 'test-results/browser/8-save-prompt.png' });
    await clickInCard(other, 'Save', SAVE_PROMPT);
    await poll(() => readCard(other, SAVE_PROMPT)).toContain('Saved to your library.');
    await poll(async () => (await saved()).some((u) => u.endsWith(KREMLIN))).toBe(true);
    // The note goes by itself; a reload of a saved article does not ask again.
    await poll(() => readCard(other, SAVE_PROMPT)).toBe('');
    await other.reload();
    await waitForHighlights(other);
    await other.waitForTimeout(1500);
    expect(await readCard(other, SAVE_PROMPT)).toBe('');
  } finally {
    await other.close();
    await options.getByLabel('Save it to my library (only on this device)').check();
  }
});
