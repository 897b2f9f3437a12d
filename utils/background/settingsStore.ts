import { storage } from 'wxt/utils/storage';
import type { Settings } from '../messages';

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  disabledSites: [],
  types: ['person', 'org', 'place', 'misc'],
  officialsOnly: false,
  highlightStyle: 'background',
  hoverMode: 'hover',
  hoverDelayMs: 400,
};

// Synced across the reader's browsers where the browser offers it (small: well under sync quotas).
const item = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await item.getValue().catch(() => ({}))) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await item.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await item.setValue({});
  return { ...DEFAULT_SETTINGS };
}

/** Settings take effect on open tabs without a reload: content scripts watch them. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb({ ...DEFAULT_SETTINGS, ...(v ?? {}) }));
}

/** True when Dramatis is muted on this hostname (or a parent domain of it). */
export function siteDisabled(settings: Settings, hostname: string): boolean {
  const h = hostname.replace(/^www\./, '');
  return settings.disabledSites.some((s) => h === s || h.endsWith('.' + s));
}
