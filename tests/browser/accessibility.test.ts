/**
 * Automated accessibility checks (axe-core, WCAG 2 A/AA rules) on the
 * extension's own pages as a reader meets them: the sidebar over an article,
 * the library, the settings page, and the hover card (light and dark).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { hoverName, readCard, sidebarFrame, waitForHighlights } from '../../scripts/lib/journey';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let b: ExtensionBrowser;
let srv: FixtureServer;

async function violations(target: Page | Frame, within?: string): Promise<string[]> {
  await target.evaluate(AXE);
  const result = (await target.evaluate(
    (sel) =>
      (window as unknown as { axe: { run(c: unknown, o: object): Promise<unknown> } }).axe.run(
        sel ? document.querySelector(sel) : document,
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      ),
    within ?? null,
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

for (const scheme of ['light', 'dark'] as const) {
  it(`the sidebar has no accessibility violations (${scheme})`, async () => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(srv.url('/news/2024/01/24/us-defense-posture-nk-threats.html'));
    await waitForHighlights(page);
    await b.clickToolbar(page);
    const sb = await sidebarFrame(page);
    await sb.getByText('Who is in this story').waitFor();
    expect(await violations(sb)).toEqual([]);
    await page.close();
  });

  it(`the library page has no accessibility violations (${scheme})`, async () => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${b.extensionId}/library.html`);
    await page.locator('main').waitFor();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    // A person's page too: roles, timeline, the "forget" button in the danger colour.
    await page.locator('.articles li .cast a').first().click();
    await page.locator('.entity-page .timeline').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it(`the settings page has no accessibility violations (${scheme})`, async () => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await page.getByText('What to highlight').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
}

/**
 * The card lives in a *closed* shadow root, which axe (a page script) cannot
 * enter. Through the DevTools protocol the test copies the open card, node for
 * node, into an *open* shadow root with the very same adopted style sheet,
 * closes the original, and runs axe on the copy. What is checked is the card's
 * DOM and CSS as rendered for this entity; its event handlers are not copied.
 */
async function copyCardIntoOpenShadowRoot(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { localName?: string; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | null =>
      n.localName === 'dramatis-card'
        ? n
        : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no card open');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const host = document.createElement('div');
        host.id = 'card-copy';
        const open = host.attachShadow({ mode: 'open' });
        open.adoptedStyleSheets = [...this.adoptedStyleSheets];
        open.append(this.querySelector('.card').cloneNode(true));
        document.body.append(host);
      }`,
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

for (const scheme of ['light', 'dark'] as const)
  it(`the hover card has no accessibility violations (${scheme})`, async () => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(srv.url('/news/2024/01/24/us-defense-posture-nk-threats.html'));
    await waitForHighlights(page);
    await hoverName(page, 'Dmitry Peskov');
    await expect.poll(() => readCard(page), { timeout: 10_000 }).toContain('Kremlin spokesperson');
    await copyCardIntoOpenShadowRoot(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBe('');
    // The copy is what axe sees: it holds the card's name, role and buttons.
    expect(await page.locator('#card-copy').getByRole('dialog').getAttribute('aria-label')).toContain('Dmitry Peskov');
    expect(await page.locator('#card-copy').getByRole('button', { name: 'Mute on this site' }).count()).toBe(1);
    expect(await violations(page, '#card-copy')).toEqual([]);
    await page.close();
  });
