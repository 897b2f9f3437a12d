/**
 * Issue 8: the hover cards are reachable by keyboard. Tab reaches the
 * highlights (one focus stop of ours stands for them: CSS highlights are not
 * focusable), the arrow keys walk the names, Enter opens the card with the
 * focus in it, Esc closes it and then leaves, and Tab goes on into the page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSeedArticle, readCard } from '../../scripts/lib/journey';

let page: Page;

let close: () => Promise<void>;

beforeAll(async () => {
  ({ page, close } = await openSeedArticle());
});

afterAll(async () => {
  await close?.();
});

/** The mention marked now, and the highlighted mentions in reading order. */
const marked = () =>
  page.evaluate(() => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const all = ['person', 'org', 'place', 'misc']
      .flatMap((t) => [...(hl.get(`dramatis-${t}`) ?? [])])
      .sort((a, c) => a.compareBoundaryPoints(Range.START_TO_START, c));
    const flash = [...(hl.get('dramatis-flash') ?? [])][0];
    const index = flash ? all.findIndex((r) => r.compareBoundaryPoints(Range.START_TO_START, flash) === 0) : -1;
    return { text: flash?.toString() ?? null, index, first: all[0]?.toString(), second: all[1]?.toString() };
  });
const focused = () => page.evaluate(() => document.activeElement?.localName ?? null);

it('Tab reaches the first highlighted name, arrows walk the names in reading order', async () => {
  await page.bringToFront();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('dramatis-keys');
  const m = await marked();
  expect(m.index).toBe(0);
  expect(m.text).toBe(m.first);
  await page.keyboard.press('ArrowRight');
  const next = await marked();
  expect(next.index).toBe(1);
  expect(next.text).toBe(m.second);
  await page.keyboard.press('ArrowLeft');
  expect((await marked()).index).toBe(0);
  await page.screenshot({ path: 'test-results/browser/8-keyboard-walk.png' });
});

it('Enter opens the card of the marked name with the focus in it; Esc closes it and returns to the walk', async () => {
  const name = (await marked()).text!;
  await page.keyboard.press('Enter');
  await expect.poll(() => readCard(page), { timeout: 5_000 }).toContain(name);
  expect(await focused()).toBe('dramatis-card');
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBe('');
  expect(await focused()).toBe('dramatis-keys');
});

it('Tab moves on into the page; the walk leaves no mark behind', async () => {
  await page.keyboard.press('Tab');
  expect(await focused()).not.toBe('dramatis-keys');
  expect((await marked()).text).toBeNull();
});
