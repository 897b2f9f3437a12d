import { describe, expect, it } from 'vitest';
import { singularOf } from '../../utils/recognize/singularOf';

describe('singularOf', () => {
  it('takes the plural ending off English nouns: -ies, sibilant -es, -s', () => {
    expect(['secretaries', 'coaches', 'bosses', 'boxes', 'protesters'].map(singularOf)).toEqual([
      'secretary',
      'coach',
      'boss',
      'box',
      'protester',
    ]);
  });
  it('leaves a word not in -s, or one in -ss, as it is', () => {
    expect(['chief', 'boss', 'press'].map(singularOf)).toEqual(['chief', 'boss', 'press']);
  });
});
