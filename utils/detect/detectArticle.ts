// The module itself, not the package index: the index also pulls in the whole
// Readability class, which the page probe (run on every page) must not carry.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Detection } from '../types';
import { ARTICLE_TYPES, ldTypes, readJsonLd } from '../extract/readJsonLd';
import { articleScope } from './articleScope';
import { proseContainer } from './proseContainer';

/**
 * Is this page a news article? Two steps, both generic (no per-site rules):
 *
 * 1. `detectArticle` — cheap, before any extraction: structured data (JSON-LD
 *    types incl. `@graph`, OpenGraph, `article:published_time`), Readability's
 *    `isProbablyReaderable`, URL shape, the page's shape (how much running
 *    prose it has outside teaser cards against how many headline links: a
 *    section front, a home page or search results is mostly teasers) and an
 *    article's own markup (its prose in one <article>, one <time>, an author).
 *    Evidence is added up by kind, each kind capped, so that a page lacking
 *    any one kind (real articles often do) keeps most of its margin
 *    (scripts/extract/detectAblation.ts measures this).
 *    A "no" here is the whole cost of a non-article page.
 * 2. `confirmArticle` — after extraction: the body Readability found must
 *    read like an article (length, paragraphs, link density).
 */
export function detectArticle(doc: Document, url: string | null = null, opts: { maxChars?: number } = {}): Detection {
  const reasons: string[] = [];
  let score = 0;
  if (!doc.documentElement) return { isArticle: false, confidence: 0, reasons: ['no document'], score: -10 };
  // Not `doc.body`: some DOMs (linkedom) create a body when it is asked for.
  const body = bodyOf(doc);
  if (!body || hasFrameset(doc.documentElement, body)) {
    return { isArticle: false, confidence: 0, reasons: [body ? 'frameset' : 'no body'], score: -10 };
  }

  // --- structured signals ---------------------------------------------------
  const ld = readJsonLd(doc);
  const types = ld.flatMap(ldTypes);
  const ldArticle = types.some((t) => ARTICLE_TYPES.has(t));
  const meta = readMeta(doc);
  const ogType = meta.ogType;
  const ogArticle = ogType === 'article' || ogType === 'news' || ogType === 'newsarticle';
  if (ldArticle) reasons.push('json-ld article type');
  if (ogArticle) reasons.push(`og:type=${ogType}`);
  const nonArticleType = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (nonArticleType && !ldArticle) {
    score -= 3;
    reasons.push(`json-ld ${nonArticleType}`);
  }
  if (OTHER_OG_TYPE.test(ogType) || ogType === 'website') {
    // Many real articles say og:type=website, so it only leans.
    const w = ogType === 'website' ? 1 : 3;
    score -= w;
    reasons.push(`og:type=${ogType}`);
  }
  // The page says it is something else (a product, a video, a profile…) and nowhere an article.
  const declaredOther = !ldArticle && (!!nonArticleType || OTHER_OG_TYPE.test(ogType));
  const dated =
    meta.dated || ld.some((o) => typeof o.datePublished === 'string' && ldTypes(o).some((t) => ARTICLE_TYPES.has(t)));
  if (dated) reasons.push('published date');
  // The page's metadata (JSON-LD type, og:type, publication date) mostly
  // comes from one template, and templates leak it onto section fronts. So
  // the kinds add less and less: a type is two points, each other kind
  // agreeing one more, three at most (a date alone, one). A page that lacks
  // one of the three loses nothing, and all three cannot carry a page its
  // body and markup do not.
  const metaKinds = +ldArticle + +ogArticle + +dated;
  score += ldArticle || ogArticle ? Math.min(MAX_META, 1 + metaKinds) : +dated;

  // --- URL shape ---------------------------------------------------------------
  const path = safeUrl(url);
  let listingUrl = false;
  let articleUrl = false;
  if (path) {
    if (/[?&](q|query|s|search|keywords?)=/i.test(path.search) || /\/search\b/i.test(path.pathname)) {
      score -= 3;
      listingUrl = true;
      reasons.push('search URL');
    } else if (/^\/?([a-z-]+\/?)?$/i.test(path.pathname) && path.pathname.length < 24) {
      // "/", "/world", "/politics/": home pages and section fronts.
      score -= 2;
      listingUrl = true;
      reasons.push('section-like URL');
    } else if (/\/(19|20)\d\d[/-]\d\d?[/-]|\/[a-z0-9]+(-[a-z0-9]+){3,}|\d{5,}/i.test(path.pathname)) {
      score += 1;
      articleUrl = true;
      reasons.push('article-like URL');
      // Structured data, a publication date and an article's address all agree.
      if ((ldArticle || ogArticle) && dated) score += 1;
    } else if (LISTING_PATH.test(path.pathname)) {
      // "/tag/pensions", "/author/jane-doe", "/category/world/page/2": the
      // usual CMS addresses of listings, when nothing says article instead.
      score -= 2;
      listingUrl = true;
      reasons.push('listing URL');
    }
  }

  // The page walk below is most of the cost; when the best it and Readability
  // could add cannot lift the score to the gate, the answer is already "no".
  if (score + MAX_SHAPE_GAIN - (declaredOther ? MAX_MARKUP : 0) + 1 < GATE) {
    reasons.push('cannot reach the gate');
    return { isArticle: false, confidence: confidenceOf(score), reasons, score };
  }

  // A page of a hundred headline links or more is a listing (the most any of
  // the 303 benchmark articles has is 71, related rails included). One native
  // query answers it, where the page walk below would touch every node: on a
  // big home page that walk is most of what the page pays (issue 2).
  const headlineLinks = body.querySelectorAll(HEADLINE_LINKS).length;
  if (headlineLinks >= LISTING_HEADLINES) {
    reasons.push(`${headlineLinks} headline links`);
    return { isArticle: false, confidence: 0, reasons, score: score - 5 };
  }

  // --- page shape: running prose vs teaser cards ----------------------------
  const shape = pageShape(body, undefined, opts.maxChars);
  if (shape.stopped) {
    // More text than any article: the caller reads such a page in slices, and judges it there.
    reasons.push('long page');
    return { isArticle: false, confidence: confidenceOf(score), reasons, score, long: true };
  }
  const structured = ldArticle || ogArticle;
  if (shape.prose >= 2000 && shape.paragraphs >= 5) {
    score += 3;
    reasons.push(`prose ${shape.paragraphs} paragraphs`);
  } else if (shape.prose >= 900 && shape.paragraphs >= 3) {
    score += 2;
    reasons.push(`prose ${shape.paragraphs} paragraphs`);
  } else if (shape.prose >= 400 && shape.paragraphs >= 2) {
    score += 1;
    reasons.push(`some prose`);
  } else if (shape.prose < 150) {
    score -= 3;
    reasons.push('no prose');
  } else {
    score -= 1;
    reasons.push('little prose');
  }
  // An article's own markup, which a listing has once per card if at all:
  // most of its prose inside one <article>, one or two <time>s, a named author (a
  // meta, or one or two rel=author links). Two kinds or more give two points,
  // so a page that lacks any one of them loses at most one.
  const inArticle = shape.prose >= 300 && shape.articleProse >= shape.prose * 0.6;
  const oneTime = shape.times >= 1 && shape.times <= 2;
  const authored = meta.author || (shape.authorLinks >= 1 && shape.authorLinks <= 2);
  // Not on a page that says it is something else: a video page has its <time> too.
  const markupKinds = declaredOther ? 0 : +inArticle + +oneTime + +authored;
  const markup = markupKinds > 0;
  if (markup) {
    score += Math.min(MAX_MARKUP, markupKinds);
    if (inArticle) reasons.push('prose in one <article>');
    if (oneTime) reasons.push('one <time>');
    if (authored) reasons.push('an author');
  }
  // Teaser penalty: a listing, or an article with a short body under a big
  // related-stories rail. The second has running prose of its own outside the
  // cards; for it, the body Readability finds decides (see confirmArticle).
  let teaserPenalty = 0;
  if (shape.teasers >= 8 && shape.teaserChars > shape.prose * 0.6) {
    // An article's address or markup softens it; metadata alone does not
    // (templates leak it onto section fronts and tag pages). A listing's
    // address makes it heavier; an address that says nothing (no URL, or an
    // opaque "/p/4821") must not weigh like a listing's.
    const soft = shape.prose >= 300 && (markup || articleUrl) ? 2 : 3;
    teaserPenalty = shape.prose >= 1200 ? 1 : listingUrl ? 4 : soft;
    reasons.push(`${shape.teasers} teaser cards`);
  } else if (shape.teasers >= 8 && shape.teaserChars > shape.prose * 0.3) {
    teaserPenalty = 1;
    reasons.push(`${shape.teasers} teaser links`);
  } else if (shape.teasers < 3 && shape.prose >= 400) {
    score += 1;
    reasons.push('no teasers');
  }

  score -= teaserPenalty;
  // Prose of its own outside the cards, an address that is not a listing's,
  // and two of: an article's address, an article's markup, structured data
  // or a publication date. When only the teasers hold such a page under the
  // gate, extraction goes ahead and the body decides (confirmArticle).
  const mayDefer =
    teaserPenalty > 0 &&
    shape.prose >= 300 &&
    shape.paragraphs >= 3 &&
    !nonArticleType &&
    !listingUrl &&
    +articleUrl + +markup + +(structured || dated) >= 2;
  const reach = score + (mayDefer ? teaserPenalty : 0);

  // --- Readability's own guess ----------------------------------------------
  // It moves the score by one, and reads every paragraph's text: a page its
  // "yes" could not lift to the gate (almost every listing) is spared it.
  // Above the gate it is always asked, since the score carries into confirmArticle.
  if (reach + 1 >= GATE) {
    let readerable = false;
    try {
      readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
    } catch {
      readerable = false;
    }
    if (readerable) {
      score += 1;
      reasons.push('readerable');
    } else {
      score -= 1;
      reasons.push('not readerable');
    }
  }

  // A gate: "yes" here means "worth extracting"; confirmArticle decides.
  let det: Detection;
  if (score < GATE && mayDefer && score + teaserPenalty >= GATE) {
    reasons.push(`${BODY_DECIDES} (+${teaserPenalty})`);
    det = { isArticle: true, confidence: confidenceOf(score), reasons, score };
  } else {
    // Through the gate anyway: a clean body still earns the penalty back, or
    // a page would fare worse with one more point of evidence than without it.
    if (score >= GATE && mayDefer) reasons.push(`${BODY_MAY_RESTORE} (+${teaserPenalty})`);
    det = { isArticle: score >= GATE, confidence: confidenceOf(score), reasons, score };
  }
  // The probe's detection (bounded by maxChars) is handed to the page session
  // later, when the page may have changed: its extraction finds the container anew.
  if (det.isArticle && opts.maxChars === undefined) articleScope.remember(det, shape.container);
  return det;
}

/**
 * The reason that marks a page let through the gate only because its teaser
 * penalty was put off: its extracted body must then be a clean article body,
 * and if it is, the penalty (the number after it) is given back.
 */
export const BODY_DECIDES = 'teasers put off, body decides';
/**
 * The same for a page through the gate with its teaser penalty: a clean body
 * gives the penalty back, any other body leaves the score as it is.
 */
export const BODY_MAY_RESTORE = 'teasers given back if the body is clean';

/** Cheap score needed to extract at all, and total (with the body's shape) to be an article. */
export const GATE = 2;
export const ACCEPT = 4;
/** Headlines that are links (or links holding a headline): a listing's teasers. */
// One `:is()` per side: the same elements as the eight-part list, matched several times faster by linkedom.
export const HEADLINE_LINKS = ':is(h1, h2, h3, h4) a[href], a[href] :is(h1, h2, h3, h4)';
/** So many headline links that the page is a listing, whatever else it says. */
const LISTING_HEADLINES = 120;
/** The most the page-shape signals can add (+3 for prose, +2 for the article's markup, +1 for no teasers). */
const MAX_SHAPE_GAIN = 6;
/** The most an article's markup (prose in one <article>, one <time>, an author) can add. */
const MAX_MARKUP = 2;
/** The most the page's article metadata (JSON-LD type, og:type, publication date) can add together. */
const MAX_META = 3;
/**
 * CMS listings' addresses: a tag, topic, category, author or archive and its
 * name ("/tag/pensions", "/en/category/world/page/2"), or a numbered page.
 * Only the listing itself: "/category/world/some-post" may be a post.
 */
const LISTING_PATH =
  /^(\/[a-z]{2}(-[a-z]{2})?)?\/(tags?|topics?|categor(y|ies)|authors?|archives?)\/[^/]+\/?(page\/\d+\/?)?$|\/page\/\d+\/?$/i;

/**
 * What the <meta> elements say, in one pass over them (two selector queries
 * would each walk the whole page when nothing matches, as on most non-articles).
 */
function readMeta(doc: Document): { ogType: string; dated: boolean; author: boolean } {
  let ogType: string | null = null;
  let dated = false;
  let author = false;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const property = m.getAttribute('property');
    const name = m.getAttribute('name');
    if (property === 'og:type') ogType ??= (m.getAttribute('content') ?? '').trim().toLowerCase();
    if (
      property === 'article:published_time' ||
      m.getAttribute('itemprop') === 'datePublished' ||
      name === 'pubdate' ||
      name === 'date'
    )
      dated = true;
    if ((name?.toLowerCase() === 'author' || property === 'article:author') && m.getAttribute('content')?.trim())
      author = true;
  }
  return { ogType: ogType ?? '', dated, author };
}

function confidenceOf(score: number): number {
  return round2(Math.max(0, Math.min(1, (score + 2) / 12)));
}

/** og:type values of pages that are something other than an article. */
const OTHER_OG_TYPE = /^(product|profile|video|music|books?\.|video\.)/;

/** Schema.org types that mark a page as something other than an article. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage',
  'SearchResultsPage',
  'ItemList',
  'Product',
  'ProductGroup',
  'Offer',
  'VideoObject',
  'ImageGallery',
  'MediaGallery',
  'ProfilePage',
  'Event',
  'Recipe',
  'JobPosting',
]);

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

// Regular expressions run as native code even on a cold content script, where
// a character loop runs in the interpreter: on a fresh page this function is
// most of the detector's cost (issue 2: non-articles must cost under 2 ms).
const NON_SPACE = /[^ \n\t\r\u00a0]/;
const SPACE_RUNS = /[ \n\t\r\u00a0]+/g;
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/**
 * Length of `s` with runs of white space counted as one and leading/trailing
 * space dropped; CJK characters carry about a word each, so they count double.
 */
export function squashedLength(s: string): number {
  if (!NON_SPACE.test(s)) return 0;
  const t = s.replace(SPACE_RUNS, ' ');
  let n = t.length;
  if (t.charCodeAt(0) === 32) n--;
  if (t.charCodeAt(t.length - 1) === 32) n--;
  const cjk = t.match(CJK);
  return cjk ? n + cjk.length : n;
}

/** What the extractor measured on the body it found (see `Extraction`). */
export interface BodyStats {
  /** Share of the body's characters inside links (0..1). */
  linkDensity: number;
  /** Headlines in the body that are links (a listing's teasers). */
  headlineLinks?: number;
  /** Share of the body's characters in picture captions (0..1): a gallery's body is mostly captions. */
  captionShare?: number;
  /** Share of the body's characters inside a dialog (0..1): a consent or sign-in prompt's text is not an article. */
  dialogShare?: number;
}

/**
 * Step 2, after extraction: the body's own shape (length, paragraphs, link
 * density) is added to the page's score. Returns the final detection.
 */
export function confirmArticle(detection: Detection, text: string | null, body: number | BodyStats = 0): Detection {
  if (!detection.isArticle) return detection;
  const {
    linkDensity = 0,
    headlineLinks = 0,
    captionShare = 0,
    dialogShare = 0,
  } = typeof body === 'number' ? { linkDensity: body } : body;
  const reasons = [...detection.reasons];
  if (text == null) return { ...detection, isArticle: false, reasons: [...reasons, 'no body found'] };
  let score = detection.score ?? ACCEPT;
  let len = 0;
  let paragraphs = 0;
  for (const p of text.split(/\n\n+/)) {
    const n = squashedLength(p);
    len += n;
    if (n >= 80) paragraphs++;
  }
  if (len < 200) return { ...detection, isArticle: false, confidence: 0.1, reasons: [...reasons, 'body too short'] };
  // A body that is mostly picture captions is a gallery.
  if (captionShare > 0.5)
    return {
      ...detection,
      isArticle: false,
      confidence: 0.1,
      reasons: [...reasons, `body ${Math.round(captionShare * 100)}% captions`],
    };
  // A body that is mostly a dialog's text is a prompt over the page (cookie
  // consent, sign-in), shown while the article itself is missing or locked.
  if (dialogShare > 0.5)
    return {
      ...detection,
      isArticle: false,
      confidence: 0.1,
      reasons: [...reasons, `body ${Math.round(dialogShare * 100)}% in a dialog`],
    };
  // A body that is a run of linked headlines is a listing whatever the page said.
  if (headlineLinks >= 4 && len < headlineLinks * 450) {
    score -= 4;
    reasons.push(`body ${headlineLinks} headline links`);
  }
  const clean = len >= 500 && paragraphs >= 2 && linkDensity <= 0.2 && headlineLinks <= 2;
  const deferred = reasons.find((r) => r.startsWith(BODY_DECIDES));
  if (deferred) {
    // Let through on the promise of its body: only a clean article body keeps it.
    if (!clean) return { ...detection, isArticle: false, confidence: 0.1, reasons: [...reasons, 'body not clean'] };
    score += Number(/\+(\d+)/.exec(deferred)?.[1] ?? 0);
  }
  const restorable = reasons.find((r) => r.startsWith(BODY_MAY_RESTORE));
  if (restorable && clean) {
    score += Number(/\+(\d+)/.exec(restorable)?.[1] ?? 0);
    reasons.push('clean body');
  }
  if (len >= 1500 && paragraphs >= 4) {
    score += 2;
    reasons.push('body long');
  } else if (len >= 500 && paragraphs >= 2) {
    score += 1;
    reasons.push('body medium');
  } else if (len < 400) {
    score -= 1;
    reasons.push('body short');
  }
  if (linkDensity > 0.45) {
    score -= 4;
    reasons.push(`body ${Math.round(linkDensity * 100)}% links`);
  } else if (linkDensity > 0.3) {
    score -= 2;
    reasons.push(`body ${Math.round(linkDensity * 100)}% links`);
  }
  return { isArticle: score >= ACCEPT, confidence: confidenceOf(score), reasons, score };
}

/** The body Readability found must read like an article, not a list of links. */
export function looksLikeArticleBody(text: string): boolean {
  let paragraphs = 0;
  for (const p of text.split(/\n\n+/)) if (p.length >= 80) paragraphs++;
  return text.length >= 400 && paragraphs >= 2;
}

/**
 * A <frameset> where a page's content would be: a child of <html> (browsers),
 * or of <body> (linkedom keeps it there). Not a query: on a page without one,
 * `querySelector('frameset')` visits every node (linkedom).
 */
function hasFrameset(html: Element, body: Element): boolean {
  for (const parent of [html, body])
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
      if (c.tagName.toUpperCase() === 'FRAMESET') return true;
  return false;
}

/** The <body> element if the document has one, found without creating it. */
export function bodyOf(doc: Document): HTMLElement | null {
  const html = doc.documentElement;
  if (!html) return null;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName.toUpperCase() === 'BODY') return c as HTMLElement;
  return null;
}

function safeUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
