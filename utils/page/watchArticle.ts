import type { TextMap } from '../extract/textMap';
import { bodyOf } from '../detect/bodyOf';

/**
 * Dynamic pages: notice when the article changes after it was read (a body
 * that loads late, a "read more" expansion, a client-side re-render) and ask
 * for a re-read, debounced. SPA navigation (a new URL) is handled elsewhere
 * (`wxt:locationchange` in pageSession).
 *
 * The observer is scoped to the article container (the lowest element holding
 * the extracted text) plus that container's parent, childList only (to notice
 * the container being swapped out). Without an article yet it watches the
 * body, for a limited time, for a burst of new text (a body loading late).
 * Our own marks (`<dramatis-mark>`, wrap-mode highlights) never count.
 */
export interface WatchOptions {
  /** Quiet time after the last relevant change before `onChange` runs. */
  debounceMs?: number;
  /** Upper bound on how long a stream of changes can postpone `onChange`. */
  maxWaitMs?: number;
  /** Text (characters) that must be added or removed before a change counts. */
  minChars?: number;
  /** Without an article: stop watching the body for a late one after this long. */
  lateBodyMs?: number;
  /** Re-reads allowed per watcher (a page that never settles must not loop). */
  maxRuns?: number;
}

export type WatchReason = 'content-changed' | 'container-replaced' | 'late-body';

const MARK_TAG = 'DRAMATIS-MARK';

/** The lowest element holding all of the article's mapped text, or null. */
export function articleContainer(map: TextMap | null): Element | null {
  if (!map || !map.segments.length) return null;
  const first = map.segments[0].node;
  const last = map.segments[map.segments.length - 1].node;
  let el: Element | null = first.parentElement;
  while (el && !el.contains(last)) el = el.parentElement;
  return el;
}

/**
 * Watch `doc` for changes to the article mapped by `map` (or, with no map, for
 * an article arriving late) and call `onChange` once things settle. Returns a
 * function that stops watching; it is safe to call twice.
 */
export function watchArticle(
  doc: Document,
  map: TextMap | null,
  onChange: (reason: WatchReason) => void,
  opts: WatchOptions = {},
): () => void {
  const debounceMs = opts.debounceMs ?? 600;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  const lateBodyMs = opts.lateBodyMs ?? 15_000;
  let runsLeft = opts.maxRuns ?? 5;
  const view = doc.defaultView;
  const MO =
    (view as unknown as { MutationObserver?: typeof MutationObserver })?.MutationObserver ??
    (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const body = bodyOf(doc);
  if (!MO || !body) return () => {};

  const container = articleContainer(map);
  const scope: Element = container ?? body;
  const minChars = opts.minChars ?? (container ? 80 : 500);
  let pendingChars = 0;
  let reason: WatchReason | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let stopped = false;
  // Without an article the watch ends at a deadline, checked when changes
  // arrive, not by a timer: a page that is not an article runs this on every
  // load, and the first timer a content script sets costs it measurably
  // (issue 2); a quiet page never calls the observer, so nothing is missed.
  const lateUntil = container ? Infinity : Date.now() + lateBodyMs;

  const fire = () => {
    timer = undefined;
    if (stopped || !reason) return;
    const r = reason;
    reason = null;
    pendingChars = 0;
    if (runsLeft-- <= 0) return stop();
    // One read per settle; the caller re-reads the page (and usually re-watches).
    stop();
    onChange(r);
  };
  const schedule = (why: WatchReason) => {
    if (!reason || why === 'container-replaced') reason = why;
    const now = Date.now();
    if (!timer) firstPending = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const parent = container?.parentNode ?? null;
  const mapped = new Set<Node>(map ? map.segments.map((sg) => sg.node) : []);
  const onMutations = (records: MutationRecord[]) => {
    if (stopped) return;
    if (Date.now() > lateUntil) return stop();
    let lostMapped = false;
    for (const m of records) {
      if (m.type === 'childList' && parent && m.target === parent) {
        for (const n of Array.from(m.removedNodes)) if (n === scope) schedule('container-replaced');
        continue;
      }
      if (isOurs(m.target)) continue;
      // Net text added: a split or a re-wrap adds what it removes.
      if (m.type === 'characterData') {
        pendingChars += (m.target.textContent ?? '').length - (m.oldValue ?? '').length;
      } else {
        for (const n of Array.from(m.addedNodes)) if (!isOurs(n)) pendingChars += textLength(n);
        for (const n of Array.from(m.removedNodes)) {
          if (isOurs(n)) continue;
          pendingChars -= textLength(n);
          if (!lostMapped && mapped.size && holdsMapped(n, mapped)) lostMapped = true;
        }
      }
    }
    // Text the highlights sit on was taken out (a re-render): re-read even if the text is the same.
    if (lostMapped || Math.abs(pendingChars) >= minChars) schedule(container ? 'content-changed' : 'late-body');
  };

  const observer = new MO(onMutations);
  observer.observe(scope, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  if (parent) observer.observe(parent, { childList: true });

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  }
  return stop;
}

/** A node of our own highlighting (a wrap-mode mark or inside one). */
function isOurs(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  if (!el) return false;
  if (el.tagName === MARK_TAG) return true;
  return !!el.closest?.('dramatis-mark');
}

/** Is `n` (or a Text node under it, looking at a bounded number) one the map points at? */
function holdsMapped(n: Node, mapped: Set<Node>): boolean {
  if (n.nodeType === 3) return mapped.has(n);
  if (n.nodeType !== 1) return false;
  const walker = n.ownerDocument!.createTreeWalker(n, 4 /* SHOW_TEXT */);
  let i = 0;
  for (let t = walker.nextNode(); t && i < 5000; t = walker.nextNode(), i++) if (mapped.has(t)) return true;
  return false;
}

/** Text characters under `n`, capped (a huge insertion need not be counted exactly). */
function textLength(n: Node): number {
  if (n.nodeType === 3) return (n as Text).data.trim().length;
  if (n.nodeType !== 1) return 0;
  const tag = (n as Element).tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return 0;
  return Math.min((n.textContent ?? '').trim().length, 100_000);
}
