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
 * The probe reports a non-article's state itself (badge, grey icon, sidebar),
 * keeps watching for a body that loads late, for SPA navigation and for the
 * reader un-muting the site, and stands down as soon as a session runs.
 */
export async function probePage(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  let stopWatch: (() => void) | null = null;
  // A page that never settles is judged a bounded number of times per address.
  const rereads = { url: '', count: 0 };
  const run = async (): Promise<void> => {
    stopWatch?.();
    stopWatch = null;
    if (ctx.isInvalid || sessionStarted()) return;
    const url = location.href;
    const settings = await readSiteRules();
    let detection: Detection;
    let detectMs = 0;
    if (siteDisabled(settings, location.hostname)) {
      detection = { isArticle: false, confidence: 0, reasons: [MUTED_REASON] };
    } else {
      const t0 = performance.now();
      // The walk stops at a bound: a page with more text than a very long
      // article is read (and judged) by the session in slices (issue 7).
      detection = detectArticle(doc, url, { maxChars: PROBE_MAX_CHARS });
      detectMs = performance.now() - t0;
      if (detection.long) return wake(ctx, {});
      if (detection.isArticle) return wake(ctx, { detection, detectMs, url });
    }
    if (ctx.isInvalid) return;
    await sendToBackground('page:analyzed', { state: probeState(url, detection, detectMs) }).catch(() => {});
    // A body that arrives late (client-rendered pages) is judged again.
    if (rereads.url !== url) Object.assign(rereads, { url, count: 0 });
    if (!detection.reasons.includes(MUTED_REASON) && rereads.count++ < 8)
      stopWatch = watchArticle(doc, null, () => void run());
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  const offSettings = watchSiteRules(() => void run());
  ctx.onInvalidated(() => {
    stopWatch?.();
    try {
      offSettings();
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
