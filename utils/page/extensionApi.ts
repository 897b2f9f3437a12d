import type { browser } from 'wxt/browser';
import type { sendToBackground } from '../messages';

type Api = typeof browser;

/**
 * The extension's API, found as `wxt/browser` finds it (Firefox's `browser`,
 * else Chrome's `chrome`), but only when called. The page probe, which runs on
 * every page, must not import `wxt/browser` at all: the bundler evaluates that
 * module at the top of the probe's bundle even when it is only imported
 * dynamically, and its first read of `chrome` cost every page about 0.17 ms of
 * issue 2's 2 ms (scripts/compare-probe.ts, 98 loads of the non-article
 * fixtures: 1.87 → 1.71 ms). Unit tests see WXT's fake browser here, as there.
 */
export function extensionApi(): Api | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

/**
 * After an extension reload or update the old runtime has no id (reading it
 * is how WXT's context tells, too).
 */
export function extensionAlive(): boolean {
  try {
    return extensionApi()?.runtime?.id != null;
  } catch {
    return false;
  }
}

/** The probe's messages to the background: the envelope and types of `utils/messages.ts`, without loading it. */
export function sendFromProbe<K extends 'page:analyzed' | 'page:wake'>(
  type: K,
  data: Parameters<typeof sendToBackground<K>>[1],
): ReturnType<typeof sendToBackground<K>> {
  const api = extensionApi();
  if (!api?.runtime?.sendMessage) return Promise.reject(new Error('no extension runtime'));
  return api.runtime.sendMessage({ type, data });
}
