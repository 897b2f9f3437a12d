// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateDocument, annotateText, type Annotation } from '../../utils/annotate';
import { toRange } from '../../utils/highlight/textRange';
import { seedPageHtml, seedText } from '../../scripts/lib/seedPage';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = join(ROOT, '../shared/data/readability-pages');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');
const realPage = (name: string) => gunzipSync(readFileSync(join(PAGES, name, 'source.html.gz'))).toString('utf8');

const windows: Window[] = [];
/** A page loaded in its own happy-dom window (Ranges work there, unlike DOMParser documents). */
function load(html: string, url = 'https://news.example.test/2024/01/24/story-about-things-here.html'): Document {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(win);
  win.document.write(html);
  return win.document as unknown as Document;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
const serialize = (doc: Document) =>
  (doc.documentElement ? doc.documentElement.outerHTML : '') + '|' + doc.childNodes.length;

function expectLiveMentions(ann: Annotation) {
  expect(ann.isArticle).toBe(true);
  expect(ann.map).not.toBeNull();
  expect(ann.map!.text).toBe(ann.article!.text);
  let n = 0;
  for (const e of ann.entities)
    for (const m of e.mentions) {
      const r = toRange(ann.map!, m.start, m.end);
      expect(r, `${e.name} @${m.start}`).not.toBeNull();
      expect(r!.toString(), `${e.name} @${m.start}`).toBe(m.text);
      n++;
    }
  return n;
}

describe('annotateDocument: mentions map to the live page', () => {
  it('seed page: every mention is the page text at its range', () => {
    const doc = load(seedPageHtml());
    const ann = annotateDocument(doc);
    expect(expectLiveMentions(ann)).toBeGreaterThan(30);
    expect(ann.entities.some((e) => e.name === 'John Kirby')).toBe(true);
  });

  it('the mapped text nodes are the page’s own, not a clone’s', () => {
    const doc = load(seedPageHtml());
    const ann = annotateDocument(doc);
    const kirby = ann.entities.find((e) => e.name === 'John Kirby')!;
    const r = toRange(ann.map!, kirby.mentions[0].start, kirby.mentions[0].end)!;
    expect(doc.body.contains(r.startContainer)).toBe(true);
    expect(r.startContainer.ownerDocument).toBe(doc);
  });

  it('a second fixture article maps too', () => {
    expect(expectLiveMentions(annotateDocument(load(fixture('peskov-putin-visit.html'))))).toBeGreaterThan(3);
  });

  it.each(['bbc-1', 'guardian-1'])('real page %s maps every mention', (name) => {
    expect(expectLiveMentions(annotateDocument(load(realPage(name))))).toBeGreaterThan(0);
  });

  it('real page nytimes-1 maps every mention when annotation is forced', () => {
    expect(expectLiveMentions(annotateDocument(load(realPage('nytimes-1')), { force: true }))).toBeGreaterThan(5);
  });

  it('does not change the page', () => {
    const doc = load(seedPageHtml());
    const before = serialize(doc);
    annotateDocument(doc);
    expect(serialize(doc)).toBe(before);
  });

  it('a non-article gets nothing, even with a recognizer ready', () => {
    const rec = vi.fn(() => []);
    const ann = annotateDocument(load(fixture('section-front.html'), 'https://news.example.test/world'), {
      recognizer: rec,
    });
    expect(ann).toMatchObject({ isArticle: false, article: null, entities: [], map: null });
    expect(rec).not.toHaveBeenCalled();
  });
});

describe('annotateText', () => {
  it('keeps the text exactly and offsets index it', () => {
    const text = seedText();
    const ann = annotateText(text);
    expect(ann.article!.text).toBe(text);
    expect(ann.map).toBeNull();
    for (const e of ann.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('bad input', () => {
  const both: [string, (h: string) => Document][] = [
    ['happy-dom', (h) => load(h)],
    ['linkedom', linkedom],
  ];

  for (const [engine, make] of both) {
    it(`${engine}: a page with no body`, () => {
      const doc = make(
        '<!doctype html><html><head><title>No body here</title><meta property="og:type" content="article"></head></html>',
      );
      if (doc.body) doc.documentElement.removeChild(doc.body);
      const before = serialize(doc);
      let ann: Annotation | undefined;
      expect(() => (ann = annotateDocument(doc))).not.toThrow();
      expect(ann!.isArticle).toBe(false);
      expect(serialize(doc)).toBe(before);
    });

    it(`${engine}: a document with no root element at all`, () => {
      const doc = make('<p>x</p>');
      while (doc.firstChild) doc.removeChild(doc.firstChild);
      expect(() => annotateDocument(doc)).not.toThrow();
      expect(annotateDocument(doc).isArticle).toBe(false);
    });

    it(`${engine}: a frameset page`, () => {
      const doc = make(
        '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      );
      const before = serialize(doc);
      expect(() => annotateDocument(doc)).not.toThrow();
      expect(serialize(doc)).toBe(before);
    });

    it(`${engine}: a title, og:title and JSON-LD headline containing markup`, () => {
      const evil = '<img src=x onerror=alert(1)>';
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
      const html = seedPageHtml()
        .replace(/<title>[^<]*<\/title>/, `<title>Breaking ${evil} news</title>`)
        .replace(/(<meta property="og:title" content=")[^"]*/, `$1Breaking ${esc(evil)} news`)
        .replace(/"headline":"[^"]*"/, `"headline":"Breaking ${evil} news"`)
        .replace(/<h1>[^<]*<\/h1>/, `<h1>Breaking ${esc(evil)} news</h1>`);
      const doc = make(html);
      const imgs = doc.querySelectorAll('img').length;
      const before = serialize(doc);
      let ann: Annotation | undefined;
      expect(() => (ann = annotateDocument(doc))).not.toThrow();
      expect(serialize(doc)).toBe(before);
      expect(doc.querySelectorAll('img').length).toBe(imgs);
      // The title is data: the markup comes back as plain characters.
      expect(ann!.isArticle).toBe(true);
      expect(ann!.article!.title).toBe(`Breaking ${evil} news`);
    });
  }

  it('happy-dom: markup in the title never runs', () => {
    const win = new Window({ url: 'https://news.example.test/a' });
    windows.push(win);
    const alert = vi.fn();
    (win as unknown as { alert: typeof alert }).alert = alert;
    win.document.write(
      seedPageHtml()
        .replace(/<title>[^<]*<\/title>/, '<title>x <img src=x onerror=alert(1)></title>')
        .replace(/"headline":"[^"]*"/, '"headline":"<img src=x onerror=alert(1)>"'),
    );
    annotateDocument(win.document as unknown as Document);
    expect(alert).not.toHaveBeenCalled();
  });

  // A long article page: thousands of paragraphs. (The timeout only bounds the run; a correct,
  // linear pipeline takes seconds here.)
  it('linkedom: a 5 MB page does not throw and is unchanged', { timeout: 120_000 }, () => {
    const paras = seedText()
      .split('\n')
      .filter((l) => l.length > 80)
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const chunks: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const c = `<div class="block-${i}"><h2><a href="/s/${i}">Section ${i}</a></h2>${paras.join('\n')}<ul><li>item</li><li>item two</li></ul></div>\n`;
      chunks.push(c);
      size += c.length;
    }
    const html = seedPageHtml().replace('</article>', `</article>${chunks.join('')}`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = linkedom(html);
    const before = serialize(doc);
    expect(() => annotateDocument(doc)).not.toThrow();
    expect(serialize(doc)).toBe(before);
  });

  it('linkedom: a 5 MB single paragraph does not throw', { timeout: 300_000 }, () => {
    const body = (seedText().replace(/\s+/g, ' ').replace(/</g, '&lt;') + ' ').repeat(1500);
    expect(body.length).toBeGreaterThan(5_000_000);
    const doc = linkedom(
      `<!doctype html><html><head><title>Huge</title><meta property="og:type" content="article"></head><body><article><p>${body}</p></article></body></html>`,
    );
    const before = serialize(doc);
    let ann: Annotation | undefined;
    expect(() => (ann = annotateDocument(doc))).not.toThrow();
    expect(serialize(doc)).toBe(before);
    for (const e of ann!.entities)
      for (const m of e.mentions.slice(0, 5)) expect(ann!.article!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('linkedom: a very deeply nested page does not overflow the stack', { timeout: 120_000 }, () => {
    const depth = 20_000;
    const para = `<p>${
      seedText()
        .split('\n')
        .filter((l) => l.length > 200)[0]
    }</p>`;
    const html = `<!doctype html><html><head><title>Deep</title><meta property="og:type" content="article"></head><body>${'<div>'.repeat(depth)}${para.repeat(5)}${'</div>'.repeat(depth)}</body></html>`;
    const doc = linkedom(html);
    expect(() => annotateDocument(doc)).not.toThrow();
  });
  // Issue 5: 10 MB of markup, deeply nested tables, broken JSON-LD, bad dates.
  it('linkedom: 10 MB of tables nested 200 deep is a clear no, even when forced', { timeout: 300_000 }, () => {
    const para = `<p>${
      seedText()
        .split('\n')
        .filter((l) => l.length > 200)[0]
    }</p>`;
    const unit = `${'<table><tr><td>'.repeat(200)}${para}${'</td></tr></table>'.repeat(200)}\n`;
    const html = `<!doctype html><html><head><title>Tables</title><meta property="og:type" content="article"></head><body>${unit.repeat(Math.ceil(10_000_000 / unit.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = linkedom(html);
    for (const force of [false, true]) {
      let ann: Annotation | undefined;
      expect(() => (ann = annotateDocument(doc, { force }))).not.toThrow();
      expect(ann!.isArticle).toBe(false);
      expect(ann!.entities).toEqual([]);
      expect(ann!.detection.reasons.join('; ')).toMatch(/nested|too large/);
    }
  });

  it('linkedom: 10 MB of small elements is a clear no, not a hang', { timeout: 300_000 }, () => {
    const row = '<div class="c"><span>a</span><b>b</b></div>';
    const html = `<!doctype html><html><head><title>Markup</title><meta property="og:type" content="article"></head><body><article><p>${seedText().slice(0, 2000)}</p></article>${row.repeat(Math.ceil(10_000_000 / row.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = linkedom(html);
    let ann: Annotation | undefined;
    expect(() => (ann = annotateDocument(doc, { force: true }))).not.toThrow();
    expect(ann!.isArticle).toBe(false);
    expect(ann!.detection.reasons.join('; ')).toMatch(/too large/);
  });

  it('linkedom: broken JSON-LD and a future date give an article with a null date', () => {
    const html = seedPageHtml()
      .replace(
        /<script type="application\/ld\+json">/,
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>$&',
      )
      .replace(/"datePublished":"[^"]*"/g, '"datePublished":"2999-01-01T00:00:00+00:00"')
      .replace(/(<meta property="article:published_time" content=")[^"]*/g, '$12999-01-01T00:00:00Z')
      .replace(/(<time[^>]*datetime=")[^"]*/g, '$1not a date');
    const doc = linkedom(html);
    let ann: Annotation | undefined;
    expect(() => (ann = annotateDocument(doc))).not.toThrow();
    expect(ann!.isArticle).toBe(true);
    expect(ann!.article!.publishedAt).toBeNull();
    expect(ann!.article!.title.length).toBeGreaterThan(10);
  });
});
