import { browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb, withoutPostings, type LibraryDb } from '../../utils/library/db';
import { LibraryStore, type SaveInput } from '../../utils/library/libraryStore';
import { libraryHandlers } from '../../utils/background/libraryHandlers';
import { exportBlob, exportLibraryParts, markdownParts } from '../../utils/library/exportLibrary';
import { importLibrary } from '../../utils/library/importLibrary';
import { allNums, urlsOfNums } from '../../utils/library/entityPostings';
import { articlesToMarkdown } from '../../utils/library/articlesToMarkdown';
import {
  ImportFileError,
  importSizeProblem,
  validateImport,
  type ExportArticle,
  type LibraryExport,
} from '../../utils/library/validateImport';
import type { CastEntry, EntityType } from '../../utils/types';

let n = 0;
let db: LibraryDb;
let store: LibraryStore;
let api: ReturnType<typeof libraryHandlers>;
let clock: number;

beforeEach(() => {
  db = openLibraryDb(`dramatis-io-${n++}`);
  clock = 1_700_000_000_000;
  store = new LibraryStore(db, () => (clock += 60_000), { search: { flushDelay: 0 } });
  api = libraryHandlers(store);
});
afterEach(async () => {
  await store.search.flush().catch(() => {});
  await db.delete();
});

const c = (name: string, type: EntityType, role: string | null = null): CastEntry => ({
  id: `${type}:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type,
  role,
  count: 1,
});
const peskov = c('Dmitry Peskov', 'person', 'Kremlin spokesman');
const putin = c('Vladimir Putin', 'person', 'President');
const moscow = c('Moscow', 'place');

function input(url: string, cast: CastEntry[], extra: Partial<SaveInput> = {}): SaveInput {
  return {
    url,
    title: `Title ${url}`,
    byline: null,
    site: new URL(url).host,
    publishedAt: null,
    excerpt: `Excerpt of ${url}`,
    text: `Full text of ${url} naming ${cast.map((x) => x.name).join(' and ')}.`,
    lang: 'en',
    cast,
    ...extra,
  };
}

async function snapshot(d: LibraryDb) {
  return {
    articles: await d.articles.orderBy('url').toArray(),
    // (Their open postings chunks hold article numbers: compared as URLs below.)
    entities: (await d.entities.orderBy('id').toArray()).map(withoutPostings),
    // Which articles each entity lists (article numbers differ after a re-import; the URLs must not).
    named: await Promise.all(
      (await d.entities.orderBy('id').primaryKeys()).map(async (id) => [
        id,
        (await urlsOfNums(d, await allNums(d, id))).sort(),
      ]),
    ),
    texts: (await d.texts.orderBy('url').toArray()).map(({ url, text }) => ({ url, text })),
  };
}

const src = {
  articles: (after: string | null, limit: number) => api['library:exportArticles']({ after, limit }),
  entities: (after: string | null, limit: number) => api['library:exportEntities']({ after, limit }),
};
async function collect(parts: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const p of parts) out.push(p);
  return out;
}
const exportFile = async (page = 500) => (await collect(exportLibraryParts(src, 0, page))).join('');

const send = (req: Parameters<(typeof api)['library:importBatch']>[0]) => api['library:importBatch'](req);

async function buildLibrary() {
  await store.save(input('https://wire.test/1', [peskov, moscow], { publishedAt: '2024-01-02T00:00:00.000Z' }));
  await store.save(input('https://paper.test/2', [{ ...peskov, name: 'Peskov', role: 'press secretary' }, putin]));
  await store.save(input('https://wire.test/3', [putin, moscow], { title: '<script>alert(1)</script> & "quotes"' }));
  await store.save(input('https://wire.test/4', [moscow]));
  await store.delete('https://wire.test/4'); // Moscow's count goes back down
  await store.save(
    input('https://paper.test/2', [{ ...peskov, name: 'Peskov', role: 'press secretary' }, putin], {
      title: 'Re-saved',
    }),
  );
  // (The snapshots read the tables directly: the last save's entity updates applied first.)
  await store.settled();
}

describe('export → wipe → import', () => {
  it('gives back an identical library (articles, texts, entities with roles, aliases and weeks, which articles each names)', async () => {
    await buildLibrary();
    const before = await snapshot(db);
    expect(before.articles).toHaveLength(3);
    const file = await exportFile(2); // tiny pages: exercises paging
    // Postings are the store's own (article numbers mean nothing in another library).
    expect(file).not.toContain('"open"');
    await api['library:deleteAll']({ confirm: 'everything' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);

    const v = validateImport(file);
    expect(v.rejected).toEqual([]);
    const out = await importLibrary(v, send, 2);
    expect(out).toMatchObject({ added: 3, skipped: 0, entitiesAdded: 3, rejected: [] });
    expect(out.error).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
    // The imported library is searchable and related coverage works.
    expect((await store.searchArticles('Peskov')).map((r) => r.article.url).sort()).toEqual([
      'https://paper.test/2',
      'https://wire.test/1',
    ]);
    const rel = await store.related(null, null, [putin]);
    expect(rel.map((r) => r.url).sort()).toEqual(['https://paper.test/2', 'https://wire.test/3']);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await buildLibrary();
    const file = await exportFile();
    const before = await snapshot(db);
    const out = await importLibrary(validateImport(file), send);
    expect(out).toMatchObject({ added: 0, skipped: 3, entitiesAdded: 0, entitiesMerged: 3 });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('streaming export', () => {
  it('is produced in pieces of at most one page of records, which together are the versioned JSON', async () => {
    await buildLibrary();
    const counts = { articles: 0, entities: 0 };
    const parts = await collect(exportLibraryParts(src, Date.parse('2025-01-01'), 2, counts));
    // header, 2 articles, 1 article, separator, 3 entities (pages of 2 × 4), end
    expect(parts).toHaveLength(6);
    expect(counts).toEqual({ articles: 3, entities: 3 });
    for (const p of [parts[1], parts[2]]) {
      const page = JSON.parse('[' + p.replace(/^,/, '') + ']') as ExportArticle[];
      expect(page.length).toBeGreaterThan(0);
      expect(page.length).toBeLessThanOrEqual(2);
    }
    const whole = JSON.parse(parts.join('')) as LibraryExport;
    expect(whole).toMatchObject({ format: 'dramatis-library', exportedAt: '2025-01-01T00:00:00.000Z' });
    expect(whole.articles.map((a) => a.url)).toEqual([
      'https://paper.test/2',
      'https://wire.test/1',
      'https://wire.test/3',
    ]);
    expect(whole.entities).toHaveLength(3);
    // Derived counts stay out of the file (importing the articles rebuilds them).
    for (const e of whole.entities) {
      expect(e).not.toHaveProperty('articleCount');
      expect(e).not.toHaveProperty('weeks');
    }
    // Stacked into a Blob piece by piece, the file is the same text.
    const blob = await exportBlob(exportLibraryParts(src, Date.parse('2025-01-01'), 2), 'application/json');
    expect(await blob.text()).toBe(parts.join(''));
    expect(blob.type).toBe('application/json');
  });

  it('an empty library exports as a valid empty file', async () => {
    const v = validateImport(await exportFile(2));
    expect(v.articles).toEqual([]);
    expect(v.entities).toEqual([]);
    expect(v.rejected).toEqual([]);
  });

  it('Markdown comes in pages too, newest first, the same list as all at once', async () => {
    await buildLibrary();
    const list = (to: number | null, limit: number) => api['library:list']({ to, limit });
    const counts = { articles: 0 };
    const parts = await collect(markdownParts(list, 2, counts));
    expect(parts.length).toBe(3); // header + two pages
    expect(counts.articles).toBe(3);
    const all = await db.articles.toArray();
    expect(parts.join('')).toBe(articlesToMarkdown(all));
    expect(parts.join('').indexOf('wire.test/3')).toBeLessThan(parts.join('').indexOf('wire.test/1'));
  });
});

describe('import merges and never deletes', () => {
  it('keeps existing articles as they are, adds new ones, merges entity roles and aliases', async () => {
    await store.save(input('https://mine.test/a', [peskov]));
    await store.save(input('https://mine.test/keep', [moscow]));
    const theirs: LibraryExport = {
      format: 'dramatis-library',
      version: 1,
      exportedAt: new Date().toISOString(),
      articles: [
        { ...art('https://mine.test/a', [peskov]), title: 'Their title for my article' },
        art('https://theirs.test/b', [{ ...peskov, name: 'D. Peskov', role: 'spokesman for the Kremlin' }]),
      ],
      entities: [
        {
          id: peskov.id,
          name: 'D. Peskov',
          type: 'person',
          role: 'spokesman for the Kremlin',
          firstSeen: 1_600_000_000_000,
          lastSeen: 1_600_000_000_000,
          aliases: ['Dmitri Peskov'],
          roles: [
            {
              role: 'spokesman for the Kremlin',
              first: 1_600_000_000_000,
              last: 1_600_000_000_000,
              url: 'https://theirs.test/b',
              count: 1,
            },
          ],
        },
      ],
    };
    const out = await importLibrary(validateImport(JSON.stringify(theirs)), send);
    expect(out).toMatchObject({ added: 1, skipped: 1, entitiesAdded: 0, entitiesMerged: 1 });
    expect((await store.get('https://mine.test/a'))!.title).toBe('Title https://mine.test/a');
    expect(await store.get('https://mine.test/keep')).toBeDefined();
    expect(await store.get('https://theirs.test/b')).toBeDefined();
    const p = (await db.entities.get(peskov.id))!;
    expect(p.name).toBe('Dmitry Peskov');
    expect(p.articleCount).toBe(2);
    expect(p.firstSeen).toBe(1_600_000_000_000);
    expect(p.aliases).toEqual(expect.arrayContaining(['D. Peskov', 'Dmitri Peskov']));
    expect(p.roles!.map((r) => r.role).sort()).toEqual(['Kremlin spokesman', 'spokesman for the Kremlin']);
    expect((await store.stats([peskov.id], null))[peskov.id].latest.map((a) => a.url)).toContain(
      'https://theirs.test/b',
    );
  });
});

function art(url: string, cast: CastEntry[]): ExportArticle {
  return {
    url,
    title: `T ${url}`,
    byline: null,
    site: 'S',
    publishedAt: null,
    savedAt: 1_650_000_000_000,
    lang: null,
    excerpt: 'e',
    text: 'text',
    cast,
  };
}

describe('bad import files', () => {
  const wrap = (articles: unknown[], entities: unknown[] = [], version: unknown = 1) =>
    JSON.stringify({ format: 'dramatis-library', version, exportedAt: '', articles, entities });

  it('a truncated file is refused as a whole with a clear message', () => {
    const full = wrap([art('https://a.test/1', [peskov])]);
    expect(() => validateImport(full.slice(0, full.length - 20))).toThrow(ImportFileError);
    expect(() => validateImport(full.slice(0, full.length - 20))).toThrow(/truncated/);
  });

  it('another version, another format or no lists are refused', () => {
    expect(() => validateImport(wrap([], [], 2))).toThrow(/version 2.*reads version 1/);
    expect(() => validateImport(JSON.stringify({ format: 'pocket', version: 1 }))).toThrow(/not a Dramatis/);
    expect(() => validateImport('null')).toThrow(ImportFileError);
    expect(() => validateImport(JSON.stringify({ format: 'dramatis-library', version: 1 }))).toThrow(/no article/);
  });

  it("the reasons are the extension's messages, so a translation is a file (not English from the code)", () => {
    const host = browser as unknown as { i18n?: unknown };
    const real = host.i18n;
    host.i18n = { getMessage: (k: string, subs?: string[]) => `«${[k, ...(subs ?? [])].join('|')}»` };
    try {
      const v = validateImport(
        wrap([
          art('javascript:alert(1)', [peskov]),
          { ...art('https://ok.test/9', []), cast: [{ ...peskov, type: 'wizard' }] },
        ]),
      );
      expect(v.rejected.map((r) => r.reason)).toEqual(['«rejBadUrl»', `«rejCastBadType|${peskov.id}»`]);
      expect(() => validateImport('{')).toThrow('«importNotJson»');
      expect(importSizeProblem(500 * 1024 * 1024)).toBe('«importTooBig|500|300»');
    } finally {
      host.i18n = real;
    }
  });

  it('a file over the size limit is refused before it is read', () => {
    expect(importSizeProblem(500 * 1024 * 1024)).toMatch(/500 MB.*Nothing was imported/);
    expect(importSizeProblem(10 * 1024 * 1024)).toBeNull();
  });

  it('rejects javascript:, data: and other non-web URLs and bad records, reporting each, keeping the good ones', () => {
    const good = art('https://ok.test/1', [peskov]);
    const v = validateImport(
      wrap(
        [
          good,
          art('javascript:alert(1)', [peskov]),
          art('JaVaScRiPt:alert(1)//https://x', []),
          art('data:text/html,<script>alert(1)</script>', []),
          { ...art('https://ok.test/2', []), savedAt: 'yesterday' },
          {
            ...art('https://ok.test/3', []),
            cast: [{ id: '<img src=x>', name: 'x', type: 'person', role: null, count: 1 }],
          },
          { ...art('https://ok.test/4', []), cast: [{ ...peskov, type: 'wizard' }] },
          'a string',
          null,
          good,
        ],
        [
          {
            id: 'person:x',
            name: 'X',
            type: 'person',
            role: null,
            firstSeen: 1,
            lastSeen: 1,
            roles: [{ role: 'r', first: 1, last: 1, count: 1, url: 'javascript:alert(1)' }],
          },
          { id: 'person:y', name: 'Y', type: 'person', role: null, firstSeen: 1, lastSeen: 1 },
        ],
      ),
    );
    expect(v.articles.map((a) => a.url)).toEqual(['https://ok.test/1']);
    expect(v.entities.map((e) => e.id)).toEqual(['person:y']);
    expect(v.rejected.map((r) => [r.kind, r.index])).toEqual([
      ['article', 1],
      ['article', 2],
      ['article', 3],
      ['article', 4],
      ['article', 5],
      ['article', 6],
      ['article', 7],
      ['article', 8],
      ['article', 9],
      ['entity', 0],
    ]);
    expect(v.rejected[0].reason).toMatch(/http/);
    expect(v.rejected[8].reason).toMatch(/twice/);
  });

  it('unknown fields in a record are dropped, markup in titles is kept as plain text', () => {
    const hostile = {
      ...art('https://ok.test/1', [peskov]),
      title: '<img src=x onerror=alert(1)>',
      __proto__x: 1,
      extra: 'x',
    };
    const v = validateImport(wrap([hostile]));
    expect(Object.keys(v.articles[0]).sort()).toEqual(
      ['byline', 'cast', 'excerpt', 'lang', 'publishedAt', 'savedAt', 'site', 'text', 'title', 'url'].sort(),
    );
    expect(v.articles[0].title).toBe('<img src=x onerror=alert(1)>');
  });

  it('the background re-checks records sent to it directly', async () => {
    const res = await send({ articles: [art('javascript:void(0)', [])] as ExportArticle[], entities: [] });
    expect(res.added).toBe(0);
    expect(res.rejected).toHaveLength(1);
    expect(await db.articles.count()).toBe(0);
  });

  it('deleteAll needs the confirmation word', async () => {
    await store.save(input('https://wire.test/1', [peskov]));
    expect(await api['library:deleteAll']({ confirm: 'yes' as 'everything' })).toEqual({ deleted: false });
    expect(await db.articles.count()).toBe(1);
  });
});

describe('Markdown export', () => {
  it('lists each article as a link with its people, escaping markup', () => {
    const md = articlesToMarkdown([{ ...art('https://a.test/1', [peskov]), title: 'A [tricky] <b>title</b>' }]);
    expect(md).toContain('## [A \\[tricky\\] \\<b\\>title\\</b\\>](<https://a.test/1>)');
    expect(md).toContain('People: Dmitry Peskov (Kremlin spokesman)');
  });
});
