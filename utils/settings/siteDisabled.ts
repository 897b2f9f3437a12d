import type { Settings } from '../messages';

/** The detection reason of an article on a site the reader muted (the sidebar offers to turn it back on). */
export const MUTED_REASON = 'muted on this site';

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
 *
 * Pure and free of any storage import: the page probe, which runs on every
 * page, asks it without loading WXT's storage layer (issue 2's 2 ms).
 */
export function siteDisabled(
  settings: Pick<Settings, 'disabledSites' | 'siteMode' | 'allowedSites'>,
  hostname: string,
): boolean {
  if (onList(settings.disabledSites, hostname)) return true;
  return settings.siteMode === 'only' && !onList(settings.allowedSites, hostname);
}
