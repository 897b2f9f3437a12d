/**
 * Two people who share a surname: the bare surname goes to the one the article does not also call by the given
 * name alone. Sentences written for these tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, mentionsOf } from './helpers/taggedSpans';

describe('a surname two people share', () => {
  it('goes to the one not called by the given name alone, even in a headline before either full name', () => {
    const text =
      'Dorn visits wife Alma in clinic.\n' +
      'Governor Victor Dorn visited his wife Alma at the clinic on Friday, his office said.\n' +
      'Alma Dorn had surgery last week. Dorn said she was recovering well.';
    const es = runTagged(text, ['Victor Dorn', 'Alma Dorn', 'Alma', 'Dorn']);
    expect(mentionsOf(es, 'Victor Dorn').filter((m) => m === 'Dorn')).toHaveLength(2);
    expect(mentionsOf(es, 'Alma Dorn')).not.toContain('Dorn');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Dorn');
  });

  it('is no evidence when the given name is joined to the other full name ("Joe and Hunter Biden")', () => {
    const text =
      'Senator Ray Tillis spoke first. His son Mark Tillis, a lawyer, spoke later.\n' +
      'Both Ray and Mark Tillis left early. Tillis said the hearing was fair.';
    const es = runTagged(text, ['Ray Tillis', 'Mark Tillis', 'Ray', 'Tillis']);
    expect(mentionsOf(es, 'Mark Tillis')).not.toContain('Tillis');
  });
});
