import type { Protocol } from '../messages';
import type { LibraryStore } from '../library/libraryStore';
import { libraryStatus } from '../library/libraryStatus';
import {
  articleProblem,
  entityProblem,
  type ExportArticle,
  type ExportEntity,
  type Rejection,
} from '../library/validateImport';

type Handler<K extends keyof Protocol> = (data: Protocol[K][0]) => Promise<Protocol[K][1]>;
type LibraryKeys = Exclude<Extract<keyof Protocol, `library:${string}`>, 'library:open'>;

/** Library page messages: the only way any page reaches the reader's library. */
export function libraryHandlers(store: LibraryStore): { [K in LibraryKeys]: Handler<K> } {
  return {
    'library:list': async (q) => store.list(clampList(q ?? {})),
    'library:delete': async ({ url }) => ({ deleted: await store.delete(String(url)) }),
    'library:overview': async () => {
      // The reader may search next: start loading the persisted search index now.
      void store.search.load().catch(() => {});
      const [count, sites] = await Promise.all([store.count(), store.sites()]);
      return { count, sites };
    },
    'library:status': async () => libraryStatus(),
    'library:search': ({ query, limit }) => store.searchArticles(String(query).slice(0, 500), clamp(limit, 1, 200, 30)),
    'library:entities': ({ limit }) => store.topEntities(clamp(limit, 1, 1000, 60)),
    'library:entity': ({ id }) => store.entityPage(String(id)),
    'library:deleteSite': async ({ site }) => ({ deleted: await store.deleteSite(String(site)) }),
    'library:deleteEntity': async ({ id }) => ({ articles: await store.deleteEntity(String(id)) }),
    'library:correctEntity': ({ id, name, type }) =>
      store.correctEntity(String(id), {
        name: typeof name === 'string' && name.trim() ? name : undefined,
        type: type && ['person', 'org', 'place', 'misc'].includes(type) ? type : undefined,
      }),
    'library:deleteAll': async ({ confirm }) => {
      if (confirm !== 'everything') return { deleted: false };
      await store.deleteAll();
      return { deleted: true };
    },
    'library:exportArticles': ({ after, limit }) => store.exportArticles(after ?? null, clamp(limit, 1, 2000, 500)),
    'library:exportEntities': ({ after, limit }) => store.exportEntities(after ?? null, clamp(limit, 1, 10000, 2000)),
    'library:importBatch': async ({ articles, entities }) => {
      // The page validated the file; check again here, where the data is written.
      const rejected: Rejection[] = [];
      const okE: ExportEntity[] = [];
      const okA: ExportArticle[] = [];
      (Array.isArray(entities) ? entities : []).forEach((e, index) => {
        const why = entityProblem(e);
        if (why) rejected.push({ kind: 'entity', index, key: null, reason: why });
        else okE.push(e);
      });
      (Array.isArray(articles) ? articles : []).forEach((a, index) => {
        const why = articleProblem(a);
        if (why) rejected.push({ kind: 'article', index, key: null, reason: why });
        else okA.push(a);
      });
      const report = { added: 0, skipped: 0, entitiesAdded: 0, entitiesMerged: 0, rejected };
      try {
        if (okE.length) {
          const e = await store.importEntities(okE);
          report.entitiesAdded = e.added;
          report.entitiesMerged = e.merged;
        }
        if (okA.length) Object.assign(report, await store.importArticles(okA));
      } catch (e) {
        return { ...report, error: (e as Error).message };
      }
      return report;
    },
  };
}

function clamp(v: unknown, lo: number, hi: number, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.floor(v))) : dflt;
}

function clampList(q: Protocol['library:list'][0]) {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    site: typeof q.site === 'string' ? q.site : null,
    from: num(q.from),
    to: num(q.to),
    limit: clamp(q.limit, 1, 5000, 500),
  };
}
