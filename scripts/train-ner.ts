// Trains the Dramatis span tagger and writes public/models/ner-en.bin.
//   npx tsx scripts/train-ner.ts [--epochs 12] [--bits 20] [--no-gaz] [--no-wiki] [--no-doc]
//        [--no-ngrams] [--no-clusters] [--affix 4] [--docdrop 0.3] [--folds 5] [--out path] [--no-save]
// Trains on CoNLL-2003 eng.train only (plus WikiANN train/dev entity names as a gazetteer and
// word clusters from unlabeled text), chooses the epoch on eng.testa; never reads eng.testb.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type FeatOpts } from '../utils/ner/features.ts';
import { readConll, readWikiann, evaluate } from './ner/data.ts';
import { prepDoc, addGaz, featurize, trainPerceptron, tagDocs, perSentence, docCodes, type PDoc, type TrainResult } from './ner/trainer.ts';
import { TokInfo } from '../utils/ner/features.ts';
import { encodeModel } from './ner/serialize.ts';

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
const opts: FeatOpts = {
  bits: val('bits', 20),
  affix: val('affix', 4),
  gaz: !flag('no-gaz'),
  doc: !flag('no-doc'),
  clusters: !flag('no-clusters') && existsSync(sval('clusters', 'scripts/ner/clusters.tsv')),
  ngrams: !flag('no-ngrams'),
};
const EPOCHS = val('epochs', 12);
const FOLDS = val('folds', 5);
const DOCDROP = val('docdrop', 0.3);
const OUT = sval('out', 'public/models/ner-en.bin');
const useWiki = opts.gaz && !flag('no-wiki');
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);
log(`options ${JSON.stringify(opts)} epochs=${EPOCHS} folds=${FOLDS} docdrop=${DOCDROP} wiki=${useWiki}`);

const train = readConll(`${DATA}/ner/conll2003/eng.train`).map((d) => prepDoc(d, opts.ngrams));
const dev = readConll(`${DATA}/ner/conll2003/eng.testa`).map((d) => prepDoc(d, opts.ngrams));
log(`train ${train.length} docs, dev ${dev.length} docs`);

// word clusters (scripts/ner/clusters.ts builds them from unlabeled text)
let clus: Map<number, number> | null = null;
if (opts.clusters) {
  clus = new Map();
  for (const line of readFileSync(sval('clusters', 'scripts/ner/clusters.tsv'), 'utf8').split('\n')) {
    const [w, code] = line.split('\t');
    if (!w || !code) continue;
    clus.set(new TokInfo([w], false).hl[0], Number(code));
  }
  log(`clusters: ${clus.size} words`);
}

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
const gazFor = (k: number) => (opts.gaz ? gazFold[foldOf(k)] : new Map<number, number>());

function devScore(r: TrainResult, twoPass = true) {
  const labels = tagDocs(dev, r, opts, opts.gaz ? gazFull : new Map(), clus, twoPass);
  const { gold, pred } = perSentence(dev, labels);
  return evaluate(gold, pred);
}
const fmt = (s: ReturnType<typeof devScore>) =>
  ['ALL', 'PER', 'ORG', 'LOC', 'MISC'].map((k) => `${k} ${(s[k].f * 100).toFixed(2)}`).join('  ');

// Stage A: jackknifed first-pass predictions on train give realistic document-feature values
let docArr: Uint8Array[] | null = null;
if (opts.doc) {
  docArr = train.map((d) => new Uint8Array(d.ti.n));
  const A_EPOCHS = val('epochs-a', 6);
  const aOpts = { ...opts, doc: false };
  for (let f = 0; f < FOLDS; f++) {
    const trainIdx = train.map((_, k) => k).filter((k) => foldOf(k) !== f);
    const heldIdx = train.map((_, k) => k).filter((k) => foldOf(k) === f);
    // inner gazetteer for the inner training docs would need a second jackknife level;
    // the fold gazetteers (which exclude fold f) are used for both sides for simplicity.
    const sents = trainIdx.flatMap((k) => featurize(train[k], aOpts, gazFor(k), clus, null, k));
    const r = trainPerceptron(sents, aOpts, A_EPOCHS, 0, undefined, 7 + f);
    const held = heldIdx.map((k) => train[k]);
    const labels = tagDocs(held, r, aOpts, gazFold[f] ?? new Map(), clus, false);
    heldIdx.forEach((k, j) => docCodes(train[k].ti, labels[j], docArr![k]));
    log(`stage A fold ${f + 1}/${FOLDS} done`);
  }
}

const sents = train.flatMap((d, k) => featurize(d, opts, gazFor(k), clus, docArr ? docArr[k] : null, k));
log(`featurized ${sents.length} sentences`);
let best: { f: number; ep: number; r: TrainResult } | null = null;
const final = trainPerceptron(sents, opts, EPOCHS, DOCDROP, (ep, r) => {
  const s = devScore(r);
  const s1 = opts.doc ? devScore(r, false) : null;
  log(`epoch ${ep + 1} dev ${fmt(s)}${s1 ? `   (pass 1 only: ${(s1.ALL.f * 100).toFixed(2)})` : ''}`);
  if (!best || s.ALL.f > best.f) best = { f: s.ALL.f, ep: ep + 1, r };
});
void final;
const b = best!;
log(`best dev epoch ${b.ep}: F1 ${(b.f * 100).toFixed(2)}`);

if (!flag('no-save')) {
  const bytes = encodeModel(b.r, opts, opts.gaz ? gazFull : new Map(), clus, {
    prune: val('prune', 0),
    trained: `eng.train (${train.length} docs), best epoch ${b.ep}/${EPOCHS} on eng.testa`,
  });
  writeFileSync(OUT, bytes);
  log(`wrote ${OUT}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
}
export type { PDoc };
