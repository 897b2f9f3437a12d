// Roles benchmark: people found, roles right, official flags, one entity per person, orgs/places recall,
// for Dramatis beside compromise, on the hand-annotated pages in tests/fixtures/roles/.
//   npx tsx scripts/bench-roles.ts [--split test|dev|all] [--data ../shared/data] [--seed ../shared/seed]
//                                  [--fixtures tests/fixtures/roles] [--only|--except <file-prefix>] [--verbose] [--json out.json]
//                                  [--model public/models/ner-en.bin]
// Text is what the product sees: the extractor's article.text (annotateDocument on a linkedom
// document of the gunzipped page: readability-pages/<name>/source.html.gz or
// article-extraction-benchmark/html/<id>.html.gz), the seed's plain text, or a GUM Wikinews article
// (ner/gum-news/GUM_news_<x>.tsv) rebuilt as prose by scripts/roles/gumText.ts, or a Reuters story of
// CoNLL-2003 (ner/conll2003/eng.testa#<n>, the n-th document, 0-based) rebuilt by scripts/roles/conllText.ts,
// or a plain text written for this benchmark and kept in the repo (tests/fixtures/roles-text/<name>.txt).
// --only keeps the fixtures whose file name starts with the prefix (e.g. "aeb-" for the
// article-extraction-benchmark pages), --except drops them. Dramatis = the CLI's recognizer (the NER
// model when public/models/ner-en.bin loads, else the rules). compromise has no roles: n/a.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import { annotateDocument } from '../utils/annotate.ts';
import { recognize } from '../utils/recognize/recognize.ts';
import { modelRecognizer } from '../utils/recognize/modelRecognizer.ts';
import { Tagger } from '../utils/ner/tagger.ts';
import { NER_MODEL_PATH } from '../utils/ner/modelUrl.ts';
import type { Entity } from '../utils/types.ts';
import { scorePage, normName, type GoldPage, type PageScore, type SysEntity } from './roles/score.ts';
import { gumText } from './roles/gumText.ts';
import { conllText } from './roles/conllText.ts';

const args = process.argv.slice(2);
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const SPLIT = sval('split', 'test');
const DATA = sval('data', '../shared/data');
const SEED = sval('seed', '../shared/seed');
const FIXTURES = sval('fixtures', 'tests/fixtures/roles');
const JSON_OUT = sval('json', '');
const VERBOSE = args.includes('--verbose');
const ONLY = sval('only', '');
const EXCEPT = sval('except', '');
// another model file, to compare a candidate with the shipped one on the same pages
const MODEL = sval('model', join(import.meta.dirname, '../public', NER_MODEL_PATH));
if (!['test', 'dev', 'all'].includes(SPLIT)) {
  process.stderr.write('usage: npx tsx scripts/bench-roles.ts [--split test|dev|all]\n');
  process.exit(2);
}

// The same recognizer as scripts/annotate.ts.
let recognizer: (text: string) => Entity[];
let engine: string;
try {
  recognizer = modelRecognizer(Tagger.fromModel(readFileSync(MODEL)));
  engine = 'model';
} catch (e) {
  process.stderr.write(`bench-roles: NER model unavailable (${(e as Error).message}); using the rules\n`);
  recognizer = (t) => recognize(t);
  engine = 'rules';
}

function compromiseEntities(text: string): SysEntity[] {
  const doc = nlp(text);
  const out: SysEntity[] = [];
  const add = (type: SysEntity['type'], view: { json(opts: object): unknown }) => {
    const byName = new Map<string, SysEntity>();
    for (const m of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const t = m.text.replace(/[\s,.;:'"’!?)]+$/u, '').replace(/^[\s("'‘“]+/u, '');
      if (!t) continue;
      const key = normName(t);
      // compromise's offset may exclude punctuation its text includes: find the name itself near it.
      const near = text.indexOf(t, Math.max(0, m.offset.start - 3));
      const start = near >= 0 && near <= m.offset.start + m.offset.length ? near : m.offset.start;
      let e = byName.get(key);
      if (!e) byName.set(key, (e = { name: t, type, role: null, official: false, mentions: [] }));
      e.mentions.push({ start, end: start + t.length, text: t });
    }
    out.push(...byName.values());
  };
  add('person', doc.people());
  add('org', doc.organizations());
  add('place', doc.places());
  return out;
}

interface Page {
  name: string;
  gold: GoldPage;
  text: string;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  for (const f of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && f.startsWith(ONLY) && !(EXCEPT && f.startsWith(EXCEPT)))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as GoldPage;
    if (SPLIT !== 'all' && gold.split !== SPLIT) continue;
    const name = f.replace(/\.json$/, '');
    const src = gold.source.split(' ')[0];
    let text: string;
    if (src.startsWith('seed/')) text = readFileSync(join(SEED, src.slice('seed/'.length)), 'utf8');
    // Texts of our own (not a publisher's), written in the wire style of a language no open corpus here covers.
    else if (src.startsWith('tests/fixtures/roles-text/'))
      text = readFileSync(join(import.meta.dirname, '..', src), 'utf8');
    // GUM Wikinews articles: no page to extract, the text is rebuilt from the corpus's tokenized sentences.
    else if (src.startsWith('ner/gum-news/')) text = gumText(readFileSync(join(DATA, src), 'utf8'));
    // CoNLL-2003 Reuters stories: the fixture holds names only (research-use text); "#<n>" picks the document.
    else if (src.startsWith('ner/conll2003/')) {
      const [file, n] = src.split('#');
      text = conllText(readFileSync(join(DATA, file), 'utf8'), Number(n));
    } else {
      const AEB = 'article-extraction-benchmark/';
      const file = src.startsWith(AEB)
        ? join(DATA, AEB, 'html', `${src.slice(AEB.length)}.html.gz`)
        : join(DATA, src, 'source.html.gz');
      const html = gunzipSync(readFileSync(file)).toString('utf8');
      const a = annotateDocument(parseHTML(html).document as unknown as Document, { recognizer: () => [] });
      if (!a.article) {
        process.stderr.write(`bench-roles: ${name}: the extractor finds no article; skipped\n`);
        continue;
      }
      text = a.article.text;
    }
    pages.push({ name, gold, text });
  }
  return pages;
}

type Sum = Omit<
  PageScore,
  | 'misses'
  | 'roleErrors'
  | 'inventedRoles'
  | 'splitErrors'
  | 'spurious'
  | 'orgMisses'
  | 'placeMisses'
  | 'officialErrors'
> & {
  ms: number;
};
function sum(scores: (PageScore & { ms: number })[]): Sum {
  const z: Sum = {
    gold: 0,
    found: 0,
    sysPeople: 0,
    sysPeopleRight: 0,
    withRole: 0,
    roleRight: null,
    withoutRole: 0,
    roleInvented: null,
    officialRight: null,
    oneEntity: 0,
    orgs: 0,
    orgsFound: 0,
    places: 0,
    placesFound: 0,
    ms: 0,
  };
  for (const s of scores) {
    for (const k of Object.keys(z) as (keyof Sum)[]) {
      const v = s[k];
      if (v === null) continue;
      (z[k] as number | null) = ((z[k] as number | null) ?? 0) + v;
    }
  }
  return z;
}

const pct = (n: number | null, d: number) => (n === null ? 'n/a' : d ? (n / d).toFixed(3) : '-');

const pages = loadPages();
const results = {
  dramatis: [] as (PageScore & { ms: number; page: string })[],
  compromise: [] as (PageScore & { ms: number; page: string })[],
};
// Warm both up once so the first page does not pay for JIT and lazy loading.
recognizer('Warm up, said John Smith in London.');
nlp('Warm up, said John Smith in London.').people();
// Time: the faster of two runs per page (the first run of a page pays for JIT and garbage collection).
function timed<T>(f: () => T): [T, number] {
  let best = Infinity,
    out!: T;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    out = f();
    best = Math.min(best, performance.now() - t0);
  }
  return [out, best];
}
for (const p of pages) {
  const [ents, msD] = timed(() => recognizer(p.text));
  const [cents, msC] = timed(() => compromiseEntities(p.text));
  results.dramatis.push({ ...scorePage(p.text, p.gold, ents, true), ms: msD, page: p.name });
  results.compromise.push({ ...scorePage(p.text, p.gold, cents, false), ms: msC, page: p.name });
}

const rows: [string, (s: Sum, n: number) => string][] = [
  ['people found (recall)', (s) => `${pct(s.found, s.gold)} (${s.found}/${s.gold})`],
  ['people precision', (s) => `${pct(s.sysPeopleRight, s.sysPeople)} (${s.sysPeopleRight}/${s.sysPeople})`],
  [
    'roles right',
    (s) => (s.roleRight === null ? 'n/a (no roles)' : `${pct(s.roleRight, s.withRole)} (${s.roleRight}/${s.withRole})`),
  ],
  [
    'role where none is given',
    (s) =>
      s.roleInvented === null
        ? 'n/a (no roles)'
        : `${pct(s.roleInvented, s.withoutRole)} (${s.roleInvented}/${s.withoutRole})`,
  ],
  [
    'official flag accuracy',
    (s) =>
      s.officialRight === null ? 'n/a (no flag)' : `${pct(s.officialRight, s.found)} (${s.officialRight}/${s.found})`,
  ],
  ['one entity per person', (s) => `${pct(s.oneEntity, s.found)} (${s.oneEntity}/${s.found})`],
  ['orgs recall', (s) => `${pct(s.orgsFound, s.orgs)} (${s.orgsFound}/${s.orgs})`],
  ['places recall', (s) => `${pct(s.placesFound, s.places)} (${s.placesFound}/${s.places})`],
  ['time per page (ms)', (s, n) => (n ? (s.ms / n).toFixed(1) : '-')],
];
const w0 = Math.max(...rows.map((r) => r[0].length)),
  w1 = 28;
function table(title: string, keep: (name: string) => boolean) {
  const d = sum(results.dramatis.filter((r) => keep(r.page))),
    c = sum(results.compromise.filter((r) => keep(r.page)));
  const n = results.dramatis.filter((r) => keep(r.page)).length;
  console.log(`${title} (${n} pages)\n`);
  console.log(`| ${'metric'.padEnd(w0)} | ${'Dramatis'.padEnd(w1)} | ${'compromise'.padEnd(w1)} |`);
  console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|${'-'.repeat(w1 + 2)}|`);
  for (const [label, f] of rows) console.log(`| ${label.padEnd(w0)} | ${f(d, n).padEnd(w1)} | ${f(c, n).padEnd(w1)} |`);
  console.log('');
  return { dramatis: d, compromise: c, pages: n };
}
console.log(
  `Roles benchmark: split=${SPLIT}, Dramatis recognizer=${engine} (${new Date().toISOString().slice(0, 10)})\n`,
);
const langOf = new Map(pages.map((p) => [p.name, p.gold.lang ?? 'en']));
const all = table('All pages', () => true);
const en = table('English pages only', (n) => langOf.get(n) === 'en');
console.log('\nPer page (Dramatis): found/gold, roles right/with role, one-entity/found, ms');
for (const r of results.dramatis) {
  console.log(
    `  ${r.page.padEnd(28)} ${`${r.found}/${r.gold}`.padStart(6)} ${`${r.roleRight}/${r.withRole}`.padStart(6)} ${`${r.oneEntity}/${r.found}`.padStart(6)} ${r.ms.toFixed(1).padStart(7)}`,
  );
  if (VERBOSE) {
    for (const m of r.misses) console.log(`      missed: ${m}`);
    for (const m of r.roleErrors) console.log(`      role: ${m}`);
    for (const m of r.inventedRoles) console.log(`      role not given: ${m}`);
    for (const m of r.splitErrors) console.log(`      entity: ${m}`);
    for (const m of r.officialErrors) console.log(`      official: ${m}`);
    if (r.spurious.length) console.log(`      not a gold person: ${r.spurious.join('; ')}`);
    if (r.orgMisses.length) console.log(`      orgs missed: ${r.orgMisses.join('; ')}`);
    if (r.placeMisses.length) console.log(`      places missed: ${r.placeMisses.join('; ')}`);
  }
}
if (!VERBOSE) console.log('\n(--verbose lists misses, role errors, split/merged people and spurious people)');
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ split: SPLIT, engine, all, en, results }, null, 2));
