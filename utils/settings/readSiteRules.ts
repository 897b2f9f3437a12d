import type { Settings } from '../messages';
import { extensionApi } from '../page/extensionApi';

/**
 * The key of the reader's settings in `storage.sync`: WXT's storage item
 * `sync:settings` (settingsStore.ts) keeps its value under this plain key.
 */
export const SETTINGS_KEY = 'settings';

export type SiteRules = Pick<Settings, 'disabledSites' | 'siteMode' | 'allowedSites'>;

/**
 * The settings the page probe needs (is Dramatis off on this site?), read with
 * one `storage.sync.get`. The probe runs on every page, so it does not load
 * WXT's storage layer, whose item definitions issue their own reads at start
 * (issue 2: a non-article must cost under 2 ms), nor `wxt/browser` (see
 * extensionApi). Anything unreadable counts as "nothing muted": the full
 * session re-reads settings through settingsStore.
 */
export async function readSiteRules(): Promise<SiteRules> {
  const stored = await Promise.resolve()
    .then(() => extensionApi()!.storage.sync.get(SETTINGS_KEY))
    .then((r) => (r?.[SETTINGS_KEY] ?? {}) as Partial<Settings>)
    .catch(() => ({}) as Partial<Settings>);
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    disabledSites: list(stored.disabledSites),
    allowedSites: list(stored.allowedSites),
    siteMode: stored.siteMode === 'only' ? 'only' : 'all',
  };
}

/** Calls `cb` when the reader changes any setting (open tabs follow without a reload). */
export function watchSiteRules(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) cb();
  };
  const api = extensionApi();
  api?.storage.onChanged.addListener(listener);
  return () => api?.storage.onChanged.removeListener(listener);
}
