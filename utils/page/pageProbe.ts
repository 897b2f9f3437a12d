import { detectArticle } from '../detect/detectArticle';
import type { PageState } from '../messages';
import { MUTED_REASON, siteDisabled } from '../settings/siteDisabled';
import { extensionAlive, sendFromProbe } from './extensionApi';
import type { Detection } from '../types';
import { watchArticle } from './watchArticle';
import { handOff, onSessionStart, sessionStarted, type ProbeFindings } from './sessionHandoff';

/** A running probe: `ready` settles after the first judgement; `stop` removes everything it added. */
export interface Probe {
  ready: Promise<void>;
  stop(): void;
}

/**
 * What runs on every http(s) page: decide cheaply whether it is an article,
 * and only then wake the page session (extraction, highlights, card, sidebar),
 * which the background injects into this tab. A page that is not an article
 * pays for this small script and one detection, not for evaluating the whole
 * session bundle (issue 2: non-articles must cost under 2 ms).
 *
 * A non-article costs the page the detection and nothing else: no settings
 * read, no message (the background's defaults are the non-article's grey icon
 * and empty badge), and no WXT ContentScriptContext (its constructor posts a
 * window message and its location watcher listens on every navigation: a
 * quarter of what the probe cost). Without a context the probe disposes of
 * itself: each later wake-up (SPA navigation, a late body, a settings change)
 * first checks that the extension is still there (after a reload or an update
 * nothing tells an old content script) and, if not, removes its listeners.
 * It reports an article on a muted site (and wakes on un-muting), and stands
 * down as soon as a session runs; the session makes its own context.
 */
export function probePage(doc: Document = document): Probe {
  let stopped = false;
  let stopWatch: (() => void) | null = null;
  let offSettings: (() => void) | null = null;
  // A page that never settles is judged a bounded number of times per address.
  const rereads = { url: '', count: 0 };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopWatch?.();
    offNav();
    offSession();
    try {
      offSettings?.();
    } catch {
      // The runtime is gone, and its listeners with it ("Extension context invalidated").
    }
  };
  /** A later wake-up: only while the extension that injected us is alive. */
  const wake = async () => {
    if (stopped) return;
    if (!extensionAlive()) return stop();
    await run();
  };
  const run = async (): Promise<void> => {
    stopWatch?.();
    stopWatch = null;
    if (stopped) return;
    if (sessionStarted()) return stop();
    const url = (doc.location ?? location).href;
    const t0 = performance.now();
    // The walk stops at a bound: a page with more text than a very long
    // article is read (and judged) by the session in slices (issue 7).
    const detection = detectArticle(doc, url, { maxChars: PROBE_MAX_CHARS });
    const detectMs = performance.now() - t0;
    if (detection.long || detection.isArticle) {
      // Only an article asks for the settings: a page that is not one touches
      // no extension API at all (each first use of one costs the page).
      const { readSiteRules } = await import('../settings/readSiteRules');
      const rules = await readSiteRules();
      if (stopped) return;
      if (siteDisabled(rules, new URL(url).hostname)) return muted(url, detectMs);
      return wakeSession(detection.long ? {} : { detection, detectMs, url });
    }
    // Not an article: nothing to report (the background shows the grey icon
    // and no badge until an article says otherwise, and resets them on every
    // navigation). A body that arrives late (client-rendered pages) is judged again.
    if (rereads.url !== url) Object.assign(rereads, { url, count: 0 });
    if (rereads.count++ < 8) stopWatch = watchArticle(doc, null, () => void wake());
  };
  /** An article on a site the reader muted: say why (the sidebar offers to turn it back on), wait for that. */
  const muted = async (url: string, detectMs: number) => {
    const { watchSiteRules } = await import('../settings/readSiteRules');
    if (stopped) return;
    const detection: Detection = { isArticle: false, confidence: 0, reasons: [MUTED_REASON] };
    offSettings ??= watchSiteRules(() => void wake());
    await sendFromProbe('page:analyzed', { state: probeState(url, detection, detectMs) }).catch(() => {});
  };
  const offNav = watchNavigation(doc.defaultView ?? window, () => void wake());
  // The session owns the page from its start: the probe leaves at once, listeners and all.
  const offSession = onSessionStart(stop);
  return { ready: run(), stop };
}

/**
 * Text (characters) the probe reads before it calls a page long. Home pages
 * hold 40-100 k characters of teasers and must be judged here, cheaply; a
 * 30,000-word article holds about 200 k.
 */
export const PROBE_MAX_CHARS = 200_000;

/** Ask the background to start the session here, with what the probe found. */
async function wakeSession(found: ProbeFindings) {
  handOff(found);
  await sendFromProbe('page:wake', {}).catch((e) => console.debug('[dramatis] session not started:', e));
}

/** The part of the Navigation API (Chromium 102+) the probe uses. */
interface NavigationEvents {
  addEventListener(type: 'navigatesuccess', cb: () => void): void;
  removeEventListener(type: 'navigatesuccess', cb: () => void): void;
}

/**
 * Calls `onChange` after a same-document navigation to another address (an
 * SPA's pushState, replaceState, back/forward, a fragment), once the new URL
 * is in place. Chromium's Navigation API says so (`navigatesuccess`), so
 * nothing runs between navigations; without it, the address is polled each
 * second, as WXT's location watcher does. Returns a function that stops.
 */
export function watchNavigation(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange();
  };
  const nav = (win as unknown as { navigation?: NavigationEvents }).navigation;
  if (typeof nav?.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', check);
    return () => nav.removeEventListener('navigatesuccess', check);
  }
  const id = win.setInterval(check, 1000);
  return () => win.clearInterval(id);
}

/** The state a page that is not annotated reports: no article, no cast, why not, and what it cost. */
export function probeState(url: string, detection: Detection, detectMs: number): PageState {
  return {
    pageUrl: url,
    isArticle: false,
    detection,
    article: null,
    cast: [],
    timings: { detectMs, modelMs: 0, extractMs: 0, recognizeMs: 0, highlightMs: 0 },
  };
}
