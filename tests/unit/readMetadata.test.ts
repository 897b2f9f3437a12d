import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline, isoDate, readMetadata } from '../../utils/extract/readMetadata';

const NOW = Date.parse('2026-11-28T00:00:00Z');
const doc = (head: string, body = '<p>x</p>', lang = 'en') =>
  parseHTML(`<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('isoDate: ISO 8601 with the page timezone kept', () => {
  it('keeps an explicit offset', () => {
    expect(isoDate('2024-01-24T09:12:00+09:00', NOW)).toBe('2024-01-24T09:12:00+09:00');
    expect(isoDate('2017-01-18T23:00:00-0800', NOW)).toBe('2017-01-18T23:00:00-08:00');
    expect(isoDate('2017-11-16T14:15+0000', NOW)).toBe('2017-11-16T14:15:00+00:00');
  });
  it('keeps Z and milliseconds', () => {
    expect(isoDate('2019-02-21T08:00:08.000Z', NOW)).toBe('2019-02-21T08:00:08.000Z');
  });
  it('a date without a time stays a calendar date; a time without a zone stays local', () => {
    expect(isoDate('2013-09-29', NOW)).toBe('2013-09-29');
    expect(isoDate('2016-02-01 01:28:49', NOW)).toBe('2016-02-01T01:28:49');
  });
  it('names a zone → UTC instant', () => {
    expect(isoDate('Wed, 24 Jan 2024 00:12:00 GMT', NOW)).toBe('2024-01-24T00:12:00.000Z');
  });
  it('future, ancient, unparseable and impossible dates are null', () => {
    expect(isoDate('2031-05-01T10:00:00Z', NOW)).toBeNull();
    expect(isoDate('1970-01-01T00:00:00Z', NOW)).toBeNull();
    expect(isoDate('last Tuesday-ish', NOW)).toBeNull();
    expect(isoDate('2024-13-45', NOW)).toBeNull();
    expect(isoDate('', NOW)).toBeNull();
    expect(isoDate(null, NOW)).toBeNull();
  });
});

describe('cleanByline: names only', () => {
  it('drops "By" and its translations', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('By\n\t\t\tScott Cunningham')).toBe('Scott Cunningham');
    expect(cleanByline('Par Sébastien Farcis')).toBe('Sébastien Farcis');
  });
  it('drops dates, times and update notes', () => {
    expect(cleanByline('By Nathan Willis\n   March 25, 2015')).toBe('Nathan Willis');
    expect(cleanByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(cleanByline('By GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Written by Rob Ewaschuk Edited by Betsy Beyer')).toBe('Rob Ewaschuk');
  });
  it('a "byline" that is only a date is no byline', () => {
    expect(cleanByline('Last Updated: January 7, 2025')).toBeNull();
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(cleanByline('   ')).toBeNull();
  });
});

describe('readMetadata', () => {
  it('reads JSON-LD (in @graph) before OpenGraph: authors, dates with offsets, image, publisher', () => {
    const m = readMetadata(
      doc(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Example Site' },
            {
              '@type': 'NewsArticle',
              headline: 'Budget passes',
              author: [
                { '@type': 'Person', name: 'Ana Diaz' },
                { '@type': 'Person', name: 'Bo Lee' },
              ],
              datePublished: '2024-03-04T10:00:00+01:00',
              dateModified: '2024-03-05T08:30:00+01:00',
              image: { '@type': 'ImageObject', url: 'https://cdn.example/lead.jpg' },
              publisher: { '@type': 'Organization', name: 'Example News' },
            },
          ],
        }) + '<meta property="og:title" content="Budget passes">',
      ),
      {},
      { now: NOW },
    );
    expect(m.title).toBe('Budget passes');
    expect(m.byline).toBe('Ana Diaz, Bo Lee');
    expect(m.publishedAt).toBe('2024-03-04T10:00:00+01:00');
    expect(m.modifiedAt).toBe('2024-03-05T08:30:00+01:00');
    expect(m.image).toBe('https://cdn.example/lead.jpg');
    expect(m.site).toBe('Example News');
  });

  it('falls back to meta tags when JSON-LD is broken', () => {
    const m = readMetadata(
      doc(
        '<script type="application/ld+json">{"@type":"NewsArticle",</script>' +
          '<meta property="og:title" content="Storm hits coast | Daily Example">' +
          '<meta property="og:site_name" content="Daily Example - All the news, all day">' +
          '<meta name="author" content="By Sam Park">' +
          '<meta property="article:published_time" content="2023-08-01T06:00:00-04:00">' +
          '<meta property="article:modified_time" content="not a date">' +
          '<meta property="og:locale" content="en_GB">' +
          '<meta property="og:image" content="/img/storm.jpg">' +
          '<link rel="canonical" href="/2023/08/01/storm-hits-coast">',
        '<p>x</p>',
        '',
      ),
      { url: 'https://daily.example/amp/storm' },
      { now: NOW },
    );
    expect(m.title).toBe('Storm hits coast');
    expect(m.site).toBe('Daily Example');
    expect(m.byline).toBe('Sam Park');
    expect(m.publishedAt).toBe('2023-08-01T06:00:00-04:00');
    expect(m.modifiedAt).toBeNull();
    expect(m.lang).toBe('en-GB');
  });

  it('resolves canonical and image URLs against the page and refuses non-http ones', () => {
    const { document } = parseHTML(
      '<!doctype html><html><head><base href="https://daily.example/news/"><link rel="canonical" href="story-1"><meta property="og:image" content="javascript:alert(1)"></head><body></body></html>',
    );
    const m = readMetadata(document as unknown as Document, {}, { now: NOW });
    expect(m.url).toBe('https://daily.example/news/story-1');
    expect(m.image).toBeNull();
  });

  it('a published date in the future is null, not trusted', () => {
    const m = readMetadata(
      doc('<meta property="article:published_time" content="2099-01-01T00:00:00Z">'),
      {},
      { now: NOW },
    );
    expect(m.publishedAt).toBeNull();
  });

  it('a byline that Readability made of a date is dropped', () => {
    const m = readMetadata(doc(''), { byline: 'Last Updated: January 7, 2025' }, { now: NOW });
    expect(m.byline).toBeNull();
  });

  it('language comes from <html lang>, normalised', () => {
    expect(readMetadata(doc('', '<p>x</p>', 'de_AT')).lang).toBe('de-AT');
    expect(readMetadata(doc('', '<p>x</p>', 'FR')).lang).toBe('fr');
  });
});
