import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { COMMANDS, onShortcut } from '../../utils/background/backgroundServices';
import config from '../../wxt.config';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

type Sent = [number, { type: string }];

/** What a shortcut sends to a tab that runs a page session (the session answers `content:ping`). */
async function sent(command: string) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  const send = vi
    .spyOn(browser.tabs, 'sendMessage')
    .mockImplementation((async (_id: number, m: { type: string }) =>
      m.type === 'content:ping' ? { session: true } : undefined) as never);
  await onShortcut(command);
  return (send.mock.calls as unknown as Sent[]).filter(([, m]) => m.type !== 'content:ping');
}

it('a tab where the probe found no article gets the page session injected, then the message', async () => {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  let injected = false;
  const executeScript = vi.fn(async () => ((injected = true), []));
  (browser as unknown as { scripting: unknown }).scripting = { executeScript };
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, m: { type: string }) => {
    if (m.type !== 'content:ping') return undefined;
    if (!injected) throw new Error('Receiving end does not exist.');
    return { session: true };
  }) as never);
  await onShortcut('toggle-sidebar');
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/session.js'] });
  expect((send.mock.calls as unknown as Sent[]).map(([, m]) => m.type)).toEqual([
    'content:ping',
    'content:ping',
    'content:toggleSidebar',
  ]);
});

it('each shortcut sends its typed message to the active tab', async () => {
  expect(await sent('toggle-sidebar')).toEqual([[7, { type: 'content:toggleSidebar', data: {} }]]);
  vi.restoreAllMocks();
  expect(await sent('toggle-highlights')).toEqual([[7, { type: 'content:toggleHighlights', data: {} }]]);
  vi.restoreAllMocks();
  expect(await sent('next-mention')).toEqual([[7, { type: 'content:stepMention', data: { step: 1 } }]]);
  vi.restoreAllMocks();
  expect(await sent('previous-mention')).toEqual([[7, { type: 'content:stepMention', data: { step: -1 } }]]);
});

it('an unknown command sends nothing', async () => {
  expect(await sent('format-disk')).toEqual([]);
});

it('a tab without the content script (chrome://) is not an error', async () => {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  await expect(onShortcut('next-mention')).resolves.toBeUndefined();
});

it('every command the manifest declares has a handler, and the other way round', async () => {
  const manifest = (config.manifest as (e: { browser: string }) => { commands: Record<string, unknown> })({
    browser: 'chrome',
  });
  expect(Object.keys(manifest.commands).sort()).toEqual([...COMMANDS].sort());
});
