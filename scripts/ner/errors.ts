// Prints the entity errors of a model on eng.testa (dev) for error analysis.
//   npx tsx scripts/ner/errors.ts [--model public/models/ner-en.bin]
import { readFileSync } from 'node:fs';
import { decodeModel } from '../../utils/ner/model.ts';
import { tagDocument } from '../../utils/ner/decode.ts';
import { TYPES } from '../../utils/ner/features.ts';
import { readConll, chunks } from './data.ts';
import { prepDoc } from './trainer.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--model');
const m = decodeModel(readFileSync(i >= 0 ? args[i + 1] : 'public/models/ner-en.bin'));
const dev = readConll('../shared/data/ner/conll2003/eng.testa').map((d) => prepDoc(d, false));
const counts = new Map<string, number>();
for (const d of dev) {
  const y = tagDocument(m, d.ti, d.bounds);
  for (let b = 0; b + 1 < d.bounds.length; b++) {
    const s = d.bounds[b],
      e = d.bounds[b + 1];
    const g = chunks(d.gold.subarray(s, e)),
      p = chunks(y.subarray(s, e));
    const key = (c: { s: number; e: number; t: number }) => `${c.s},${c.e},${c.t}`;
    const gs = new Set(g.map(key)),
      ps = new Set(p.map(key));
    const sent = d.words.slice(s, e).join(' ');
    for (const c of g)
      if (!ps.has(key(c))) {
        const pt = p.find((q) => q.s < c.e && q.e > c.s);
        const k = `miss ${TYPES[c.t]} -> ${pt ? (pt.s === c.s && pt.e === c.e ? TYPES[pt.t] : 'span:' + TYPES[pt.t]) : 'O'}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
        console.log(`${k}\t${d.words.slice(s + c.s, s + c.e).join(' ')}\t|| ${sent.slice(0, 140)}`);
      }
    for (const c of p)
      if (!gs.has(key(c)) && !g.some((q) => q.s < c.e && q.e > c.s)) {
        const k = `spurious ${TYPES[c.t]}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
        console.log(`${k}\t${d.words.slice(s + c.s, s + c.e).join(' ')}\t|| ${sent.slice(0, 140)}`);
      }
  }
}
console.error([...counts].sort((a, b) => b[1] - a[1]));
