import { proseContainer } from './proseContainer';
import { NON_SPACE, squashedLength } from './squashedLength';

export interface PageShape {
  /** Characters of running text in paragraphs that are not teaser summaries. */
  prose: number;
  paragraphs: number;
  /** Headline links: a heading holding a link, a link holding a heading, or a long link outside running text. */
  teasers: number;
  teaserChars: number;
  /** Characters of text seen (squashed, outside skipped parts such as scripts and navigation). */
  chars: number;
  /** The walk stopped at `maxChars`: the other figures cover only the page's beginning. */
  stopped: boolean;
  /** The deepest element below the body holding nearly all the prose (`proseContainer`), or null. */
  container: Element | null;
  /** The most of that prose (characters) one <article> element holds: an article's body, not its cards' summaries. */
  articleProse: number;
  /** <time> elements seen (one or two date an article; a listing dates every card). */
  times: number;
  /** Links with rel=author (a byline; a listing has one per card). */
  authorLinks: number;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'TH',
  'DD',
  'DT',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'CENTER',
  'FONT',
  'BODY',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4']);
// Never running prose: scripts, chrome, forms.
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'NAV',
  'FOOTER',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

interface Block {
  len: number;
  link: number;
  /** <br> elements directly in the block: text split by line breaks instead of <p>s. */
  br: number;
  /** The <article> element the block is in (or is), if any. */
  article: Element | null;
}

/**
 * How much of the page is running prose, and how much is headline links, in
 * one walk of the tree (no selector queries: they are slow on big pages).
 * A paragraph is a block's own text of 80+ characters that is mostly not
 * links; it is a teaser summary, not prose, when its card (parent or
 * grandparent) also holds a headline and at most three paragraphs.
 */
export function pageShape(body: Element, maxNodes = 60_000, maxChars = Infinity): PageShape {
  const blocks = new Map<Element, Block>();
  const linkText = new Map<Element, number>();
  const headedLinks = new Set<Element>();
  const cardHosts = new Set<Element>();
  /** Headings holding a link and links holding a heading: a card's headline, as its summary's neighbour. */
  const headlines = new Set<Element>();
  // A TreeWalker steps through the tree natively; a hand-rolled walk over
  // firstChild/nextSibling costs several times more in a content script's
  // isolated world, and this walk is most of what a non-article page pays.
  // Context frames (element, nearest block, link, heading) are kept on a stack
  // that is unwound to the current node's parent. Skipped subtrees (scripts,
  // navigation) get a frame of their own that swallows their nodes: only
  // `nextNode` is used, the one TreeWalker step every DOM (linkedom too) has.
  const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
  const walker = (body.ownerDocument ?? document).createTreeWalker(body, SHOW_ELEMENT_AND_TEXT);
  // Each DOM call a content script makes crosses out of its isolated world,
  // and this walk makes several per node (issue 2). So attributes only a few
  // elements carry are found by one native query each, not read on every
  // element: hidden parts, and the links with a rel (a byline's rel=author).
  const hidden = setOf(body.querySelectorAll('[aria-hidden="true"]'));
  if (body.getAttribute('aria-hidden') === 'true') hidden.add(body);
  const withRel = setOf(body.querySelectorAll('a[rel]'));
  // Browsers' walkers can step past a skipped subtree (its nodes are never
  // visited: navigation and footers are much of a listing page); linkedom's
  // has only nextNode, so there the skipped subtree swallows its nodes instead.
  const canJump = typeof walker.nextSibling === 'function' && typeof walker.parentNode === 'function';
  // Context frames (element, nearest block, link, heading, <article>) as
  // parallel stacks with a depth, not an array allocated per element.
  const fEl: Node[] = [];
  const fBlock: Element[] = [];
  const fLink: (Element | null)[] = [];
  const fHead: (Element | null)[] = [];
  const fArticle: (Element | null)[] = [];
  let depth = 0;
  let skipping: Node | null = null;
  let visited = 0;
  let chars = 0;
  let stopped = false;
  let times = 0;
  let authorLinks = 0;
  let node: Node | null = body;
  while (node && visited < maxNodes) {
    // White space between tags (half the text nodes of an indented page)
    // adds nothing: stepped past before any other DOM read.
    if (node.nodeType === 3 && !NON_SPACE.test((node as Text).data) && !skipping) {
      visited++;
      node = walker.nextNode();
      continue;
    }
    const parent = node === body ? null : node.parentNode;
    if (skipping) {
      // Inside a skipped subtree until the walk leaves it.
      if (skipping.contains(node)) {
        node = walker.nextNode();
        continue;
      }
      skipping = null;
    }
    visited++;
    while (depth && fEl[depth - 1] !== parent) depth--;
    const block = depth ? fBlock[depth - 1] : body;
    const link = depth ? fLink[depth - 1] : null;
    const heading = depth ? fHead[depth - 1] : null;
    const article = depth ? fArticle[depth - 1] : null;
    if (node.nodeType === 3) {
      const len = squashedLength((node as Text).data);
      if ((chars += len) > maxChars) {
        stopped = true;
        break;
      }
      if (len) {
        const b = blocks.get(block);
        if (b) {
          b.len += len;
          if (link) b.link += len;
        } else blocks.set(block, { len, link: link ? len : 0, br: 0, article });
        if (link) linkText.set(link, (linkText.get(link) ?? 0) + len);
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    let tag = el.tagName;
    // HTML elements' names are upper case already; SVG's and XML's are not.
    if (tag.charCodeAt(0) > 90) tag = tag.toUpperCase();
    if (SKIP_TAGS.has(tag) || (hidden.size && hidden.has(el))) {
      if (canJump) {
        walker.currentNode = el;
        let next = walker.nextSibling();
        // Up until an ancestor has a next sibling; past the body (the root) there is none.
        while (!next && walker.parentNode()) next = walker.nextSibling();
        node = next;
        continue;
      }
      skipping = el;
      node = walker.nextNode();
      continue;
    }
    if (tag === 'TIME') times++;
    if (tag === 'BR') {
      const b = blocks.get(block);
      if (b) b.br++;
      node = walker.nextNode();
      continue;
    }
    let nextBlock = block;
    let nextLink = link;
    let nextHeading = heading;
    const nextArticle = tag === 'ARTICLE' ? el : article;
    if (BLOCK_TAGS.has(tag) && !(link && tag !== 'P')) nextBlock = el;
    if (tag === 'A' && el.hasAttribute('href')) {
      nextLink = el;
      if (withRel.size && withRel.has(el) && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) authorLinks++;
      if (heading) {
        headedLinks.add(el);
        headlines.add(heading);
        markCard(heading, cardHosts);
      }
    }
    if (HEADINGS.has(tag)) {
      nextHeading = el;
      if (link) {
        headedLinks.add(link);
        headlines.add(link);
        markCard(link, cardHosts);
      }
    }
    fEl[depth] = el;
    fBlock[depth] = nextBlock;
    fLink[depth] = nextLink;
    fHead[depth] = nextHeading;
    fArticle[depth] = nextArticle;
    depth++;
    node = walker.nextNode();
  }

  // Paragraph candidates and how many each card host holds.
  const paras: [Element, Block][] = [];
  const perHost = new Map<Element, number>();
  for (const [el, b] of blocks) {
    if (b.len < 80 || b.link > b.len * 0.35 || HEADINGS.has(el.tagName.toUpperCase()) || isCaption(el)) continue;
    paras.push([el, b]);
    for (let h = el.parentElement, d = 0; h && d < 2; h = h.parentElement, d++)
      perHost.set(h, (perHost.get(h) ?? 0) + 1);
  }
  let prose = 0;
  let paragraphs = 0;
  const perArticle = new Map<Element, number>();
  const kept: [Element, number][] = [];
  for (const [el, b] of paras) {
    // A teaser's summary is a sentence or two; a block longer than that is running text.
    let teaser = false;
    for (let h = el.parentElement, d = 0; h && d < 2 && b.len < MAX_SUMMARY; h = h.parentElement, d++) {
      if (cardHosts.has(h) && (perHost.get(h) ?? 0) <= 3) {
        teaser = true;
        break;
      }
    }
    // Cards need no wrapper of their own: in a flat list (linked headline,
    // summary, linked headline, summary…) the summary follows its headline.
    if (!teaser && b.len < MAX_SUMMARY) {
      const prev = el.previousElementSibling;
      teaser = !!prev && headlines.has(prev);
    }
    if (teaser) continue;
    kept.push([el, b.len]);
    prose += b.len;
    if (b.article) {
      perArticle.set(b.article, (perArticle.get(b.article) ?? 0) + b.len);
    }
    // Text laid out with <br>s instead of <p>s: each piece of 80+ characters on average is a paragraph.
    paragraphs += Math.max(1, Math.min(b.br + 1, Math.floor(b.len / 80)));
  }
  let teasers = 0;
  let teaserChars = 0;
  for (const [a, len] of linkText) {
    if ((headedLinks.has(a) && len >= 15) || (len >= 30 && len <= 250 && !inParagraph(a, blocks))) {
      teasers++;
      teaserChars += len;
    }
  }
  let articleProse = 0;
  for (const n of perArticle.values()) if (n > articleProse) articleProse = n;
  // A walk cut short saw only part of the page: where its prose sits is unknown.
  // A bounded walk is the probe's, on every page: it never uses the container,
  // so a page that is not an article does not pay for finding it (issue 2).
  const container =
    stopped || visited >= maxNodes || maxChars !== Infinity ? null : proseContainer(body, kept, prose, paragraphs);
  return {
    prose,
    paragraphs,
    teasers,
    teaserChars,
    chars,
    stopped,
    container,
    articleProse,
    times,
    authorLinks,
  };
}

/** The nodes of a list, by index: a NodeList's iterator is one more DOM interface for the page to set up. */
function setOf(list: NodeListOf<Element>): Set<Node> {
  const set = new Set<Node>();
  for (let i = 0; i < list.length; i++) set.add(list[i]);
  return set;
}

/** A picture caption (a gallery's text) is not running prose. */
function isCaption(el: Element): boolean {
  return el.tagName.toUpperCase() === 'FIGCAPTION' || /caption/i.test(el.getAttribute('class') ?? '');
}

/** Characters from which a block is running text, never a teaser card's summary. */
const MAX_SUMMARY = 500;

/** The element holding a headline (heading or headline link) and its parent are its card. */
function markCard(el: Element, hosts: Set<Element>) {
  const p = el.parentElement;
  if (!p) return;
  hosts.add(p);
  if (p.parentElement) hosts.add(p.parentElement);
}

/** A link inside running text (a paragraph whose text is mostly not links) is not a teaser. */
function inParagraph(a: Element, blocks: Map<Element, Block>): boolean {
  for (let el = a.parentElement, d = 0; el && d < 4; el = el.parentElement, d++) {
    const b = blocks.get(el);
    if (b) return b.len >= 80 && b.link < b.len * 0.5;
  }
  return false;
}
