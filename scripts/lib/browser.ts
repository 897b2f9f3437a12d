/**
 * Debian's Chromium with the built extension loaded unpacked, driven by
 * playwright-core (never a downloaded browser). Shared by the demo and the
 * real-browser tests.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.WXT_OUT_DIR ? `${process.env.WXT_OUT_DIR}/chrome-mv3` : '.output/chrome-mv3',
);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Click the toolbar button for real: fires action.onClicked with this page's tab. */
  clickToolbar(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  opts: { headless?: boolean; /** another unpacked extension (benchmark baselines) */ dir?: string } = {},
): Promise<ExtensionBrowser> {
  const dir = opts.dir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const clickToolbar = async (page: Page) => {
    // The reader clicks the toolbar of the tab they are looking at.
    await page.bringToFront();
    const browser = context.browser();
    // A persistent context has no Browser object; a page-level CDP session
    // reaches the browser domain through Target.* on its connection.
    const cdp = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    const url = page.url();
    const tab = targetInfos.find((t) => t.url === url) ?? targetInfos.find((t) => t.type === 'tab');
    if (!tab) throw new Error('no tab target for ' + url);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    await cdp.detach().catch(() => {});
  };

  return {
    context,
    extensionId,
    worker,
    clickToolbar,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
