/**
 * The reader corrects Dramatis, from the hover card and from the sidebar; the
 * correction is remembered on the device, applied on every page from then on,
 * and listed with undo.
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
  sidebarFrame,
  waitForHighlights,
} from '../../scripts/lib/journey';

const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
const SECOND = '/world/2024/02/02/kremlin-putin-pyongyang-trip.html';
let b: ExtensionBrowser;
let srv: FixtureServer;
let page: Page;

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
  page = await b.context.newPage();
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('"Don\'t highlight" from the card removes every mention of that entity, at once', async () => {
  expect(await highlightTexts(page, 'dramatis-person')).toContain('Patrick Ryder');
  await hoverName(page, 'Patrick Ryder');
  expect(await readCard(page)).toContain('Patrick Ryder');
  await page.screenshot({ path: 'test-results/browser/7-card-corrections.png' });
  await clickInCard(page, "Don't highlight");
  await expect.poll(() => highlightTexts(page, 'dramatis-person')).not.toContain('Patrick Ryder');
  expect(await highlightTexts(page, 'dramatis-person')).toContain('John Kirby');
});

it('a rename in the sidebar shows in the sidebar and the card, and holds on another page', async () => {
  await b.clickToolbar(page);
  const sb = await sidebarFrame(page);
  await sb.getByRole('button', { name: 'Correct Dmitry Peskov' }).click();
  const editor = sb.getByRole('group', { name: 'Correct Dmitry Peskov' });
  await editor.locator('input[name=name]').fill('Dmitry S. Peskov');
  await page.screenshot({ path: 'test-results/browser/6-sidebar-correction.png' });
  await editor.getByRole('button', { name: 'Rename' }).click();
  await expect.poll(() => sb.locator('.cast li .name').allTextContents()).toContain('Dmitry S. Peskov');
  await b.clickToolbar(page);
  // The toolbar closes the sidebar again: its frame leaves the page before the pointer moves.
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/sidebar.html'))).toBe(false);
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toContain('Dmitry S. Peskov');

  await page.goto(srv.url(SECOND));
  await waitForHighlights(page);
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toContain('Dmitry S. Peskov');
});

it('the corrections are listed, and undo restores the original', async () => {
  await b.clickToolbar(page);
  const sb = await sidebarFrame(page);
  await sb.getByText('Your corrections').click();
  const items = sb.locator('.corrections li');
  await expect.poll(() => items.count()).toBe(2);
  expect(await items.first().textContent()).toContain('Dmitry S. Peskov');
  await items.first().getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => sb.locator('.cast li .name').allTextContents()).toContain('Dmitry Peskov');
  await expect.poll(() => items.count()).toBe(1);
});
