import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import type { EntityType } from './types';

/** Every message key, typed from the English file: a misspelt key breaks the build. */
export type MessageKey = keyof typeof en;

/**
 * A UI string in the reader's language (`_locales/<lang>/messages.json`, so a
 * translation is a file). Substitutions fill `$1`…`$9`. Where the browser has
 * no i18n API (unit tests) or no such message, the bundled English stands in.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  try {
    // WXT types getMessage from the keys it saw at its last `wxt prepare`; ours are typed above.
    const i18n = browser.i18n as unknown as { getMessage(k: string, subs?: string[]): string } | undefined;
    const m = i18n?.getMessage(key, s);
    if (m) return m;
  } catch {
    // No i18n API here (WXT's fakeBrowser in unit tests).
  }
  return en[key].message.replace(/\$(\d)/g, (_, d: string) => s[Number(d) - 1] ?? '');
}

/** `n` with its noun, from a pair of keys (one / many): i18n messages have no plural rules. */
export function tn(n: number, one: MessageKey, many: MessageKey): string {
  return t(n === 1 ? one : many, n);
}

/** An entity type's name, as a card or list labels it. */
export function typeLabel(type: EntityType): string {
  return t(TYPE_KEYS[type]);
}

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  org: 'typeOrg',
  place: 'typePlace',
  misc: 'typeMisc',
};

/** Every entity type, in the order the UI lists them. */
export const ENTITY_TYPES: EntityType[] = ['person', 'org', 'place', 'misc'];
