import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  getSettings,
  retentionCutoff,
  setSiteMuted,
  siteDisabled,
  updateSettings,
} from '../../utils/background/settingsStore';
import { normaliseSite } from '../../components/OptionsPage';
import type { Settings } from '../../utils/messages';

const s = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('siteDisabled', () => {
  it('every site is on by default', () => {
    expect(siteDisabled(DEFAULT_SETTINGS, 'www.example.com')).toBe(false);
  });

  it('the off list mutes a site and its subdomains, not look-alikes', () => {
    const off = s({ disabledSites: ['example.com'] });
    expect(siteDisabled(off, 'example.com')).toBe(true);
    expect(siteDisabled(off, 'www.example.com')).toBe(true);
    expect(siteDisabled(off, 'news.example.com')).toBe(true);
    expect(siteDisabled(off, 'notexample.com')).toBe(false);
  });

  it('"only these sites" runs only on the allow-list (and its subdomains)', () => {
    const only = s({ siteMode: 'only', allowedSites: ['yna.co.kr'] });
    expect(siteDisabled(only, 'en.yna.co.kr')).toBe(false);
    expect(siteDisabled(only, 'www.yna.co.kr')).toBe(false);
    expect(siteDisabled(only, 'example.com')).toBe(true);
    expect(siteDisabled(s({ siteMode: 'only' }), 'example.com')).toBe(true);
  });

  it('the off list wins over the allow-list', () => {
    expect(siteDisabled(s({ siteMode: 'only', allowedSites: ['a.org'], disabledSites: ['a.org'] }), 'a.org')).toBe(
      true,
    );
  });

  it('the allow-list is ignored when the mode is "every site"', () => {
    expect(siteDisabled(s({ siteMode: 'all', allowedSites: ['a.org'] }), 'b.org')).toBe(false);
  });
});

describe('setSiteMuted (the sidebar and the card share it)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('mutes and unmutes a site by its host name without www', async () => {
    await setSiteMuted('www.Example.com', true);
    expect((await getSettings()).disabledSites).toEqual(['example.com']);
    expect(siteDisabled(await getSettings(), 'example.com')).toBe(true);
    await setSiteMuted('example.com', false);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('turning a site on in "only these sites" mode allow-lists it, so it really turns on', async () => {
    await updateSettings({ siteMode: 'only', allowedSites: ['a.org'] });
    expect(siteDisabled(await getSettings(), 'b.org')).toBe(true);
    await setSiteMuted('b.org', false);
    const after = await getSettings();
    expect(after.allowedSites).toEqual(['a.org', 'b.org']);
    expect(siteDisabled(after, 'b.org')).toBe(false);
  });

  it('in "every site" mode turning on does not grow the allow-list', async () => {
    await setSiteMuted('b.org', true);
    await setSiteMuted('b.org', false);
    expect((await getSettings()).allowedSites).toEqual([]);
  });
});

describe('retentionCutoff', () => {
  const DAY = 24 * 3600 * 1000;
  it('0 days keeps everything', () => {
    expect(retentionCutoff({ retentionDays: 0 }, 10 * DAY)).toBeNull();
  });
  it('N days: articles saved before now − N days are past retention', () => {
    expect(retentionCutoff({ retentionDays: 30 }, 100 * DAY)).toBe(70 * DAY);
  });
  it('nonsense values keep everything', () => {
    expect(retentionCutoff({ retentionDays: -3 }, 100 * DAY)).toBeNull();
    expect(retentionCutoff({ retentionDays: NaN }, 100 * DAY)).toBeNull();
  });
});

describe('normaliseSite (what the reader types into a site field)', () => {
  it.each([
    ['https://www.Example.com/news/a?b=1', 'example.com'],
    ['example.com', 'example.com'],
    ['  news.example.com/  ', 'news.example.com'],
    ['http://127.0.0.1:3000/x', '127.0.0.1'],
    ['', ''],
  ])('%s → %s', (input, out) => {
    expect(normaliseSite(input)).toBe(out);
  });
});

describe('auto-save policy (settings v2)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('maps the v1 boolean to a policy: true was "always", false is "never"', async () => {
    const { autoSaveToPolicy } = await import('../../utils/background/settingsStore');
    expect(autoSaveToPolicy(true)).toBe('always');
    expect(autoSaveToPolicy(false)).toBe('never');
    expect(autoSaveToPolicy('ask')).toBe('ask');
    expect(autoSaveToPolicy('sometimes')).toBe('always');
    expect(autoSaveToPolicy(undefined)).toBe('always');
  });

  it('migrates a v1 settings item in storage once, keeping every other setting', async () => {
    // What a v1 build wrote: the plain value under the item's key, no version meta.
    await fakeBrowser.storage.sync.set({ settings: { autoSave: false, disabledSites: ['a.org'], hoverDelayMs: 900 } });
    vi.resetModules();
    const fresh = await import('../../utils/background/settingsStore');
    const read = await fresh.getSettings();
    expect(read).toMatchObject({ autoSave: 'never', disabledSites: ['a.org'], hoverDelayMs: 900 });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ autoSave: 'never', disabledSites: ['a.org'], hoverDelayMs: 900 });
    expect(raw.settings$).toMatchObject({ v: 2 });
  });

  it('reads a boolean synced later by a browser still on v1 as a policy', async () => {
    await updateSettings({ autoSave: 'ask' });
    await fakeBrowser.storage.sync.set({ settings: { ...(await getSettings()), autoSave: true } });
    expect((await getSettings()).autoSave).toBe('always');
  });

  it('defaults to "always" (issue 2: auto-save on for detected articles)', async () => {
    expect((await getSettings()).autoSave).toBe('always');
  });
});

describe("the page probe's own settings read (readSiteRules)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the settings store wrote, under the same key', async () => {
    const { readSiteRules } = await import('../../utils/settings/readSiteRules');
    expect(await readSiteRules()).toEqual({ disabledSites: [], allowedSites: [], siteMode: 'all' });
    await setSiteMuted('www.example.com', true);
    await updateSettings({ siteMode: 'only', allowedSites: ['a.org'] });
    expect(await readSiteRules()).toEqual({
      disabledSites: ['example.com'],
      allowedSites: ['a.org'],
      siteMode: 'only',
    });
  });

  it('tolerates junk in storage: nothing muted', async () => {
    const { readSiteRules } = await import('../../utils/settings/readSiteRules');
    await fakeBrowser.storage.sync.set({ settings: { disabledSites: 'a.org', siteMode: 7 } });
    expect(await readSiteRules()).toEqual({ disabledSites: [], allowedSites: [], siteMode: 'all' });
  });

  it('tells the probe when the reader changes a setting', async () => {
    const { watchSiteRules } = await import('../../utils/settings/readSiteRules');
    const seen = vi.fn();
    const off = watchSiteRules(seen);
    await setSiteMuted('example.com', true);
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    off();
    seen.mockClear();
    await setSiteMuted('example.com', false);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
  });
});
