import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportArticle,
  type ExportEntity,
  type LibraryExport,
} from './validateImport';

export interface ExportSource {
  articles(after: string | null, limit: number): Promise<ExportArticle[]>;
  entities(after: string | null, limit: number): Promise<ExportEntity[]>;
}

/** The whole library as one versioned export object, read page by page (so no message is huge). */
export async function exportLibrary(src: ExportSource, now = Date.now(), page = 500): Promise<LibraryExport> {
  const articles: ExportArticle[] = [];
  for (let after: string | null = null; ;) {
    const got = await src.articles(after, page);
    articles.push(...got);
    if (got.length < page) break;
    after = got[got.length - 1].url;
  }
  const entities: ExportEntity[] = [];
  for (let after: string | null = null; ;) {
    const got = await src.entities(after, page * 4);
    entities.push(...got);
    if (got.length < page * 4) break;
    after = got[got.length - 1].id;
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles,
    entities,
  };
}
