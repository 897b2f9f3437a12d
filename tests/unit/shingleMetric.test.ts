import { describe, expect, it } from 'vitest';
import { shingleMatch, shingles, summarize, tokenize } from '../../scripts/extract/shingleMetric';

// Expected values worked out by hand from scrapinghub/article-extraction-benchmark's evaluate.py.
describe('article-extraction-benchmark metric', () => {
  it('tokens are \\w+ runs (Unicode letters, digits, underscore), case kept', () => {
    expect(tokenize("Müller's café, 2024—snake_case!")).toEqual(['Müller', 's', 'café', '2024', 'snake_case']);
    expect(tokenize('')).toEqual([]);
  });

  it('4-token shingles; a short text gives one shorter shingle; an empty text none', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('x y').size).toBe(1);
    expect(shingles('').size).toBe(0);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('per page tp/fp/fn are multiset overlaps normalised to sum 1', () => {
    // truth: (a b c d) (b c d e); pred: (a b c d) → tp 1, fp 0, fn 1
    expect(shingleMatch('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
    // pred adds one shingle not in the truth: (a b c d) (b c d z) → tp 1, fp 1, fn 1
    const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d z');
    expect([tp, fp, fn].map((x) => x * 3)).toEqual([1, 1, 1]);
  });

  it('precision and recall are means over pages, skipping pages where they are undefined; F1 of the means', () => {
    const s = summarize([
      [0.5, 0, 0.5], // P 1, R 0.5
      [0.25, 0.75, 0], // P 0.25, R 1
      [0, 0, 0], // both empty: skipped for both
    ]);
    expect(s.precision).toBeCloseTo(0.625, 10);
    expect(s.recall).toBeCloseTo(0.75, 10);
    expect(s.f1).toBeCloseTo((2 * 0.625 * 0.75) / (0.625 + 0.75), 10);
  });

  it('an empty prediction for a non-empty truth scores recall 0 and is left out of precision', () => {
    const s = summarize([shingleMatch('a b c d e', ''), shingleMatch('a b c d', 'a b c d')]);
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBe(1);
  });
});
