/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py), reimplemented line for line:
 *  - tokens are `\w+` matches (Python's Unicode `\w`: letters, numbers, underscore),
 *    case kept;
 *  - shingles are 4-token tuples (a text with fewer than 4 tokens gives one shorter
 *    shingle, an empty text none), counted as a multiset;
 *  - per page tp/fp/fn are the multiset overlap and differences, then divided by
 *    their sum so every page weighs the same;
 *  - precision is the mean over pages with tp+fp > 0, recall the mean over pages
 *    with tp+fn > 0, F1 the harmonic mean of those two means.
 */
export type TpFpFn = [number, number, number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text ? (text.match(TOKEN) ?? []) : [];
}

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const sh = tokens.slice(i, i + n);
    if (!sh.length) continue;
    const key = sh.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarize(pages: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
