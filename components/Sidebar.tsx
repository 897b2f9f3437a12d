import { useEffect, useState } from 'preact/hooks';
import { MUTED_REASON, sendToBackground, type PageState, type SidebarView } from '../utils/messages';
import type { RelatedArticle } from '../utils/types';
import { formatDate } from '../utils/format';
import { t, tn, typeLabel } from '../utils/i18n';
import { browser } from 'wxt/browser';
import { CastEditor } from './CastEditor';
import { autoSaveToPolicy, setSiteMuted, watchSettings } from '../utils/background/settingsStore';
import { CorrectionsList } from './CorrectionsList';

type CastItem = PageState['cast'][number];

/** Officials first (they are why a reader asks "who is this?"), then people, organizations, places. */
export function orderCast(cast: CastItem[]): CastItem[] {
  const rank = (c: CastItem) =>
    c.official ? 0 : c.type === 'person' ? 1 : c.type === 'org' ? 2 : c.type === 'place' ? 3 : 4;
  return [...cast].sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.name.localeCompare(b.name));
}

/** How often the sidebar asks again while the library is still opening. */
const LIBRARY_POLL_MS = 2000;

export function Sidebar() {
  const [view, setView] = useState<SidebarView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    sendToBackground('sidebar:view', {})
      .then((v) => setView(v))
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    // The background keeps each tab's state in session storage: when the page is
    // re-read (a correction, "annotate anyway", SPA navigation), show the new state.
    const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
    const onChanged = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((k) => k.startsWith('tab:'))) void load();
    };
    session?.onChanged.addListener(onChanged);
    // Settings change what the page shows (muted site, types): reload once the page has re-read itself.
    const offSettings = watchSettings(() => void pageSettles().then(load));
    return () => {
      session?.onChanged.removeListener(onChanged);
      offSettings();
    };
  }, []);

  // A library still opening (a long one-time upgrade) is asked again until it answers.
  useEffect(() => {
    if (!view?.libraryPending) return;
    const id = setTimeout(() => void load(), LIBRARY_POLL_MS);
    return () => clearTimeout(id);
  }, [view]);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await load();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const close = () => void sendToBackground('sidebar:close', {});
  const state = view?.state;
  return (
    <main class="sidebar" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <header>
        <h1>{t('extName')}</h1>
        <button class="icon" aria-label={t('sbClose')} onClick={close}>
          ×
        </button>
      </header>
      {view?.saveError && !error && (
        <p class="error" role="alert">
          {t('sbNotSaved', view.saveError)}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!view && !error && <p class="muted">{t('loading')}</p>}
      {view && !state && <p class="muted">{t('sbNotRead')}</p>}
      {state && state.detection.reasons.includes(MUTED_REASON) && (
        <section>
          <p>{t('sbOffOn', host(state.pageUrl))}</p>
          <button disabled={busy} onClick={() => act(() => setSiteMuted(host(state.pageUrl), false).then(pageSettles))}>
            {t('sbTurnOn')}
          </button>
        </section>
      )}
      {state && !state.isArticle && !state.detection.reasons.includes(MUTED_REASON) && (
        <section>
          <p>{t('sbNotArticle')}</p>
          <button disabled={busy} onClick={() => act(() => sendToBackground('sidebar:annotate', {}))}>
            {t('sbAnnotateAnyway')}
          </button>
        </section>
      )}
      {view && state?.isArticle && state.article && (
        <>
          <section class="article">
            <h2>{state.article.title}</h2>
            <p class="muted">
              {[state.article.site, state.article.byline, formatDate(state.article.publishedAt)]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <div class="save">
              <button
                disabled={busy}
                onClick={() =>
                  act(async () => {
                    const r = await sendToBackground('sidebar:save', {});
                    if (r.error) throw new Error(r.error);
                  })
                }
              >
                {view.saved ? t('sbSaved') : t('sbSave')}
              </button>
              <label>
                {t('sbAutoSave')}{' '}
                <select
                  value={view.settings.autoSave}
                  onChange={(e) =>
                    act(() =>
                      sendToBackground('settings:set', {
                        autoSave: autoSaveToPolicy((e.target as HTMLSelectElement).value),
                      }),
                    )
                  }
                >
                  <option value="always">{t('sbAutoSaveAlways')}</option>
                  <option value="ask">{t('sbAutoSaveAsk')}</option>
                  <option value="never">{t('sbAutoSaveNever')}</option>
                </select>
              </label>
            </div>
          </section>
          <Cast cast={state.cast} />
          <Related related={view.related} pending={!!view.libraryPending} />
        </>
      )}
      <details class="corrections-box">
        <summary>{t('yourCorrections')}</summary>
        <CorrectionsList />
      </details>
      <footer>
        <button class="link" onClick={() => void sendToBackground('library:open', {})}>
          {t('sbOpenLibrary')}
        </button>
        {state && !state.detection.reasons.includes(MUTED_REASON) && (
          <button class="link" onClick={() => act(() => setSiteMuted(host(state.pageUrl), true).then(pageSettles))}>
            {t('sbTurnOff', host(state.pageUrl))}
          </button>
        )}
        <button class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('sbSettings')}
        </button>
      </footer>
    </main>
  );
}

/** How many names show before "Show all": keeps related coverage in view. */
const CAST_PREVIEW = 8;

function Cast({ cast }: { cast: CastItem[] }) {
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const ordered = orderCast(cast);
  const shown = all ? ordered : ordered.slice(0, CAST_PREVIEW);
  return (
    <section aria-labelledby="cast-h">
      <h3 id="cast-h">{t('sbCast', ordered.length)}</h3>
      {ordered.length === 0 && <p class="muted">{t('sbNoNames')}</p>}
      <ul class="cast">
        {shown.map((c) => (
          <li key={c.id} class={`t-${c.type}`}>
            <button
              class="name"
              title={t('sbNextMention')}
              onClick={() => void sendToBackground('sidebar:focus', { entityId: c.id })}
            >
              {c.name}
            </button>
            <span class="kind">
              {c.official ? t('typeOfficial') : typeLabel(c.type)} · {tn(c.count, 'mentionsOne', 'mentionsMany')}
            </span>
            {c.role && <div class="role">{c.role}</div>}
            <button
              class="edit"
              aria-expanded={editing === c.id}
              aria-label={t('correctX', c.name)}
              onClick={() => setEditing(editing === c.id ? null : c.id)}
            >
              ✎
            </button>
            {editing === c.id && <CastEditor item={c} cast={cast} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
      {ordered.length > CAST_PREVIEW && (
        <button class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('sbShowFewer') : t('sbShowAll', ordered.length)}
        </button>
      )}
    </section>
  );
}

function Related({ related, pending }: { related: RelatedArticle[]; pending: boolean }) {
  return (
    <section aria-labelledby="rel-h">
      <h3 id="rel-h">{t('sbRelated')}</h3>
      {pending && (
        <p class="muted" role="status">
          {t('sbLibraryOpening')}
        </p>
      )}
      {!pending && related.length === 0 && <p class="muted">{t('sbNoRelated')}</p>}
      <ol class="related">
        {related.map((r) => (
          <li key={r.url}>
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title || r.url}
            </a>
            <div class="muted">{[r.site, formatDate(r.publishedAt ?? r.savedAt)].filter(Boolean).join(' · ')}</div>
            {r.alsoAt && r.alsoAt.length > 0 && (
              <div class="muted">
                {t('sbAlsoAt')}{' '}
                {r.alsoAt.map((c, i) => (
                  <span key={c.url}>
                    {i > 0 && ', '}
                    <a href={c.url} target="_blank" rel="noopener noreferrer">
                      {c.site ?? host(c.url)}
                    </a>
                  </span>
                ))}
              </div>
            )}
            <div class="why">
              {t('sbShares')}{' '}
              {r.shared.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ', '}
                  <strong>{s.name}</strong>
                  {s.role && <span class="muted"> {t('sbRoleThere', s.role)}</span>}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The page re-reads itself when a site is muted or unmuted; give it a moment
 * before the view reloads (the session-storage listener catches later changes).
 */
const pageSettles = () => new Promise((ok) => setTimeout(ok, 500));
