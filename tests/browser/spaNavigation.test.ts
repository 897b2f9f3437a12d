/**
 * SPA navigation in the real browser (issue 2): the probe has no WXT context
 * on a page that is not an article; it hears a client-side navigation through
 * Chromium's Navigation API (`navigatesuccess`) and judges the new view. A
 * section front that becomes an article without a page load gets its session
 * and its highlights; the page itself raised no error.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { hasSession, highlightTexts, waitForHighlights } from '../../scripts/lib/journey';

const FRONT = '/world/';
const ARTICLE = '/world/2024/02/02/kremlin-putin-pyongyang-trip.html';

let b: ExtensionBrowser;
let srv: FixtureServer;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  page = await b.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('a section front that turns into an article by pushState gets the session and its highlights', async () => {
  await page.goto(srv.url(FRONT));
  await page.waitForTimeout(1000);
  expect(await hasSession(b, page.url())).toBe(false);
  // The probe also watches a non-article's body for a while for one that loads
  // late (15 s, watchArticle's lateBodyMs); past that, only hearing the
  // navigation can bring the session, which is what this test is about.
  await page.waitForTimeout(15_500);
  const html = await (await fetch(srv.url(ARTICLE))).text();
  // What a client-rendered site does on a link click: a new address, then the new view.
  await page.evaluate(
    ([path, markup]) => {
      history.pushState({}, '', path);
      const next = new DOMParser().parseFromString(markup, 'text/html');
      document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.importNode(n, true)));
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
    },
    [ARTICLE, html],
  );
  await waitForHighlights(page);
  expect(await highlightTexts(page, 'dramatis-person')).toContain('Putin');
  expect(page.url()).toBe(srv.url(ARTICLE));
  expect(await hasSession(b, page.url())).toBe(true);
});

it('no page errors were raised', () => {
  expect(pageErrors).toEqual([]);
});
