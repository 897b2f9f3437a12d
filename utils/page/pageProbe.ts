import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectArticle } from '../detect/detectArticle';
import { sendToBackground, MUTED_REASON, type PageState } from '../messages';
import { siteDisabled } from '../settings/siteDisabled';
import { readSiteRules, watchSiteRules } from '../settings/readSiteRules';
import type { Detection } from '../types';
import { watchArticle } from './watchArticle';
import { handOff, sessionStarted, type ProbeFindings } from './sessionHandoff';

/**
 * What runs on every http(s) page: decide cheaply whether it is an article,
 * and only then wake the page session (extraction, highlights, card, sidebar),
 * which the background injects into this tab. A page that is not an article
 * pays for this small script and one detection, not for evaluating the whole
 * session bundle (issue 2: non-articles must cost under 2 ms).
 *
 * A non-article costs the page the detection and nothing else: no settings
 * read, no message (the background's defaults are the non-article's grey icon
 * and empty badge). The probe keeps watching for a body that loads late and
 * for SPA navigation, reports an article on a muted site (and wakes on
 * un-muting), and stands down as soon as a session runs.
 */
export async function probePage(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  let stopWatch: (() => void) | null = null;
  let offSettings: (() => void) | null = null;
  // A page that never settles is judged a bounded number of times per address.
  const rereads = { url: '', count: 0 };
  const run = async (): Promise<void> => {
    stopWatch?.();
    stopWatch = null;
    if (ctx.isInvalid || sessionStarted()) return;
    const url = location.href;
    const t0 = performance.now();
    // The walk stops at a bound: a page with more text than a very long
    // article is read (and judged) by the session in slices (issue 7).
    const detection = detectArticle(doc, url, { maxChars: PROBE_MAX_CHARS });
    const detectMs = performance.now() - t0;
    if (detection.long || detection.isArticle) {
      // Only an article asks for the settings: a page that is not one touches
      // no extension API at all (each first use of one costs the page).
      if (siteDisabled(await readSiteRules(), location.hostname)) return muted(url, detectMs);
      return wake(ctx, detection.long ? {} : { detection, detectMs, url });
    }
    // Not an article: nothing to report (the background shows the grey icon
    // and no badge until an article says otherwise, and resets them on every
    // navigation). A body that arrives late (client-rendered pages) is judged again.
    if (rereads.url !== url) Object.assign(rereads, { url, count: 0 });
    if (rereads.count++ < 8) stopWatch = watchArticle(doc, null, () => void run());
  };
  /** An article on a site the reader muted: say why (the sidebar offers to turn it back on), wait for that. */
  const muted = async (url: string, detectMs: number) => {
    const detection: Detection = { isArticle: false, confidence: 0, reasons: [MUTED_REASON] };
    offSettings ??= watchSiteRules(() => void run());
    if (ctx.isInvalid) return;
    await sendToBackground('page:analyzed', { state: probeState(url, detection, detectMs) }).catch(() => {});
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  ctx.onInvalidated(() => {
    stopWatch?.();
    try {
      offSettings?.();
    } catch {
      // The runtime is gone, and its listeners with it ("Extension context invalidated").
    }
  });
  await run();
}

/**
 * Text (characters) the probe reads before it calls a page long. Home pages
 * hold 40-100 k characters of teasers and must be judged here, cheaply; a
 * 30,000-word article holds about 200 k.
 */
export const PROBE_MAX_CHARS = 200_000;

/** Ask the background to start the session here, with what the probe found. */
async function wake(ctx: ContentScriptContext, found: ProbeFindings) {
  handOff({ ctx, ...found });
  await sendToBackground('page:wake', {}).catch((e) => console.debug('[dramatis] session not started:', e));
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
