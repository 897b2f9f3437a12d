/**
 * Hardening in the real browser: strict CSP with Trusted Types, no network
 * request of the extension's own, the reader's editable text untouched,
 * selection still works, and an extension reload leaves the page clean.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { highlightTexts, hoverName, readCard, sidebarFrame, waitForHighlights } from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
let b: ExtensionBrowser;
let srv: FixtureServer;
const requests: Request[] = [];

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  b.context.on('request', (r) => requests.push(r));
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('works on a page with a strict CSP and Trusted Types, causing no violation', async () => {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto(srv.url('/strict' + SEED));
  expect(res?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await waitForHighlights(page);
  expect(await highlightTexts(page, 'dramatis-person')).toContain('Dmitry Peskov');
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toContain('Kremlin spokesperson');
  await b.clickToolbar(page);
  const sb = await sidebarFrame(page);
  await sb.getByText('Who is in this story').waitFor();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  await page.close();
});

it('leaves editable text, inputs and textareas alone, and the reader can still select text', async () => {
  const page = await b.context.newPage();
  await page.goto(srv.url('/editable-article.html'));
  await waitForHighlights(page);
  const inEditable = await page.evaluate(() => {
    const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const bad: string[] = [];
    for (const h of all.values())
      for (const r of h) {
        const el = r.startContainer.parentElement;
        if (el?.closest('[contenteditable], textarea, input')) bad.push(r.toString());
      }
    return bad;
  });
  expect(inEditable).toEqual([]);
  expect(await highlightTexts(page, 'dramatis-person')).toContain('Dmitry Peskov');
  // Typing into the editable region works and Dramatis does not touch it.
  await page.click('#notes');
  await page.keyboard.press('End');
  await page.keyboard.type(' Added.');
  expect(await page.textContent('#notes')).toContain('Added.');
  // Selecting article text (over highlighted names) still works.
  const selected = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    const r = document.createRange();
    r.selectNodeContents(p);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return sel.toString();
  });
  expect(selected).toContain('Kremlin spokesperson Dmitry Peskov');
  await page.close();
});

it('makes no network request of its own', async () => {
  const page = await b.context.newPage();
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
  await b.clickToolbar(page);
  await (await sidebarFrame(page)).getByText('Who is in this story').waitFor();
  const lib = await b.context.newPage();
  await lib.goto(`chrome-extension://${b.extensionId}/library.html`);
  await lib.locator('main').waitFor();
  await lib.close();
  // Everything requested: the fixture pages from 127.0.0.1, and the extension's own package files.
  const outside = requests
    .map((r) => r.url())
    .filter(
      (u) =>
        !u.startsWith(srv.origin) && !u.startsWith(`chrome-extension://${b.extensionId}/`) && !u.startsWith('data:'),
    );
  expect(outside).toEqual([]);
  // And no request to the page's origin came from the extension (worker or its pages).
  const fromExtension = requests.filter(
    (r) => r.url().startsWith('http') && (r.serviceWorker() || r.frame()?.url().startsWith('chrome-extension://')),
  );
  expect(fromExtension.map((r) => r.url())).toEqual([]);
  await page.close();
});

it('an extension reload removes its highlights and UI from open pages, without console errors', async () => {
  const page = await b.context.newPage();
  const errors: string[] = [];
  // Where each error came from (page, content script, sidebar frame) is kept, so a failure says which.
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(`${e.message} (${e.stack ?? ''})`));
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
  await b.clickToolbar(page);
  await sidebarFrame(page);
  await b.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
  );
  await expect.poll(() => highlightTexts(page, 'dramatis-person'), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => page.locator('iframe[src$="/sidebar.html"]').count()).toBe(0);
  expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
});
