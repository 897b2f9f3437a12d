import type { ArticleMeta } from '../types';
import { ARTICLE_TYPES, ldTypes, readJsonLd } from './readJsonLd';

/**
 * Article metadata from JSON-LD, OpenGraph and meta tags, most specific first.
 * `fallback` carries what Readability found, used where the page says nothing.
 * Never throws; a value that does not look right (a byline that is a date, a
 * date in the future) is null rather than wrong.
 */
export function readMetadata(
  doc: Document,
  fallback: Partial<ArticleMeta> = {},
  opts: { now?: number } = {},
): ArticleMeta {
  const metas = metaIndex(doc);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = clean(metas.get(k));
      if (v) return v;
    }
    return null;
  };
  const lds = readJsonLd(doc);
  const ld = lds.find((o) => ldTypes(o).some((t) => ARTICLE_TYPES.has(t)));
  const now = opts.now ?? Date.now();

  const site = siteName(
    meta('og:site_name') ??
      clean(str(obj(ld?.publisher)?.name)) ??
      clean(str(lds.find((o) => ldTypes(o).includes('WebSite'))?.name)) ??
      meta('application-name') ??
      clean(fallback.site),
  );

  const stated = pickTitle([
    meta('dc:title', 'dcterm:title'),
    meta('og:title'),
    ldTitle(ld, doc.title),
    meta('twitter:title'),
  ]);
  const title = stripSiteSuffix(stated ?? stripTitleTail(clean(fallback.title) ?? clean(doc.title) ?? ''), site);

  const byline =
    cleanByline(authorNames(ld?.author)) ??
    cleanByline(meta('dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru.author', 'byl')) ??
    cleanByline(nonUrl(meta('article:author'))) ??
    cleanByline(fallback.byline);

  const publishedAt = firstDate(
    [
      str(ld?.datePublished),
      meta('article:published_time', 'og:published_time', 'datepublished'),
      meta(
        'pubdate',
        'publish_date',
        'publishdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date.issued',
        'dcterms.created',
        'date',
        'dc.date',
      ),
      () => itempropDate(doc, 'datePublished'),
      () => doc.querySelector('article time[datetime], time[pubdate][datetime]')?.getAttribute('datetime'),
      fallback.publishedAt,
    ],
    now,
  );
  const modifiedAt = firstDate(
    [
      str(ld?.dateModified),
      meta('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'),
      () => itempropDate(doc, 'dateModified'),
      fallback.modifiedAt,
    ],
    now,
  );

  const canonical =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    meta('og:url') ??
    str(ld?.url) ??
    fallback.url ??
    null;

  const lang = normLang(
    clean(doc.documentElement?.getAttribute('lang')) ??
      clean(doc.documentElement?.getAttribute('xml:lang')) ??
      clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
      meta('og:locale', 'language', 'dc.language') ??
      clean(str(ld?.inLanguage)) ??
      clean(fallback.lang),
  );

  // linkedom answers `baseURI` with a query for <base> over the whole page: ask once.
  const base = baseOf(doc);
  const image = absoluteUrl(
    meta('og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src') ??
      ldImage(ld?.image) ??
      doc.querySelector('link[rel="image_src"]')?.getAttribute('href') ??
      fallback.image ??
      null,
    base,
  );

  return {
    url: absoluteUrl(canonical, base),
    title,
    byline,
    site,
    publishedAt,
    modifiedAt,
    lang,
    image,
  };
}

/** A microdata date: the first element with that itemprop, its `content` or `datetime`. */
function itempropDate(doc: Document, prop: string): string | null | undefined {
  const el = doc.querySelector(`[itemprop="${prop}"]`);
  return el?.getAttribute('content') ?? el?.getAttribute('datetime');
}

/** Every <meta> by its lowercased name/property/itemprop (each of a space-separated list); first wins. */
function metaIndex(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const list = doc.getElementsByTagName('meta');
  for (let i = 0; i < list.length && i < 2000; i++) {
    const m = list[i];
    const content = m.getAttribute('content');
    if (content == null) continue;
    const keys = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`;
    for (const k of keys.toLowerCase().split(/\s+/)) if (k && !out.has(k) && content.trim()) out.set(k, content);
  }
  return out;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(v)) v = v[0];
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

function clean(s: string | null | undefined): string | null {
  if (!s || typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : null;
}

function nonUrl(s: string | null): string | null {
  return s && !/^https?:/i.test(s) ? s : null;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// A date or time inside a byline: "March 25, 2015", "22 Dec 2016", "2015-03-12", "3:46 PM", "Updated ...".
const DATE_IN_BYLINE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `(?<!\\d)\\d{1,2}\\.?\\s+${MONTH},?\\s+\\d{4}`,
    '(?<!\\d)\\d{4}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d(?::\\d\\d)?)?',
    '(?<!\\d)\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
    '(?<!\\d)\\d{1,2}:\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?',
  ].join('|'),
  'i',
);

/**
 * A byline is the authors' names: no "By", no dates or times, no "Updated",
 * no trailing counters. Null when nothing name-like is left.
 */
export function cleanByline(s: string | null | undefined): string | null {
  let t = clean(s);
  if (!t) return null;
  // Cut at the first date/time or update marker: what follows is not a name.
  const marker =
    /\b(?:(?:last\s+)?(?:updated|published|posted|modified)\b\s*:?|(?:edited|photos?|photographs|illustrations?|additional reporting)\s+by\b)/i.exec(
      t,
    );
  if (marker) t = t.slice(0, marker.index);
  const date = DATE_IN_BYLINE.exec(t);
  if (date) t = t.slice(0, date.index);
  t = t
    .replace(/^\s*(?:written\s+)?by\s*:?\s+/i, '')
    .replace(/^\s*(?:written\s+)?by\s*:?\s*$/i, '')
    .replace(/^(?:von|par|por|di|door|av|af)\s+/i, '')
    .replace(/[\s|,;·•–—-]+$/u, '')
    .replace(/\d+$/, '')
    .trim();
  if (!t || t.length > 120 || !/\p{L}{2}/u.test(t)) return null;
  return t;
}

function authorNames(a: unknown): string | null {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names = list
    .slice(0, 20)
    .map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.name)))
    .map((x) => clean(x))
    .filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? [...new Set(names)].join(', ') : null;
}

function ldImage(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldImage(v[0]);
  const o = obj(v);
  return o ? (str(o.url) ?? str(o.contentUrl) ?? null) : null;
}

/** The first title the page states, most specific source first (as Readability orders them). */
function pickTitle(cands: (string | null)[]): string | null {
  return cands.find((c): c is string => !!c) ?? null;
}

/** JSON-LD's headline, or its name when that is closer to the page's <title> (Readability's rule). */
function ldTitle(ld: Record<string, unknown> | undefined, docTitle: string): string | null {
  const headline = clean(str(ld?.headline));
  const name = clean(str(ld?.name));
  if (!headline || !name || headline === name) return headline ?? name;
  const t = new Set(words(docTitle ?? ''));
  const overlap = (x: string) => words(x).filter((w) => t.has(w)).length / Math.max(1, words(x).length);
  return overlap(name) > overlap(headline) ? name : headline;
}

/** "<title>" text: "Headline – Site name" → "Headline" when the tail is short and the head is long. */
function stripTitleTail(t: string): string {
  const m = /^(.*\S)\s+[|–—»]\s+([^|–—»]{2,40})$/u.exec(t);
  if (!m || words(m[1]).length < 3) return t;
  return m[1];
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** "Aktuálně.cz - Víte, co se právě děje" → "Aktuálně.cz": a site name with a tagline. */
function siteName(s: string | null): string | null {
  if (!s) return null;
  const m = /^(.{3,}?)\s+[|\-–—:]\s+.{8,}$/u.exec(s);
  return m ? m[1].trim() : s;
}

/** "Title | Site" or "Title - Site" → "Title" when the suffix is the site's name. */
function stripSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  const m = /^(.{15,}?)\s+[|\-–—:·•]\s+([^|\-–—]+)$/.exec(title);
  if (!m) return title;
  const a = m[2].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const b = site.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return a && b && (a.startsWith(b) || b.startsWith(a)) ? m[1].trim() : title;
}

function normLang(s: string | null): string | null {
  if (!s) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(s.trim());
  if (!m) return null;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1].toLowerCase();
}

type Candidate = string | null | undefined | (() => string | null | undefined);

/**
 * The first candidate that is a date. A function candidate is a selector
 * query, run only when every earlier candidate failed: each query walks the
 * whole page, and most pages state their date in a <meta> or JSON-LD.
 */
function firstDate(candidates: Candidate[], now: number): string | null {
  for (const c of candidates) {
    const d = isoDate(typeof c === 'function' ? c() : c, now);
    if (d) return d;
  }
  return null;
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?$/i;
const EARLIEST = Date.UTC(1990, 0, 1);
const SLACK_MS = 36 * 3600 * 1000;

/**
 * A date string → ISO 8601, keeping the page's own timezone offset
 * ("2024-01-24T09:12:00+09:00" stays so; "Z" stays UTC; a date without a
 * time stays a calendar date "2024-01-24"; a time without a zone stays local
 * "2024-01-24T09:12:00"). Other formats ("March 25, 2015 3:46 PM GMT") are
 * read by Date and given in UTC when they name a zone, else as a local time.
 * Null when it does not parse, is before 1990, or lies in the future.
 */
export function isoDate(s: string | null | undefined, now: number = Date.now()): string | null {
  if (!s || typeof s !== 'string') return null;
  const t = s.trim();
  if (!t || t.length > 80) return null;
  const m = ISO.exec(t);
  let out: string;
  let instant: number;
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || (h && (+h > 23 || +mi > 59 || +(sec ?? 0) > 60))) return null;
    if (!h) {
      out = `${y}-${mo}-${d}`;
      instant = Date.UTC(+y, +mo - 1, +d);
    } else {
      const ms = frac ? `.${(frac.slice(1) + '000').slice(0, 3)}` : '';
      const local = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${ms}`;
      const z = !zone ? '' : zone.toUpperCase() === 'Z' ? 'Z' : normOffset(zone);
      out = local + z;
      instant = Date.parse(z ? out : `${local}Z`);
    }
  } else {
    instant = Date.parse(t);
    if (Number.isNaN(instant)) return null;
    const d = new Date(instant);
    if (/\b(GMT|UTC|Z)\b|[+-]\d\d:?\d\d\b/i.test(t)) out = d.toISOString();
    else {
      // No zone named: Date read it as local time; give the same wall-clock time, zone-less.
      const pad = (n: number) => String(n).padStart(2, '0');
      const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      out = /\d:\d\d/.test(t) ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : day;
      instant = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
    }
  }
  if (Number.isNaN(instant) || instant < EARLIEST || instant > now + SLACK_MS) return null;
  return out;
}

function normOffset(z: string): string {
  const m = /^([+-])(\d\d):?(\d\d)?$/.exec(z)!;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function baseOf(doc: Document): string | undefined {
  try {
    const b = doc.baseURI;
    return b && b !== 'about:blank' ? b : undefined;
  } catch {
    return undefined;
  }
}

function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
