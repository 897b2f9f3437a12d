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
  siteMode: 'all',
  allowedSites: [],
  retentionDays: 0,
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

const onList = (list: string[], hostname: string) => {
  const h = siteKey(hostname);
  return list.some((s) => h === s || h.endsWith('.' + s));
};

/** A hostname as the site lists keep it: lower case, without `www.`. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * True when Dramatis stays off on this hostname: muted there (or on a parent
 * domain), or, in "only these sites" mode, not on the allow-list. The off list
 * wins over the allow-list, so "mute" always mutes.
 */
export function siteDisabled(settings: Settings, hostname: string): boolean {
  if (onList(settings.disabledSites, hostname)) return true;
  return settings.siteMode === 'only' && !onList(settings.allowedSites, hostname);
}

/**
 * The sidebar's and the hover card's "turn off / on for this site". Turning on
 * also allow-lists the site in "only these sites" mode, so the button always
 * does what it says. Open tabs follow at once (they watch the settings).
 */
export async function setSiteMuted(hostname: string, muted: boolean): Promise<Settings> {
  const h = siteKey(hostname);
  const s = await getSettings();
  const off = s.disabledSites.filter((x) => x !== h);
  if (muted) return updateSettings({ disabledSites: [...off, h] });
  const allowed = s.siteMode === 'only' && !onList(s.allowedSites, h) ? [...s.allowedSites, h] : s.allowedSites;
  return updateSettings({ disabledSites: off, allowedSites: allowed });
}

/** Articles saved before this instant are past the reader's retention (null: keep forever). */
export function retentionCutoff(settings: Pick<Settings, 'retentionDays'>, now: number): number | null {
  const days = Math.floor(Number(settings.retentionDays));
  return days > 0 ? now - days * 24 * 3600 * 1000 : null;
}
