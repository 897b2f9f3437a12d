import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '../types';
import { ARTICLE_TYPES, ldTypes, readJsonLd } from '../extract/readJsonLd';

/**
 * The cheap first decision, made before any extraction: does this page look
 * like a news article? Structured data and Readability's heuristic vote; a page
 * made of many link teasers (a section front, a home page) votes against.
 * The extracted body's own shape is checked afterwards by `looksLikeArticleBody`.
 */
export function detectArticle(doc: Document, url: string | null = null): Detection {
  const reasons: string[] = [];
  let score = 0;

  const types = readJsonLd(doc).flatMap(ldTypes);
  if (types.some((t) => ARTICLE_TYPES.has(t))) {
    score += 2;
    reasons.push('json-ld article type');
  }
  if (types.some((t) => /^(CollectionPage|SearchResultsPage|Product|ItemList|WebSite)$/.test(t)) && score === 0) {
    score -= 1;
    reasons.push('json-ld listing/product type');
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') {
    score += 2;
    reasons.push('og:type=article');
  } else if (ogType && /^(website|product|profile)$/.test(ogType)) {
    score -= 1;
    reasons.push(`og:type=${ogType}`);
  }
  if (doc.querySelector('meta[property="article:published_time"]')) {
    score += 1;
    reasons.push('article:published_time');
  }
  const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  if (readerable) {
    score += 2;
    reasons.push('readerable');
  } else {
    score -= 2;
    reasons.push('not readerable');
  }
  if (url && /\/(19|20)\d\d[/-]\d\d?[/-]|\/[a-z0-9]+(-[a-z0-9]+){3,}/i.test(safePath(url))) {
    score += 1;
    reasons.push('article-like URL');
  }
  // Many headline links make a listing, unless the page says it is an article
  // (articles carry "related stories" rails too).
  const teasers = countTeasers(doc);
  const structured = reasons.includes('json-ld article type') || reasons.includes('og:type=article');
  if (teasers >= 12 && !structured) {
    score -= 2;
    reasons.push(`${teasers} teaser cards`);
  }
  const isArticle = score >= 3 && readerable;
  const confidence = Math.max(0, Math.min(1, (score + 2) / 10));
  return { isArticle, confidence, reasons };
}

/** The body Readability found must read like an article, not a list of links. */
export function looksLikeArticleBody(text: string): boolean {
  const paragraphs = text.split(/\n\n+/).filter((p) => p.length >= 80);
  return text.length >= 400 && paragraphs.length >= 2;
}

function countTeasers(doc: Document): number {
  // Headline-sized links (h2/h3 wrapping or wrapped by a link) are how listings look.
  return doc.querySelectorAll('h2 a[href], h3 a[href], a[href] h2, a[href] h3').length;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
