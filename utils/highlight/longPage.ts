/**
 * Pages far longer than any article (a 200,000-word book on one page) are
 * read in slices, so the page's main thread never runs one long task for us
 * (issue 7). Readability and the page-shape walk are monolithic and cost
 * time in proportion to the page, so they only ever see a bounded copy of the
 * page's beginning; the rest of the article is then read straight from the
 * live page, a few milliseconds at a time, and named by the background.
 */
import type { TextMap, TextSegment } from '../extract/textMap';
import { buildTextMap } from '../extract/textMap';
import { bodyOf } from '../detect/bodyOf';
import type { Entity } from '../types';

/**
 * Text (characters, scripts and styles not counted) beyond which a page is read
 * in slices (≈ 6,500 words): Readability on this much costs about 50 ms of CPU
 * on a slow machine.
 */
export const LONG_PAGE_CHARS = 40_000;
/** How much of a long page's beginning the first pass reads with the usual pipeline (≈ 2,000 words). */
export const FIRST_PASS_CHARS = 12_000;
/** Work done between two yields to the page. Far under the 50 ms that makes a task "long". */
export const SLICE_MS = 8;
/** Text of the rest of the article handed to the recognizer at a time. */
export const REST_CHUNK_CHARS = 100_000;

const NOT_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i;
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TH|THEAD|TFOOT|TR|UL)$/i;

/** Let the page run (input, rendering, its own tasks) before going on. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/** Yields when the current slice has used its time. */
export function slicer(budgetMs = SLICE_MS): () => Promise<void> | null {
  let t0 = performance.now();
  return () => {
    if (performance.now() - t0 < budgetMs) return null;
    return yieldToPage().then(() => {
      t0 = performance.now();
    });
  };
}

/**
 * Is the page's text longer than `limit`? One walk over Text nodes that stops
 * as soon as it knows, so an ordinary page costs a few thousand node visits.
 * Inline scripts (often hundreds of KB of JSON) do not count.
 */
export function isLongPage(doc: Document, limit = LONG_PAGE_CHARS): boolean {
  const body = bodyOf(doc);
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (NOT_TEXT.test(n.parentElement?.tagName ?? '')) continue;
    chars += (n as Text).data.length;
    if (chars > limit) return true;
  }
  return false;
}

export interface PagePrefix {
  /** An inert document: the page's head and the first `maxChars` of its body. */
  doc: Document;
  /** Each copied Text node → the live page's node it was copied from. */
  liveOf: Map<Text, Text>;
  /** The page goes on past the copy. */
  truncated: boolean;
}

/**
 * Copy the page's head and the beginning of its body (up to `maxChars` of
 * text) into a new, inert document, in slices. The copy is what detection and
 * Readability read; `liveOf` ties its Text nodes back to the page's own.
 */
export async function pagePrefix(doc: Document, maxChars = FIRST_PASS_CHARS): Promise<PagePrefix> {
  const out = doc.implementation.createHTMLDocument('');
  const liveOf = new Map<Text, Text>();
  for (const a of Array.from(doc.documentElement.attributes)) out.documentElement.setAttribute(a.name, a.value);
  // The head is small and holds what detection and metadata read (title, meta, JSON-LD).
  if (doc.head) out.documentElement.replaceChild(out.importNode(doc.head, true), out.head);
  const body = bodyOf(doc);
  if (!body) return { doc: out, liveOf, truncated: false };
  const outBody = out.importNode(body, false);
  out.documentElement.replaceChild(outBody, out.body);
  const pause = slicer();
  let chars = 0;
  // Document order, iteratively (pages nest deeper than the JS stack): [live node, copy's parent].
  const stack: [Node, Node][] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push([c, outBody]);
  while (stack.length) {
    if (chars >= maxChars) return { doc: out, liveOf, truncated: true };
    const [node, parent] = stack.pop()!;
    if (node.nodeType === 3) {
      const copy = out.createTextNode((node as Text).data);
      parent.appendChild(copy);
      liveOf.set(copy, node as Text);
      chars += (node as Text).data.length;
    } else if (node.nodeType === 1 && !NOT_TEXT.test((node as Element).tagName)) {
      const copy = parent.appendChild(out.importNode(node, false));
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, copy]);
    }
    const p = pause();
    if (p) await p;
  }
  return { doc: out, liveOf, truncated: false };
}

/** Point a map read from the copy at the live page's Text nodes (runs with no live twin are dropped). */
export function toLiveMap(map: TextMap, liveOf: Map<Text, Text>): TextMap {
  const segments: TextSegment[] = [];
  for (const s of map.segments) {
    const node = liveOf.get(s.node);
    if (node) segments.push({ ...s, node });
  }
  return { text: map.text, segments };
}

/** The part of the article after the map's end, as text to append and its runs (offsets continue the map's). */
export interface RestChunk {
  text: string;
  segments: TextSegment[];
}

/**
 * Where the rest of a long article is: the lowest element holding the text the
 * first pass mapped, widened to the article element around it (the first pass
 * may have ended inside the article's first section).
 */
export function restContainer(inner: Element): Element {
  return inner.closest('article, [itemprop="articleBody"], main, [role="main"]') ?? inner;
}

/**
 * Read the rest of the article, after the last run of `map`, from the live
 * page: the following content of `container` (see restContainer), in
 * document order, in slices, `chunkChars` at a time. Each yielded chunk's offsets continue `map.text` as it will be once
 * the previous chunks are appended. Never changes the page.
 */
export async function* readRest(
  map: TextMap,
  container: Element,
  chunkChars = REST_CHUNK_CHARS,
): AsyncGenerator<RestChunk> {
  const last = map.segments[map.segments.length - 1]?.node;
  if (!last || !container.contains(last)) return;
  const pause = slicer();
  let base = map.text.length;
  let prevBlock = false;
  let parts: string[] = [];
  let segs: TextSegment[] = [];
  let len = 0;
  // The next subtree after `n`: its next sibling, else its parent's, up to the container.
  const after = (n: Node): Node | null => {
    for (let c: Node | null = n; c && c !== container; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
    return null;
  };
  for (let root = after(last); root;) {
    const el = root.nodeType === 1 ? (root as Element) : null;
    // A subtree too big for one slice (a wrapper around every paragraph) is entered, not read whole.
    if (el && el.firstChild && !NOT_TEXT.test(el.tagName) && (el.textContent?.length ?? 0) > chunkChars / 4) {
      root = el.firstChild;
      continue;
    }
    const block = !!el && BLOCK.test(el.tagName);
    const m = buildTextMap(root);
    if (m.text) {
      const sep = base + len === 0 ? '' : block || prevBlock ? '\n\n' : /^\s/.test(root.textContent ?? '') ? ' ' : '';
      const off = base + len + sep.length;
      parts.push(sep + m.text);
      len += sep.length + m.text.length;
      for (const s of m.segments) segs.push({ ...s, start: s.start + off, end: s.end + off });
      prevBlock = block;
    }
    root = after(root);
    if (len >= chunkChars || !root) {
      if (len) yield { text: parts.join(''), segments: segs };
      base += len;
      parts = [];
      segs = [];
      len = 0;
    }
    const p = pause();
    if (p) await p;
  }
}

/**
 * Entities named in a later chunk of the text, folded into those found so far:
 * their offsets move by `offset` (where the chunk starts in the whole text), and
 * an entity already known (same id) gains the mentions; its role stays the
 * first one the article gave, unless it had none. Pure.
 */
export function appendEntities(found: Entity[], more: Entity[], offset: number): Entity[] {
  const out = found.map((e) => ({ ...e, mentions: [...e.mentions] }));
  const byId = new Map(out.map((e) => [e.id, e]));
  for (const e of more) {
    const mentions = e.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
    const known = byId.get(e.id);
    if (known) {
      known.mentions.push(...mentions);
      if (!known.role && e.role) Object.assign(known, { role: e.role, roleOf: e.roleOf, official: e.official });
      continue;
    }
    const added = { ...e, mentions };
    out.push(added);
    byId.set(e.id, added);
  }
  return out;
}
