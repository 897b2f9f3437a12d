// Article detection and extraction benchmark (issue 5).
//   npx tsx scripts/bench-extract.ts [--data ../shared/data] [--split dev|heldout|all] [--json out.json] [--limit N]
// Pages are parsed with linkedom, as the CLI does. Prints body P/R/F1 (the
// article-extraction-benchmark metric, scripts/extract/shingleMetric.ts) and
// time per page for Dramatis, plain Readability and defuddle; metadata accuracy
// on Readability's test pages (with hand corrections from
// scripts/extract/metadata-corrections.json); detection on articles and
// non-articles; median timings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { confirmArticle } from '../utils/detect/confirmArticle.ts';
import { detectArticle } from '../utils/detect/detectArticle.ts';
import { articleScope } from '../utils/detect/articleScope.ts';
import { extractArticle } from '../utils/extract/extractArticle.ts';
import { annotateDocument } from '../utils/annotate.ts';
import { buildTextMap } from '../utils/extract/textMap.ts';
import { shingleMatch, summarize, type TpFpFn } from './extract/shingleMetric.ts';
import { isHeldOut } from './extract/isHeldOut.ts';
import { extractionBenchmarkPages, nonArticleFixtures, readabilityTestPages } from './extract/benchPages.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const ROOT = join(import.meta.dirname, '..');
const DATA = sval('data', join(ROOT, '../shared/data'));
const SPLIT = sval('split', 'all') as 'dev' | 'heldout' | 'all';
const LIMIT = Number(sval('limit', '0')) || Infinity;
const JSON_OUT = sval('json', '');
const SKIP_OTHERS = args.includes('--dramatis-only');

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const now = () => performance.now();
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const f3 = (x: number) => x.toFixed(3);
const f1d = (x: number) => x.toFixed(1);

const inSplit = (name: string) => SPLIT === 'all' || (SPLIT === 'heldout') === isHeldOut(name);

/**
 * Text of defuddle's content HTML. Its HTML is re-serialised without the
 * page's whitespace between blocks, so plain textContent would glue the last
 * word of one paragraph to the first of the next; block-aware text (the same
 * walk Dramatis uses) is fairer to it.
 */
const htmlText = (html: string) => {
  const body = parse(`<!doctype html><html><body>${html}</body></html>`).body;
  return body ? buildTextMap(body).text : '';
};

/** Run `f` with console output muted (defuddle logs every bad JSON-LD block it meets). */
function quiet<T>(f: () => T): T {
  const saved = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try {
    return f();
  } finally {
    [console.log, console.warn, console.error] = saved;
  }
}

interface PageResult {
  id: string;
  heldOut: boolean;
  scores: Record<string, TpFpFn>;
  ms: Record<string, number>;
  detected: boolean;
  reasons: string[];
}

function benchBodies(): PageResult[] {
  const out: PageResult[] = [];
  for (const page of extractionBenchmarkPages(DATA).slice(0, LIMIT)) {
    const id = page.name;
    if (!inSplit(id)) continue;
    const html = page.html();
    const { articleBody, url } = page;
    const r: PageResult = { id, heldOut: isHeldOut(id), scores: {}, ms: {}, detected: false, reasons: [] };

    // Dramatis: detection + extraction, the work the content script does before recognizing.
    {
      const doc = parse(html);
      const t0 = now();
      let det = detectArticle(doc, url);
      // As annotateDocument does: extraction reads only where the detector found the prose.
      const ex = extractArticle(doc, url, { within: articleScope.take(det) });
      if (det.isArticle) det = confirmArticle(det, ex?.article.text ?? null, ex ?? 0);
      r.ms.dramatis = now() - t0;
      r.detected = det.isArticle;
      r.reasons = det.reasons;
      r.scores.dramatis = shingleMatch(articleBody, ex?.article.text ?? '');
    }
    if (!SKIP_OTHERS) {
      {
        const doc = parse(html);
        const t0 = now();
        let text = '';
        try {
          text = new Readability(doc).parse()?.textContent ?? '';
        } catch {
          text = '';
        }
        r.ms.readability = now() - t0;
        r.scores.readability = shingleMatch(articleBody, text);
      }
      {
        const doc = parse(html);
        const t0 = now();
        let content = '';
        try {
          content = quiet(() => new Defuddle(doc, { url }).parse().content ?? '');
        } catch {
          content = '';
        }
        r.ms.defuddle = now() - t0;
        r.scores.defuddle = shingleMatch(articleBody, htmlText(content));
      }
    }
    out.push(r);
  }
  return out;
}

type Corrections = Record<string, Record<string, { value: string | null; reason: string }>>;

const norm = (s: string | null | undefined) =>
  s == null || s.trim() === '' ? null : s.replace(/\s+/g, ' ').trim().toLowerCase();
const sameDate = (a: string | null, b: string | null) => {
  if (a == null || b == null) return a == b;
  const x = Date.parse(a);
  const y = Date.parse(b);
  // Same instant to the second (Readability keeps microseconds some pages give).
  return Number.isFinite(x) && Math.floor(x / 1000) === Math.floor(y / 1000);
};

function benchMetadata() {
  const corrections = JSON.parse(
    readFileSync(join(ROOT, 'scripts/extract/metadata-corrections.json'), 'utf8'),
  ) as Corrections;
  const fields = ['title', 'byline', 'date', 'site'] as const;
  const key = { title: 'title', byline: 'byline', date: 'publishedTime', site: 'siteName' } as const;
  const right = { title: 0, byline: 0, date: 0, site: 0 };
  const readabilityRight = { title: 0, byline: 0, date: 0, site: 0 };
  const wrong: Record<string, string[]> = { title: [], byline: [], date: [], site: [] };
  let n = 0;
  let corrected = 0;
  const detection: {
    name: string;
    readerable: boolean;
    detected: boolean;
    heldOut: boolean;
    reasons: string[];
    ms: number;
  }[] = [];
  for (const page of readabilityTestPages(DATA)) {
    const { name, expected: exp } = page;
    const doc = parse(page.html());
    const t0 = now();
    const ann = annotateDocument(doc, { url: null, recognizer: () => [] });
    const det = ann.detection;
    const ms = now() - t0;
    if (inSplit(name))
      detection.push({
        name,
        readerable: exp.readerable,
        detected: det.isArticle,
        heldOut: isHeldOut(name),
        reasons: det.reasons,
        ms,
      });
    if (!exp.readerable) continue;
    const a = extractArticle(doc, null)?.article;
    if (!a) {
      n++;
      for (const f of fields) wrong[f].push(`${name}: no extraction`);
      continue;
    }
    n++;
    const got = { title: a.title, byline: a.byline, date: a.publishedAt, site: a.site };
    for (const f of fields) {
      const fix = corrections[name]?.[f];
      if (fix) corrected++;
      const readabilitySays = exp[key[f]] ?? null;
      const want = fix ? fix.value : readabilitySays;
      const ok = f === 'date' ? sameDate(got[f], want) : norm(got[f]) === norm(want);
      const rOk = f === 'date' ? sameDate(readabilitySays, want) : norm(readabilitySays) === norm(want);
      if (ok) right[f]++;
      else wrong[f].push(`${name}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(want)}`);
      if (rOk) readabilityRight[f]++;
    }
  }
  return { n, right, readabilityRight, wrong, corrected, detection };
}

function benchNonArticleFixtures() {
  const out: { name: string; heldOut: boolean; detected: boolean; reasons: string[]; exitMs: number }[] = [];
  for (const part of ['dev', 'heldout'] as const) {
    if (SPLIT !== 'all' && SPLIT !== part) continue;
    for (const { name, url, html } of nonArticleFixtures(ROOT, part)) {
      const doc = parse(html());
      const t0 = now();
      // The content script's whole path on a page that is not an article.
      const ann = annotateDocument(doc, { url, recognizer: () => [] });
      const exitMs = now() - t0;
      out.push({
        name,
        heldOut: part === 'heldout',
        detected: ann.isArticle,
        reasons: ann.detection.reasons,
        exitMs,
      });
    }
  }
  return out;
}

// ---- run -----------------------------------------------------------------

const t0 = now();
const bodies = benchBodies();
const meta = benchMetadata();
const fixtures = benchNonArticleFixtures();
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

say(`## Body extraction — article-extraction-benchmark (${bodies.length} pages, split: ${SPLIT})`);
say('');
say('| extractor | precision | recall | F1 | median ms/page | mean ms/page |');
say('| --- | --- | --- | --- | --- | --- |');
const names = SKIP_OTHERS ? ['dramatis'] : ['dramatis', 'readability', 'defuddle'];
const sums: Record<string, ReturnType<typeof summarize>> = {};
for (const n of names) {
  const s = summarize(bodies.map((b) => b.scores[n]));
  sums[n] = s;
  say(
    `| ${n} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${f1d(median(bodies.map((b) => b.ms[n])))} | ${f1d(mean(bodies.map((b) => b.ms[n])))} |`,
  );
}
if (SPLIT === 'all') {
  for (const part of [false, true]) {
    const sub = bodies.filter((b) => b.heldOut === part);
    say(
      `\n${part ? 'held-out' : 'dev'} (${sub.length} pages): ` +
        names.map((n) => `${n} F1 ${f3(summarize(sub.map((b) => b.scores[n])).f1)}`).join(', '),
    );
  }
}
say(
  '(Dramatis time is detection + extraction incl. metadata and the live-DOM text map; the others are extraction only.)',
);

say('\n## Metadata — Readability test pages with readerable: true');
say(`\n${meta.n} pages; ${meta.corrected} field values hand-corrected (scripts/extract/metadata-corrections.json).\n`);
say('| field | Dramatis | Readability 0.6 (its own expected output, after corrections) |');
say('| --- | --- | --- |');
for (const f of ['title', 'byline', 'date', 'site'] as const)
  say(
    `| ${f} | ${meta.right[f]}/${meta.n} (${f3(meta.right[f] / meta.n)}) | ${meta.readabilityRight[f]}/${meta.n} (${f3(meta.readabilityRight[f] / meta.n)}) |`,
  );

/** Articles found and non-articles annotated, per part of the split. */
function sayDetection(
  arts: { heldOut: boolean; detected: boolean }[],
  nonArts: { heldOut: boolean; detected: boolean }[],
) {
  for (const part of SPLIT === 'all' ? ['dev', 'held-out', 'all'] : [SPLIT]) {
    const pick = <T extends { heldOut: boolean }>(xs: T[]) =>
      part === 'all' || SPLIT !== 'all' ? xs : xs.filter((x) => x.heldOut === (part === 'held-out'));
    const a = pick(arts);
    const na = pick(nonArts);
    const found = a.filter((x) => x.detected).length;
    const fa = na.filter((x) => x.detected).length;
    say(
      `- ${part}: articles found ${found}/${a.length} (${f3(found / (a.length || 1))}); non-articles annotated ${fa}/${na.length} (${f3(fa / (na.length || 1))})`,
    );
  }
}

say('\n## Detection');
const arts = [
  ...bodies.map((b) => ({ name: b.id, heldOut: b.heldOut, detected: b.detected, reasons: b.reasons })),
  ...meta.detection.filter((d) => d.readerable),
];
const nonArts = [...meta.detection.filter((d) => !d.readerable), ...fixtures];
sayDetection(arts, nonArts);
// The same pages judged against hand labels (scripts/extract/detection-labels.json) instead of Readability's
// readerable flag, which is its own heuristic's output: a section front and a product page carry it. Real pages
// only: synthetic test fixtures (placeholder text) and the pages the labeller found unclear are left out.
const handLabels = (
  JSON.parse(readFileSync(join(ROOT, 'scripts/extract/detection-labels.json'), 'utf8')) as {
    pages: Record<string, { label: 'article' | 'not-article' | 'synthetic' | 'unclear' }>;
  }
).pages;
const labelOf = (name: string) => handLabels[name]?.label ?? 'unlabelled';
const handArts = [
  ...bodies.map((b) => ({ name: b.id, heldOut: b.heldOut, detected: b.detected, reasons: b.reasons })),
  ...meta.detection.filter((d) => labelOf(d.name) === 'article'),
];
const handNonArts = [...meta.detection.filter((d) => labelOf(d.name) === 'not-article'), ...fixtures];
say('\nBy hand labels (real pages; Readability test fixtures with placeholder text and unclear pages left out):');
sayDetection(handArts, handNonArts);
for (const label of ['synthetic', 'unclear'] as const) {
  const xs = meta.detection.filter((d) => labelOf(d.name) === label);
  say(`- ${label} pages annotated: ${xs.filter((x) => x.detected).length}/${xs.length}`);
}
const handMissed = handArts.filter((x) => !x.detected).map((x) => x.name.slice(0, 12));
if (handMissed.length) say(`- missed by hand labels: ${handMissed.join(', ')}`);

const missed = arts.filter((x) => !x.detected);
const falseAlarms = nonArts.filter((x) => x.detected);
if (missed.length)
  say(`\nmissed articles: ${missed.map((m) => `${m.name.slice(0, 12)} [${m.reasons.join('; ')}]`).join('\n  ')}`);
if (falseAlarms.length)
  say(`\nnon-articles annotated: ${falseAlarms.map((m) => `${m.name} [${m.reasons.join('; ')}]`).join('\n  ')}`);

say(
  `\n## Timing (Node, linkedom, this machine; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the end of the run, 2 cores)`,
);
say(`- detection + extraction, median per article page: ${f1d(median(bodies.map((b) => b.ms.dramatis)))} ms`);
if (!SKIP_OTHERS) {
  // Load on a shared machine moves both alike: the per-page ratio is the steadier figure.
  const ratios = bodies.map((b) => b.ms.dramatis / b.ms.readability).filter(Number.isFinite);
  say(
    `- Dramatis ÷ Readability alone, same page same run: median ratio ${median(ratios).toFixed(2)} (Readability median ${f1d(median(bodies.map((b) => b.ms.readability)))} ms)`,
  );
}
const listingExit = fixtures.map((f) => f.exitMs);
say(`- no-article exit (annotateDocument on the non-article fixtures), median: ${f1d(median(listingExit))} ms`);
const realExit = meta.detection.filter((d) => !d.readerable).map((d) => d.ms);
say(`- detection alone on the ${realExit.length} real non-readerable pages, median: ${f1d(median(realExit))} ms`);
say(`\n(total run ${f1d((now() - t0) / 1000)} s)`);

if (args.includes('--verbose')) {
  for (const f of ['title', 'byline', 'date', 'site'])
    if (meta.wrong[f].length) console.log(`\n${f} wrong:\n  ${meta.wrong[f].join('\n  ')}`);
  const worst = [...bodies]
    .sort((a, b) => summarize([a.scores.dramatis]).f1 - summarize([b.scores.dramatis]).f1)
    .slice(0, 15);
  console.log('\nworst pages (dramatis F1 vs readability):');
  for (const w of worst)
    console.log(
      `  ${w.id.slice(0, 12)} P ${f3(summarize([w.scores.dramatis]).precision)} R ${f3(summarize([w.scores.dramatis]).recall)} | rd F1 ${w.scores.readability ? f3(summarize([w.scores.readability]).f1) : '-'}`,
    );
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ sums, bodies, meta, fixtures }, null, 1));
