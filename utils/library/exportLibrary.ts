import { articleToMarkdown, MARKDOWN_HEADER } from './articlesToMarkdown';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportArticle, type ExportEntity } from './validateImport';
import type { SavedArticle } from '../types';

export interface ExportSource {
  articles(after: string | null, limit: number): Promise<ExportArticle[]>;
  entities(after: string | null, limit: number): Promise<ExportEntity[]>;
}

export interface ExportCounts {
  articles: number;
  entities: number;
}

/**
 * The whole library as versioned JSON, produced in pieces: the header, then
 * one piece per page of articles (read `page` at a time, in URL order), then
 * the entities likewise. Nothing ever holds the whole file as one string;
 * `exportBlob` stacks the pieces into a Blob, which the browser may keep on
 * disk. The pieces joined are one JSON document (`LibraryExport`).
 */
export async function* exportLibraryParts(
  src: ExportSource,
  now = Date.now(),
  page = 500,
  counts: ExportCounts = { articles: 0, entities: 0 },
): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${JSON.stringify(EXPORT_VERSION)},"exportedAt":${JSON.stringify(new Date(now).toISOString())},"articles":[`;
  for (let after: string | null = null; ;) {
    const got = await src.articles(after, page);
    if (got.length) yield (counts.articles ? ',' : '') + got.map((a) => JSON.stringify(a)).join(',');
    counts.articles += got.length;
    if (got.length < page) break;
    after = got[got.length - 1].url;
  }
  yield '],"entities":[';
  for (let after: string | null = null; ;) {
    const got = await src.entities(after, page * 4);
    if (got.length) yield (counts.entities ? ',' : '') + got.map((e) => JSON.stringify(e)).join(',');
    counts.entities += got.length;
    if (got.length < page * 4) break;
    after = got[got.length - 1].id;
  }
  yield ']}';
}

/** Newest first, one page at a time (`to` = saved at or before). */
export type ListPage = (to: number | null, limit: number) => Promise<SavedArticle[]>;

/** The saved articles as a Markdown reading list, newest first, produced one page at a time. */
export async function* markdownParts(list: ListPage, page = 500, counts = { articles: 0 }): AsyncGenerator<string> {
  yield MARKDOWN_HEADER;
  const seen = new Set<string>();
  for (let to: number | null = null; ;) {
    const got = await list(to, page);
    // The next page starts at the last date (inclusive): skip what this one already gave at that date.
    const fresh = got.filter((a) => !seen.has(a.url));
    if (fresh.length) yield fresh.map(articleToMarkdown).join('');
    counts.articles += fresh.length;
    if (got.length < page || !fresh.length) break;
    to = got[got.length - 1].savedAt;
    seen.clear();
    for (const a of got) if (a.savedAt === to) seen.add(a.url);
  }
}

/** Stack the pieces into a Blob as they come (each piece can then be collected). */
export async function exportBlob(parts: AsyncIterable<string>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  for await (const p of parts) blob = new Blob([blob, p], { type });
  return blob;
}
