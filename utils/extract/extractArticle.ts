import { Readability } from '@mozilla/readability';
import type { ArticleData } from '../types';
import { buildTextMap, type TextMap } from './textMap';
import { readMetadata } from './readMetadata';
import { bodyOf } from '../detect/bodyOf';
import { HEADLINE_LINKS } from '../detect/detectArticle';
import { pageShape } from '../detect/pageShape';
import { readableClone, readableScope } from './readableClone';
import { bylineAround } from './bylineAround';

export interface Extraction {
  article: ArticleData;
  /** `article.text` with each run tied to the live page's Text node. */
  map: TextMap;
  /** Share of the body's characters that sit inside links (0..1): high for link lists. */
  linkDensity: number;
  /** Headlines in the body that are links (a listing's teasers): an article's body has none or few. */
  headlineLinks: number;
  /** Share of the body's characters in picture captions (0..1): high for galleries. */
  captionShare: number;
  /** Share of the body's characters inside a dialog (0..1): high for a consent or sign-in prompt. */
  dialogShare: number;
}

/**
 * Find the article body with Readability on a clone of `doc`, then tie the
 * body's text back to `doc`'s own Text nodes, so highlights land on the page
 * the reader sees. Returns null when there is no body. Never changes `doc`.
 *
 * Readability is given only the element that holds the page's prose
 * (`opts.within`; undefined: found here with the detector's page walk; null:
 * the whole page): on most pages a seventh of the nodes, so it and the copy
 * cost about half, and the site's chrome around the body cannot leak in.
 * Where that element is one Readability would drop (comments, a sidebar), or
 * it yields under 300 characters, the whole page is read, as before.
 */
export function extractArticle(
  doc: Document,
  url: string | null = null,
  opts: { within?: Element | null } = {},
): Extraction | null {
  if (!doc.documentElement) return null;
  if (tooLargeToRead(doc)) return null;
  const given = opts.within === undefined ? scopeOf(doc) : opts.within;
  const scope = given && given.ownerDocument === doc && doc.contains(given) && readableScope(given) ? given : null;
  let readFrom = scope;
  let { clone, liveOf } = readableClone(doc, scope);
  let found = readabilityOn(clone);
  // (A page Readability cannot read at all, undefined here, fails the same way whole.)
  if (scope && found !== undefined && (found?.textContent ?? '').length < MIN_SCOPED_TEXT) {
    // Readability found (almost) nothing there: the body is elsewhere, so read the whole page.
    readFrom = null;
    ({ clone, liveOf } = readableClone(doc));
    found = readabilityOn(clone);
  }
  if (!found || !found.content) return null;
  const parsed = found;
  const content = found.content;
  splitMerged(content, liveOf, doc);
  const live = liveResolver(doc, liveOf);
  // Readability strips class names from its copy, so bylines are recognised on the live node.
  // Both tests depend only on the parent chain: asked once per parent element.
  const skipOf = new Map<Element, boolean>();
  const editable = editableTest();
  const skip = (node: Text) => {
    const parent = node.parentElement;
    if (!parent) return false;
    let v = skipOf.get(parent);
    if (v === undefined) skipOf.set(parent, (v = inByline(node) || editable(parent)));
    return v;
  };
  const map = buildTextMap(content, (t) => {
    const node = live(t);
    return node && !skip(node) ? node : null;
  });
  if (!map.text) return null;
  let around: ReturnType<typeof bylineAround> | null = null;
  const meta = readMetadata(doc, {
    title: parsed.title ?? undefined,
    // Readability saw only the scope: a byline in the page's header (first in document
    // order) or footer is what it would have found on the whole page. Read last, only
    // when the page's metadata names no author, so the walk is rarely made.
    get byline() {
      if (!scope || readFrom !== scope) return parsed.byline;
      around ??= bylineAround(doc, scope);
      return around.before ?? parsed.byline ?? around.after;
    },
    site: parsed.siteName,
    publishedAt: parsed.publishedTime,
    lang: parsed.lang,
    url,
  });
  return {
    article: { ...meta, text: map.text },
    map,
    ...bodyStatsOf(map),
    headlineLinks: content.querySelectorAll(HEADLINE_LINKS).length,
  };
}

/** Elements beyond which a page is not handed to Readability (its passes are superlinear). */
export const MAX_ELEMENTS = 100_000;
/** Tables nested deeper than this are markup traps, not layout (Readability rescans each table's subtree). */
export const MAX_TABLE_DEPTH = 12;

/**
 * Why this page is too big to read, or null. One bounded walk: stops counting
 * at MAX_ELEMENTS, so a 10 MB page costs the same as a 2 MB one.
 */
export function tooLargeToRead(doc: Document): string | null {
  const root = bodyOf(doc) ?? doc.documentElement;
  if (!root) return null;
  let elements = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, tables] = stack.pop()!;
    if (++elements > MAX_ELEMENTS) return `page too large (over ${MAX_ELEMENTS} elements)`;
    const t = el.tagName === 'TABLE' || el.tagName === 'table' ? tables + 1 : tables;
    if (t > MAX_TABLE_DEPTH) return `tables nested over ${MAX_TABLE_DEPTH} deep`;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, t]);
  }
  return null;
}

/** Less text than this from the scope alone sends Readability to the whole page (its own retry threshold). */
const MIN_SCOPED_TEXT = 300;

/** Where the page's prose is (see `proseContainer`): one walk, as the detector's. */
function scopeOf(doc: Document): Element | null {
  const body = bodyOf(doc);
  return body ? pageShape(body).container : null;
}

/** Readability's result on `clone`, or undefined when it throws (a page too deep for its recursion). */
function readabilityOn(clone: Document): ReturnType<Readability<Element>['parse']> | undefined {
  try {
    // Our serializer hands back the body element itself (in the clone), not HTML,
    // so its Text nodes can be traced to the live page.
    return new Readability<Element>(clone, {
      serializer: (el) => el as Element,
      charThreshold: MIN_SCOPED_TEXT,
    }).parse();
  } catch {
    return undefined;
  }
}

const SCRIPTY = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i;
const KEY = 12;

/**
 * When Readability re-parses the page from HTML (its retry passes) after it
 * removed scripts and comments, two live Text nodes that had a <script> or a
 * comment between them come back as one ("A" + "B"). Split such clone nodes
 * at the live nodes' boundaries so each piece has an exact live twin.
 * Only runs for clone nodes with no twin; bounded by the live page's size.
 */
function splitMerged(root: Element, liveOf: Map<Text, Text>, doc: Document): void {
  const orphans: Text[] = [];
  const cw = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = cw.nextNode(); n; n = cw.nextNode()) {
    const t = n as Text;
    if (!liveOf.has(t) && t.data.trim().length >= KEY) orphans.push(t);
  }
  if (!orphans.length) return;
  // The live page's readable Text nodes, and where each one's first KEY characters occur.
  const live: Text[] = [];
  const exact = new Set<string>();
  const byKey = new Map<string, number[]>();
  const lw = doc.createTreeWalker(bodyOf(doc) ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = lw.nextNode(); n; n = lw.nextNode()) {
    const t = n as Text;
    if (t.parentElement && SCRIPTY.test(t.parentElement.tagName)) continue;
    exact.add(t.data);
    if (t.data.length >= KEY) {
      const k = t.data.slice(0, KEY);
      const at = byKey.get(k);
      if (at) at.push(live.length);
      else byKey.set(k, [live.length]);
    }
    live.push(t);
  }
  for (const t of orphans) {
    if (exact.has(t.data)) continue;
    for (const i of byKey.get(t.data.slice(0, KEY)) ?? []) {
      if (!t.data.startsWith(live[i].data)) continue;
      const pieces = [live[i].data.length];
      let rest = t.data.slice(live[i].data.length);
      for (let j = i + 1; rest && j < live.length && pieces.length < 50; j++) {
        const d = live[j].data;
        if (!d) continue;
        if (!rest.startsWith(d)) break;
        pieces.push(d.length);
        rest = rest.slice(d.length);
      }
      if (rest || pieces.length < 2) continue;
      let cur = t;
      for (const len of pieces.slice(0, -1)) cur = cur.splitText(len);
      break;
    }
  }
}

/**
 * Clone Text node → live Text node. Node identity works while Readability
 * moves nodes; when it re-parses the page from HTML (its retry passes), the
 * nodes are new, so fall back to finding the same text, in document order,
 * among the live page's Text nodes.
 */
function liveResolver(doc: Document, liveOf: Map<Text, Text>): (t: Text) => Text | null {
  // The live page's Text nodes in order, built only if a clone node has no
  // live twin (Readability re-parsed): most pages never need it.
  let live: Text[] | null = null;
  let index: Map<Text, number> | null = null;
  let byData: Map<string, number[]> | null = null;
  let byWords: Map<string, number[]> | null = null;
  let byStart: Map<string, number[]> | null = null;
  const used = new Set<number>();
  let lastHit: Text | null = null;
  let cursor = 0;
  const ensure = () => {
    if (live) return;
    live = [];
    index = new Map();
    byData = new Map();
    byWords = new Map();
    byStart = new Map();
    const walker = doc.createTreeWalker(bodyOf(doc) ?? doc.documentElement, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      index.set(n as Text, live.length);
      const data = (n as Text).data;
      const list = byData.get(data);
      if (list) list.push(live.length);
      else byData.set(data, [live.length]);
      if (data.length >= 16) {
        const k = data.slice(0, 16);
        const sl = byStart.get(k);
        if (sl) sl.push(live.length);
        else byStart.set(k, [live.length]);
      }
      const w = squash(data);
      if (w) {
        const wl = byWords.get(w);
        if (wl) wl.push(live.length);
        else byWords.set(w, [live.length]);
      }
      live.push(n as Text);
    }
    cursor = lastHit && index.has(lastHit) ? index.get(lastHit)! + 1 : 0;
  };
  return (t) => {
    const hit = liveOf.get(t);
    if (hit) {
      lastHit = hit;
      if (index) cursor = (index.get(hit) ?? cursor - 1) + 1;
      return hit;
    }
    ensure();
    const list = live!;
    if (!t.data.trim()) {
      // Whitespace between inline elements matters ("John</a> <a>Kirby").
      const next = list[cursor];
      if (next && !next.data.trim()) {
        cursor++;
        t.data = next.data; // the map's offsets must index the live node
        return next;
      }
      return null;
    }
    // The next live node with the same text, after the last one matched.
    // Failing that (Readability moved it up, or an earlier guess jumped ahead to
    // a later copy), the first copy not yet used.
    const pick = (at: number[] | undefined): Text | null => {
      if (!at) return null;
      let i = firstAtLeast(at, cursor);
      while (i < at.length && used.has(at[i])) i++;
      if (i >= at.length) for (i = 0; i < at.length && used.has(at[i]); i++);
      if (i >= at.length) return null;
      used.add(at[i]);
      cursor = at[i] + 1;
      lastHit = list[at[i]];
      return lastHit;
    };
    const exact = pick(byData!.get(t.data));
    if (exact) return exact;
    // Readability's re-parse can trim a node's edge whitespace: match on the
    // words, then give the clone node the live node's exact data, so the map's
    // offsets index the live node.
    const near = pick(byWords!.get(squash(t.data)));
    if (near) {
      t.data = near.data;
      return near;
    }
    // Or the clone node is the start of a live node (Readability cut its tail):
    // offsets from the start stay valid.
    if (t.data.length >= 16) {
      const starts = byStart!.get(t.data.slice(0, 16))?.filter((i) => list[i].data.startsWith(t.data));
      return starts?.length ? pick(starts) : null;
    }
    return null;
  };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstAtLeast(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BYLINE =
  /(^|[\s_-])(byline|dateline|author|authors|writtenby|timestamp|publish-?date|date-?published)([\s_-]|$)/i;

/**
 * Readability keeps the byline line in the body when the page's metadata
 * already named the author. "By Song Sang-ho · 2024-01-24" is not article
 * text: its name is no one in the story.
 */
function inByline(t: Text): boolean {
  let el = t.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''}`;
    if (BYLINE.test(label) && (el.textContent ?? '').length < 200) return true;
  }
  return false;
}

const CAPTION_CLASS = /caption/i;

/**
 * Share of the body's characters inside links, and inside picture captions
 * (a <figcaption>, or an element whose class says caption), each judged from
 * the live node's four nearest ancestors, asked once per parent element; and
 * inside a dialog (any ancestor: see `isDialog`), asked once per element.
 */
function bodyStatsOf(map: TextMap): { linkDensity: number; captionShare: number; dialogShare: number } {
  if (!map.text.length) return { linkDensity: 0, captionShare: 0, dialogShare: 0 };
  let linked = 0;
  let captioned = 0;
  let modal = 0;
  const seen = new Map<Element, number>(); // bit 1: in a link, bit 2: in a caption, bit 4: in a dialog
  const inDialog = dialogTest();
  for (const seg of map.segments) {
    const parent = seg.node.parentElement;
    if (!parent) continue;
    let v = seen.get(parent);
    if (v === undefined) {
      v = inDialog(parent) ? 4 : 0;
      for (let el: Element | null = parent, depth = 0; el && depth < 4; depth++, el = el.parentElement) {
        const tag = el.tagName.toUpperCase();
        if (tag === 'A' && el.hasAttribute('href')) v |= 1;
        if (tag === 'FIGCAPTION' || CAPTION_CLASS.test(el.getAttribute('class') ?? '')) v |= 2;
      }
      seen.set(parent, v);
    }
    if (v & 1) linked += seg.end - seg.start;
    if (v & 2) captioned += seg.end - seg.start;
    if (v & 4) modal += seg.end - seg.start;
  }
  const n = map.text.length;
  return { linkDensity: linked / n, captionShare: captioned / n, dialogShare: modal / n };
}

/**
 * "Is `el` or one of its ancestors a match?", with each element's answer
 * remembered: a body's worth of Text nodes costs one walk of their ancestors,
 * not one per node (a selector match per ancestor is slow in linkedom).
 */
function ancestorTest(matches: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (start) => {
    const chain: Element[] = [];
    let v = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const k = known.get(el);
      if (k !== undefined) {
        v = k;
        break;
      }
      chain.push(el);
      if (matches(el)) {
        v = true;
        break;
      }
    }
    // Every element walked so far shares the answer: a match sits at or above each of them.
    for (const el of chain) known.set(el, v);
    return v;
  };
}

/**
 * A <dialog>, or an element whose role says dialog or that is modal: what it
 * holds is a prompt laid over the page (cookie consent, sign-in), not the page.
 */
function dialogTest(): (el: Element) => boolean {
  return ancestorTest((el) => {
    const role = el.getAttribute('role');
    return (
      el.tagName.toUpperCase() === 'DIALOG' ||
      role === 'dialog' ||
      role === 'alertdialog' ||
      el.getAttribute('aria-modal') === 'true'
    );
  });
}

const FORM_FIELD = /^(INPUT|TEXTAREA|SELECT)$/i;

/**
 * Text the reader can edit (contenteditable, form fields) is theirs: never
 * read, never highlighted. The same test as `closest('[contenteditable]:not(
 * [contenteditable="false"]), input, textarea, select')`, remembered per element.
 */
export function editableTest(): (el: Element) => boolean {
  return ancestorTest((el) => {
    const ce = el.getAttribute('contenteditable');
    return (ce !== null && ce !== 'false') || FORM_FIELD.test(el.tagName);
  });
}
