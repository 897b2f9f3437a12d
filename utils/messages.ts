/**
 * Every message that crosses an extension context, declared once.
 * `Protocol[K]` is [request, response]. Senders and handlers are typed from it,
 * so a renamed field breaks the build, not the reader's session.
 */
import { browser } from 'wxt/browser';
import type {
  Entity,
  EntityType,
  ArticleMeta,
  CastEntry,
  Detection,
  EntityLibraryStats,
  RelatedArticle,
  SavedArticle,
} from './types';
import type { EntityRow } from './library/db';
import type { EntityPage, ImportReport, ListQuery, SearchResultRow } from './library/libraryStore';
import type { ExportArticle, ExportEntity, Rejection } from './library/validateImport';
import type { LibraryStatus } from './library/libraryStatus';

/** What the content script learned about its page, kept per tab by the background. */
export interface PageState {
  pageUrl: string;
  isArticle: boolean;
  detection: Detection;
  /** `text`: the article's full text (capped), so the library can search it. */
  article: (ArticleMeta & { excerpt: string; text?: string }) | null;
  cast: (CastEntry & { official: boolean; forms?: string[] })[];
  /** Milliseconds spent on this page by each step (for benchmarks; never shown to the page). */
  timings?: Timings;
}

export interface Timings {
  detectMs: number;
  modelMs: number;
  extractMs: number;
  recognizeMs: number;
  highlightMs: number;
}

/** The detection reason a muted site reports, so the sidebar can offer to turn Dramatis back on. */
// (defined beside siteDisabled, so the page probe has it without loading this module)
export { MUTED_REASON } from './settings/siteDisabled';

export type AutoSavePolicy = 'always' | 'ask' | 'never';

export interface Settings {
  /**
   * What happens to a detected article as it is opened: saved to the library
   * ('always'), offered with a small Save prompt ('ask'), or left alone
   * ('never'; the sidebar's Save button still saves). Before settings v2 this
   * was a boolean (see `autoSaveToPolicy`).
   */
  autoSave: AutoSavePolicy;
  /** Hostnames where Dramatis stays off ("mute this site"). */
  disabledSites: string[];
  /** Entity types to highlight (the sidebar still lists the whole cast). */
  types: EntityType[];
  /** Highlight officials only. */
  officialsOnly: boolean;
  /** How names are marked: a soft background, an underline, or not at all (cards and sidebar still work). */
  highlightStyle: 'background' | 'underline' | 'off';
  /** Open cards on hover (after `hoverDelayMs`) or only on click. */
  hoverMode: 'hover' | 'click';
  hoverDelayMs: number;
  /** 'only': Dramatis runs only on `allowedSites` (and never on `disabledSites`). */
  siteMode: 'all' | 'only';
  allowedSites: string[];
  /** Keep saved articles this many days; 0 keeps them forever. */
  retentionDays: number;
}

export interface SidebarView {
  state: PageState | null;
  related: RelatedArticle[];
  saved: boolean;
  settings: Settings;
  /** Why the last auto-save of this tab's article failed (e.g. no space left), for the reader. */
  saveError?: string;
  /**
   * The library is still opening (a long one-time upgrade): the cast is here,
   * related coverage and the saved flag are not yet; ask again.
   */
  libraryPending?: boolean;
}

export interface LibraryOverview {
  count: number;
  sites: { site: string; count: number }[];
}

export type StatsByEntity = Record<string, EntityLibraryStats>;

/** Messages to the background (from the content script, sidebar or library page). */
export interface Protocol {
  /** `askToSave`: the reader's policy is "ask" and this article is not in the library yet. */
  'page:analyzed': [{ state: PageState }, { saved: boolean; stats: StatsByEntity; askToSave?: boolean }];
  /** The page's Save prompt (auto-save "ask"): save the article this tab reported. */
  'page:save': [Record<string, never>, { saved: boolean; error?: string }];
  /** The page probe found an article (or a page too long to judge cheaply): start the full page session in this tab. */
  'page:wake': [Record<string, never>, { started: boolean }];
  /** Read the names in an article's text (the background keeps the model loaded). */
  'ner:recognize': [{ text: string }, { entities: Entity[] }];
  'page:stats': [{ ids: string[]; pageUrl: string }, StatsByEntity];
  'sidebar:view': [Record<string, never>, SidebarView];
  'sidebar:save': [Record<string, never>, { saved: boolean; error?: string }];
  'sidebar:focus': [{ entityId: string }, void];
  'sidebar:close': [Record<string, never>, void];
  'sidebar:annotate': [Record<string, never>, void];
  'settings:set': [Partial<Settings>, Settings];
  'library:list': [ListQuery, SavedArticle[]];
  'library:delete': [{ url: string }, { deleted: boolean }];
  'library:open': [Record<string, never>, void];
  'library:overview': [Record<string, never>, LibraryOverview];
  /** Whether the library opened, or is blocked by an older version, or failed to upgrade (with a message). */
  'library:status': [Record<string, never>, LibraryStatus];
  'library:search': [{ query: string; limit?: number }, SearchResultRow[]];
  'library:entities': [{ limit?: number }, EntityRow[]];
  'library:entity': [{ id: string }, EntityPage | null];
  'library:deleteSite': [{ site: string }, { deleted: number }];
  'library:deleteEntity': [{ id: string }, { articles: number }];
  'library:correctEntity': [{ id: string; name?: string; type?: EntityType }, EntityRow | null];
  /** `confirm` must be the word "everything": a stray message cannot wipe the library. */
  'library:deleteAll': [{ confirm: 'everything' }, { deleted: boolean }];
  'library:exportArticles': [{ after: string | null; limit?: number }, ExportArticle[]];
  'library:exportEntities': [{ after: string | null; limit?: number }, ExportEntity[]];
  /** Import in batches (entities first); the background re-checks every record. */
  'library:importBatch': [
    { articles: ExportArticle[]; entities: ExportEntity[] },
    ImportReport & { rejected: Rejection[]; error?: string },
  ];
}

/** Messages from the background to a tab's content script. */
export interface TabProtocol {
  /** Answered only by a running page session (the probe does not listen): is one there? */
  'content:ping': [Record<string, never>, { session: true }];
  'content:toggleSidebar': [Record<string, never>, void];
  'content:closeSidebar': [Record<string, never>, void];
  'content:focus': [{ entityId: string }, void];
  'content:annotate': [Record<string, never>, void];
  'content:refreshStats': [Record<string, never>, void];
  /** Keyboard shortcut: hide or show the highlights on this page (this page only, not saved). */
  'content:toggleHighlights': [Record<string, never>, { hidden: boolean }];
  /** Keyboard shortcut: go to the next (1) or previous (-1) mention of the selected entity. */
  'content:stepMention': [{ step: 1 | -1 }, { entityId: string | null }];
}

type Req<P, K extends keyof P> = P[K] extends [infer A, unknown] ? A : never;
type Res<P, K extends keyof P> = P[K] extends [unknown, infer B] ? B : never;
export interface Envelope<K> {
  type: K;
  data: unknown;
}

export function sendToBackground<K extends keyof Protocol>(type: K, data: Req<Protocol, K>): Promise<Res<Protocol, K>> {
  return browser.runtime.sendMessage({ type, data });
}

export function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  data: Req<TabProtocol, K>,
): Promise<Res<TabProtocol, K>> {
  return browser.tabs.sendMessage(tabId, { type, data });
}

export interface Sender {
  tabId: number | null;
}

type Handlers<P> = { [K in keyof P]?: (data: Req<P, K>, sender: Sender) => Promise<Res<P, K>> | Res<P, K> };

/**
 * Register typed handlers. Unknown messages are ignored (another listener may
 * own them). Handlers return promises, which works in Chromium, Firefox and
 * WXT's fakeBrowser alike. Returns the function that unregisters them.
 */
export function handleMessages<P>(handlers: Handlers<P>): () => void {
  const listener = (msg: unknown, sender: { tab?: { id?: number } }) => {
    if (!msg || typeof msg !== 'object') return undefined;
    const { type, data } = msg as Envelope<keyof P>;
    const h = handlers[type] as ((d: unknown, s: Sender) => unknown) | undefined;
    if (!h) return undefined;
    return Promise.resolve(h(data, { tabId: sender.tab?.id ?? null }));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
