import { describe, expect, it } from 'vitest';
import { words } from '../../utils/recognize/words';
import { fillListedNames } from '../../utils/recognize/passes/fillListedNames';
import type { Candidate } from '../../utils/recognize/candidate';

// Sentences written for these tests.
const names = (text: string, cands: Candidate[] = []) => {
  const ws = words(text);
  return fillListedNames(ws, cands)
    .filter((c) => c.why.includes('listed name'))
    .map((c) => text.slice(ws[c.first].start, ws[c.last].end));
};

describe('fillListedNames', () => {
  it('finds listed organisations the tagger left untagged, whole names first', () => {
    expect(names('The clip spread on Facebook and YouTube before the Associated Press confirmed it.')).toEqual([
      'Facebook',
      'YouTube',
      'Associated Press',
    ]);
  });

  it('leaves a name inside a longer capitalised run, or one a candidate covers', () => {
    expect(names('She opened Google Maps and then Apple Music on her phone.')).toEqual([]);
    const text = 'Shares of Netflix rose while Netflix Studios said little.';
    const ws = words(text);
    const first = ws.findIndex((w) => w.text === 'Netflix');
    const cand: Candidate = { first, last: first, type: 'org', role: null, titled: false, why: ['tagged'] };
    expect(names(text, [cand])).toEqual([]);
  });

  it('skips a sentence-initial word the text also writes in lower case, and all-caps words on all-caps lines', () => {
    expect(names('Target dates were missed. The target was set too high.')).toEqual([]);
    expect(names('The shoppers went to Target on Friday.')).toEqual(['Target']);
    expect(names('WHO WILL PAY FOR IT\nThe WHO said the outbreak was over.')).toEqual(['WHO']);
    expect(names('Follow twitter.com/AP_Sports for more, or @Reuters on the site.')).toEqual([]);
    expect(names('(Photo: Robyn Beck/AFP via the wire)')).toEqual(['AFP']);
  });
});
