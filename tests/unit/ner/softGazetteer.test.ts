import { describe, it, expect } from 'vitest';
import { softGazetteer, type Vectors } from '../../../scripts/ner/softGazetteer';
import { toBio, type Doc } from '../../../scripts/ner/data';

// Two-dimensional "embeddings": companies point one way, people another, a city in between.
function vectors(rows: Record<string, [number, number]>): Vectors {
  const words = Object.keys(rows);
  const X = new Float32Array(words.length * 2);
  words.forEach((w, i) => {
    const [a, b] = rows[w];
    const n = Math.hypot(a, b);
    X[i * 2] = a / n;
    X[i * 2 + 1] = b / n;
  });
  return { words, index: new Map(words.map((w, i) => [w, i])), X, dim: 2 };
}
const doc = (...sents: [string, string][][]): Doc => ({
  sents: sents.map((s) => ({ words: s.map(([w]) => w), labels: toBio(s.map(([, t]) => t)) })),
});

describe('softGazetteer', () => {
  const vec = vectors({
    airbus: [1, 0.05],
    boeing: [1, 0.1],
    northrop: [1, 0.15],
    magna: [1, 0.08],
    smith: [0.05, 1],
    jones: [0.1, 1],
    brown: [0.15, 1],
    paris: [0.7, 0.7],
  });
  // each typed word is seen twice, as eng.train would show it
  const train = [
    doc(
      [
        ['Airbus', 'I-ORG'],
        ['and', 'O'],
        ['Boeing', 'I-ORG'],
        ['and', 'O'],
        ['Northrop', 'I-ORG'],
      ],
      [
        ['Airbus', 'I-ORG'],
        ['and', 'O'],
        ['Boeing', 'I-ORG'],
        ['and', 'O'],
        ['Northrop', 'I-ORG'],
      ],
      [
        ['Smith', 'I-PER'],
        ['met', 'O'],
        ['Jones', 'I-PER'],
        ['and', 'O'],
        ['Brown', 'I-PER'],
      ],
      [
        ['Smith', 'I-PER'],
        ['met', 'O'],
        ['Jones', 'I-PER'],
        ['and', 'O'],
        ['Brown', 'I-PER'],
      ],
    ),
  ];

  it('gives an unseen word the type its nearest typed words agree on', () => {
    const m = softGazetteer(train, vec, ['magna', 'paris'], 3, 3);
    expect(m.get('magna')).toBe(1); // ORG
  });

  it('gives no type where the neighbours disagree', () => {
    const m = softGazetteer(train, vec, ['paris'], 3, 3);
    expect(m.has('paris')).toBe(false);
  });

  it('does not let a typed word vote for itself', () => {
    // with k = 3 and only two other companies, Airbus cannot reach three agreeing votes
    const m = softGazetteer(train, vec, [], 3, 3);
    expect(m.has('airbus')).toBe(false);
    expect(softGazetteer(train, vec, [], 2, 2).get('airbus')).toBe(1);
  });

  it('types only words seen capitalised at least twice with 70 % agreement', () => {
    const once = [
      doc([
        ['Airbus', 'I-ORG'],
        ['and', 'O'],
        ['Boeing', 'I-ORG'],
        ['and', 'O'],
        ['Northrop', 'I-ORG'],
      ]),
    ];
    expect(softGazetteer(once, vec, ['magna'], 1, 1).size).toBe(0);
  });
});
