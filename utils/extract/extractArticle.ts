import { Readability } from '@mozilla/readability';
import type { ArticleData } from '../types';
import { buildTextMap, type TextMap } from './textMap';
import { readMetadata } from './readMetadata';

export interface Extraction {
  article: ArticleData;
  /** `article.text` with each run tied to the live page's Text node. */
  map: TextMap;
  /** Share of the body's characters that sit inside links (0..1): high for link lists. */
  linkDensity: number;
}

/**
 * Find the article body with Readability on a clone of `doc`, then tie the
 * body's text back to `doc`'s own Text nodes, so highlights land on the page
 * the reader sees. Returns null when there is no body. Never changes `doc`.
 */
export function extractArticle(doc: Document, url: string | null = null): Extraction | null {
  if (!doc.documentElement) return null;
  const { clone, liveOf } = cloneWithMap(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Our serializer hands back the body element itself (in the clone), not HTML,
    // so its Text nodes can be traced to the live page.
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 300 }).parse();
  } catch {
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const live = liveResolver(doc, liveOf);
  // Readability strips class names from its copy, so bylines are recognised on the live node.
  const map = buildTextMap(parsed.content, (t) => {
    const node = live(t);
    return node && !inByline(node) && !inEditable(node) ? node : null;
  });
  if (!map.text) return null;
  const meta = readMetadata(doc, {
    title: parsed.title ?? undefined,
    byline: parsed.byline,
    site: parsed.siteName,
    publishedAt: parsed.publishedTime,
    lang: parsed.lang,
    url,
  });
  return { article: { ...meta, text: map.text }, map, linkDensity: linkDensityOf(map) };
}

/** Deep-clone `doc` and remember, for each cloned Text node, its live original. */
function cloneWithMap(doc: Document): { clone: Document; liveOf: Map<Text, Text> } {
  const clone = doc.cloneNode(true) as Document;
  const liveOf = new Map<Text, Text>();
  // Iterative parallel walk: pages can be deeper than the JS stack.
  const stack: [Node, Node][] = [[doc.documentElement, clone.documentElement]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let x = a.firstChild;
    let y = b.firstChild;
    while (x && y) {
      if (x.nodeType === 3) liveOf.set(y as Text, x as Text);
      else if (x.firstChild) stack.push([x, y]);
      x = x.nextSibling;
      y = y.nextSibling;
    }
  }
  return { clone, liveOf };
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
  let lastHit: Text | null = null;
  let cursor = 0;
  const ensure = () => {
    if (live) return;
    live = [];
    index = new Map();
    byData = new Map();
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      index.set(n as Text, live.length);
      const data = (n as Text).data;
      const list = byData.get(data);
      if (list) list.push(live.length);
      else byData.set(data, [live.length]);
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
        return next;
      }
      return null;
    }
    // The next live node with the same text, after the last one matched.
    const at = byData!.get(t.data);
    if (at) {
      const i = firstAtLeast(at, cursor);
      if (i < at.length) {
        cursor = at[i] + 1;
        lastHit = list[at[i]];
        return lastHit;
      }
    }
    return null;
  };
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

function linkDensityOf(map: TextMap): number {
  if (!map.text.length) return 0;
  let linked = 0;
  for (const seg of map.segments) {
    let el = seg.node.parentElement;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      if (el.tagName === 'A' && el.hasAttribute('href')) {
        linked += seg.end - seg.start;
        break;
      }
    }
  }
  return linked / map.text.length;
}

/** Text the reader can edit (contenteditable, form fields) is theirs: never read, never highlighted. */
function inEditable(t: Text): boolean {
  return !!t.parentElement?.closest('[contenteditable]:not([contenteditable="false"]), input, textarea, select');
}
