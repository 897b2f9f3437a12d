// The module itself, not the package index: the index also pulls in the whole
// Readability class, which the page probe (run on every page) must not carry.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Detection } from '../types';
import { ARTICLE_TYPES, ldTypes, readJsonLd } from '../extract/readJsonLd';
import { articleScope } from './articleScope';
import { bodyOf } from './bodyOf';
import { pageShape } from './pageShape';

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
  const ldArticle = types.some((type) => ARTICLE_TYPES.has(type));
  const meta = readMeta(doc);
  const ogType = meta.ogType;
  const ogArticle = ogType === 'article' || ogType === 'news' || ogType === 'newsarticle';
  if (ldArticle) reasons.push('json-ld article type');
  if (ogArticle) reasons.push(`og:type=${ogType}`);
  const nonArticleType = types.find((type) => NON_ARTICLE_TYPES.has(type));
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
    meta.dated ||
    ld.some((o) => typeof o.datePublished === 'string' && ldTypes(o).some((type) => ARTICLE_TYPES.has(type)));
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

/** A score as a confidence between 0 and 1 (the gate at 0.33, acceptance at 0.5). */
export function confidenceOf(score: number): number {
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
