/**
 * Dynamic pages (issue 5), in the real browser: a client-side re-render that
 * leaves the article's text as it was re-anchors the highlights on the new
 * Text nodes without reading the names again; a "read more" expansion that
 * adds text is read again, and its new names light up.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/browser';
import { highlightTexts, openSeedArticle } from '../../scripts/lib/journey';
import type { PageState } from '../../utils/messages';

let b: ExtensionBrowser;
let page: Page;

let close: () => Promise<void>;

beforeAll(async () => {
  ({ b, page, close } = await openSeedArticle());
});

afterAll(async () => {
  await close?.();
});

/** The page state the tab last reported to the background (kept in storage.session). */
async function reported(): Promise<PageState | undefined> {
  const url = page.url();
  const all = (await b.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.session.get(null),
  )) as Record<string, PageState>;
  return Object.values(all).find((s) => s?.pageUrl === url && !!s.timings);
}

/** How many highlight ranges of a type sit on Text nodes that are still in the page. */
const liveRanges = (name: string) =>
  page.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return [...(hl ?? [])].filter((r) => r.startContainer.isConnected && r.toString().length > 0).length;
  }, name);

it('a re-render with the same text re-anchors the highlights and does not read the names again', async () => {
  const first = await reported();
  expect(first?.timings?.recognizeMs).toBeGreaterThan(0);
  const before = await liveRanges('dramatis-person');
  expect(before).toBeGreaterThan(5);
  // What a framework's re-render does: every paragraph is replaced by a new one with the same text.
  await page.evaluate(() => document.querySelectorAll('article p').forEach((p) => p.replaceWith(p.cloneNode(true))));
  expect(await liveRanges('dramatis-person')).toBeLessThan(before);
  await expect.poll(() => liveRanges('dramatis-person'), { timeout: 10_000 }).toBe(before);
  const again = await reported();
  expect(again?.cast.map((c) => c.name).sort()).toEqual(first?.cast.map((c) => c.name).sort());
  expect(again?.timings?.recognizeMs).toBe(0);
});

it('a "read more" expansion adds text: it is read again and its new names light up', async () => {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent =
      'Later on Wednesday, Defense Secretary Lloyd Austin told reporters in Washington that the Pentagon was watching the talks closely and would consult allies.';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(() => highlightTexts(page, 'dramatis-person'), { timeout: 10_000 }).toContain('Lloyd Austin');
  const after = await reported();
  expect(after?.timings?.recognizeMs).toBeGreaterThan(0);
  expect(after?.cast.map((c) => c.name)).toContain('Lloyd Austin');
  expect(after?.cast.map((c) => c.name)).toContain('John Kirby');
});
