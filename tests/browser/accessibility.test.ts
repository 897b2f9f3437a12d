/**
 * Automated accessibility checks (axe-core, WCAG 2 A/AA rules) on the
 * extension's own pages as a reader meets them: the sidebar over an article,
 * the library, the settings page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { sidebarFrame, waitForHighlights } from '../../scripts/lib/journey';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let b: ExtensionBrowser;
let srv: FixtureServer;

async function violations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE);
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  srv = await startFixtureServer();
  b = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await b?.close();
  await srv?.close();
});

it('the sidebar has no accessibility violations', async () => {
  const page = await b.context.newPage();
  await page.goto(srv.url('/news/2024/01/24/us-defense-posture-nk-threats.html'));
  await waitForHighlights(page);
  await b.clickToolbar(page);
  const sb = await sidebarFrame(page);
  await sb.getByText('Who is in this story').waitFor();
  expect(await violations(sb)).toEqual([]);
  await page.close();
});

it('the library page has no accessibility violations', async () => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/library.html`);
  await page.locator('main').waitFor();
  await page.waitForTimeout(300);
  expect(await violations(page)).toEqual([]);
  await page.close();
});

it('the settings page has no accessibility violations', async () => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByText('What to highlight').waitFor();
  expect(await violations(page)).toEqual([]);
  await page.close();
});
