import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../utils/messages';
import type { EntityPage } from '../../utils/library/libraryStore';
import { formatDate, plural, TYPE_LABEL } from '../../utils/format';
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
  if (page === undefined) return <p class="muted">Loading…</p>;
  if (page === null) return <p>This name is not in your library (any more).</p>;
  const e = page.entity;
  const roles = [...(e.roles ?? [])].sort((a, b) => a.first - b.first);

  const forget = async () => {
    if (
      !confirm(`Forget everything Dramatis keeps about “${e.name}”? The articles stay; this name is removed from them.`)
    )
      return;
    await sendToBackground('library:deleteEntity', { id: e.id });
    onChanged();
    location.hash = '#entities';
  };

  const rename = async () => {
    const name = prompt(`Correct the name “${e.name}” to:`, e.name);
    if (!name || name.trim() === e.name) return;
    const row = await sendToBackground('library:correctEntity', { id: e.id, name });
    if (row) setPage({ ...page, entity: row });
    onChanged();
  };

  return (
    <section class="entity-page">
      <p>
        <a href="#entities">← All names</a>
      </p>
      <h2>{e.name}</h2>
      <p class="muted">
        {[
          TYPE_LABEL[e.type],
          plural(e.articleCount, 'saved article'),
          `first seen ${formatDate(e.firstSeen)}`,
          `last seen ${formatDate(e.lastSeen)}`,
        ].join(' · ')}
      </p>
      {!!e.aliases?.length && <p class="muted">Also written: {e.aliases.join(', ')}</p>}
      <h3>Roles over time</h3>
      {roles.length === 0 ? (
        <p class="muted">No role given in your saved articles.</p>
      ) : (
        <ol class="roles">
          {roles.map((r) => (
            <li key={r.role}>
              <strong>{r.role}</strong>{' '}
              <span class="muted">
                {r.first === r.last ? formatDate(r.first) : `${formatDate(r.first)} – ${formatDate(r.last)}`} ·{' '}
                {plural(r.count, 'article')}
                {r.url && (
                  <>
                    {' · '}
                    <a href={r.url} target="_blank" rel="noopener noreferrer">
                      latest source
                    </a>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3>Mentions per week</h3>
      <Timeline weeks={page.weeks} label={e.name} />
      <h3>Named most often with</h3>
      <ul class="cooccur">
        {page.cooccurring.map((c) => (
          <li key={c.id} class={`t-${c.type}`}>
            <a href={entityHref(c.id)}>{c.name}</a> <span class="muted">{c.count}</span>
          </li>
        ))}
      </ul>
      <h3>Articles</h3>
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
          Correct the name
        </button>
        <button class="danger" onClick={() => void forget()}>
          Forget this name
        </button>
      </div>
    </section>
  );
}
