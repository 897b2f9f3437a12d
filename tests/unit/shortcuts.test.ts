import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { COMMANDS, onShortcut } from '../../utils/background/backgroundServices';
import config from '../../wxt.config';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function sent(command: string) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
  await onShortcut(command);
  return send.mock.calls;
}

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
