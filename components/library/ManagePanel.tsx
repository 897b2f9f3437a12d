import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, type LibraryOverview } from '../../utils/messages';
import { exportBlob, exportLibraryParts, markdownParts } from '../../utils/library/exportLibrary';
import { importLibrary, type ImportOutcome } from '../../utils/library/importLibrary';
import { ImportFileError, importSizeProblem, validateImport } from '../../utils/library/validateImport';
import { plural } from '../../utils/format';

const mb = (b: number) => (b >= 1e9 ? `${(b / 1e9).toFixed(1)} GB` : `${(b / 1e6).toFixed(1)} MB`);

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
    run('Exporting…', async () => {
      // Built page by page into a Blob: a large library never becomes one string in memory.
      const counts = { articles: 0, entities: 0 };
      const blob = await exportBlob(exportLibraryParts(source, Date.now(), 500, counts), 'application/json');
      download(`dramatis-library-${new Date().toISOString().slice(0, 10)}.json`, blob);
      setMessage(`Exported ${plural(counts.articles, 'article')} and ${plural(counts.entities, 'name')}.`);
    });
  const exportMd = () =>
    run('Exporting…', async () => {
      const blob = await exportBlob(markdownParts(listPage, 500), 'text/markdown');
      download(`dramatis-library-${new Date().toISOString().slice(0, 10)}.md`, blob);
    });

  const importFile = (file: File) =>
    run('Importing…', async () => {
      setReport(null);
      const tooBig = importSizeProblem(file.size);
      if (tooBig) throw new ImportFileError(tooBig);
      const v = validateImport(await file.text());
      const out = await importLibrary(v, (req) => sendToBackground('library:importBatch', req));
      setReport(out);
      onChanged();
    });

  const deleteSite = () =>
    run('Deleting…', async () => {
      const n = overview?.sites.find((s) => s.site === site)?.count ?? 0;
      if (!site || !confirm(`Delete all ${plural(n, 'saved article')} from ${site}?`)) return;
      const { deleted } = await sendToBackground('library:deleteSite', { site });
      setMessage(`Deleted ${plural(deleted, 'article')} from ${site}.`);
      onChanged();
    });

  const deleteAll = () =>
    run('Deleting…', async () => {
      if (
        !confirm(
          'Delete your whole Dramatis library: every article, name and search index? Export it first if you may want it back.',
        )
      )
        return;
      await sendToBackground('library:deleteAll', { confirm: 'everything' });
      setMessage('Your library is empty.');
      onChanged();
    });

  return (
    <section class="manage">
      <h2>Storage</h2>
      <p class="storage">
        {overview ? plural(overview.count, 'saved article') : '…'}
        {storage?.usage !== undefined && storage.quota !== undefined && (
          <>
            {' · '}
            {mb(storage.usage)} used of {mb(storage.quota)} available
          </>
        )}
        {storage?.persisted !== undefined && (
          <span class="muted">
            {' · '}
            {storage.persisted
              ? 'kept by the browser (persistent)'
              : 'may be cleared by the browser when disk space runs low'}
          </span>
        )}
      </p>
      <h2>Export and import</h2>
      <p class="muted">
        Export is a JSON file with every article, its text and the names in it. Import adds what is missing and never
        deletes or overwrites anything.
      </p>
      <div class="row">
        <button onClick={() => void exportJson()} disabled={!!busy}>
          Export library (JSON)
        </button>
        <button onClick={() => void exportMd()} disabled={!!busy}>
          Export articles (Markdown)
        </button>
        <label class="button">
          Import a library file…
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
            Imported {plural(report.added, 'article')}; {plural(report.skipped, 'article')} already in your library left
            as they were; {plural(report.entitiesAdded, 'new name')}, {plural(report.entitiesMerged, 'known name')}{' '}
            merged.
            {report.rejected.length > 0 && ` ${plural(report.rejected.length, 'record')} rejected:`}
          </p>
          {report.error && <p class="error">Stopped: {report.error}</p>}
          {report.rejected.length > 0 && (
            <ul class="rejected">
              {report.rejected.slice(0, 50).map((r, i) => (
                <li key={i}>
                  {r.kind} #{r.index + 1}
                  {r.key ? ` (${r.key})` : ''}: {r.reason}
                </li>
              ))}
              {report.rejected.length > 50 && <li>…and {report.rejected.length - 50} more.</li>}
            </ul>
          )}
        </div>
      )}
      <h2>Delete</h2>
      <div class="row">
        <select value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)} aria-label="Site">
          <option value="">Choose a site…</option>
          {overview?.sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.count})
            </option>
          ))}
        </select>
        <button class="danger delete-site" onClick={() => void deleteSite()} disabled={!site || !!busy}>
          Delete this site's articles
        </button>
      </div>
      <p>
        <button class="danger delete-all" onClick={() => void deleteAll()} disabled={!!busy}>
          Delete everything
        </button>
      </p>
    </section>
  );
}
