/** What a reader does and sees, as steps the demo and the real-browser tests share. */
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

/** Text of every range in one of Dramatis's CSS highlights (e.g. 'dramatis-person'). */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('dramatis-person')?.size ?? 0) > 0,
    undefined,
    { timeout },
  );
}

/** Centre of the first highlighted range whose text is `text`, in viewport coordinates. */
export async function rectOfHighlight(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const h of all.values())
      for (const r of h) {
        if (r.toString() !== t) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    return null;
  }, text);
}

/** Rest the pointer on a highlighted name until its card opens. */
export async function hoverName(page: Page, text: string): Promise<void> {
  const p = await rectOfHighlight(page, text);
  if (!p) throw new Error(`no highlight reads "${text}"`);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.waitForTimeout(700);
}

/** A UI of ours in a closed shadow root: its host element and the selector of its root inside. */
export interface ClosedUi {
  host: string;
  root: string;
}
export const CARD: ClosedUi = { host: 'dramatis-card', root: '.card' };
export const SAVE_PROMPT: ClosedUi = { host: 'dramatis-save', root: '.prompt' };

/**
 * Text of the hover card. The card lives in a *closed* shadow root, which page
 * scripts (and Playwright locators) cannot enter; the DevTools protocol can.
 */
export async function readCard(page: Page, ui: ClosedUi = CARD): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === ui.host);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const res = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: "function (sel) { const c = this.querySelector(sel); return c ? c.textContent : ''; }",
      arguments: [{ value: ui.root }],
      returnByValue: true,
    })) as { result: { value: string } };
    return res.result.value ?? '';
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Click a button in the hover card (or another closed-shadow UI) by its text, at its on-screen position. */
export async function clickInCard(page: Page, label: string, ui: ClosedUi = CARD): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === ui.host);
    const shadow = host?.shadowRoots?.[0];
    const button = shadow && findNode(shadow, (n) => n.localName === 'button' && textOf(n) === label);
    if (!button) throw new Error(`no "${label}" button in ${ui.host}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function textOf(n: CdpNode): string {
  return (n.children ?? []).map((c) => (c.nodeType === 3 ? (c.nodeValue ?? '') : textOf(c))).join('');
}

interface CdpNode {
  nodeType?: number;
  nodeValue?: string;
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const f = findNode(c, pred);
    if (f) return f;
  }
  return null;
}

/** The sidebar's frame once it has rendered its content. */
export async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const f = page.frames().find((fr) => fr.url().endsWith('/sidebar.html'));
    if (f && (await f.locator('main.sidebar').count()) > 0) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('sidebar did not open');
}

/** The demo article every journey starts from. */
export const SEED_PATH = '/news/2024/01/24/us-defense-posture-nk-threats.html';

/** Chromium with the built extension, the fixture server, and the seed article open and highlighted. */
export async function openSeedArticle(): Promise<{
  b: ExtensionBrowser;
  srv: FixtureServer;
  page: Page;
  close(): Promise<void>;
}> {
  const srv = await startFixtureServer();
  const b = await launchWithExtension({ headless: true });
  const page = await b.context.newPage();
  await page.goto(srv.url(SEED_PATH));
  await waitForHighlights(page);
  return { b, srv, page, close: async () => (await b.close(), await srv.close()) };
}

/** Does the tab showing `url` run a page session? (Only a session answers `content:ping`.) */
export async function hasSession(b: ExtensionBrowser, url: string): Promise<boolean> {
  return b.worker.evaluate(async (u) => {
    type Chrome = {
      tabs: {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(id: number, m: unknown): Promise<{ session?: boolean } | undefined>;
      };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
    return chrome.tabs.sendMessage(tab.id, { type: 'content:ping', data: {} }).then(
      (r) => r?.session === true,
      () => false,
    );
  }, url);
}
