import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BODY_DECIDES, BODY_MAY_RESTORE, detectArticle } from '../../utils/detect/detectArticle';
import { confirmArticle } from '../../utils/detect/confirmArticle';
import { pageShape } from '../../utils/detect/pageShape';
import { squashedLength } from '../../utils/detect/squashedLength';
import { articleScope } from '../../utils/detect/articleScope';
import { extractArticle } from '../../utils/extract/extractArticle';
import { annotateDocument } from '../../utils/annotate';
import { readJsonLd, ldTypes } from '../../utils/extract/readJsonLd';
import { seedPageHtml } from '../../scripts/lib/seedPage';
import { SENTENCES } from './helpers/newsProse';

const ROOT = join(import.meta.dirname, '../..');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const noEntities = () => [];

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 3) % SENTENCES.length]}</p>`,
  ).join('\n');

const NAMES = [
  'Olaf Scholz',
  'Giorgia Meloni',
  'Pedro Sanchez',
  'Ursula von der Leyen',
  'Emmanuel Macron',
  'Rishi Sunak',
];
/** A teaser card: a linked headline naming people, a one-paragraph summary, a byline. */
const card = (i: number) =>
  `<div class="card"><h3><a href="/politics/2024/03/story-number-${i}">${NAMES[i % 6]} and ${NAMES[(i + 1) % 6]} clash over budget rules in Brussels</a></h3>` +
  `<p>${SENTENCES[i % SENTENCES.length]}</p><span class="byline">By Staff Writer ${i}</span></div>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example</title>${head}</head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>${body}<footer><p>Copyright Example News</p></footer></body></html>`;

describe('detectArticle: structured signals and page shape', () => {
  it('a plain article with six paragraphs and og:type=article is an article', () => {
    const doc = parse(
      page('<meta property="og:type" content="article">', `<article><h1>Budget cuts</h1>${prose(6)}</article>`),
    );
    const d = detectArticle(doc, 'https://news.example/2024/03/04/budget-cuts-announced-today');
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContain('og:type=article');
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(annotateDocument(doc, { recognizer: noEntities }).isArticle).toBe(true);
  });

  it('a section front of teaser cards is not an article, even when it claims og:type=article', () => {
    const doc = parse(
      page(
        '<meta property="og:type" content="article">',
        `<main><h1>Politics</h1>${Array.from({ length: 16 }, (_, i) => card(i)).join('\n')}</main>`,
      ),
    );
    const d = detectArticle(doc, 'https://news.example/politics/');
    expect(d.isArticle).toBe(false);
    expect(d.reasons.some((r) => /teaser cards/.test(r))).toBe(true);
    expect(annotateDocument(doc, { recognizer: noEntities }).isArticle).toBe(false);
  });

  it('an article with a big "related stories" rail is still an article', () => {
    const doc = parse(
      page(
        '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-04T10:00:00+01:00">',
        `<article><h1>Budget cuts</h1>${prose(9)}</article><aside><h2>Related</h2>${Array.from({ length: 10 }, (_, i) => card(i)).join('')}</aside>`,
      ),
    );
    expect(
      annotateDocument(doc, { url: 'https://news.example/2024/03/04/budget-cuts', recognizer: noEntities }).isArticle,
    ).toBe(true);
  });

  it('teaser summaries do not count as prose; article paragraphs do', () => {
    const listing = pageShape(parse(page('', Array.from({ length: 12 }, (_, i) => card(i)).join(''))).body);
    expect(listing.prose).toBe(0);
    expect(listing.teasers).toBe(12);
    const article = pageShape(parse(page('', `<article>${prose(5)}</article>`)).body);
    expect(article.paragraphs).toBe(5);
    expect(article.teasers).toBe(0);
  });

  it('JSON-LD Product, search URLs and section-like URLs vote against', () => {
    const product = parse(
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle"}</script>',
        `<div>${prose(3)}</div>`,
      ),
    );
    expect(detectArticle(product).reasons).toContain('json-ld Product');
    const search = detectArticle(parse(page('', `<div>${prose(2)}</div>`)), 'https://news.example/search?q=budget');
    expect(search.reasons).toContain('search URL');
    expect(search.isArticle).toBe(false);
  });

  it('a page of 120 headline links or more is a listing, decided without the page walk', () => {
    const cards = Array.from({ length: 130 }, (_, i) => card(i)).join('');
    const listing = detectArticle(parse(page('<meta property="og:type" content="article">', cards + prose(6))));
    expect(listing.isArticle).toBe(false);
    expect(listing.reasons).toContain('130 headline links');
    expect(listing.reasons.some((r) => r.includes('prose'))).toBe(false);
    // An article with a rail of 40 linked headlines is still walked, and still an article.
    const rail = Array.from({ length: 40 }, (_, i) => card(i)).join('');
    const article = detectArticle(
      parse(
        page('<meta property="og:type" content="article">', `<article>${prose(12)}</article><aside>${rail}</aside>`),
      ),
      'https://news.example/2024/03/01/budget-vote-in-parliament',
    );
    expect(article.reasons.some((r) => r.includes('headline links'))).toBe(false);
    expect(article.isArticle).toBe(true);
  });

  it('with maxChars, stops reading a page longer than that and calls it long instead of judging it', () => {
    const html = page('<meta property="og:type" content="article">', prose(40)); // about 9,000 characters
    const bounded = detectArticle(parse(html), 'https://news.example/2024/03/01/budget-vote', { maxChars: 2000 });
    expect(bounded.long).toBe(true);
    expect(bounded.isArticle).toBe(false);
    expect(bounded.reasons).toContain('long page');
    const whole = detectArticle(parse(html), 'https://news.example/2024/03/01/budget-vote', { maxChars: 50_000 });
    expect(whole.long).toBeUndefined();
    expect(whole.isArticle).toBe(true);
    const shape = pageShape(parse(html).body, undefined, 2000);
    expect(shape.stopped).toBe(true);
    expect(shape.chars).toBeGreaterThan(2000);
    expect(shape.chars).toBeLessThan(3000); // it stopped soon after the bound, not at the end
  });

  it('stops before the page walk when structured data and the URL already say no, and only then', () => {
    const results = '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>';
    // Even eight paragraphs of prose could not lift -6 to the gate: no walk needed.
    const hopeless = detectArticle(parse(page(results, prose(8))), 'https://news.example/search?q=budget');
    expect(hopeless.isArticle).toBe(false);
    expect(hopeless.reasons).toContain('cannot reach the gate');
    expect(hopeless.reasons.some((r) => r.includes('prose'))).toBe(false);
    // One negative signal alone leaves room: the page is walked.
    const walked = detectArticle(parse(page('', prose(8))), 'https://news.example/search?q=budget');
    expect(walked.reasons).not.toContain('cannot reach the gate');
    expect(walked.reasons.some((r) => r.includes('prose'))).toBe(true);
  });
  it('a frameset page is not an article, wherever the DOM put the frameset', () => {
    const frames = '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>';
    // Beside a body (html's child), and inside it (linkedom keeps it there).
    for (const html of [
      `<!doctype html><html><head><title>F</title></head><body></body>${frames}</html>`,
      `<!doctype html><html><head><title>F</title></head><body>${prose(6)}${frames}</body></html>`,
    ]) {
      const d = detectArticle(parse(html), 'https://news.example/2024/03/04/budget-cuts-announced-today');
      expect(d.isArticle).toBe(false);
      expect(d.reasons).toEqual(['frameset']);
    }
  });

  it('reads JSON-LD types inside @graph, in CDATA wrappers and as full schema.org URLs', () => {
    const doc = parse(
      page(
        `<script type="application/ld+json">//<![CDATA[
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"http://schema.org/NewsArticle","headline":"H"}]}
//]]></script>`,
        '<p>x</p>',
      ),
    );
    const types = readJsonLd(doc).flatMap(ldTypes);
    expect(types).toContain('WebSite');
    expect(types).toContain('NewsArticle');
  });

  it('reads only JSON-LD scripts, whatever the case of their type attribute', () => {
    const doc = parse(
      page(
        '<script type="Application/LD+JSON">{"@type":"NewsArticle"}</script>' +
          '<script type="application/json">{"@type":"Product"}</script><script>var x = {"@type":"Recipe"};</script>',
        '<script type="application/ld+json">{"@type":"Person","name":"P"}</script><p>x</p>',
      ),
    );
    expect(readJsonLd(doc).flatMap(ldTypes)).toEqual(['NewsArticle', 'Person']);
  });

  it('broken JSON-LD is ignored, not fatal', () => {
    const doc = parse(
      page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:type" content="article">',
        `<article>${prose(6)}</article>`,
      ),
    );
    expect(() => detectArticle(doc)).not.toThrow();
    expect(detectArticle(doc).reasons).not.toContain('json-ld article type');
    expect(detectArticle(doc).isArticle).toBe(true);
  });

  it('the seed article is detected', () => {
    expect(annotateDocument(parse(seedPageHtml()), { recognizer: noEntities }).isArticle).toBe(true);
  });
});

describe('detection rules added for issue 5 (short articles under rails, deal lists, leaks, galleries)', () => {
  const META =
    '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-04T10:00:00+01:00">';
  const rail = (n: number) =>
    `<aside class="related"><h2>More stories</h2>${Array.from({ length: n }, (_, i) => card(i)).join('')}</aside>`;
  const ARTICLE_URL = 'https://news.example/2024/03/04/budget-cuts-announced-in-parliament';

  it('a short article under a big related rail: the teaser penalty is put off and the clean body decides', () => {
    // A publication date and an article's address, og:type=website (as many articles' templates say):
    // the rail alone would hold it under the gate. (In a <div>: prose in one <article> would be
    // one more point, enough to pass the gate on its own.)
    const DATE =
      '<meta property="og:type" content="website"><meta property="article:published_time" content="2024-03-04T10:00:00+01:00">';
    const doc = parse(page(DATE, `<div class="story"><h1>Budget cuts</h1>${prose(3)}</div>${rail(14)}`));
    const d = detectArticle(doc, ARTICLE_URL);
    expect(d.isArticle).toBe(true);
    expect(
      d.reasons.some((r) => r.startsWith(BODY_DECIDES)),
      d.reasons.join('; '),
    ).toBe(true);
    const ann = annotateDocument(doc, { url: ARTICLE_URL, recognizer: noEntities });
    expect(ann.isArticle, ann.detection.reasons.join('; ')).toBe(true);
    // Without an article's address the same page is not let through.
    const elsewhere = detectArticle(
      parse(page(DATE, `<article><h1>Budget</h1>${prose(3)}</article>${rail(14)}`)),
      'https://news.example/budget/',
    );
    expect(elsewhere.isArticle).toBe(false);
    expect(elsewhere.reasons.some((r) => r.startsWith(BODY_DECIDES))).toBe(false);
  });

  it('a page let through on its body is refused when the body is not a clean article body', () => {
    const deferred = {
      isArticle: true,
      confidence: 0.2,
      reasons: ['12 teaser cards', `${BODY_DECIDES} (+3)`],
      score: 0,
    };
    const body = Array.from({ length: 6 }, (_, i) => SENTENCES[i]).join('\n\n');
    expect(confirmArticle(deferred, body, { linkDensity: 0.02 }).isArticle).toBe(true);
    const linky = confirmArticle(deferred, body, { linkDensity: 0.3 });
    expect(linky.isArticle).toBe(false);
    expect(linky.reasons.at(-1)).toBe('body not clean');
    expect(confirmArticle(deferred, body, { linkDensity: 0.02, headlineLinks: 3 }).isArticle).toBe(false);
    expect(confirmArticle(deferred, SENTENCES[0] + '\n\n' + SENTENCES[1], { linkDensity: 0 }).isArticle).toBe(false);
  });

  it('a tag page whose template leaks article metadata is not an article: teasers weigh more off an article address', () => {
    const intro = `<div class="intro">${prose(3)}</div>`;
    const cards = Array.from({ length: 14 }, (_, i) => card(i)).join('');
    const html = page(
      META + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget"}</script>',
      `<main><h1>Budget</h1>${intro}${cards}</main>`,
    );
    const tag = annotateDocument(parse(html), { url: 'https://news.example/tag/budget-rules', recognizer: noEntities });
    expect(tag.isArticle, tag.detection.reasons.join('; ')).toBe(false);
    expect(detectArticle(parse(html), 'https://news.example/tag/budget-rules').score).toBeLessThan(
      detectArticle(parse(html), null).score!,
    );
  });

  it('a deals list written as text between <br>s under linked <h2>s is running prose, not teaser summaries', () => {
    const deal = (i: number) =>
      `<h2>Deal ${i}: ${NAMES[i % 6]} headphones for $${99 + i}<a href="https://shop.example/r/${i}"></a></h2>` +
      `${SENTENCES[i % 7]} ${SENTENCES[(i + 2) % 7]}<br>${SENTENCES[(i + 4) % 7]}<br><ul><li><a href="https://shop.example/r/${i}">Get it at Shop for $${99 + i}</a></li></ul>`;
    const doc = parse(
      page(META, `<div class="article-body">${Array.from({ length: 8 }, (_, i) => deal(i)).join('')}</div>`),
    );
    const shape = pageShape(doc.body);
    expect(shape.prose).toBeGreaterThan(2000);
    expect(shape.paragraphs).toBeGreaterThanOrEqual(8);
    const url = 'https://news.example/articles/2024/03/04/daily-deals-headphones-and-more';
    expect(annotateDocument(doc, { url, recognizer: noEntities }).isArticle).toBe(true);
    // A short summary in a card stays a teaser.
    expect(pageShape(parse(page('', Array.from({ length: 12 }, (_, i) => card(i)).join(''))).body).prose).toBe(0);
  });

  it('indenting a page (white space between its tags) changes nothing in its shape', () => {
    // Most of a real page's text nodes are such white space; the walk steps
    // past them first, and must not lose a word or a paragraph doing so.
    const body = `<main><h1>Politics</h1><article><h2>Budget</h2>${prose(6)}</article><section>${Array.from(
      { length: 10 },
      (_, i) => card(i),
    ).join(
      '',
    )}</section><p>${SENTENCES[1]} <a href="/x">a link</a> <b> </b> <i>${SENTENCES[2]}</i></p><br><time>today</time></main>`;
    const compact = page(META, body).replace(/>\s+</g, '><');
    const indented = compact.replace(/></g, '>\n    \t<');
    expect(indented.length).toBeGreaterThan(compact.length + 300);
    const shapeOf = (html: string) => {
      const { container, ...rest } = pageShape(parse(html).body);
      return { ...rest, container: container?.tagName ?? null };
    };
    const a = shapeOf(compact);
    // Every word counts, however short: the text seen is all of <main>'s text
    // (navigation and footer are skipped), summed here by a plain recursion.
    const textIn = (n: Node): number =>
      n.nodeType === 3 ? squashedLength((n as Text).data) : [...n.childNodes].reduce((t, c) => t + textIn(c), 0);
    expect(a.chars).toBe(textIn(parse(indented).querySelector('main')!));
    expect(a.prose).toBeGreaterThan(900);
    expect(a.teasers).toBeGreaterThanOrEqual(10);
    expect(shapeOf(indented)).toEqual(a);
  });

  it('picture captions are not prose, and a body that is mostly captions is a gallery', () => {
    const figs = Array.from(
      { length: 12 },
      (_, i) =>
        `<figure><img src="/p/${i}.jpg" alt=""><figcaption>${SENTENCES[i % 7]} Photograph: ${NAMES[i % 6]}</figcaption></figure>`,
    ).join('');
    const html = page(META, `<main><h1>The week in pictures</h1>${figs}</main>`);
    expect(pageShape(parse(html).body).paragraphs).toBe(0);
    const url = 'https://news.example/pictures/2024/03/04/the-week-in-pictures-from-around-the-world';
    expect(annotateDocument(parse(html), { url, recognizer: noEntities }).isArticle).toBe(false);
    const ex = extractArticle(parse(html), url);
    expect(ex?.captionShare ?? 1).toBeGreaterThan(0.5);
    const yes = { isArticle: true, confidence: 0.8, reasons: ['x'], score: 6 };
    const d = confirmArticle(yes, ex!.article.text, ex!);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toMatch(/captions/);
  });

  it('a body that is a run of linked headlines is a listing, whatever the page said', () => {
    const yes = { isArticle: true, confidence: 0.8, reasons: ['x'], score: 4 };
    const text = Array.from({ length: 10 }, (_, i) => `${NAMES[i % 6]} wins the vote\n\n${SENTENCES[i % 7]}`).join(
      '\n\n',
    );
    expect(confirmArticle(yes, text, { linkDensity: 0.2, headlineLinks: 0 }).isArticle).toBe(true);
    const listing = confirmArticle(yes, text, { linkDensity: 0.2, headlineLinks: 10 });
    expect(listing.isArticle).toBe(false);
    expect(listing.reasons).toContain('body 10 headline links');
    // A long article with a few linked section headings is not.
    expect(confirmArticle(yes, text + '\n\n' + prose(20), { linkDensity: 0.05, headlineLinks: 4 }).isArticle).toBe(
      true,
    );
  });

  it('extractArticle counts the linked headlines in the body it found', () => {
    const cards = Array.from({ length: 12 }, (_, i) => card(i)).join('');
    expect(extractArticle(parse(page('', `<main>${cards}</main>`)))?.headlineLinks).toBeGreaterThanOrEqual(10);
    expect(extractArticle(parse(page('', `<article>${prose(6)}</article>`)))?.headlineLinks).toBe(0);
  });
});

describe('confirmArticle: the body must read like an article', () => {
  const yes = { isArticle: true, confidence: 0.6, reasons: ['x'], score: 3 };
  it('a long body with paragraphs confirms', () => {
    const text = Array.from({ length: 6 }, (_, i) => SENTENCES[i]).join('\n\n');
    expect(confirmArticle(yes, text, 0.02).isArticle).toBe(true);
  });
  it('a body that is mostly links does not', () => {
    const text = Array.from({ length: 6 }, (_, i) => SENTENCES[i]).join('\n\n');
    const d = confirmArticle(yes, text, 0.6);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toMatch(/links/);
  });
  it('no body, or a few words, does not', () => {
    expect(confirmArticle(yes, null).isArticle).toBe(false);
    expect(confirmArticle(yes, 'Subscribe to read more.').isArticle).toBe(false);
  });
  it('a body mostly inside a dialog (a consent or sign-in prompt) does not; a small prompt in an article does not matter', () => {
    const text = Array.from({ length: 6 }, (_, i) => SENTENCES[i]).join('\n\n');
    const d = confirmArticle(yes, text, { linkDensity: 0, dialogShare: 0.6 });
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toBe('body 60% in a dialog');
    expect(confirmArticle(yes, text, { linkDensity: 0, dialogShare: 0.3 }).isArticle).toBe(true);
  });
  it('the extractor measures the dialog share on the live page: <dialog>, role=dialog/alertdialog, aria-modal', () => {
    // The same six paragraphs, each time inside one kind of dialog: all of the body is in it.
    for (const open of [
      '<dialog open>',
      '<div role="dialog">',
      '<div role="alertdialog">',
      '<div aria-modal="true">',
    ]) {
      const close = open.startsWith('<dialog') ? '</dialog>' : '</div>';
      const ex = extractArticle(parse(page('', `<div class="layer">${open}<div>${prose(6)}</div>${close}</div>`)))!;
      expect(ex, open).not.toBeNull();
      // All but the paragraph breaks between the six (which belong to no node).
      expect(ex.dialogShare, open).toBeCloseTo((ex.article.text.length - 10) / ex.article.text.length, 6);
    }
    // Six paragraphs of article and a one-line prompt in a dialog: the prompt, if Readability keeps it, is a sliver.
    const ex = extractArticle(
      parse(page('', `<article>${prose(6)}<div role="dialog"><p>Sign up for our newsletter.</p></div></article>`)),
    )!;
    expect(ex.dialogShare).toBeLessThan(0.05);
  });
  it('a page the cheap step rejected stays rejected', () => {
    const no = { isArticle: false, confidence: 0.1, reasons: ['no prose'], score: -4 };
    expect(confirmArticle(no, SENTENCES.join('\n\n')).isArticle).toBe(false);
  });
});

describe('non-article fixtures (tests/fixtures/nonarticles/dev, synthetic)', () => {
  const dir = join(ROOT, 'tests/fixtures/nonarticles/dev');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
    it(`${f} is not annotated`, () => {
      const html = readFileSync(join(dir, f), 'utf8');
      const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? null;
      const ann = annotateDocument(parse(html), { url, recognizer: noEntities });
      expect(ann.isArticle, ann.detection.reasons.join('; ')).toBe(false);
      expect(ann.entities).toEqual([]);
    });
  }
});

describe('squashedLength', () => {
  // The plain definition, one character at a time: the native-regex version must agree with it.
  function reference(s: string): number {
    let n = 0;
    let space = true;
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
        if (!space) n++;
        space = true;
      } else {
        n += (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ? 2 : 1;
        space = false;
      }
    }
    return space && n > 0 ? n - 1 : n;
  }

  it('counts runs of space once and trims the ends', () => {
    expect(squashedLength('  a  b\n\n c ')).toBe(5);
    expect(squashedLength(' \t\n\u00a0 ')).toBe(0);
    expect(squashedLength('')).toBe(0);
    expect(squashedLength('北京 市')).toBe(7);
  });

  it('agrees with the character-by-character definition on random strings', () => {
    const alphabet = ['a', 'Z', ' ', '  ', '\n', '\t', '\r', '\u00a0', '中', '한', '\u2028', '.', 'é'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 500; k++) {
      let s = '';
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(squashedLength(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});

describe('pageShape: where the prose is (proseContainer), for extraction to read only there', () => {
  const storyPage = (inside: string, outside = '') =>
    page(
      '',
      `<header><h1>Budget cuts</h1></header><main id="main"><div id="story" class="story"><div id="text">${inside}</div></div><aside>${outside}</aside></main>`,
    );

  it('is the parent of the deepest element holding the whole story (where a lead picture and standfirst sit)', () => {
    const doc = parse(storyPage(prose(6)));
    // #text holds all six paragraphs; the <p>s each hold a sixth, #story and #main hold the same as #text.
    expect(pageShape(doc.body).container?.id).toBe('story');
  });

  it('a paragraph elsewhere under a tenth of the prose does not move it', () => {
    // Twelve paragraphs inside against one of about the same length outside: 12/13 of the prose.
    const doc = parse(storyPage(prose(12), prose(1)));
    expect(pageShape(doc.body).container?.id).toBe('story');
  });

  it('prose split over two parts of the page lifts it to their common ancestor, never to the body', () => {
    // Six paragraphs in the story, two in the <aside>: the story holds three quarters, #main all of it
    // (and its parent is the body, which is never the container).
    const doc = parse(storyPage(prose(6), prose(2)));
    expect(pageShape(doc.body).container?.id).toBe('main');
  });

  it('is null when the prose is split between the body’s own children (no element below the body holds it)', () => {
    const doc = parse(page('', `<div>${prose(3)}</div><div>${prose(3)}</div>`));
    expect(pageShape(doc.body).container).toBeNull();
  });

  it('is null for fewer than three paragraphs (too little to say where the body is)', () => {
    const doc = parse(storyPage(prose(2)));
    expect(pageShape(doc.body).paragraphs).toBe(2);
    expect(pageShape(doc.body).container).toBeNull();
  });

  it('is null when the walk stopped early (it saw only part of the page)', () => {
    const doc = parse(storyPage(prose(6)));
    expect(pageShape(doc.body, undefined, 500).container).toBeNull();
    expect(pageShape(doc.body, 5).container).toBeNull();
  });

  it('the detector leaves it for the extraction of the same detection, once; the bounded probe leaves none', () => {
    const html = page('<meta property="og:type" content="article">', `<article id="a">${prose(6)}</article>`);
    const url = 'https://news.example/2024/03/04/budget-cuts-announced-today';
    const doc = parse(html);
    const d = detectArticle(doc, url);
    expect(d.isArticle).toBe(true);
    expect(articleScope.take(d)?.id).toBe('a');
    // Taken once: a later use of the same detection finds the container anew.
    expect(articleScope.take(d)).toBeUndefined();
    // The probe's detection (maxChars) is handed on later, when the page may have changed.
    expect(articleScope.take(detectArticle(doc, url, { maxChars: 100_000 }))).toBeUndefined();
    // Nothing is kept for a page that is not an article.
    const listing = parse(page('', Array.from({ length: 12 }, (_, i) => card(i)).join('')));
    expect(articleScope.take(detectArticle(listing, 'https://news.example/politics'))).toBeUndefined();
  });
});

describe('pageShape stepping past skipped subtrees (browsers) or walking through them (linkedom)', () => {
  it('gives the same figures both ways on every non-article fixture, the seed page and a page ending in skipped subtrees', async () => {
    const { Window } = await import('happy-dom');
    const dir = join(__dirname, '../fixtures/nonarticles');
    const pages = ['dev', 'heldout'].flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(dir, d, f), 'utf8')),
    );
    pages.push(seedPageHtml());
    // Skipped subtrees deep and last: the walk must climb out of them, and end.
    pages.push(
      '<html><body><main><div><p>' +
        'Words of a paragraph that is long enough to count as running prose on a page. '.repeat(3) +
        '</p><nav><ul><li><a href="/a">A</a></li></ul></nav></div></main><footer><p>x</p></footer></body></html>',
    );
    expect(pages.length).toBeGreaterThan(40);
    const load = (html: string, jump: boolean) => {
      const w = new Window();
      w.document.write(html);
      const doc = w.document as unknown as Document;
      if (!jump) {
        // A walker with nextNode alone, as linkedom's: the subtrees are walked through.
        const make = doc.createTreeWalker.bind(doc);
        doc.createTreeWalker = ((root: Node, what?: number) => {
          const real = make(root, what);
          return { nextNode: () => real.nextNode() } as unknown as TreeWalker;
        }) as typeof doc.createTreeWalker;
      }
      return doc;
    };
    for (const html of pages) {
      const a = pageShape(load(html, true).body);
      const b = pageShape(load(html, false).body);
      const id = (e: Element | null) => e && `${e.tagName}#${e.id}.${e.className}`;
      expect({ ...a, container: id(a.container) }).toEqual({ ...b, container: id(b.container) });
    }
  }, 30_000); // 300+ pages parsed twice: seconds on a loaded machine
});

describe('robustness: articles survive the loss of one kind of evidence (scripts/extract/detectAblation.ts)', () => {
  const LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget"}</script>';
  const OG = '<meta property="og:type" content="article">';
  const DATE = '<meta property="article:published_time" content="2024-03-04T10:00:00+01:00">';
  const story = `<div class="story"><h1>Budget cuts</h1>${prose(6)}</div>`;
  const score = (head: string, body: string, url: string | null = null) =>
    detectArticle(parse(page(head, body)), url).score!;
  const rail = (n: number) =>
    `<aside class="related"><h2>More stories</h2>${Array.from({ length: n }, (_, i) => card(i)).join('')}</aside>`;

  it('kinds of article metadata add less and less: a type is two points, each other kind one more, three at most', () => {
    const none = score('', story);
    expect(score(LD, story) - none).toBe(2);
    expect(score(LD + OG, story) - none).toBe(3);
    expect(score(LD + OG + DATE, story) - none).toBe(3);
    expect(score(OG + DATE, story) - none).toBe(3);
    expect(score(DATE, story) - none).toBe(1);
  });

  it("an article's own markup counts: prose in one <article>, one <time>, a named author; two kinds give two points", () => {
    const plain = score('', story);
    const inArticle = detectArticle(parse(page('', `<article>${story}</article>`)));
    expect(inArticle.reasons).toContain('prose in one <article>');
    expect(inArticle.score! - plain).toBe(1);
    // A standfirst in an outer <article> and the body in an inner one: the inner holds most of it.
    const nested = detectArticle(
      parse(page('', `<article><p class="standfirst">${SENTENCES[0]}</p><article>${story}</article></article>`)),
    );
    expect(nested.reasons).toContain('prose in one <article>');
    // Prose spread over many <article>s (long summaries in cards) is no one article's.
    const spread = Array.from({ length: 6 }, (_, i) => `<article><p>${SENTENCES[i]} ${SENTENCES[i + 1]}</p></article>`);
    expect(detectArticle(parse(page('', spread.join('')))).reasons).not.toContain('prose in one <article>');
    const time = `<time datetime="2024-03-04">4 March 2024</time>`;
    const author = '<meta name="author" content="Jane Doe">';
    expect(score('', `<article>${time}${story}</article>`) - plain).toBe(2);
    expect(score(author, `<article>${time}${story}</article>`) - plain).toBe(2);
    expect(score(author, story) - plain).toBe(1);
    // A byline link says the same as the meta; an empty author meta says nothing.
    expect(score('', `<p class="byline"><a rel="author" href="/by/jane">Jane Doe</a></p>${story}`) - plain).toBe(1);
    expect(score('<meta name="author" content=" ">', story)).toBe(plain);
  });

  it('a listing has none of that markup: every card is an <article> with its own <time> and byline', () => {
    const cards = Array.from(
      { length: 12 },
      (_, i) =>
        `<article class="card"><h3><a href="/2024/03/story-${i}">${NAMES[i % 6]} wins the vote</a></h3>` +
        `<p>${SENTENCES[i % 7]}</p><time datetime="2024-03-04">4 March</time> <a rel="author" href="/by/${i}">Writer ${i}</a></article>`,
    ).join('');
    const d = detectArticle(parse(page('', `<main><h1>Politics</h1>${cards}</main>`)), null);
    expect(d.reasons.filter((r) => /<article>|<time>|author/.test(r))).toEqual([]);
    const shape = pageShape(parse(page('', `<main>${cards}</main>`)).body);
    expect(shape.times).toBe(12);
    expect(shape.authorLinks).toBe(12);
    expect(shape.articleProse).toBe(0);
  });

  it('teaser summaries need no card wrapper: in a flat list each follows its linked headline', () => {
    const flat = Array.from(
      { length: 12 },
      (_, i) => `<h3><a href="/2024/03/story-${i}">${NAMES[i % 6]} wins the vote</a></h3><p>${SENTENCES[i % 7]}</p>`,
    ).join('');
    const shape = pageShape(parse(page('', `<main><h1>Politics</h1>${flat}</main>`)).body);
    expect(shape.prose).toBe(0);
    expect(shape.teasers).toBe(12);
    // Sub-headings that are not links are an article's, and the paragraphs after them are prose.
    const sub = Array.from({ length: 6 }, (_, i) => `<h2>Part ${i}</h2><p>${SENTENCES[i % 7]}</p>`).join('');
    expect(pageShape(parse(page('', `<article>${sub}</article>`)).body).paragraphs).toBe(6);
  });

  it('an address that says nothing does not weigh like a listing’s; CMS listing paths do', () => {
    const DATE_ONLY = DATE;
    const html = page(DATE_ONLY, `<article><h1>Budget cuts</h1>${prose(3)}</article>${rail(14)}`);
    const opaque = annotateDocument(parse(html), { url: 'https://news.example/p/4821', recognizer: noEntities });
    expect(opaque.isArticle, opaque.detection.reasons.join('; ')).toBe(true);
    // The same score as with no address at all: the rail weighs the same.
    const atOpaque = detectArticle(parse(html), 'https://news.example/p/4821');
    expect(atOpaque.reasons.some((r) => /teaser cards/.test(r))).toBe(true);
    expect(atOpaque.score).toBe(detectArticle(parse(html), null).score);
    const tagged = detectArticle(parse(html), 'https://news.example/tag/budget');
    expect(tagged.reasons).toContain('listing URL');
    expect(tagged.isArticle).toBe(false);
    for (const u of ['/topics/budget', '/category/world/page/2', '/author/jane-doe'])
      expect(detectArticle(parse(html), `https://news.example${u}`).reasons, u).toContain('listing URL');
    // Only the listing itself: a post under a category may live at a short address.
    expect(detectArticle(parse(html), 'https://news.example/category/world/budget-cuts').reasons).not.toContain(
      'listing URL',
    );
    // An article's address wins over a listing segment in it.
    expect(
      detectArticle(parse(html), 'https://news.example/category/world/2024/03/04/budget-cuts-announced').reasons,
    ).toContain('article-like URL');
  });

  it('metadata a template leaks does not carry a tag page at an address that says nothing', () => {
    const intro = `<div class="intro">${prose(3)}</div>`;
    const cards = Array.from({ length: 14 }, (_, i) => card(i)).join('');
    const html = page(LD + OG + DATE, `<main><h1>Budget</h1>${intro}${cards}</main>`);
    const ann = annotateDocument(parse(html), { url: 'https://news.example/p/4821', recognizer: noEntities });
    expect(ann.isArticle, ann.detection.reasons.join('; ')).toBe(false);
  });

  it('a page through the gate with a teaser penalty it may put off gets it back for a clean body, and is not refused for another', () => {
    const d = detectArticle(
      parse(page(LD + OG + DATE, `<article><h1>Budget cuts</h1>${prose(3)}</article>${rail(14)}`)),
      'https://news.example/2024/03/04/budget-cuts-announced-in-parliament',
    );
    expect(d.isArticle).toBe(true);
    const restore = d.reasons.find((r) => r.startsWith(BODY_MAY_RESTORE));
    expect(restore, d.reasons.join('; ')).toBeDefined();
    const n = Number(/\+(\d+)/.exec(restore!)![1]);
    const body = Array.from({ length: 6 }, (_, i) => SENTENCES[i]).join('\n\n');
    const clean = confirmArticle(d, body, { linkDensity: 0.02 });
    const linky = confirmArticle(d, body, { linkDensity: 0.25 });
    expect(clean.reasons).toContain('clean body');
    expect(clean.score! - linky.score!).toBe(n);
    expect(linky.reasons).not.toContain('body not clean');
  });

  it('markup does not count on a page that says it is something else, which is then still spared the walk', () => {
    const video =
      '<meta property="og:type" content="video.other"><script type="application/ld+json">{"@type":"VideoObject","name":"V"}</script>';
    const time = `<time datetime="2024-03-04">4 March 2024</time>`;
    const d = detectArticle(
      parse(page(video, `<article>${time}${story}</article>`)),
      'https://news.example/video/2024/03/04/budget-cuts-explained',
    );
    expect(d.reasons).toContain('cannot reach the gate');
    // og:type alone leaves room: the page is walked, and its markup still does not count.
    const og = '<meta property="og:type" content="video.other">';
    const walked = detectArticle(parse(page(og, `<article>${time}${story}</article>`)), null);
    expect(walked.reasons.some((r) => r.includes('prose'))).toBe(true);
    expect(walked.reasons.filter((r) => /<article>|<time>/.test(r))).toEqual([]);
  });

  it('reads og:type from the first such meta, as a selector query would', () => {
    const d = detectArticle(
      parse(page('<meta property="og:type" content="product"><meta property="og:type" content="article">', story)),
    );
    expect(d.reasons).toContain('og:type=product');
    expect(d.reasons).not.toContain('og:type=article');
  });
});
