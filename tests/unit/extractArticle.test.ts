import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { editableTest, extractArticle } from '../../utils/extract/extractArticle';
import { annotateDocument } from '../../utils/annotate';
import { pageShape } from '../../utils/detect/pageShape';
import { seedPageHtml, seedText } from '../../scripts/lib/seedPage';
import { SENTENCES } from './helpers/newsProse';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = join(ROOT, '../shared/data/readability-pages');

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');
const realPage = (name: string) => gunzipSync(readFileSync(join(PAGES, name, 'source.html.gz'))).toString('utf8');
const expected = (name: string) =>
  JSON.parse(readFileSync(join(PAGES, name, 'expected-metadata.json'), 'utf8')) as {
    title: string;
    byline: string | null;
    siteName: string | null;
    publishedTime: string | null;
  };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The seed article's own paragraphs: between the repeated photo caption and "MOST POPULAR". */
function seedParagraphs(): string[] {
  const lines = seedText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const caption = lines[2];
  return lines.slice(lines.indexOf(caption, 3) + 1, lines.indexOf('MOST POPULAR'));
}

describe('extractArticle on the seed page', () => {
  const html = seedPageHtml();

  it('finds the article and its metadata', () => {
    const doc = parse(html);
    const ex = extractArticle(doc);
    expect(ex).not.toBeNull();
    const a = ex!.article;
    expect(a.title).toBe("US maintains 'appropriate' defense posture against NK threats: White House official");
    expect(a.byline).toBe('Song Sang-ho');
    expect(a.site).toBe('Yonhap News Agency');
    // Issue 5: the page's timezone is kept (09:12 in Seoul, +09:00), and it is the same instant as 00:12 UTC.
    expect(a.publishedAt).toBe('2024-01-24T09:12:00+09:00');
    expect(Date.parse(a.publishedAt!)).toBe(Date.parse('2024-01-24T00:12:00Z'));
    expect(a.lang).toBe('en');
  });

  it('leaves the byline line out of the body (its author is no one in the story)', () => {
    const a = extractArticle(parse(html))!.article;
    expect(a.text).not.toContain('By Song Sang-ho');
    expect(a.text.startsWith('This photo shows John Kirby')).toBe(true);
  });

  it('has every article paragraph in the body text and none of the site chrome', () => {
    const a = extractArticle(parse(html))!.article;
    const body = squash(a.text);
    const paras = seedParagraphs();
    expect(paras.length).toBeGreaterThan(8);
    for (const p of paras) expect(body).toContain(squash(p));
    expect(a.text).not.toContain('MOST POPULAR');
    expect(a.text).not.toContain('LATEST NEWS');
    expect(a.text).not.toContain('Back To Top');
    expect(a.text).not.toContain('Samsung unveils new phone');
  });

  it('keeps paragraphs apart in the text', () => {
    const a = extractArticle(parse(html))!.article;
    const [p1, p2] = seedParagraphs();
    expect(a.text).toContain(`${p1}\n\n${p2}`);
  });

  it('does not change the document', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('annotateDocument calls it an article', () => {
    const ann = annotateDocument(parse(html));
    expect(ann.isArticle).toBe(true);
    expect(ann.article!.byline).toBe('Song Sang-ho');
    expect(ann.entities.length).toBeGreaterThan(0);
  });

  it('resolves the canonical URL against the page URL', () => {
    const doc = parseHTML(html.replace('<head>', '<head><base href="https://en.yna.co.kr/">'))
      .document as unknown as Document;
    const a = extractArticle(doc)!.article;
    expect(a.url).toBe('https://en.yna.co.kr/news/2024/01/24/us-defense-posture-nk-threats.html');
  });
});

describe('non-articles', () => {
  it('a section front of teasers is not an article', () => {
    const ann = annotateDocument(parse(fixture('section-front.html')));
    expect(ann.isArticle).toBe(false);
    expect(ann.entities).toEqual([]);
    expect(ann.article).toBeNull();
  });

  it("a product landing page (readability's mozilla-2) is not an article", () => {
    const ann = annotateDocument(parse(realPage('mozilla-2')));
    expect(ann.isArticle).toBe(false);
    expect(ann.entities).toEqual([]);
  });
});

describe('real news pages (Readability test pages)', () => {
  for (const name of ['bbc-1', 'cnn', 'nytimes-1', 'guardian-1']) {
    it(`${name}: extracts the body and the expected title`, () => {
      const want = expected(name);
      const ex = extractArticle(parse(realPage(name)));
      expect(ex, `${name} body`).not.toBeNull();
      expect(ex!.article.title).toBe(want.title);
      expect(ex!.article.text.length).toBeGreaterThan(1000);
      if (want.byline) expect(ex!.article.byline).toBe(want.byline);
      // Same instant; the page's own offset is kept (issue 5), so compare instants, not strings.
      if (want.publishedTime) expect(Date.parse(ex!.article.publishedAt!)).toBe(Date.parse(want.publishedTime));
    });

    it(`${name}: is detected as an article`, () => {
      const ann = annotateDocument(parse(realPage(name)));
      expect(ann.isArticle, ann.detection.reasons.join(', ')).toBe(true);
      expect(ann.article!.title).toBe(expected(name).title);
    });
  }
});

describe('extractArticle maps text to live nodes', () => {
  it('every segment node belongs to the original document', () => {
    const doc = parse(seedPageHtml());
    const ex = extractArticle(doc)!;
    for (const s of ex.map.segments) expect(doc.documentElement.contains(s.node)).toBe(true);
  });

  it('a document without a root element gives null', () => {
    const doc = parse('');
    if (doc.documentElement) doc.removeChild(doc.documentElement);
    expect(extractArticle(doc)).toBeNull();
  });
});

describe('extractArticle maps Readability re-parsed bodies back to the live page (issue 5)', () => {
  // Pages where Readability's retry passes re-parse the page from HTML, so the
  // body's nodes are new ones, some with trimmed or cut text: the map must still
  // point at live nodes, character for character.
  const BENCH = join(ROOT, '../shared/data/article-extraction-benchmark');
  const benchPage = (prefix: string) => {
    const f = readdirSync(join(BENCH, 'html')).find((x) => x.startsWith(prefix))!;
    return gunzipSync(readFileSync(join(BENCH, 'html', f))).toString('utf8');
  };
  for (const [id, phrase] of [
    ['4219d096902d', 'recipe will have you spreading Yuletide cheer'],
    ['0e014df693f1', 'This shop has been compensated by #CollectiveBias'],
    ['098bb3e96c0a', ''],
  ] as const) {
    it(`${id}: every mapped character is the live node's character`, () => {
      const doc = parse(benchPage(id));
      const ex = extractArticle(doc)!;
      expect(ex).not.toBeNull();
      if (phrase) expect(ex.article.text).toContain(phrase);
      expect(ex.map.segments.length).toBeGreaterThan(5);
      for (const s of ex.map.segments) {
        expect(doc.documentElement.contains(s.node)).toBe(true);
        for (let k = 0; k < s.end - s.start; k++) {
          const raw = s.raw ? s.raw[k] : k;
          const want = ex.map.text[s.start + k];
          const got = s.node.data[raw];
          // Collapsed whitespace maps to one whitespace character.
          if (want === ' ') expect(/\s|\u200b/.test(got)).toBe(true);
          else expect(got).toBe(want);
        }
      }
    });
  }
});

describe('extractArticle leaves text the reader can edit out of the body', () => {
  it('editableTest answers as closest(\'[contenteditable]:not([contenteditable="false"]), input, textarea, select\') does', () => {
    const doc = parse(
      '<!doctype html><html><body><div id="a"><p>x<b>y</b></p></div>' +
        '<div contenteditable=""><p><i>e</i></p><p contenteditable="false"><span>f</span></p></div>' +
        '<section contenteditable="false"><p>g</p><div contenteditable="true"><em>h</em></div></section>' +
        '<form><select><option>o</option></select><textarea>t</textarea><label>l</label></form>' +
        '<div contenteditable="plaintext-only"><u>p</u></div></body></html>',
    );
    const editable = editableTest();
    const all = Array.from(doc.querySelectorAll('body *'));
    // Asked in document order and in reverse, so answers remembered from either side are exercised.
    for (const order of [all, [...all].reverse()]) {
      const fresh = editableTest();
      for (const el of order) {
        const want = !!el.closest('[contenteditable]:not([contenteditable="false"]), input, textarea, select');
        expect(fresh(el), el.outerHTML).toBe(want);
        expect(editable(el), el.outerHTML).toBe(want);
      }
    }
    expect(all.filter((el) => editable(el)).map((el) => el.tagName)).toEqual([
      'DIV',
      'P',
      'I',
      'P',
      'SPAN',
      'DIV',
      'EM',
      'SELECT',
      'OPTION',
      'TEXTAREA',
      'DIV',
      'U',
    ]);
  });

  it('skips a contenteditable region (a nested contenteditable="false" inside it too) and form fields', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of the story: the council met on Tuesday evening to vote on the harbour plan, and the debate ran late into the night as residents waited outside.</p>`;
    const html =
      '<!doctype html><html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>' +
      [1, 2, 3, 4, 5].map(para).join('') +
      '<div contenteditable="true"><p>Reader draft note that is long enough to be a paragraph of text in the body of the page.</p>' +
      '<p contenteditable="false">A part marked not editable, but still inside the editable region, so skipped too.</p></div>' +
      [6, 7].map(para).join('') +
      '</article></body></html>';
    const ex = extractArticle(parse(html));
    expect(ex).not.toBeNull();
    expect(ex!.article.text).toContain('Paragraph 1 of the story');
    expect(ex!.article.text).toContain('Paragraph 7 of the story');
    expect(ex!.article.text).not.toContain('Reader draft note');
    expect(ex!.article.text).not.toContain('still inside the editable region');
  });
});

describe('extraction reads only where the prose is (issue 5: Readability on the container, not the page)', () => {
  const para = (i: number) => `<p>${SENTENCES[i % 6]} ${SENTENCES[(i + 3) % 6]}</p>`;
  const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');
  const html = (body: string, head = '') =>
    `<!doctype html><html lang="en"><head><title>Budget cuts</title>${head}</head><body>${body}</body></html>`;

  /** Every character of the text is its live node's character (collapsed white space: any white space). */
  const expectLiveMap = (doc: Document, ex: NonNullable<ReturnType<typeof extractArticle>>) => {
    expect(ex.map.segments.length).toBeGreaterThan(0);
    for (const s of ex.map.segments) {
      expect(doc.documentElement.contains(s.node)).toBe(true);
      for (let k = 0; k < s.end - s.start; k++) {
        const got = s.node.data[s.raw ? s.raw[k] : k];
        const want = ex.map.text[s.start + k];
        if (want === ' ') expect(/\s/.test(got)).toBe(true);
        else expect(got).toBe(want);
      }
    }
  };

  it('a scope leaves out what is beside it, maps to the live page, and the page is unchanged', () => {
    // Two paragraphs before #part2 in the same parent: on the whole page Readability keeps them with the rest.
    const page = html(`<div id="story"><div id="part1">${paras(0, 2)}</div><div id="part2">${paras(2, 4)}</div></div>`);
    const whole = extractArticle(parse(page), null, { within: null })!;
    expect(whole.article.text).toContain(SENTENCES[0]);
    const doc = parse(page);
    const before = doc.documentElement.outerHTML;
    const ex = extractArticle(doc, null, { within: doc.getElementById('part2') })!;
    // #part2 holds paragraphs 2–5: sentences 2, 3, 4, 5 lead them (0 and 1 only follow as second sentences).
    expect(ex.article.text.startsWith(SENTENCES[2])).toBe(true);
    expect(ex.article.text.split('\n\n')).toHaveLength(4);
    expect(doc.documentElement.outerHTML).toBe(before);
    expectLiveMap(doc, ex);
  });

  it('a standfirst beside the paragraphs’ element is read as on the whole page (the scope is one level up)', () => {
    const standfirst =
      'Spending on roads falls by a fifth as the government tries to close the gap before the election next spring';
    const page = html(
      `<header><h1>Budget cuts</h1><nav><a href="/">Home</a></nav></header><main><div id="story"><p class="standfirst">${standfirst}</p><div id="text">${paras(0, 8)}</div></div></main>`,
    );
    const whole = extractArticle(parse(page), null, { within: null })!;
    expect(whole.article.text).toContain(standfirst);
    const doc = parse(page);
    const ex = extractArticle(doc)!;
    expect(ex.article.text).toBe(whole.article.text);
    expectLiveMap(doc, ex);
  });

  it('a scope where Readability finds under 300 characters sends it to the whole page', () => {
    const page = html(
      `<div id="notice"><p>We use cookies to improve this site.</p></div><main><div id="story">${paras(0, 5)}</div></main>`,
    );
    const doc = parse(page);
    const ex = extractArticle(doc, null, { within: doc.getElementById('notice') })!;
    for (const s of SENTENCES.slice(0, 5)) expect(ex.article.text).toContain(s);
    expect(ex.article.text).toBe(extractArticle(parse(page), null, { within: null })!.article.text);
    expectLiveMap(doc, ex);
  });

  it('a short post under long comments: the comments hold the prose, but Readability drops comments, so the whole page is read', () => {
    const comment = (i: number) =>
      `<li><p>Comment ${i}: thank you for this post, number ${i} of many, I have been following the budget debate closely here.</p></li>`;
    const doc = parse(
      html(
        `<div class="post-body">${paras(0, 2)}</div><ol id="c" class="comment-list">${Array.from({ length: 60 }, (_, i) => comment(i)).join('')}</ol>`,
      ),
    );
    // 60 comments of ~115 characters against two paragraphs of ~230: the list holds over 90% of the prose.
    expect(pageShape(doc.body).container?.id).toBe('c');
    const ex = extractArticle(doc)!;
    expect(ex.article.text).toContain(SENTENCES[0]);
    expect(ex.article.text).not.toContain('thank you for this post');
  });

  it('a byline outside the scope is still read, first in document order as on the whole page', () => {
    const story = `<div id="story">${paras(0, 6)}</div>`;
    const cases: [string, string][] = [
      [`<header><div class="byline">By Jane Doe</div></header>${story}`, 'Jane Doe'],
      [
        `<header><div class="byline">By Jane Doe</div></header><div id="story"><p class="author">Alex Smith</p>${paras(0, 6)}</div>`,
        'Jane Doe',
      ],
      [`${story}<div class="author-box">By Sam Lee</div>`, 'Sam Lee'],
    ];
    for (const [body, name] of cases) {
      const doc = parse(html(body));
      expect(pageShape(doc.body).container?.id).toBe('story');
      const ex = extractArticle(doc)!;
      expect(ex.article.byline).toBe(name);
      expect(extractArticle(parse(html(body)), null, { within: null })!.article.byline).toBe(name);
      expect(ex.article.text).not.toContain(name);
    }
  });

  it('in a browser-like DOM (happy-dom) the scoped copy maps to the live Text nodes too', () => {
    const w = new Window();
    w.document.write(
      html(
        `<header><h1>Budget cuts</h1><nav><a href="/">Home</a></nav></header><main><div id="story">${paras(0, 6)}</div></main>`,
      ),
    );
    const doc = w.document as unknown as Document;
    expect(pageShape(doc.body).container?.tagName).toBe('MAIN');
    const before = doc.documentElement.outerHTML;
    const ex = extractArticle(doc)!;
    expect(ex.article.text.split('\n\n')).toHaveLength(6);
    expect(doc.documentElement.outerHTML).toBe(before);
    expectLiveMap(doc, ex);
    for (const s of ex.map.segments) expect(s.node.ownerDocument).toBe(doc);
  });
});
