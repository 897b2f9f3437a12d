import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { LIBRARY_WAIT_MS, registerBackgroundServices, toSaveInput } from '../../utils/background/backgroundServices';
import { openLibraryDb, type LibraryDb } from '../../utils/library/db';
import { LibraryStore } from '../../utils/library/libraryStore';
import type { PageState, Protocol, SidebarView } from '../../utils/messages';
import type { EntityType } from '../../utils/types';

type Req<K extends keyof Protocol> = Protocol[K][0];
type Res<K extends keyof Protocol> = Protocol[K][1];

/**
 * fakeBrowser's runtime.sendMessage hands listeners an empty sender (no `tab`),
 * so messages "from a tab" are delivered by triggering onMessage with a sender.
 */
async function fromTab<K extends keyof Protocol>(tabId: number, type: K, data: Req<K>): Promise<Res<K>> {
  const results = await fakeBrowser.runtime.onMessage.trigger({ type, data }, { tab: { id: tabId } } as never);
  return (results as unknown[]).find((r) => r !== undefined) as Res<K>;
}
/** Extension pages (library, settings) use the real sendMessage path. */
const fromPage = <K extends keyof Protocol>(type: K, data: Req<K>): Promise<Res<K>> =>
  browser.runtime.sendMessage({ type, data });

const person = (name: string, role: string | null = null, official = false) => ({
  id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type: 'person' as EntityType,
  role,
  count: 2,
  official,
});
const place = (name: string) => ({
  id: `place:${name.toLowerCase()}`,
  name,
  type: 'place' as EntityType,
  role: null,
  count: 1,
  official: false,
});

function state(url: string, title: string, cast: PageState['cast'], isArticle = true): PageState {
  return {
    pageUrl: url + '?utm_source=feed',
    isArticle,
    detection: { isArticle, confidence: isArticle ? 0.9 : 0.1, reasons: [] },
    article: isArticle
      ? {
          url,
          title,
          byline: 'A Writer',
          site: 'Example Wire',
          publishedAt: '2024-01-24T00:12:00.000Z',
          lang: 'en',
          excerpt: 'An excerpt.',
        }
      : null,
    cast,
  };
}

const peskov = person('Dmitry Peskov', 'Kremlin spokesperson', true);
const kirby = person('John Kirby', 'NSC coordinator', true);
const putin = person('Vladimir Putin', 'Russian President', true);
const moscow = place('Moscow');

const A = state('https://wire.test/2024/01/24/kirby-posture', 'US keeps appropriate posture, White House says', [
  kirby,
  putin,
  moscow,
]);
const B = state(
  'https://wire.test/2024/02/02/peskov-putin-visit',
  'Kremlin says Putin has no plans yet for Pyongyang trip',
  [peskov, putin],
);

let db: LibraryDb;
let store: LibraryStore;
let off: () => void;
let n = 0;
let toTab: ReturnType<typeof vi.fn>;
let commandListeners: ((c: string) => void)[];

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser implements neither commands nor tabs.sendMessage.
  commandListeners = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = {
    onCommand: {
      addListener: (l: (c: string) => void) => commandListeners.push(l),
      removeListener: (l: (c: string) => void) => commandListeners.splice(commandListeners.indexOf(l), 1),
    },
  };
  // Tabs run a page session (only a session answers content:ping; see pageProbe).
  toTab = vi.fn(async (_id: number, m?: { type?: string }) =>
    m?.type === 'content:ping' ? { session: true } : undefined,
  );
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = toTab;
  db = openLibraryDb(`dramatis-bg-${Date.now()}-${n++}`);
  store = new LibraryStore(db);
  off = registerBackgroundServices(store);
});

afterEach(async () => {
  off();
  vi.restoreAllMocks();
  await db.delete();
});

describe('toSaveInput', () => {
  it('prefers the canonical URL and keeps the cast without the official flag', () => {
    const input = toSaveInput(A)!;
    expect(input.url).toBe('https://wire.test/2024/01/24/kirby-posture');
    expect(input.cast[0]).toEqual({
      id: kirby.id,
      name: 'John Kirby',
      type: 'person',
      role: 'NSC coordinator',
      count: 2,
    });
    expect(toSaveInput(state('https://x.test/', 't', [], false))).toBeNull();
  });
});

describe('page:analyzed', () => {
  it('auto-saves a detected article by default and sets the badge to the number of people', async () => {
    const res = await fromTab(1, 'page:analyzed', { state: A });
    expect(res.saved).toBe(true);
    const saved = await store.get('https://wire.test/2024/01/24/kirby-posture');
    expect(saved?.title).toBe(A.article!.title);
    expect(saved?.entityIds).toEqual([kirby.id, putin.id, moscow.id]);
    // Stats leave out the open article itself.
    expect(res.stats[kirby.id]).toEqual({ count: 0, latest: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('2');
  });

  it('stats count other saved articles naming the entity', async () => {
    await fromTab(1, 'page:analyzed', { state: A });
    const res = await fromTab(2, 'page:analyzed', { state: B });
    expect(res.stats[putin.id].count).toBe(1);
    expect(res.stats[putin.id].latest.map((l) => l.url)).toEqual([A.article!.url]);
    expect(res.stats[peskov.id].count).toBe(0);
  });

  it('does not save, nor ask, when the auto-save policy is "never"', async () => {
    expect(await fromPage('settings:set', { autoSave: 'never' })).toMatchObject({ autoSave: 'never' });
    const res = await fromTab(1, 'page:analyzed', { state: A });
    expect(res).toMatchObject({ saved: false, askToSave: false });
    expect(await store.list()).toEqual([]);
  });

  it('"ask" saves nothing by itself and asks the page; its Save prompt then saves', async () => {
    await fromPage('settings:set', { autoSave: 'ask' });
    const res = await fromTab(1, 'page:analyzed', { state: A });
    expect(res).toMatchObject({ saved: false, askToSave: true });
    expect(await store.list()).toEqual([]);
    expect(await fromTab(1, 'page:save', {})).toEqual({ saved: true });
    expect((await store.list()).map((a) => a.url)).toEqual([A.article!.url]);
    expect(toTab).toHaveBeenCalledWith(1, { type: 'content:refreshStats', data: {} });
  });

  it('"ask" does not ask again for an article already saved, and keeps it current', async () => {
    await fromTab(1, 'page:analyzed', { state: A }); // saved under the default policy, "always"
    await fromPage('settings:set', { autoSave: 'ask' });
    const retitled = { ...A, article: { ...A.article!, title: 'A new headline' } };
    const res = await fromTab(2, 'page:analyzed', { state: retitled });
    expect(res).toMatchObject({ saved: true, askToSave: false });
    expect((await store.get(A.article!.url!))?.title).toBe('A new headline');
  });

  it('"ask" never asks on a non-article', async () => {
    await fromPage('settings:set', { autoSave: 'ask' });
    const res = await fromTab(1, 'page:analyzed', { state: state('https://wire.test/world', 'World', [], false) });
    expect(res).toMatchObject({ saved: false, askToSave: false });
  });

  it('never saves a non-article', async () => {
    const res = await fromTab(1, 'page:analyzed', { state: state('https://wire.test/world', 'World', [], false) });
    expect(res.saved).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a page report that does not come from a tab', async () => {
    await expect(fromPage('page:analyzed', { state: A })).rejects.toThrow(/tab/);
  });
});

describe('sidebar', () => {
  it("'sidebar:view' lists the first article under related coverage of the second, with shared names", async () => {
    await fromTab(1, 'page:analyzed', { state: A });
    await fromTab(2, 'page:analyzed', { state: B });
    const view: SidebarView = await fromTab(2, 'sidebar:view', {});
    expect(view.state?.article?.title).toBe(B.article!.title);
    expect(view.saved).toBe(true);
    expect(view.settings).toMatchObject({ autoSave: 'always' });
    expect(view.related.map((r) => r.url)).toEqual([A.article!.url]);
    expect(view.related[0].shared.map((s) => s.name)).toEqual(['Vladimir Putin']);
    expect(view.related[0].shared[0].role).toBe('Russian President');
  });

  it("'sidebar:view' shows the cast at once while the library is still opening, and says related coverage is pending", async () => {
    await fromTab(2, 'page:analyzed', { state: B });
    // As in a long upgrade: the library answers nothing for now (this file never opens it through
    // trackLibraryOpen, so its status is "opening").
    vi.spyOn(store, 'related').mockImplementation(() => new Promise(() => {}));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const pending = fromTab(2, 'sidebar:view', {});
      await vi.advanceTimersByTimeAsync(LIBRARY_WAIT_MS);
      const view: SidebarView = await pending;
      expect(view.libraryPending).toBe(true);
      expect(view.state?.cast.map((c) => c.name)).toEqual(B.cast.map((c) => c.name));
      expect(view.related).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
    // Once it answers, the view is whole again.
    vi.mocked(store.related).mockRestore();
    const view: SidebarView = await fromTab(2, 'sidebar:view', {});
    expect(view.libraryPending).toBeUndefined();
    expect(view.saved).toBe(true);
  });

  it("'sidebar:view' for a tab that reported nothing has no state", async () => {
    const view = await fromTab(9, 'sidebar:view', {});
    expect(view).toMatchObject({ state: null, related: [], saved: false });
  });

  it("'sidebar:save' saves on request and tells the tab to refresh its stats", async () => {
    await fromPage('settings:set', { autoSave: 'never' });
    await fromTab(3, 'page:analyzed', { state: B });
    expect(await store.get(B.article!.url!)).toBeUndefined();
    expect(await fromTab(3, 'sidebar:save', {})).toEqual({ saved: true });
    expect(await store.get(B.article!.url!)).toBeDefined();
    expect(toTab).toHaveBeenCalledWith(3, { type: 'content:refreshStats', data: {} });
  });

  it("'sidebar:save' on a non-article says why", async () => {
    await fromTab(3, 'page:analyzed', { state: state('https://wire.test/world', 'World', [], false) });
    const res = await fromTab(3, 'sidebar:save', {});
    expect(res.saved).toBe(false);
    expect(res.error).toBeTruthy();
  });

  it("'sidebar:focus' is routed to the sender's tab", async () => {
    await fromTab(4, 'sidebar:focus', { entityId: peskov.id });
    expect(toTab).toHaveBeenCalledWith(4, { type: 'content:focus', data: { entityId: peskov.id } });
  });
});

describe('library', () => {
  it("'library:list' and 'library:delete' from the library page", async () => {
    await fromTab(1, 'page:analyzed', { state: A });
    await fromTab(2, 'page:analyzed', { state: B });
    expect((await fromPage('library:list', {})).map((a) => a.url).sort()).toEqual(
      [A.article!.url, B.article!.url].sort(),
    );
    expect(await fromPage('library:delete', { url: A.article!.url! })).toEqual({ deleted: true });
    expect((await fromPage('library:list', {})).map((a) => a.url)).toEqual([B.article!.url]);
    expect(await store.get(A.article!.url!)).toBeUndefined();
    // The deleted article is no longer related coverage.
    const view = await fromTab(2, 'sidebar:view', {});
    expect(view.related).toEqual([]);
    expect(await fromPage('library:delete', { url: A.article!.url! })).toEqual({ deleted: false });
  });
});

describe('library page messages', () => {
  it('saves the full text sent with the page state and finds it by search', async () => {
    const withText: PageState = {
      ...B,
      article: { ...B.article!, text: 'Opening words. Later the Kremlin mentioned a tractor factory.' },
    };
    await fromTab(1, 'page:analyzed', { state: withText });
    const hits = await fromPage('library:search', { query: 'tractor' });
    expect(hits.map((h) => h.article.url)).toEqual([B.article!.url]);
    expect(hits[0].snippet).toContain('tractor factory');
    expect(hits[0].terms).toEqual(['tractor']);
  });

  it('overview, site filter, entity page, and deleting a site', async () => {
    await fromTab(1, 'page:analyzed', { state: A });
    await fromTab(2, 'page:analyzed', { state: { ...B, article: { ...B.article!, site: 'Other Site' } } });
    expect(await fromPage('library:overview', {})).toEqual({
      count: 2,
      sites: [
        { site: 'Example Wire', count: 1 },
        { site: 'Other Site', count: 1 },
      ],
    });
    expect((await fromPage('library:list', { site: 'Other Site' })).map((a) => a.url)).toEqual([B.article!.url]);
    const page = (await fromPage('library:entity', { id: putin.id }))!;
    expect(page.articles).toHaveLength(2);
    expect(page.entity.roles!.map((r) => r.role)).toEqual(['Russian President']);
    expect((await fromPage('library:entities', {})).map((e) => e.id)[0]).toBe(putin.id);
    expect(await fromPage('library:deleteSite', { site: 'Example Wire' })).toEqual({ deleted: 1 });
    expect((await fromPage('library:list', {})).map((a) => a.url)).toEqual([B.article!.url]);
    expect(await fromPage('library:deleteEntity', { id: putin.id })).toEqual({ articles: 1 });
    // null crosses the message channel as undefined.
    expect(await fromPage('library:entity', { id: putin.id })).toBeFalsy();
  });
});

describe('toolbar, shortcut and tabs', () => {
  it('the toolbar button toggles the sidebar in its tab', async () => {
    await fakeBrowser.action.onClicked.trigger({ id: 5 } as never, undefined as never);
    expect(toTab).toHaveBeenCalledWith(5, { type: 'content:toggleSidebar', data: {} });
  });

  it('the keyboard shortcut toggles the sidebar in the active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 6 }] as never);
    expect(commandListeners).toHaveLength(1);
    commandListeners[0]('toggle-sidebar');
    await vi.waitFor(() => expect(toTab).toHaveBeenCalledWith(6, { type: 'content:toggleSidebar', data: {} }));
  });

  it('a closed tab forgets its state', async () => {
    await fromTab(7, 'page:analyzed', { state: A });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect((await fromTab(7, 'sidebar:view', {})).state).toBeNull());
  });

  it('a tab that starts loading a new page forgets the old one: no state, no badge, the grey icon', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined as never);
    await fromTab(8, 'page:analyzed', { state: A });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).not.toBe('');
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'complete' }, { id: 8 } as never);
    expect((await fromTab(8, 'sidebar:view', {})).state).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading' }, { id: 8 } as never);
    await vi.waitFor(async () => expect((await fromTab(8, 'sidebar:view', {})).state).toBeNull());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 8, path: expect.objectContaining({ 16: '/icon-dim/16.png' }) });
  });

  it('unregistering removes every listener', async () => {
    off();
    off = () => {};
    expect(commandListeners).toHaveLength(0);
    await expect(fromPage('library:list', {})).rejects.toThrow();
  });
});

describe('a failed auto-save', () => {
  it('is told to the reader in the sidebar, and the page still gets its stats', async () => {
    const { LibraryFullError } = await import('../../utils/library/libraryStore');
    vi.spyOn(store, 'save').mockRejectedValue(new LibraryFullError());
    const res = await fromTab(7, 'page:analyzed', { state: A });
    expect(res.saved).toBe(false);
    expect(Object.keys(res.stats).length).toBeGreaterThan(0);
    const view = (await fromTab(7, 'sidebar:view', {})) as SidebarView;
    expect(view.saveError).toMatch(/no more space/i);
    expect(view.saved).toBe(false);
  });

  it('refuses a malformed page report instead of storing it', async () => {
    await expect(
      fromTab(8, 'page:analyzed', { state: { ...A, pageUrl: 'javascript:alert(1)' } as PageState }),
    ).rejects.toThrow(/http/);
    expect(await store.list()).toEqual([]);
  });
});

describe("'ner:recognize'", () => {
  it('reads the names in a text for a content script', async () => {
    const text = 'Kremlin spokesperson Dmitry Peskov said Russian President Vladimir Putin would travel to Pyongyang.';
    const res = await fromTab(3, 'ner:recognize', { text });
    const names = res.entities.map((e) => e.name);
    expect(names).toContain('Dmitry Peskov');
    expect(names).toContain('Vladimir Putin');
    for (const e of res.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('refuses an unbounded text', async () => {
    await expect(fromTab(3, 'ner:recognize', { text: 'x'.repeat(600_000) })).rejects.toThrow(/bounded/);
  });
});
