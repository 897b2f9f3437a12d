import { storage } from 'wxt/utils/storage';
import type { AutoSavePolicy, Settings } from '../messages';
import { siteDisabled, siteKey } from '../settings/siteDisabled';
import { SETTINGS_KEY } from '../settings/readSiteRules';

export { siteDisabled, siteKey };

export const DEFAULT_SETTINGS: Settings = {
  autoSave: 'always',
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

/**
 * Settings v2: `autoSave` became a policy (always / ask / never) where v1 kept
 * a boolean. Named so the stored-item migration and the read path share it: a
 * browser still on v1 can sync a boolean back at any time, so every read
 * normalises too. `true` was "save every article" and stays that; `false`
 * becomes "never".
 */
export function autoSaveToPolicy(value: unknown): AutoSavePolicy {
  if (value === 'always' || value === 'ask' || value === 'never') return value;
  return value === false ? 'never' : 'always';
}

/** A stored settings object as the current version reads it. */
function upgradeStoredSettings(stored: Record<string, unknown>): Partial<Settings> {
  if (!('autoSave' in stored)) return stored as Partial<Settings>;
  return { ...stored, autoSave: autoSaveToPolicy(stored.autoSave) } as Partial<Settings>;
}

// Synced across the reader's browsers where the browser offers it (small: well under sync quotas).
const item = storage.defineItem<Partial<Settings>>(`sync:${SETTINGS_KEY}`, {
  fallback: {},
  version: 2,
  // v1 → v2: the boolean auto-save became a policy (autoSaveToPolicy).
  migrations: { 2: (v: Record<string, unknown> | null) => upgradeStoredSettings(v ?? {}) },
});

const withDefaults = (stored: Partial<Settings> | null | undefined): Settings => ({
  ...DEFAULT_SETTINGS,
  ...upgradeStoredSettings((stored ?? {}) as Record<string, unknown>),
});

export async function getSettings(): Promise<Settings> {
  return withDefaults(await item.getValue().catch(() => ({})));
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
  return item.watch((v) => cb(withDefaults(v)));
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
  const allowed =
    s.siteMode === 'only' && siteDisabled({ ...s, disabledSites: [] }, h) ? [...s.allowedSites, h] : s.allowedSites;
  return updateSettings({ disabledSites: off, allowedSites: allowed });
}

/** Articles saved before this instant are past the reader's retention (null: keep forever). */
export function retentionCutoff(settings: Pick<Settings, 'retentionDays'>, now: number): number | null {
  const days = Math.floor(Number(settings.retentionDays));
  return days > 0 ? now - days * 24 * 3600 * 1000 : null;
}
