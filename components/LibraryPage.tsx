import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground, type LibraryOverview } from '../utils/messages';
import type { LibraryStatus } from '../utils/library/libraryStatus';
import type { SavedArticle } from '../utils/types';
import type { SearchResultRow } from '../utils/library/libraryStore';
import { formatDate } from '../utils/format';
import { t, tn } from '../utils/i18n';
import { Highlighted } from './library/Highlighted';
import { EntityView, entityHref } from './library/EntityView';
import { EntityIndex } from './library/EntityIndex';
import { ManagePanel } from './library/ManagePanel';
import { CorrectionsList } from './CorrectionsList';

type Route =
  | { view: 'articles' }
  | { view: 'entities' }
  | { view: 'entity'; id: string }
  | { view: 'manage' }
  | { view: 'corrections' };

function readRoute(): Route {
  const h = location.hash.slice(1);
  if (h.startsWith('entity/')) return { view: 'entity', id: decodeURIComponent(h.slice(7)) };
  if (h === 'entities') return { view: 'entities' };
  if (h === 'manage') return { view: 'manage' };
  if (h === 'corrections') return { view: 'corrections' };
  return { view: 'articles' };
}

/** `yyyy-mm-dd` from a date input → epoch ms at the start (or end) of that UTC day. */
const dayBound = (v: string, end: boolean) => (v ? Date.parse(v + 'T00:00:00Z') + (end ? 86_400_000 - 1 : 0) : null);

/** The reader's library: articles (search, filter, delete), names, export/import and storage. */
/** How often the page asks again while the library is still opening. */
const OPEN_POLL_MS = 1000;

export function LibraryPage() {
  const [route, setRoute] = useState<Route>(readRoute);
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const on = () => setRoute(readRoute());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    void sendToBackground('library:overview', {})
      .then((o) => {
        setOverview(o);
        // Ask the browser not to evict a library that has something in it (persist() needs a window).
        if (o.count > 0)
          void navigator.storage
            ?.persisted?.()
            .then((p) => p || navigator.storage.persist())
            .catch(() => {});
      })
      .catch(() => {});
  }, [version]);
  const changed = () => setVersion((v) => v + 1);
  // The page lists what is saved when it loads; articles saved in other tabs meanwhile (auto-saves as the
  // reader reads) show when the reader comes back to it.
  useEffect(() => {
    const on = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  // A library that an older Dramatis holds open, or whose upgrade failed, says so (issue 7) instead of waiting silently.
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  // Still opening a second later: a long one-time upgrade (about 40 s per schema version at 100,000 articles).
  // Say so, ask again every second, and fill the page in once it is ready.
  const [slowOpen, setSlowOpen] = useState(false);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waited = false;
    const ask = () =>
      void sendToBackground('library:status', {})
        .then((s) => {
          if (stop) return;
          setStatus(s);
          if (s.state === 'opening') {
            setSlowOpen(waited);
            waited = true;
            timer = setTimeout(ask, OPEN_POLL_MS);
          } else if (waited) {
            setSlowOpen(false);
            changed();
          }
        })
        .catch(() => {});
    ask();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [version]);

  const tab = (href: string, label: string, on: boolean) => (
    <a href={href} class={on ? 'tab on' : 'tab'} aria-current={on ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <main class="library">
      <h1>{t('libTitle')}</h1>
      {status?.state === 'blocked' && (
        <p role="alert" class="error">
          {t('libBlocked')}
        </p>
      )}
      {status?.state === 'opening' && slowOpen && (
        <p role="status" class="muted">
          {t('libOpening')}
        </p>
      )}
      {status?.state === 'failed' && (
        <p role="alert" class="error">
          {t('libFailed', status.error)}
        </p>
      )}
      <p class="muted">
        {t('libLocalOnly')}
        {overview && ` ${t('sentence', tn(overview.count, 'articlesOne', 'articlesMany'))}`}
      </p>
      <nav class="tabs">
        {tab('#', t('libArticles'), route.view === 'articles')}
        {tab('#entities', t('libTabNames'), route.view === 'entities' || route.view === 'entity')}
        {tab('#manage', t('libTabManage'), route.view === 'manage')}
        {tab('#corrections', t('yourCorrections'), route.view === 'corrections')}
      </nav>
      {route.view === 'articles' && <Articles overview={overview} version={version} onChanged={changed} />}
      {route.view === 'entities' && <EntityIndex key={version} />}
      {route.view === 'entity' && <EntityView id={route.id} onChanged={changed} />}
      {route.view === 'manage' && <ManagePanel overview={overview} onChanged={changed} />}
      {route.view === 'corrections' && (
        <section aria-label={t('yourCorrections')}>
          <p class="muted">{t('libCorrectionsIntro')}</p>
          <CorrectionsList />
        </section>
      )}
    </main>
  );
}

function Articles({
  overview,
  version,
  onChanged,
}: {
  overview: LibraryOverview | null;
  version: number;
  onChanged: () => void;
}) {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [results, setResults] = useState<SearchResultRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const seq = useRef(0);

  const load = () =>
    sendToBackground('library:list', {
      site: site || null,
      from: dayBound(from, false),
      to: dayBound(to, true),
      limit: 500,
    })
      .then(setArticles)
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [site, from, to, version]);

  // Search as the reader types; only the latest answer is shown.
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    const n = ++seq.current;
    const t = setTimeout(() => {
      sendToBackground('library:search', { query: q, limit: 50 })
        .then((r) => n === seq.current && setResults(r))
        .catch((e: Error) => setError(e.message));
    }, 120);
    return () => clearTimeout(t);
  }, [query, version]);

  const remove = async (a: { url: string; title: string }) => {
    if (!confirm(t('libDeleteConfirm', a.title))) return;
    await sendToBackground('library:delete', { url: a.url });
    onChanged();
  };

  const filtered = (r: SearchResultRow) =>
    (!site || r.article.site === site) &&
    (!from || r.article.savedAt >= dayBound(from, false)!) &&
    (!to || r.article.savedAt <= dayBound(to, true)!);

  return (
    <section>
      <div class="filters">
        <input
          type="search"
          class="search"
          placeholder={t('libSearchPlaceholder')}
          aria-label={t('libSearchLabel')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <select value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)} aria-label={t('libSite')}>
          <option value="">{t('libAllSites')}</option>
          {overview?.sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.count})
            </option>
          ))}
        </select>
        <label>
          {t('libSavedFrom')}{' '}
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('libSavedTo')}{' '}
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      {results ? (
        <>
          <p class="muted" aria-live="polite">
            {t('libMatches', tn(results.filter(filtered).length, 'matchesOne', 'matchesMany'), query.trim())}
          </p>
          <ol class="results">
            {results.filter(filtered).map((r) => (
              <li key={r.article.url}>
                <a href={r.article.url} target="_blank" rel="noopener noreferrer">
                  <Highlighted text={r.article.title || r.article.url} terms={r.terms} />
                </a>
                <div class="muted">
                  {[r.article.site, formatDate(r.article.publishedAt ?? r.article.savedAt)].filter(Boolean).join(' · ')}
                </div>
                <p class="snippet">
                  <Highlighted text={r.snippet} terms={r.terms} />
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          {articles && articles.length === 0 && <p>{site || from || to ? t('libNoMatchFilters') : t('libEmpty')}</p>}
          <ul class="articles">
            {articles?.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.title || a.url}
                </a>
                <div class="muted">
                  {[
                    a.site,
                    a.byline,
                    a.publishedAt ? t('publishedOn', formatDate(a.publishedAt)) : '',
                    t('savedOn', formatDate(a.savedAt)),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <div class="cast">
                  {a.cast
                    .filter((c) => c.type === 'person')
                    .slice(0, 8)
                    .map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ', '}
                        <a href={entityHref(c.id)}>{c.name}</a>
                      </span>
                    ))}
                </div>
                <button class="delete" aria-label={t('libDeleteX', a.title)} onClick={() => void remove(a)}>
                  {t('libDelete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
