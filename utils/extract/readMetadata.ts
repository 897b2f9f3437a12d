import type { ArticleMeta } from '../types';
import { ARTICLE_TYPES, ldTypes, readJsonLd } from './readJsonLd';

/**
 * Article metadata from JSON-LD, OpenGraph and meta tags, most specific first.
 * `fallback` carries what Readability found, used where the page says nothing.
 */
export function readMetadata(doc: Document, fallback: Partial<ArticleMeta> = {}): ArticleMeta {
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute('content'));
  const ld = readJsonLd(doc).find((o) => ldTypes(o).some((t) => ARTICLE_TYPES.has(t)));

  const title =
    clean(str(ld?.headline)) ??
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    clean(fallback.title) ??
    clean(doc.title) ??
    '';
  const byline =
    authorNames(ld?.author) ??
    meta('meta[name="author"]') ??
    meta('meta[property="article:author"]:not([content^="http"])') ??
    cleanByline(fallback.byline);
  const site =
    meta('meta[property="og:site_name"]') ??
    clean(str((ld?.publisher as Record<string, unknown> | undefined)?.name)) ??
    clean(fallback.site);
  const published =
    str(ld?.datePublished) ??
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[itemprop="datePublished"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    fallback.publishedAt ??
    null;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta('meta[property="og:url"]') ??
    fallback.url ??
    null;
  const lang = clean(doc.documentElement?.getAttribute('lang')) ?? clean(fallback.lang);
  return {
    url: absoluteUrl(canonical, doc),
    title,
    byline,
    site,
    publishedAt: isoDate(published),
    lang,
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : null;
}

function cleanByline(s: string | null | undefined): string | null {
  const t = clean(s);
  return t ? clean(t.replace(/^by\s+/i, '')) : null;
}

function authorNames(a: unknown): string | null {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names = list
    .map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.name)))
    .map((x) => clean(x))
    .filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? names.join(', ') : null;
}

/** Normalise a date string to ISO 8601 (UTC), or null when it does not parse. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const d = new Date(s.trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function absoluteUrl(href: string | null, doc: Document): string | null {
  if (!href) return null;
  try {
    const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : undefined;
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
