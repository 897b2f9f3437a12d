import { Readability } from '@mozilla/readability';
import type { ArticleData } from '../types';
import { buildTextMap, type TextMap } from './textMap';
import { readMetadata } from './readMetadata';

export interface Extraction {
  article: ArticleData;
  /** `article.text` with each run tied to the live page's Text node. */
  map: TextMap;
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
    return node && !inByline(node) ? node : null;
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
  return { article: { ...meta, text: map.text }, map };
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
  const live: Text[] = [];
  const index = new Map<Text, number>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    index.set(n as Text, live.length);
    live.push(n as Text);
  }
  let cursor = 0;
  return (t) => {
    const hit = liveOf.get(t);
    if (hit && index.has(hit)) {
      cursor = index.get(hit)! + 1;
      return hit;
    }
    if (!t.data.trim()) {
      // Whitespace between inline elements matters ("John</a> <a>Kirby").
      const next = live[cursor];
      if (next && !next.data.trim()) {
        cursor++;
        return next;
      }
      return null;
    }
    for (let i = cursor; i < live.length && i < cursor + 500; i++) {
      if (live[i].data === t.data) {
        cursor = i + 1;
        return live[i];
      }
    }
    return null;
  };
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
