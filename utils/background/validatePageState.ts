import type { PageState } from '../messages';
import type { EntityType } from '../types';

const TYPES = new Set<EntityType>(['person', 'org', 'place', 'misc']);
const MAX_CAST = 2000;
const MAX_TEXT = 250_000;

/**
 * A content script's report is checked before the background stores or saves
 * it: it runs in pages the reader did not write, so its data is shaped by
 * them. Wrong shapes are refused; strings are bounded; only http(s) URLs
 * pass, so no `javascript:` link can reach the library. Returns a clean copy.
 */
export function validatePageState(input: unknown): PageState {
  const s = obj(input, 'state');
  const pageUrl = httpUrl(s.pageUrl, 'pageUrl');
  if (!pageUrl) throw new Error('state.pageUrl must be an http(s) URL');
  const det = obj(s.detection, 'detection');
  const a = s.article === null || s.article === undefined ? null : obj(s.article, 'article');
  const castIn = s.cast;
  if (!Array.isArray(castIn)) throw new Error('state.cast must be a list');
  if (castIn.length > MAX_CAST) throw new Error(`state.cast has more than ${MAX_CAST} entries`);
  return {
    pageUrl,
    isArticle: s.isArticle === true,
    detection: {
      isArticle: det.isArticle === true,
      confidence: typeof det.confidence === 'number' && Number.isFinite(det.confidence) ? det.confidence : 0,
      reasons: Array.isArray(det.reasons) ? det.reasons.slice(0, 50).map((r) => str(r, 200) ?? '') : [],
    },
    article: a
      ? {
          url: httpUrl(a.url, 'article.url'),
          title: str(a.title, 1000) ?? '',
          byline: str(a.byline, 500),
          site: str(a.site, 300),
          publishedAt: str(a.publishedAt, 64),
          lang: str(a.lang, 35),
          modifiedAt: str(a.modifiedAt, 64),
          image: httpUrl(a.image, 'article.image'),
          excerpt: str(a.excerpt, 2000) ?? '',
          ...(typeof a.text === 'string' ? { text: a.text.slice(0, MAX_TEXT) } : {}),
        }
      : null,
    cast: castIn.map((c, i) => {
      const e = obj(c, `cast[${i}]`);
      const type = e.type as EntityType;
      if (!TYPES.has(type)) throw new Error(`cast[${i}].type is not a known type`);
      const id = str(e.id, 300);
      const name = str(e.name, 300);
      if (!id || !name) throw new Error(`cast[${i}] needs an id and a name`);
      return {
        id,
        name,
        type,
        role: str(e.role, 500),
        official: e.official === true,
        count: typeof e.count === 'number' && e.count >= 0 ? Math.min(Math.floor(e.count), 1_000_000) : 0,
        ...(Array.isArray(e.forms) ? { forms: e.forms.slice(0, 50).map((f) => str(f, 300) ?? '') } : {}),
      };
    }),
    ...(s.timings && typeof s.timings === 'object' ? { timings: s.timings as PageState['timings'] } : {}),
  } as PageState;
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be an object`);
  return v as Record<string, unknown>;
}

function str(v: unknown, max: number): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

function httpUrl(v: unknown, what: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string' || v.length > 4096) throw new Error(`${what} must be a URL`);
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
