/** Shared data shapes. Pure types: safe to import from any context. */

export type EntityType = 'person' | 'org' | 'place' | 'misc';

export interface Mention {
  /** JavaScript string offsets into `ArticleData.text`. */
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable across articles: `type:slug-of-normalised-name`. */
  id: string;
  name: string;
  type: EntityType;
  /** The role the article gives this entity, as worded there ("Kremlin spokesperson"). */
  role: string | null;
  /** The organisation or country the role belongs to, where the article states it ("Kremlin", "North Korea"). */
  roleOf: string | null;
  /** True when the role is a public office (government, military, parliament, ...). */
  official: boolean;
  mentions: Mention[];
  /** Which recognizer passes found or shaped this entity, to make errors explainable. */
  why: string[];
}

export interface ArticleMeta {
  url: string | null;
  title: string;
  byline: string | null;
  site: string | null;
  /**
   * ISO 8601 with the page's own timezone offset kept ("2024-01-24T09:12:00+09:00"),
   * a calendar date ("2024-01-24") when the page gives no time, or null when the
   * page does not say, or says something unparseable or in the future.
   */
  publishedAt: string | null;
  lang: string | null;
  /** ISO 8601 with the page's timezone offset kept, or null. */
  modifiedAt?: string | null;
  /** Lead image (absolute http(s) URL), or null. */
  image?: string | null;
}

export interface ArticleData extends ArticleMeta {
  text: string;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  reasons: string[];
  /** The detector's internal score (higher = more article-like); absent for plain text. */
  score?: number;
  /** The page's text ran past the detector's `maxChars` bound: too long to judge in one go (read it in slices). */
  long?: boolean;
}

/** What a saved article looks like in the library. */
export interface SavedArticle {
  url: string;
  title: string;
  byline: string | null;
  site: string | null;
  publishedAt: string | null;
  savedAt: number;
  excerpt: string;
  entityIds: string[];
  /** Per entity: name/type/role as this article had them, for "why related". */
  cast: CastEntry[];
  /** BCP 47 language of the article, when the page says (schema v2). */
  lang?: string | null;
}

/** A role an entity had in the reader's library, with when and where it was seen. */
export interface DatedRole {
  role: string;
  /** Article date (published, else saved), epoch ms: first and latest article giving this role. */
  first: number;
  last: number;
  /** The latest article that gave this role. */
  url: string;
  /** Saved articles that gave it. */
  count: number;
}

export interface CastEntry {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  count: number;
}

export interface RelatedArticle {
  url: string;
  title: string;
  site: string | null;
  publishedAt: string | null;
  savedAt: number;
  score: number;
  /** Shared entities, strongest reason first, with the role they had there. */
  shared: { id: string; name: string; type: EntityType; role: string | null }[];
  /** Copies of the same story folded into this result (syndicated elsewhere). */
  alsoAt?: { url: string; site: string | null }[];
}

export interface EntityLibraryStats {
  /** Saved articles (other than the open one) that mention the entity. */
  count: number;
  latest: { url: string; title: string; site: string | null; savedAt: number }[];
}
