import { browser } from 'wxt/browser';
import { handleMessages, sendToTab, type PageState, type Protocol } from '../messages';
import type { LibraryStore, SaveInput } from '../library/libraryStore';
import { TabStates } from './tabStates';
import { validatePageState } from './validatePageState';
// The small module, not utils/annotate: the worker needs no extraction code.
import { MAX_RECOGNIZED } from '../recognize/boundForRecognition';
import { NER_MODEL_PATH } from '../ner/modelUrl';
import { loadTagger, modelRecognizer } from '../recognize/modelRecognizer';
import { getSettings, retentionCutoff, updateSettings, watchSettings } from './settingsStore';
import { pruneLibrary } from './pruneLibrary';
import { libraryHandlers } from './libraryHandlers';
import { libraryStatus } from '../library/libraryStatus';

/** Full text kept per tab and saved for search: enough for any article, bounded for storage.session. */
export const MAX_TEXT = 200_000;

/** Turn a tab's page state into what the library keeps. */
export function toSaveInput(state: PageState): SaveInput | null {
  const a = state.article;
  if (!state.isArticle || !a) return null;
  return {
    url: a.url ?? state.pageUrl,
    title: a.title,
    byline: a.byline,
    site: a.site,
    publishedAt: a.publishedAt,
    excerpt: a.excerpt,
    lang: a.lang ?? null,
    text: typeof a.text === 'string' ? a.text.slice(0, MAX_TEXT) : a.excerpt,
    cast: state.cast.map(({ id, name, type, role, count }) => ({ id, name, type, role, count })),
  };
}

/**
 * The background's whole job: answer typed messages with the library and the
 * tabs' states, and route the toolbar button and shortcut to the tab.
 */
export function registerBackgroundServices(store: LibraryStore, tabs = new TabStates()): () => void {
  const needTab = (tabId: number | null): number => {
    if (tabId === null) throw new Error('This request must come from a tab.');
    return tabId;
  };
  const saveErrors = new Map<number, string>();
  const articleUrl = (s: PageState | null) => s?.article?.url ?? s?.pageUrl ?? null;
  // Retention: prune at start, after every save and when the setting changes.
  // One prune at a time; a request during a run starts one more afterwards.
  let pruning: Promise<number> | null = null;
  let again = false;
  const prune = (): Promise<number> => {
    if (pruning) {
      again = true;
      return pruning;
    }
    pruning = getSettings()
      .then((s) => pruneLibrary(store, retentionCutoff(s, Date.now())))
      .catch((e) => (console.warn('[dramatis] pruning the library failed:', e), 0))
      .finally(() => {
        pruning = null;
        if (again) {
          again = false;
          void prune();
        }
      });
    return pruning;
  };
  void prune();

  /** Save the article a tab reported (the sidebar's button, the page's "ask" prompt). */
  const saveTab = async (tabId: number): Promise<{ saved: boolean; error?: string }> => {
    const reported = await tabs.get(tabId);
    const input = reported ? toSaveInput(reported) : null;
    if (!input) return { saved: false, error: 'This page is not an article Dramatis has read.' };
    try {
      await store.save(input);
    } catch (e) {
      return { saved: false, error: (e as Error).message };
    }
    saveErrors.delete(tabId);
    void prune();
    await sendToTab(tabId, 'content:refreshStats', {}).catch(() => {});
    return { saved: true };
  };

  const off = handleMessages<Protocol>({
    async 'page:analyzed'({ state: reported }, sender) {
      const tabId = needTab(sender.tabId);
      // Shaped by a page we do not trust: checked and bounded before anything is kept.
      const state = validatePageState(reported);
      await tabs.set(tabId, state);
      await setBadge(tabId, state);
      await setIconFor(tabId, state.isArticle);
      let saved = false;
      let askToSave = false;
      const input = toSaveInput(state);
      const policy = input ? (await getSettings()).autoSave : 'never';
      // "Ask" asks once per article: one the reader already saved is kept current silently.
      const known = policy === 'ask' && input ? !!(await store.get(input.url)) : false;
      if (input && (policy === 'always' || known)) {
        // A failed auto-save (a full disk) is kept for the tab's sidebar to tell the reader.
        saved = await store.save(input).then(
          () => (saveErrors.delete(tabId), true),
          (e: Error) => (saveErrors.set(tabId, e.message), false),
        );
        if (saved) void prune();
      } else if (input && policy === 'ask') askToSave = true;
      const stats = await store.stats(
        state.cast.map((c) => c.id),
        articleUrl(state),
      );
      return { saved, stats, askToSave };
    },
    async 'page:wake'(_, sender) {
      await injectSession(needTab(sender.tabId));
      return { started: true };
    },
    async 'ner:recognize'({ text }) {
      if (typeof text !== 'string' || text.length > MAX_RECOGNIZED + 1000)
        throw new Error('text must be a string of bounded size');
      const tagger = await loadTagger(() => fetch(browser.runtime.getURL(NER_MODEL_PATH)).then((r) => r.arrayBuffer()));
      return { entities: modelRecognizer(tagger)(text) };
    },
    'page:stats': ({ ids, pageUrl }, sender) =>
      tabs.get(needTab(sender.tabId)).then((s) => store.stats(ids, articleUrl(s) ?? pageUrl)),
    async 'sidebar:view'(_, sender) {
      const state = await tabs.get(needTab(sender.tabId));
      const settings = await getSettings();
      const saveError = saveErrors.get(needTab(sender.tabId));
      if (!state?.article) return { state, related: [], saved: false, settings, saveError };
      const url = articleUrl(state);
      const fromLibrary = Promise.all([
        store.related(url, state.article.title, state.cast, 10, state.article.excerpt),
        url ? store.get(url) : undefined,
      ]);
      // A library still opening may be in a long one-time upgrade (about 40 s per
      // schema version at 100,000 articles): the cast needs no library, so it is
      // shown at once and the sidebar asks again for the rest.
      void fromLibrary.catch(() => {}); // (answered without it, a later failure is no one's to hear)
      const got =
        libraryStatus().state === 'ready'
          ? await fromLibrary
          : await Promise.race([fromLibrary, new Promise<null>((ok) => setTimeout(() => ok(null), LIBRARY_WAIT_MS))]);
      if (!got) return { state, related: [], saved: false, settings, saveError, libraryPending: true };
      const [related, saved] = got;
      return { state, related, saved: !!saved, settings, saveError };
    },
    'sidebar:save': (_, sender) => saveTab(needTab(sender.tabId)),
    'page:save': (_, sender) => saveTab(needTab(sender.tabId)),
    'sidebar:focus': ({ entityId }, sender) => sendToTab(needTab(sender.tabId), 'content:focus', { entityId }),
    'sidebar:close': (_, sender) => sendToTab(needTab(sender.tabId), 'content:closeSidebar', {}),
    'sidebar:annotate': (_, sender) => sendToTab(needTab(sender.tabId), 'content:annotate', {}),
    'settings:set': (patch) => updateSettings(patch),
    ...libraryHandlers(store),
    async 'library:open'() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
  });

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const onClicked = (tab: { id?: number }) => void toggleSidebar(tab.id);
  action.onClicked.addListener(onClicked);
  const onCommand = (command: string) => void onShortcut(command);
  browser.commands?.onCommand?.addListener(onCommand);
  const onRemoved = (tabId: number) => {
    saveErrors.delete(tabId);
    void tabs.delete(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  // A page that is not an article reports nothing (the probe touches no API
  // there), so each new page starts from the non-article look: grey icon, no
  // badge, no state. An article's session then reports and colours it.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status !== 'loading') return;
    saveErrors.delete(tabId);
    void tabs.delete(tabId);
    void setIconFor(tabId, false);
    void action.setBadgeText({ tabId, text: '' }).catch(() => {});
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  let retention = -1;
  const offSettings = watchSettings((st) => {
    if (st.retentionDays !== retention) void prune();
    retention = st.retentionDays;
  });

  return () => {
    off();
    offSettings();
    action.onClicked.removeListener(onClicked);
    browser.commands?.onCommand?.removeListener(onCommand);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The commands declared in wxt.config.ts (rebindable in the browser's shortcut settings). */
export const COMMANDS = ['toggle-sidebar', 'toggle-highlights', 'next-mention', 'previous-mention'] as const;

/** A keyboard shortcut, forwarded to the active tab's content script. */
export async function onShortcut(command: string): Promise<void> {
  if (!(COMMANDS as readonly string[]).includes(command)) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'toggle-sidebar') return toggleSidebar(tab.id);
  // Pages the content script cannot run on (chrome://, the store) just do nothing.
  const done = () => {};
  if (!(await ensureSession(tab.id))) return;
  if (command === 'toggle-highlights') await sendToTab(tab.id, 'content:toggleHighlights', {}).then(done, done);
  else await sendToTab(tab.id, 'content:stepMention', { step: command === 'next-mention' ? 1 : -1 }).then(done, done);
}

/** The toolbar icon at full colour on articles, grey elsewhere (the badge alone is easy to miss). */
export const ICON_PATHS = {
  article: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
  other: { 16: '/icon-dim/16.png', 32: '/icon-dim/32.png', 48: '/icon-dim/48.png', 128: '/icon-dim/128.png' },
};

async function setIconFor(tabId: number, isArticle: boolean) {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.resolve()
    .then(() => action.setIcon({ tabId, path: isArticle ? ICON_PATHS.article : ICON_PATHS.other }))
    .catch(() => {});
}

async function toggleSidebar(tabId: number | undefined) {
  if (tabId === undefined) return;
  // Pages the content script cannot run on (chrome://, the store) just do nothing.
  if (!(await ensureSession(tabId))) return;
  await sendToTab(tabId, 'content:toggleSidebar', {}).catch(() => {});
}

/** The page session's bundle, injected on demand (see utils/page/pageProbe.ts). */
export const SESSION_SCRIPT = '/session.js';

/**
 * Start the page session in a tab's top frame. Chrome only: there the
 * manifest declares just the small probe. Firefox's content script already
 * holds the whole session (README, "Firefox").
 */
async function injectSession(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX || !browser.scripting) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [SESSION_SCRIPT] });
}

/**
 * Make sure a page session runs in the tab before asking it anything: a page
 * the probe judged not to be an article has none until the reader asks
 * (toolbar, shortcut). False where no script can run (chrome://, the store).
 */
async function ensureSession(tabId: number): Promise<boolean> {
  const ping = () =>
    sendToTab(tabId, 'content:ping', {}).then(
      (r) => !!r?.session,
      () => false,
    );
  if (await ping()) return true;
  try {
    await injectSession(tabId);
  } catch {
    return false;
  }
  return ping();
}

async function setBadge(tabId: number, state: PageState) {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const people = state.cast.filter((c) => c.type === 'person').length;
  await action.setBadgeText({ tabId, text: state.isArticle && people ? String(people) : '' }).catch(() => {});
  await action.setBadgeBackgroundColor?.({ tabId, color: '#5b4a8b' }).catch(() => {});
}

/** How long the sidebar's view waits for a library that is still opening before it answers without it. */
export const LIBRARY_WAIT_MS = 1500;
