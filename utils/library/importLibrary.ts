import type { ImportReport } from './libraryStore';
import type { ExportArticle, ExportEntity, Rejection, ValidatedImport } from './validateImport';

export type ImportBatch = (req: {
  articles: ExportArticle[];
  entities: ExportEntity[];
}) => Promise<ImportReport & { rejected: Rejection[]; error?: string }>;

export interface ImportOutcome extends ImportReport {
  rejected: Rejection[];
  /** Set when a batch failed (e.g. the disk is full): batches before it are in, nothing of it is. */
  error?: string;
}

/**
 * Send a validated file to the library in batches: entities first (so the
 * roles and aliases they carry are there when their articles arrive), then
 * articles. Each batch is one transaction; a failing batch stops the import.
 */
export async function importLibrary(v: ValidatedImport, send: ImportBatch, batch = 400): Promise<ImportOutcome> {
  const out: ImportOutcome = { added: 0, skipped: 0, entitiesAdded: 0, entitiesMerged: 0, rejected: [...v.rejected] };
  const jobs: { articles: ExportArticle[]; entities: ExportEntity[] }[] = [];
  for (let i = 0; i < v.entities.length; i += batch * 5)
    jobs.push({ articles: [], entities: v.entities.slice(i, i + batch * 5) });
  for (let i = 0; i < v.articles.length; i += batch)
    jobs.push({ articles: v.articles.slice(i, i + batch), entities: [] });
  for (const job of jobs) {
    const r = await send(job);
    out.added += r.added;
    out.skipped += r.skipped;
    out.entitiesAdded += r.entitiesAdded;
    out.entitiesMerged += r.entitiesMerged;
    out.rejected.push(...r.rejected);
    if (r.error) {
      out.error = r.error;
      break;
    }
  }
  return out;
}
