import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, type LibraryOverview } from '../../utils/messages';
import { exportBlob, exportLibraryParts, markdownParts } from '../../utils/library/exportLibrary';
import { importLibrary, type ImportOutcome } from '../../utils/library/importLibrary';
import { ImportFileError, importSizeProblem, validateImport } from '../../utils/library/validateImport';
import { t, tn } from '../../utils/i18n';

const mb = (b: number) => (b >= 1e9 ? t('manageGb', (b / 1e9).toFixed(1)) : t('manageMb', (b / 1e6).toFixed(1)));

const source = {
  articles: (after: string | null, limit: number) => sendToBackground('library:exportArticles', { after, limit }),
  entities: (after: string | null, limit: number) => sendToBackground('library:exportEntities', { after, limit }),
};

const listPage = (to: number | null, limit: number) => sendToBackground('library:list', { to, limit });

function download(name: string, body: Blob) {
  const url = URL.createObjectURL(body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Storage, export/import, and deleting a site's articles or everything. */
export function ManagePanel({ overview, onChanged }: { overview: LibraryOverview | null; onChanged: () => void }) {
  const [storage, setStorage] = useState<{ usage?: number; quota?: number; persisted?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<ImportOutcome | null>(null);
  const [site, setSite] = useState('');

  useEffect(() => {
    void (async () => {
      const est = await navigator.storage?.estimate?.().catch(() => undefined);
      let persisted = await navigator.storage?.persisted?.().catch(() => undefined);
      // The service worker cannot call persist() in Chromium; this page (same origin) can.
      if (persisted === false && (overview?.count ?? 0) > 0)
        persisted = await navigator.storage.persist().catch(() => false);
      setStorage({ usage: est?.usage, quota: est?.quota, persisted });
    })();
  }, [overview]);

  const run = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setMessage(null);
    try {
      await f();
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const exportJson = () =>
    run(t('manageExporting'), async () => {
      // Built page by page into a Blob: a large library never becomes one string in memory.
      const counts = { articles: 0, entities: 0 };
      const blob = await exportBlob(exportLibraryParts(source, Date.now(), 500, counts), 'application/json');
      download(`dramatis-library-${new Date().toISOString().slice(0, 10)}.json`, blob);
      setMessage(
        t(
          'manageExported',
          tn(counts.articles, 'articlesOne', 'articlesMany'),
          tn(counts.entities, 'manageNamesOne', 'manageNamesMany'),
        ),
      );
    });
  const exportMd = () =>
    run(t('manageExporting'), async () => {
      const blob = await exportBlob(markdownParts(listPage, 500), 'text/markdown');
      download(`dramatis-library-${new Date().toISOString().slice(0, 10)}.md`, blob);
    });

  const importFile = (file: File) =>
    run(t('manageImporting'), async () => {
      setReport(null);
      const tooBig = importSizeProblem(file.size);
      if (tooBig) throw new ImportFileError(tooBig);
      const v = validateImport(await file.text());
      const out = await importLibrary(v, (req) => sendToBackground('library:importBatch', req));
      setReport(out);
      onChanged();
    });

  const deleteSite = () =>
    run(t('manageDeleting'), async () => {
      const n = overview?.sites.find((s) => s.site === site)?.count ?? 0;
      if (!site || !confirm(t('manageDeleteSiteConfirm', tn(n, 'savedArticlesOne', 'savedArticlesMany'), site))) return;
      const { deleted } = await sendToBackground('library:deleteSite', { site });
      setMessage(t('manageDeletedSite', tn(deleted, 'articlesOne', 'articlesMany'), site));
      onChanged();
    });

  const deleteAll = () =>
    run(t('manageDeleting'), async () => {
      if (!confirm(t('manageDeleteAllConfirm'))) return;
      await sendToBackground('library:deleteAll', { confirm: 'everything' });
      setMessage(t('manageEmptied'));
      onChanged();
    });

  return (
    <section class="manage">
      <h2>{t('manageStorage')}</h2>
      <p class="storage">
        {overview ? tn(overview.count, 'savedArticlesOne', 'savedArticlesMany') : '…'}
        {storage?.usage !== undefined && storage.quota !== undefined && (
          <>
            {' · '}
            {t('manageUsage', mb(storage.usage), mb(storage.quota))}
          </>
        )}
        {storage?.persisted !== undefined && (
          <span class="muted">
            {' · '}
            {storage.persisted ? t('managePersisted') : t('manageNotPersisted')}
          </span>
        )}
      </p>
      <h2>{t('manageExportImport')}</h2>
      <p class="muted">{t('manageExportHelp')}</p>
      <div class="row">
        <button onClick={() => void exportJson()} disabled={!!busy}>
          {t('manageExportJson')}
        </button>
        <button onClick={() => void exportMd()} disabled={!!busy}>
          {t('manageExportMarkdown')}
        </button>
        <label class="button">
          {t('manageImportFile')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void importFile(f);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
      </div>
      {busy && <p aria-live="polite">{busy}</p>}
      {message && (
        <p role="status" class="message">
          {message}
        </p>
      )}
      {report && (
        <div role="status" class="import-report">
          <p>
            {t(
              'manageImported',
              tn(report.added, 'articlesOne', 'articlesMany'),
              tn(report.skipped, 'articlesOne', 'articlesMany'),
              tn(report.entitiesAdded, 'manageNewNamesOne', 'manageNewNamesMany'),
              tn(report.entitiesMerged, 'manageKnownNamesOne', 'manageKnownNamesMany'),
            )}
            {report.rejected.length > 0 &&
              ` ${t('manageRejected', tn(report.rejected.length, 'manageRecordsOne', 'manageRecordsMany'))}`}
          </p>
          {report.error && <p class="error">{t('manageStopped', report.error)}</p>}
          {report.rejected.length > 0 && (
            <ul class="rejected">
              {report.rejected.slice(0, 50).map((r, i) => (
                <li key={i}>
                  {r.key
                    ? t('manageRejectedItemKey', kindLabel(r.kind), r.index + 1, r.key, r.reason)
                    : t('manageRejectedItem', kindLabel(r.kind), r.index + 1, r.reason)}
                </li>
              ))}
              {report.rejected.length > 50 && <li>{t('manageRejectedMore', report.rejected.length - 50)}</li>}
            </ul>
          )}
        </div>
      )}
      <h2>{t('manageDelete')}</h2>
      <div class="row">
        <select
          value={site}
          onChange={(e) => setSite((e.target as HTMLSelectElement).value)}
          aria-label={t('manageSite')}
        >
          <option value="">{t('manageChooseSite')}</option>
          {overview?.sites.map((s) => (
            <option key={s.site} value={s.site}>
              {t('manageSiteOption', s.site, s.count)}
            </option>
          ))}
        </select>
        <button class="danger delete-site" onClick={() => void deleteSite()} disabled={!site || !!busy}>
          {t('manageDeleteSite')}
        </button>
      </div>
      <p>
        <button class="danger delete-all" onClick={() => void deleteAll()} disabled={!!busy}>
          {t('manageDeleteAll')}
        </button>
      </p>
    </section>
  );
}

/** A rejected record's kind in the reader's language (the reason itself comes translated from the check). */
const kindLabel = (kind: 'article' | 'entity') => t(kind === 'article' ? 'manageKindArticle' : 'manageKindEntity');
