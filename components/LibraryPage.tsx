import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../utils/messages';
import type { SavedArticle } from '../utils/types';
import { formatDate } from '../utils/format';

/** The reader's saved articles, newest first: open or delete. */
export function LibraryPage() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    sendToBackground('library:list', {})
      .then(setArticles)
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, []);

  const remove = async (a: SavedArticle) => {
    if (!confirm(`Delete “${a.title}” from your library?`)) return;
    await sendToBackground('library:delete', { url: a.url });
    await load();
  };

  return (
    <main class="library">
      <h1>Your Dramatis library</h1>
      <p class="muted">Saved on this device only. Nothing leaves your browser.</p>
      {error && <p role="alert">{error}</p>}
      {articles && articles.length === 0 && (
        <p>No saved articles yet. Open a news article and press Save in the sidebar.</p>
      )}
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
                a.publishedAt ? `published ${formatDate(a.publishedAt)}` : '',
                `saved ${formatDate(a.savedAt)}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            <div class="cast">
              {a.cast
                .filter((c) => c.type === 'person')
                .slice(0, 8)
                .map((c) => c.name)
                .join(', ')}
            </div>
            <button class="delete" aria-label={`Delete ${a.title}`} onClick={() => void remove(a)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
