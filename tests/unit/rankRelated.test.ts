import { describe, expect, it } from 'vitest';
import { preselect, rankRelated, urlKey } from '../../utils/library/rankRelated';
import type { CastEntry, EntityType, SavedArticle } from '../../utils/types';

const c = (name: string, type: EntityType, role: string | null = null, count = 1): CastEntry => ({
  id: `${type}:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type,
  role,
  count,
});

function art(url: string, cast: CastEntry[], extra: Partial<SavedArticle> = {}): SavedArticle {
  return {
    url,
    title: `Story at ${url}`,
    byline: null,
    site: 'Example',
    publishedAt: null,
    savedAt: 1000,
    excerpt: '',
    entityIds: cast.map((x) => x.id),
    cast,
    ...extra,
  };
}

const peskov = c('Dmitry Peskov', 'person', 'Kremlin spokesperson');
const russia = c('Russia', 'place');
const kremlin = c('Kremlin', 'org');
const moscow = c('Moscow', 'place');

describe('rankRelated', () => {
  it('a shared rare entity outranks a shared ubiquitous one (IDF)', () => {
    const a = art('https://x.test/a', [c('Alpha Org', 'org')]);
    const b = art('https://x.test/b', [c('Beta Org', 'org')]);
    const df = new Map([
      ['org:alpha-org', 2],
      ['org:beta-org', 90],
    ]);
    const out = rankRelated({
      url: null,
      cast: [c('Alpha Org', 'org'), c('Beta Org', 'org')],
      candidates: [b, a],
      df,
      total: 100,
    });
    expect(out.map((r) => r.url)).toEqual(['https://x.test/a', 'https://x.test/b']);
    expect(out[0].score).toBeGreaterThan(out[1].score);
  });

  it('a shared person outranks a shared place of equal rarity', () => {
    const viaPlace = art('https://x.test/place', [moscow]);
    const viaPerson = art('https://x.test/person', [peskov]);
    const df = new Map([
      [moscow.id, 5],
      [peskov.id, 5],
    ]);
    const out = rankRelated({ url: null, cast: [moscow, peskov], candidates: [viaPlace, viaPerson], df, total: 50 });
    expect(out.map((r) => r.url)).toEqual(['https://x.test/person', 'https://x.test/place']);
  });

  it('more shared entities score higher than fewer, other things equal', () => {
    const one = art('https://x.test/1', [peskov]);
    const two = art('https://x.test/2', [peskov, kremlin]);
    const df = new Map([
      [peskov.id, 3],
      [kremlin.id, 3],
    ]);
    const out = rankRelated({ url: null, cast: [peskov, kremlin], candidates: [one, two], df, total: 10 });
    expect(out[0].url).toBe('https://x.test/2');
  });

  it('recency breaks ties (published date, else saved time)', () => {
    const old = art('https://x.test/old', [peskov], {
      publishedAt: '2023-01-01T00:00:00Z',
      title: 'Old story about talks',
    });
    const fresh = art('https://x.test/new', [peskov], {
      publishedAt: '2024-01-01T00:00:00Z',
      title: 'New story about talks',
    });
    const savedLate = art('https://x.test/saved', [peskov], {
      publishedAt: null,
      savedAt: Date.parse('2025-01-01'),
      title: 'Third story, no date',
    });
    const df = new Map([[peskov.id, 3]]);
    const out = rankRelated({ url: null, cast: [peskov], candidates: [old, fresh, savedLate], df, total: 3 });
    expect(out.map((r) => r.url)).toEqual(['https://x.test/saved', 'https://x.test/new', 'https://x.test/old']);
    expect(out[0].score).toBe(out[2].score);
  });

  it('excludes the open article, ignoring www., trailing slash, query and fragment', () => {
    const self = art('https://www.news.test/story/1/?utm_source=x#top', [peskov], {
      title: 'Kremlin says no date for a visit',
    });
    const other = art('https://news.test/story/2', [peskov], { title: 'A different story entirely' });
    const out = rankRelated({
      url: 'https://news.test/story/1',
      cast: [peskov],
      candidates: [self, other],
      df: new Map([[peskov.id, 2]]),
      total: 2,
    });
    expect(out.map((r) => r.url)).toEqual(['https://news.test/story/2']);
  });

  it('urlKey ignores www., trailing slash, query and fragment but not the path', () => {
    expect(urlKey('https://www.A.test/x/y/?q=1#h')).toBe(urlKey('https://a.test/x/y'));
    expect(urlKey('http://a.test/x/y/')).toBe(urlKey('https://a.test/x/y'));
    expect(urlKey('https://a.test/x/y')).not.toBe(urlKey('https://a.test/x/z'));
    expect(urlKey('not a url')).toBe('not a url');
  });

  it('folds syndicated copies with the same title into one result (the best ranked)', () => {
    const title = 'Kremlin says Putin has no plans yet for Pyongyang trip';
    const ap = art('https://ap.test/1', [peskov, kremlin], { title, site: 'AP' });
    const copy1 = art('https://paper1.test/x', [peskov], { title: `${title}.`, site: 'Paper 1' });
    const copy2 = art('https://paper2.test/y', [peskov], { title: title.toUpperCase(), site: 'Paper 2' });
    const other = art('https://z.test/q', [peskov], { title: 'Peskov dismisses sanctions talk' });
    const df = new Map([
      [peskov.id, 4],
      [kremlin.id, 4],
    ]);
    const out = rankRelated({
      url: null,
      cast: [peskov, kremlin],
      candidates: [copy1, ap, copy2, other],
      df,
      total: 4,
    });
    expect(out.map((r) => r.url)).toEqual(['https://ap.test/1', 'https://z.test/q']);
  });

  it('excludes a syndicated copy of the open article itself', () => {
    const title = 'Kremlin says Putin has no plans yet for Pyongyang trip';
    const copy = art('https://paper1.test/x', [peskov], { title });
    const out = rankRelated({
      url: 'https://ap.test/1',
      title,
      cast: [peskov],
      candidates: [copy],
      df: new Map([[peskov.id, 1]]),
      total: 1,
    });
    expect(out).toEqual([]);
  });

  it('lists the shared names as reasons, strongest first, with the role they had in the saved article', () => {
    const saved = art('https://x.test/a', [
      { ...moscow, count: 9 },
      { ...peskov, role: 'Kremlin spokesman' },
      c('Unrelated Person', 'person'),
    ]);
    const out = rankRelated({
      url: null,
      cast: [peskov, moscow, russia],
      candidates: [saved],
      df: new Map([
        [peskov.id, 1],
        [moscow.id, 1],
      ]),
      total: 10,
    });
    expect(out).toHaveLength(1);
    expect(out[0].shared).toEqual([
      { id: peskov.id, name: 'Dmitry Peskov', type: 'person', role: 'Kremlin spokesman' },
      { id: moscow.id, name: 'Moscow', type: 'place', role: null },
    ]);
  });

  it('drops candidates sharing nothing and honours the limit', () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      art(`https://x.test/${i}`, [peskov], { title: `Story number ${i} about things` }),
    );
    const none = art('https://x.test/none', [c('Someone Else', 'person')]);
    const out = rankRelated({
      url: null,
      cast: [peskov],
      candidates: [none, ...many],
      df: new Map([[peskov.id, 15]]),
      total: 16,
      limit: 5,
    });
    expect(out).toHaveLength(5);
    expect(out.some((r) => r.url.endsWith('/none'))).toBe(false);
  });
});

describe('rankRelated: one story, many copies', () => {
  const df = new Map([
    [peskov.id, 5],
    [kremlin.id, 5],
  ]);
  const wire =
    'MOSCOW (Reuters) - The Kremlin said on Tuesday that President Vladimir Putin had no immediate plans to travel to North Korea, although an invitation from Kim Jong Un remained on the table and dates would be agreed through diplomatic channels.';

  it('folds re-headlined copies of one wire story (same opening text) into the best-ranked, listing the others', () => {
    const a = art('https://reuters.test/1', [peskov, kremlin], {
      title: 'Kremlin: no immediate Putin trip to North Korea',
      excerpt: wire,
      site: 'Reuters',
    });
    const b = art('https://paper.test/2', [peskov], {
      title: 'Putin not heading to Pyongyang soon, says Moscow',
      excerpt: wire,
      site: 'Paper',
    });
    const other = art('https://other.test/3', [peskov], {
      title: 'Peskov dismisses sanctions',
      excerpt:
        'The Kremlin spokesman on Monday called new European sanctions illegitimate and said Russia would respond in its own interests at a time of its choosing.',
    });
    const out = rankRelated({ url: null, cast: [peskov, kremlin], candidates: [b, other, a], df, total: 20 });
    expect(out.map((r) => r.url)).toEqual(['https://reuters.test/1', 'https://other.test/3']);
    expect(out[0].alsoAt).toEqual([{ url: 'https://paper.test/2', site: 'Paper' }]);
    expect(out[1].alsoAt).toBeUndefined();
  });

  it('folds near-identical titles (a word changed) but not merely similar ones', () => {
    const a = art('https://a.test/1', [peskov], { title: 'Kremlin says Putin has no plans yet for Pyongyang trip' });
    const b = art('https://b.test/1', [peskov], { title: 'Kremlin says Putin has no plans for Pyongyang trip' });
    const c2 = art('https://c.test/1', [peskov], { title: 'Kremlin says Putin will visit Pyongyang in June' });
    const out = rankRelated({ url: null, cast: [peskov], candidates: [a, b, c2], df, total: 20 });
    expect(out).toHaveLength(2);
    expect(out.map((r) => r.url)).toContain('https://c.test/1');
  });

  it("leaves out copies of the open article itself found at another outlet's URL", () => {
    const copy = art('https://elsewhere.test/x', [peskov], { title: 'A headline of their own', excerpt: wire });
    const other = art('https://other.test/y', [peskov], { title: 'Unrelated Peskov story' });
    const out = rankRelated({
      url: 'https://reuters.test/open',
      title: 'Kremlin: no immediate Putin trip to North Korea',
      excerpt: wire,
      cast: [peskov],
      candidates: [copy, other],
      df,
      total: 20,
    });
    expect(out.map((r) => r.url)).toEqual(['https://other.test/y']);
  });

  it('each reason carries the role the shared person had in that article', () => {
    const a = art('https://a.test/1', [{ ...peskov, role: 'presidential press secretary' }]);
    const out = rankRelated({ url: null, cast: [peskov], candidates: [a], df, total: 20 });
    expect(out[0].shared).toEqual([
      { id: peskov.id, name: 'Dmitry Peskov', type: 'person', role: 'presidential press secretary' },
    ]);
  });
});

describe('preselect (scores from mention rows, before reading articles)', () => {
  it('keeps the k articles rankRelated would rank best, newer first on ties', () => {
    const rare = c('Rare Minister', 'person');
    const common = c('Bigland', 'place');
    const df = new Map([
      [rare.id, 2],
      [common.id, 90],
    ]);
    const hits = new Map([
      ['https://x.test/common-old', { ids: [common.id], date: 1 }],
      ['https://x.test/rare', { ids: [rare.id], date: 1 }],
      ['https://x.test/both', { ids: [rare.id, common.id], date: 1 }],
      ['https://x.test/common-new', { ids: [common.id], date: 2 }],
    ]);
    expect(preselect([rare, common], hits, df, 100, 3)).toEqual([
      'https://x.test/both',
      'https://x.test/rare',
      'https://x.test/common-new',
    ]);
  });
});
