// Article detection under ablation (issue 5): how much of its evidence can a
// page lose before the detector changes its mind?
//   npx tsx scripts/extract/detectAblation.ts [--data ../shared/data] [--out report.md] [--json verdicts.json] [--verbose] [--only a,b]
// DEV pages only, from the same sources as scripts/bench-extract.ts: the
// article-extraction-benchmark's articles, Mozilla Readability's test pages
// (readerable: articles; not readerable: non-articles) and the synthetic
// non-article fixtures in tests/fixtures/nonarticles/dev. Each page is judged
// as is and on copies that each lose ONE kind of evidence real articles often
// lack (JSON-LD, OpenGraph, byline, dates, <article>, canonical link, an
// article-like address, most of the text); non-articles also get article
// metadata added, as CMS templates leak it onto section fronts.
//
// The split is bench-extract.ts's (`isHeldOut`), and so are the page lists
// (`benchPages.ts`). The held-out pages are never read: a page's name is
// checked before its file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut } from './isHeldOut.ts';
import { extractionBenchmarkPages, nonArticleFixtures, readabilityTestPages } from './benchPages.ts';
import { parseHTML } from 'linkedom';
import { confirmArticle } from '../../utils/detect/confirmArticle.ts';
import { ACCEPT, GATE, detectArticle } from '../../utils/detect/detectArticle.ts';
import { articleScope } from '../../utils/detect/articleScope.ts';
import { extractArticle } from '../../utils/extract/extractArticle.ts';
import { annotateDocument } from '../../utils/annotate.ts';
import type { Detection } from '../../utils/types.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const ROOT = join(import.meta.dirname, '../..');
const DATA = sval('data', join(ROOT, '../shared/data'));
const OUT = sval('out', '');
const JSON_OUT = sval('json', '');
const VERBOSE = args.includes('--verbose');
const ONLY = sval('only', '').split(',').filter(Boolean);

const parse = (html: string) => parseHTML(html).document as unknown as Document;

type Source = 'bench' | 'readability' | 'fixture';
interface Page {
  name: string;
  source: Source;
  html: string;
  url: string | null;
  article: boolean;
}

/** Dev pages, as bench-extract.ts loads them (`--split dev`): a page's name is checked before its file is read. */
function loadDevPages(): Page[] {
  const pages: Page[] = [];
  for (const p of extractionBenchmarkPages(DATA))
    if (!isHeldOut(p.name)) pages.push({ name: p.name, source: 'bench', html: p.html(), url: p.url, article: true });
  for (const p of readabilityTestPages(DATA))
    if (!isHeldOut(p.name))
      pages.push({ name: p.name, source: 'readability', html: p.html(), url: null, article: p.expected.readerable });
  // The dev folder only: the held-out fixtures are never opened.
  for (const p of nonArticleFixtures(ROOT, 'dev'))
    pages.push({ name: p.name, source: 'fixture', html: p.html(), url: p.url, article: false });
  return pages;
}

// ---- perturbations ----------------------------------------------------------

/** Changes `doc` in place (and maybe the URL); returns the new URL and how many things it changed. */
type Perturb = (doc: Document, url: string | null) => { url: string | null; changed: number };

const all = (doc: Document, sel: string) => Array.from(doc.querySelectorAll(sel));
const removeAll = (els: Element[]) => {
  for (const e of els) e.remove();
  return els.length;
};
const isLd = (s: Element) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
const metaKey = (m: Element) =>
  (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();

function dropJsonLd(doc: Document) {
  return removeAll(all(doc, 'script').filter(isLd));
}
function dropOpenGraph(doc: Document) {
  return removeAll(all(doc, 'meta').filter((m) => /^(og|article):/.test(metaKey(m))));
}
/** Removes keys from every object in a JSON value, however deep. */
function stripKeys(v: unknown, keys: RegExp): number {
  if (!v || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += stripKeys(x, keys);
    return n;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (keys.test(k)) {
      delete o[k];
      n++;
    } else n += stripKeys(o[k], keys);
  }
  return n;
}
function stripJsonLdKeys(doc: Document, keys: RegExp) {
  let n = 0;
  for (const s of all(doc, 'script').filter(isLd)) {
    try {
      const v = JSON.parse(s.textContent ?? '') as unknown;
      const k = stripKeys(v, keys);
      if (k) s.textContent = JSON.stringify(v);
      n += k;
    } catch {
      // Broken JSON-LD the detector skips anyway.
    }
  }
  return n;
}

const BYLINE_CLASS = /\b[\w-]*(byline|author)[\w-]*\b/i;

const PERTURBATIONS: Record<string, { label: string; run: Perturb; nonArticlesOnly?: boolean }> = {
  none: { label: 'as is', run: (_d, url) => ({ url, changed: 1 }) },
  a: { label: '(a) no JSON-LD', run: (doc, url) => ({ url, changed: dropJsonLd(doc) }) },
  b: { label: '(b) no og:/article: meta', run: (doc, url) => ({ url, changed: dropOpenGraph(doc) }) },
  c: {
    label: '(c) neither a nor b',
    run: (doc, url) => ({ url, changed: dropJsonLd(doc) + dropOpenGraph(doc) }),
  },
  d: {
    label: '(d) no byline/author',
    run: (doc, url) => {
      let n = removeAll(all(doc, 'meta').filter((m) => /(^|[:._-])(author|byl|creator)$/.test(metaKey(m))));
      n += removeAll(all(doc, 'link[rel~="author"], a[rel~="author"]'));
      // Byline elements: by class, id or itemprop, short ones only (never a
      // wrapper that happens to be named "author-page" and holds the story).
      for (const el of all(doc, '[class], [id], [itemprop]')) {
        if (!el.isConnected) continue;
        const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
        if (!BYLINE_CLASS.test(name)) continue;
        if ((el.textContent ?? '').length > 300) continue;
        el.remove();
        n++;
      }
      n += stripJsonLdKeys(doc, /^(author|creator)$/);
      return { url, changed: n };
    },
  },
  e: {
    label: '(e) no <time>/date meta',
    run: (doc, url) => {
      let n = removeAll(all(doc, 'time'));
      n += removeAll(all(doc, 'meta').filter((m) => /date|time|pubdate|published|modified/.test(metaKey(m))));
      n += stripJsonLdKeys(doc, /^date(Published|Modified|Created)$/);
      return { url, changed: n };
    },
  },
  f: {
    label: '(f) <article> unwrapped',
    run: (doc, url) => {
      const arts = all(doc, 'article');
      for (const a of arts) a.replaceWith(...Array.from(a.childNodes));
      return { url, changed: arts.length };
    },
  },
  g: {
    label: '(g) no canonical link',
    run: (doc, url) => ({ url, changed: removeAll(all(doc, 'link[rel~="canonical"]')) }),
  },
  h: {
    label: '(h) opaque URL path',
    run: (_doc, url) => {
      if (!url) return { url, changed: 0 };
      // Four digits: neither an article's address (five or more, dates, long slugs) nor a section's.
      const u = new URL(url);
      return { url: `${u.origin}/p/4821`, changed: 1 };
    },
  },
  i: {
    label: '(i) first 40% of paragraphs',
    run: (doc, url) => {
      const body = doc.querySelector('body');
      if (!body) return { url, changed: 0 };
      const ps = Array.from(body.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= 40);
      const keep = Math.ceil(ps.length * 0.4);
      return { url, changed: removeAll(ps.slice(keep)) };
    },
  },
  j: {
    label: '(j) + leaked article metadata',
    nonArticlesOnly: true,
    run: (doc, url) => {
      const head = doc.querySelector('head') ?? doc.documentElement;
      for (const m of all(doc, 'meta[property="og:type"]')) m.remove();
      const og = doc.createElement('meta');
      og.setAttribute('property', 'og:type');
      og.setAttribute('content', 'article');
      const ld = doc.createElement('script');
      ld.setAttribute('type', 'application/ld+json');
      ld.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: doc.title || 'News',
        datePublished: '2024-03-04T10:00:00Z',
        author: { '@type': 'Organization', name: 'Example News' },
      });
      head.append(og, ld);
      return { url, changed: 1 };
    },
  },
};

// ---- judging ----------------------------------------------------------------

interface Verdict {
  found: boolean;
  /** Detector score minus the gate. */
  detMargin: number;
  /** Final score minus the acceptance threshold; a hard refusal (no body, gallery, dialog…) counts as -9. */
  margin: number;
  reasons: string[];
}

const HARD_REFUSAL = -9;

/** The pipeline bench-extract.ts measures for this source: detect, extract where the prose is, confirm. */
function judge(page: Page, doc: Document, url: string | null): Verdict {
  const det = detectArticle(doc, url);
  let fin: Detection;
  if (page.source === 'bench') {
    const ex = extractArticle(doc, url, { within: articleScope.take(det) });
    fin = det.isArticle ? confirmArticle(det, ex?.article.text ?? null, ex ?? 0) : det;
  } else fin = annotateDocument(doc, { url, detection: det, recognizer: () => [] }).detection;
  const detMargin = (det.score ?? 0) - GATE;
  let margin: number;
  if (!det.isArticle) margin = Math.min(detMargin, -1);
  else if (!fin.isArticle && HARD.test(fin.reasons.at(-1) ?? '')) margin = HARD_REFUSAL;
  else margin = (fin.score ?? 0) - ACCEPT;
  return { found: fin.isArticle, detMargin, margin, reasons: fin.reasons };
}

/** confirmArticle's and annotateDocument's refusals that are not a score below the line. */
const HARD =
  /^(no body found|body too short|body \d+% (captions|in a dialog)|body not clean|extraction failed|page too large|tables nested)/;

// ---- run --------------------------------------------------------------------

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const fmt = (x: number) => (Number.isNaN(x) ? '-' : x === HARD_REFUSAL ? 'refused' : String(x));

const t0 = performance.now();
const pages = loadDevPages();
const arts = pages.filter((p) => p.article);
const nons = pages.filter((p) => !p.article);
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

// Detection alone (no extraction), on the pages as they are: what every web page pays.
const detMs: { art: number[]; non: number[] } = { art: [], non: [] };
for (const p of pages) {
  const doc = parse(p.html);
  const s = performance.now();
  detectArticle(doc, p.url);
  (p.article ? detMs.art : detMs.non).push(performance.now() - s);
}

say(`## Detection under ablation — dev pages only (${arts.length} articles, ${nons.length} non-articles)`);
say('');
say(
  'margin = final score − acceptance threshold (detector refusals: detector score − gate, at most −1; hard refusals after extraction: "refused"); det = detector score − gate.',
);
say('Articles: min / p10 / median; non-articles: max / p90 / median (closest to the line first).');
say('');
say(
  '| perturbation | articles found | changed | art. margin min / p10 / med | art. det min / p10 / med | non-articles annotated | changed | non-art. margin max / p90 / med |',
);
say('| --- | --- | --- | --- | --- | --- | --- | --- |');
const detail: string[] = [];
const dump: Record<string, Record<string, Verdict & { changed: number }>> = {};
for (const [key, pert] of Object.entries(PERTURBATIONS)) {
  if (ONLY.length && !ONLY.includes(key) && key !== 'none') continue;
  const run = (p: Page) => {
    const doc = parse(p.html);
    const { url, changed } = pert.run(doc, p.url);
    return { page: p, changed, v: judge(p, doc, url) };
  };
  const ra = pert.nonArticlesOnly ? [] : arts.map(run);
  const rn = nons.map(run);
  dump[key] = Object.fromEntries([...ra, ...rn].map((r) => [r.page.name, { ...r.v, changed: r.changed }]));
  const found = ra.filter((r) => r.v.found).length;
  const fa = rn.filter((r) => r.v.found).length;
  const am = ra.map((r) => r.v.margin);
  const ad = ra.map((r) => r.v.detMargin);
  const nm = rn.map((r) => r.v.margin);
  const artCell = pert.nonArticlesOnly ? '-' : `${found}/${ra.length} (${(found / (ra.length || 1)).toFixed(3)})`;
  say(
    `| ${pert.label} | ${artCell} | ${pert.nonArticlesOnly ? '-' : ra.filter((r) => r.changed).length} | ` +
      `${pert.nonArticlesOnly ? '-' : `${fmt(quantile(am, 0))} / ${fmt(quantile(am, 0.1))} / ${fmt(median(am))}`} | ` +
      `${pert.nonArticlesOnly ? '-' : `${fmt(quantile(ad, 0))} / ${fmt(quantile(ad, 0.1))} / ${fmt(median(ad))}`} | ` +
      `${fa}/${rn.length} (${(fa / (rn.length || 1)).toFixed(3)}) | ${rn.filter((r) => r.changed).length} | ` +
      `${fmt(quantile(nm, 1))} / ${fmt(quantile(nm, 0.9))} / ${fmt(median(nm))} |`,
  );
  for (const r of ra.filter((x) => !x.v.found))
    detail.push(`${key} missed ${r.page.name.slice(0, 24)} (${r.v.margin}) [${r.v.reasons.join('; ')}]`);
  for (const r of rn.filter((x) => x.v.found))
    detail.push(`${key} annotated ${r.page.name} (${r.v.margin}) [${r.v.reasons.join('; ')}]`);
  if (VERBOSE)
    for (const r of ra.filter((x) => x.v.found && x.v.margin <= 0))
      detail.push(`${key} at the line ${r.page.name.slice(0, 24)} (${r.v.margin}) [${r.v.reasons.join('; ')}]`);
}
// Per page, the worst case: found (or kept out) under every perturbation at once counted.
const single = Object.keys(PERTURBATIONS).filter((k) => k !== 'none' && k !== 'i' && dump[k]);
const survive = (keys: string[], p: Page) =>
  keys.every((k) => !dump[k]?.[p.name] || dump[k][p.name].found === p.article);
say('');
say(
  `articles found under every one of ${single.filter((k) => k !== 'j').join(', ')}: ${arts.filter((p) => survive(single, p)).length}/${arts.length}; ` +
    `with (i) too: ${arts.filter((p) => survive([...single, 'i'], p)).length}/${arts.length}; ` +
    `non-articles kept out under every perturbation: ${nons.filter((p) => survive([...single, 'i'], p)).length}/${nons.length}`,
);
say(
  `detectArticle alone on the unperturbed pages (linkedom, this machine): median ${median(detMs.art).toFixed(2)} ms on articles, ` +
    `${median(detMs.non).toFixed(2)} ms on non-articles (p90 ${quantile(detMs.non, 0.9).toFixed(2)} ms)`,
);
if (detail.length) {
  say('');
  say('```');
  for (const d of detail) say(d);
  say('```');
}
say(`\n(total run ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (OUT) writeFileSync(OUT, lines.join('\n') + '\n');
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(dump, null, 1));
