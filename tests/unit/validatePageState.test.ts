import { describe, expect, it } from 'vitest';
import { validatePageState } from '../../utils/background/validatePageState';

const good = () => ({
  pageUrl: 'https://example.com/news/1',
  isArticle: true,
  detection: { isArticle: true, confidence: 0.9, reasons: ['og:type=article'] },
  article: {
    url: 'https://example.com/news/1',
    title: 'A title',
    byline: 'A. Writer',
    site: 'Example',
    publishedAt: '2024-01-24T09:12:00+09:00',
    lang: 'en',
    excerpt: 'Text',
    text: 'Text of the article',
  },
  cast: [
    { id: 'person:john-kirby', name: 'John Kirby', type: 'person', role: 'coordinator', official: true, count: 3 },
  ],
});

describe('validatePageState', () => {
  it('passes a well-formed report through', () => {
    const v = validatePageState(good());
    expect(v.pageUrl).toBe('https://example.com/news/1');
    expect(v.article?.title).toBe('A title');
    expect(v.cast[0]).toMatchObject({ id: 'person:john-kirby', name: 'John Kirby', type: 'person', count: 3 });
  });

  it.each([
    ['not an object', 'nope'],
    ['no page URL', { ...good(), pageUrl: undefined }],
    ['a javascript: page URL', { ...good(), pageUrl: 'javascript:alert(1)' }],
    ['a cast that is not a list', { ...good(), cast: 'x' }],
    ['an unknown entity type', { ...good(), cast: [{ ...good().cast[0], type: 'alien' }] }],
    ['a cast entry without a name', { ...good(), cast: [{ ...good().cast[0], name: '' }] }],
    ['a huge cast', { ...good(), cast: Array.from({ length: 5000 }, () => good().cast[0]) }],
  ])('refuses %s', (_what, input) => {
    expect(() => validatePageState(input)).toThrow();
  });

  it('drops a javascript: canonical URL (no such link can reach the library)', () => {
    const v = validatePageState({ ...good(), article: { ...good().article, url: 'javascript:alert(1)' } });
    expect(v.article?.url).toBeNull();
  });

  it('bounds strings and drops fields it does not know', () => {
    const v = validatePageState({
      ...good(),
      evil: 'x',
      article: { ...good().article, title: 'x'.repeat(100_000), text: 'y'.repeat(1_000_000) },
    });
    expect(v.article!.title.length).toBeLessThanOrEqual(1000);
    expect(v.article!.text!.length).toBeLessThanOrEqual(250_000);
    expect('evil' in v).toBe(false);
  });
});
