import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../utils/messages';
import type { EntityPage } from '../../utils/library/libraryStore';
import { formatDate } from '../../utils/format';
import { t, tn, typeLabel } from '../../utils/i18n';
import { Timeline } from './Timeline';

export const entityHref = (id: string) => `#entity/${encodeURIComponent(id)}`;

/** One person, organization or place across the reader's library. */
export function EntityView({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [page, setPage] = useState<EntityPage | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPage(undefined);
    sendToBackground('library:entity', { id })
      .then((p) => setPage(p ?? null))
      .catch((e: Error) => setError(e.message));
  }, [id]);

  if (error) return <p role="alert">{error}</p>;
  if (page === undefined) return <p class="muted">{t('loading')}</p>;
  if (page === null) return <p>{t('entNotInLibrary')}</p>;
  const e = page.entity;
  const roles = [...(e.roles ?? [])].sort((a, b) => a.first - b.first);

  const forget = async () => {
    if (!confirm(t('entForgetConfirm', e.name))) return;
    await sendToBackground('library:deleteEntity', { id: e.id });
    onChanged();
    location.hash = '#entities';
  };

  const rename = async () => {
    const name = prompt(t('entRenamePrompt', e.name), e.name);
    if (!name || name.trim() === e.name) return;
    const row = await sendToBackground('library:correctEntity', { id: e.id, name });
    if (row) setPage({ ...page, entity: row });
    onChanged();
  };

  return (
    <section class="entity-page">
      <p>
        <a href="#entities">{t('entAllNames')}</a>
      </p>
      <h2>{e.name}</h2>
      <p class="muted">
        {[
          typeLabel(e.type),
          tn(e.articleCount, 'savedArticlesOne', 'savedArticlesMany'),
          t('entFirstSeen', formatDate(e.firstSeen)),
          t('entLastSeen', formatDate(e.lastSeen)),
        ].join(' · ')}
      </p>
      {!!e.aliases?.length && <p class="muted">{t('entAlsoWritten', e.aliases.join(', '))}</p>}
      <h3>{t('entRoles')}</h3>
      {roles.length === 0 ? (
        <p class="muted">{t('entNoRole')}</p>
      ) : (
        <ol class="roles">
          {roles.map((r) => (
            <li key={r.role}>
              <strong>{r.role}</strong>{' '}
              <span class="muted">
                {r.first === r.last ? formatDate(r.first) : `${formatDate(r.first)} – ${formatDate(r.last)}`} ·{' '}
                {tn(r.count, 'articlesOne', 'articlesMany')}
                {r.url && (
                  <>
                    {' · '}
                    <a href={r.url} target="_blank" rel="noopener noreferrer">
                      {t('entLatestSource')}
                    </a>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('entPerWeek')}</h3>
      <Timeline weeks={page.weeks} label={e.name} />
      <h3>{t('entCooccur')}</h3>
      <ul class="cooccur">
        {page.cooccurring.map((c) => (
          <li key={c.id} class={`t-${c.type}`}>
            <a href={entityHref(c.id)}>{c.name}</a> <span class="muted">{c.count}</span>
          </li>
        ))}
      </ul>
      <h3>{t('libArticles')}</h3>
      <ul class="entity-articles">
        {page.articles.map((a) => (
          <li key={a.url}>
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {a.title || a.url}
            </a>
            <div class="muted">{[a.site, formatDate(a.publishedAt ?? a.savedAt)].filter(Boolean).join(' · ')}</div>
          </li>
        ))}
      </ul>
      <div class="row">
        <button class="rename" onClick={() => void rename()}>
          {t('entCorrectName')}
        </button>
        <button class="danger" onClick={() => void forget()}>
          {t('entForget')}
        </button>
      </div>
    </section>
  );
}
