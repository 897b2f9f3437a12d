// Trains the Dramatis span tagger and writes public/models/ner-en.bin.
//   npx tsx scripts/train-ner.ts [--epochs 14] [--bits 20] [--no-gaz] [--wiki] [--no-doc]
//        [--ngrams] [--no-clusters] [--clusters path] [--no-glove] [--glove path] [--affix 4] [--docdrop 0.3] [--folds 5]
//        [--no-ctxagg] [--seed 1] [--seeds 8] [--budget 395] [--prune x] [--out path] [--no-save]
//        [--runs] [--table] [--dochist] [--ctxclus] [--stack] [--wikitrain N] [--no-cache]
//        [--no-soft] [--soft-k 20] [--soft-agree 12] [--vectors path-prefix] [--soft-top N]
//        [--gazdrop p] [--softdrop p] [--unseen]
// Trains on CoNLL-2003 eng.train only (gazetteer from its names, word clusters from unlabeled text
// built by scripts/ner/clusters.ts and from pretrained GloVe vectors by scripts/ner/gloveClusters.ts,
// a soft gazetteer from eng.train's names and GloVe neighbours by scripts/ner/softGazetteer.ts),
// chooses the epoch on eng.testa; never reads eng.testb.
// Options --wiki (WikiANN names in the gazetteer) and --ngrams (character trigrams) exist for the
// ablation; they did not pay on eng.testa and are off in the shipped model. So are --table, --dochist,
// --ctxclus, --stack and --wikitrain (tried 2026-11-28, no gain on eng.testa beyond seed noise).
// --seeds k averages the weights of k runs with different shuffling seeds.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type FeatOpts } from '../utils/ner/features.ts';
import { readConll, readWikiann, evaluate, chunks, type Chunk, type Doc } from './ner/data.ts';
import { readVectors, softGazetteer } from './ner/softGazetteer.ts';
import {
  prepDoc,
  addGaz,
  featurize,
  trainPerceptron,
  tagDocs,
  perSentence,
  docCodes,
  type PDoc,
  type TrainResult,
  type TSent,
} from './ner/trainer.ts';
import { TokInfo, F_CAP, F_ALLCAPS, clusterKey, ngramKey } from '../utils/ner/features.ts';
import { encodeModel } from './ner/serialize.ts';
import { decodeModel } from '../utils/ner/model.ts';
import { tagDocument } from '../utils/ner/decode.ts';

const args = process.argv.slice(2);
const flag = (n: string) => args.includes(`--${n}`);
const val = (n: string, d: number) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const sval = (n: string, d: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};

const DATA = sval('data', '../shared/data');
const CLUSTERS = sval('clusters', 'node_modules/.cache/dramatis-ner/clusters.tsv');
if (!flag('no-clusters') && !existsSync(CLUSTERS)) {
  // build the word clusters first (deterministic, about a minute)
  process.stderr.write(`${CLUSTERS} missing: running scripts/ner/clusters.ts\n`);
  mkdirSync(dirname(CLUSTERS), { recursive: true });
  execFileSync(process.execPath, [...process.execArgv, 'scripts/ner/clusters.ts', '--data', DATA, '--out', CLUSTERS], {
    stdio: 'inherit',
  });
}
const GLOVE = sval('glove', 'node_modules/.cache/dramatis-ner/glove-clusters.tsv');
if (!flag('no-clusters') && !flag('no-glove') && !existsSync(GLOVE)) {
  // GloVe clusters over the text clusters' words (fetches the vectors once, about a minute)
  process.stderr.write(`${GLOVE} missing: running scripts/ner/gloveClusters.ts\n`);
  execFileSync(
    process.execPath,
    [
      '--max-old-space-size=6144',
      ...process.execArgv,
      'scripts/ner/gloveClusters.ts',
      '--vocab',
      CLUSTERS,
      '--out',
      GLOVE,
    ],
    { stdio: 'inherit' },
  );
}
const opts: FeatOpts = {
  bits: val('bits', 20),
  affix: val('affix', 4),
  gaz: !flag('no-gaz'),
  doc: !flag('no-doc'),
  clusters: !flag('no-clusters'),
  ngrams: flag('ngrams'),
  ctxagg: !flag('no-ctxagg'),
  dochist: flag('dochist'),
  runs: flag('runs'),
  table: flag('table'),
  ctxclus: flag('ctxclus'),
  stack: flag('stack'),
  glove: !flag('no-clusters') && !flag('no-glove'),
};
const EPOCHS = val('epochs', 14);
const FOLDS = val('folds', 5);
const DOCDROP = val('docdrop', 0.3);
const OUT = sval('out', 'public/models/ner-en.bin');
const useWiki = opts.gaz && flag('wiki');
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);
log(`options ${JSON.stringify(opts)} epochs=${EPOCHS} folds=${FOLDS} docdrop=${DOCDROP} wiki=${useWiki}`);

const rawTrain = readConll(`${DATA}/ner/conll2003/eng.train`);
const train = rawTrain.map((d) => prepDoc(d, opts.ngrams));
const dev = readConll(`${DATA}/ner/conll2003/eng.testa`).map((d) => prepDoc(d, opts.ngrams));
log(`train ${train.length} docs, dev ${dev.length} docs`);

// word clusters: "word<TAB>code" files keyed like the tagger's lower-cased word hashes
const readClusters = (path: string) => {
  const m = new Map<number, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [w, code] = line.split('\t');
    if (w && code) m.set(clusterKey(new TokInfo([w], false).hl[0]), Number(code));
  }
  return m;
};
// from unlabeled text (scripts/ner/clusters.ts) and from GloVe vectors (scripts/ner/gloveClusters.ts)
const clus = opts.clusters ? readClusters(CLUSTERS) : null;
if (clus) log(`clusters: ${clus.size} words`);
const glove = opts.glove ? readClusters(GLOVE) : null;
if (glove) log(`GloVe clusters: ${glove.size} words`);

// gazetteers: WikiANN (src 1) + CoNLL train entities (src 0), jackknifed over folds for training
const wiki = new Map<number, number>();
if (useWiki) {
  for (const f of ['train', 'dev']) {
    for (const s of readWikiann(`${DATA}/ner/wikiann-en/${f}`)) {
      const ti = new TokInfo(s.words, false);
      addGaz(wiki, ti, s.labels, 1);
    }
  }
  log(`wikiann gazetteer: ${wiki.size} names`);
}
const foldOf = (k: number) => k % FOLDS;
const gazFull = new Map(wiki);
const gazFold: Map<number, number>[] = [];
if (opts.gaz) {
  for (const d of train) addGaz(gazFull, d.ti, d.gold, 0);
  for (let f = 0; f < FOLDS; f++) {
    const g = new Map(wiki);
    train.forEach((d, k) => {
      if (foldOf(k) !== f) addGaz(g, d.ti, d.gold, 0);
    });
    gazFold.push(g);
  }
  log(`full gazetteer: ${gazFull.size} names`);
}
// The soft gazetteer (scripts/ner/softGazetteer.ts): the type a word's GloVe neighbours among
// eng.train's typed words agree on, in the second source's bits (WikiANN's, which is off). Jackknifed
// like the gazetteer: a training document sees the types voted by the other folds only.
const SOFT = opts.gaz && opts.glove && !flag('no-soft') && !useWiki;
const SOFT_K = val('soft-k', 20),
  SOFT_AGREE = val('soft-agree', 12);
// --soft-top N: the candidates are also GloVe's N most frequent words, not only the text clusters' vocabulary
const SOFT_TOP = val('soft-top', 0);
if (SOFT) {
  const VECS = sval('vectors', `node_modules/.cache/dramatis-ner/glove-vectors${SOFT_TOP ? `-top${SOFT_TOP}` : ''}`);
  if (!existsSync(`${VECS}.f32`)) {
    process.stderr.write(`${VECS}.f32 missing: running scripts/ner/gloveVectors.ts\n`);
    execFileSync(
      process.execPath,
      [
        '--max-old-space-size=6144',
        ...process.execArgv,
        'scripts/ner/gloveVectors.ts',
        '--vocab',
        CLUSTERS,
        '--data',
        DATA,
        '--out',
        VECS,
        '--top',
        String(SOFT_TOP),
      ],
      { stdio: 'inherit' },
    );
  }
  const vec = readVectors(VECS);
  const vocab = SOFT_TOP
    ? vec.words
    : readFileSync(CLUSTERS, 'utf8')
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean);
  const addSoft = (gaz: Map<number, number>, docs: Doc[]) => {
    for (const [w, t] of softGazetteer(docs, vec, vocab, SOFT_K, SOFT_AGREE)) {
      const key = ngramKey(new TokInfo([w], false).hl, 0, 1);
      gaz.set(key, (gaz.get(key) ?? 0) | (1 << (4 + t)));
    }
  };
  addSoft(gazFull, rawTrain);
  for (let f = 0; f < FOLDS; f++)
    addSoft(
      gazFold[f],
      rawTrain.filter((_, k) => foldOf(k) !== f),
    );
  log(`soft gazetteer (k ${SOFT_K}, agree ${SOFT_AGREE}): full gazetteer now ${gazFull.size} keys`);
}
const gazFor = (k: number) => (opts.gaz ? gazFold[foldOf(k)] : new Map<number, number>());

// --unseen: also score dev on the names eng.train never writes (any type), the kind that dominates a
// later test set; a gold or predicted chunk counts when its lower-cased words are not a train name.
const UNSEEN = flag('unseen');
const trainNames = new Set<string>();
for (const d of train) for (const c of chunks(d.gold)) trainNames.add(d.words.slice(c.s, c.e).join(' ').toLowerCase());
const devSentWords: string[][] = dev.flatMap((d) => d.bounds.slice(1).map((e, b) => d.words.slice(d.bounds[b], e)));
const unseenChunk = (i: number, c: Chunk) => !trainNames.has(devSentWords[i].slice(c.s, c.e).join(' ').toLowerCase());
function devScore(r: TrainResult, twoPass = true) {
  const labels = tagDocs(dev, r, opts, opts.gaz ? gazFull : new Map(), clus, twoPass, glove);
  const { gold, pred } = perSentence(dev, labels);
  return withUnseen(gold, pred);
}
function withUnseen(gold: Uint8Array[], pred: Uint8Array[]) {
  const s = evaluate(gold, pred);
  if (UNSEEN) s.UNSEEN = evaluate(gold, pred, [0, 1, 2, 3], unseenChunk).ALL;
  return s;
}
const fmt = (s: ReturnType<typeof devScore>) =>
  ['ALL', 'PER', 'ORG', 'LOC', 'MISC', ...(UNSEEN ? ['UNSEEN'] : [])]
    .map((k) => `${k} ${(s[k].f * 100).toFixed(2)}`)
    .join('  ');

// Stage A: jackknifed first-pass predictions on train give realistic document-feature values
let docArr: Uint8Array[] | null = null;
let labArr: Uint8Array[] | null = null; // the stage A labels themselves (for --stack)
if (opts.doc) {
  docArr = train.map((d) => new Uint8Array(d.ti.n));
  labArr = train.map((d) => new Uint8Array(d.ti.n));
  const A_EPOCHS = val('epochs-a', 6);
  // stage A (only a source of realistic first-pass labels) keeps the base feature set, so its cache is shared
  const aOpts: FeatOpts = {
    ...opts,
    doc: false,
    dochist: false,
    runs: false,
    table: false,
    ctxclus: false,
    stack: false,
  };
  // stage A depends only on these settings: cache its labels (node_modules/.cache, not committed)
  const base = {
    ...aOpts,
    dochist: undefined,
    runs: undefined,
    table: undefined,
    ctxclus: undefined,
    stack: undefined,
  };
  // The key hashes what stage A reads (the fold gazetteers with their soft types, both cluster files),
  // not file times or option names: a key of options and mtimes once served labels computed from
  // another soft gazetteer under the same key, and `npm run train` stopped rebuilding the shipped model.
  const inputs = createHash('sha1');
  for (const g of gazFold) for (const [k, v] of [...g].sort((a, b) => a[0] - b[0])) inputs.update(`${k}:${v};`);
  inputs.update(readFileSync(CLUSTERS));
  if (glove) inputs.update(readFileSync(GLOVE));
  const aKey = createHash('sha1')
    .update(JSON.stringify([base, A_EPOCHS, FOLDS, inputs.digest('hex'), 4]))
    .digest('hex')
    .slice(0, 12);
  const aFile = `node_modules/.cache/dramatis-ner/stageA-${aKey}.bin`;
  const cached = existsSync(aFile) && !flag('no-cache') ? readFileSync(aFile) : null;
  if (cached) {
    let o = 0;
    for (const a of labArr) {
      a.set(cached.subarray(o, o + a.length));
      o += a.length;
    }
    log(`stage A labels from ${aFile}`);
  }
  for (let f = 0; f < FOLDS && !cached; f++) {
    const trainIdx = train.map((_, k) => k).filter((k) => foldOf(k) !== f);
    const heldIdx = train.map((_, k) => k).filter((k) => foldOf(k) === f);
    // inner gazetteer for the inner training docs would need a second jackknife level;
    // the fold gazetteers (which exclude fold f) are used for both sides for simplicity.
    const sents = trainIdx.flatMap((k) => featurize(train[k], aOpts, gazFor(k), clus, null, k, null, glove));
    const r = trainPerceptron(sents, aOpts, A_EPOCHS, 0, undefined, 7 + f);
    const held = heldIdx.map((k) => train[k]);
    const labels = tagDocs(held, r, aOpts, gazFold[f] ?? new Map(), clus, false, glove);
    heldIdx.forEach((k, j) => labArr![k].set(labels[j]));
    log(`stage A fold ${f + 1}/${FOLDS} done`);
  }
  if (!cached) {
    const all = new Uint8Array(labArr.reduce((n, a) => n + a.length, 0));
    let o = 0;
    for (const a of labArr) {
      all.set(a, o);
      o += a.length;
    }
    mkdirSync(dirname(aFile), { recursive: true });
    writeFileSync(aFile, all);
  }
  train.forEach((d, k) => docCodes(d.ti, labArr![k], docArr![k]));
}

const GAZDROP = val('gazdrop', 0),
  SOFTDROP = val('softdrop', 0);
const sents: TSent[] = train.flatMap((d, k) =>
  featurize(
    d,
    opts,
    gazFor(k),
    clus,
    docArr ? docArr[k] : null,
    k,
    labArr ? labArr[k] : null,
    glove,
    GAZDROP,
    SOFTDROP,
  ),
);
// --wikitrain N: add up to N WikiANN train/dev sentences (silver PER/ORG/LOC, no MISC) as extra
// training data, only those whose capitalised words are all inside entities (no unlabeled MISC)
const WIKITRAIN = val('wikitrain', 0);
if (WIKITRAIN > 0) {
  let added = 0;
  const minLen = val('wikimin', 6);
  for (const f of ['train', 'dev']) {
    for (const s of readWikiann(`${DATA}/ner/wikiann-en/${f}`)) {
      if (added >= WIKITRAIN) break;
      if (s.words.length < minLen) continue;
      const d = prepDoc({ sents: [s] }, opts.ngrams);
      let ok = true;
      for (let i = 0; i < d.ti.n && ok; i++)
        if (d.ti.flags[i] & (F_CAP | F_ALLCAPS) && i > 0 && s.labels[i] === 0) ok = false;
      if (!ok) continue;
      sents.push(...featurize(d, opts, gazFull, clus, null, train.length + added, null, glove));
      added++;
    }
  }
  log(`added ${added} WikiANN sentences`);
}
log(`featurized ${sents.length} sentences`);
let best: { f: number; ep: number; r: TrainResult } | null = null;
const SEED = val('seed', 1);
// --seeds k: train k models with different shuffling seeds and average their weights per epoch
// (a linear model, so this is the ensemble of their scores)
const SEEDS = val('seeds', 8);
const acc: TrainResult[] = [];
for (let si = 0; si < SEEDS; si++) {
  trainPerceptron(
    sents,
    opts,
    EPOCHS,
    DOCDROP,
    (ep, r) => {
      if (!acc[ep]) acc[ep] = { W: new Float32Array(r.W.length), T: new Float32Array(r.T.length) };
      const a = acc[ep];
      for (let k = 0; k < r.W.length; k++) a.W[k] += r.W[k] / SEEDS;
      for (let k = 0; k < r.T.length; k++) a.T[k] += r.T[k] / SEEDS;
      if (SEEDS > 1 && !flag('verbose')) return;
      const s = devScore(r);
      const s1 = opts.doc ? devScore(r, false) : null;
      log(
        `seed ${SEED + si} epoch ${ep + 1} dev ${fmt(s)}${s1 ? `   (pass 1 only: ${(s1.ALL.f * 100).toFixed(2)})` : ''}`,
      );
    },
    SEED + si,
  );
}
for (let ep = 0; ep < EPOCHS; ep++) {
  const r = acc[ep];
  const s = devScore(r);
  log(`${SEEDS > 1 ? `average of ${SEEDS} seeds, ` : ''}epoch ${ep + 1} dev ${fmt(s)}`);
  if (!best || s.ALL.f > best.f) best = { f: s.ALL.f, ep: ep + 1, r };
}
const b = best!;
log(`best dev epoch ${b.ep}: F1 ${(b.f * 100).toFixed(2)}`);

if (!flag('no-save')) {
  // Prune rows with small weights until the gzipped model fits the budget; report dev F1 of the
  // quantised, pruned model as shipped (decoded by the runtime reader).
  const BUDGET = val('budget', 395) * 1024;
  const gazOut = opts.gaz ? gazFull : new Map<number, number>();
  let chosen: Uint8Array | null = null;
  for (const prune of [0, 0.25, 0.5, 0.75, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 2, 3, 4, 6, 8, 12, 16]) {
    if (val('prune', -1) >= 0 && prune !== val('prune', -1)) continue;
    const bytes = encodeModel(
      b.r,
      opts,
      gazOut,
      clus,
      {
        prune,
        trained: `eng.train (${train.length} docs), epoch ${b.ep}/${EPOCHS} chosen on eng.testa, ${SEEDS} seed(s) averaged, prune ${prune}`,
      },
      glove,
    );
    const gz = gzipSync(bytes, { level: 9 }).length;
    const m = decodeModel(bytes);
    const labels = dev.map((d) => tagDocument(m, d.ti, d.bounds));
    const { gold, pred } = perSentence(dev, labels);
    log(
      `prune ${prune}: ${m.header.rows} rows, ${bytes.length} bytes, ${gz} gzipped; dev ${fmt(withUnseen(gold, pred))}`,
    );
    if (gz <= BUDGET) {
      chosen = bytes;
      break;
    }
  }
  if (chosen) {
    writeFileSync(OUT, chosen);
    log(`wrote ${OUT}: ${chosen.length} bytes, ${gzipSync(chosen, { level: 9 }).length} gzipped`);
  } else log('no pruning level fits the budget; nothing written');
}
export type { PDoc };
