/**
 * Rules added after 25 Reuters stories of CoNLL-2003's development file (eng.testa, 1996: politics, diplomacy,
 * courts, a film festival) joined the roles benchmark's dev set. Every sentence and name here was written for
 * these tests; `spans` stand in for the trained tagger, typing names as it may.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed, roleOf, officialOf } from './helpers/taggedSpans';

const run = runTagged;

describe('offices of a country', () => {
  it('"former Dorvanian president" is still an office: "former" before the demonym', () => {
    const es = run('Ann Lee met former Iranian president Ray Lund on Monday.', ['Ann Lee', 'Ray Lund']);
    expect(roleOf(es, 'Ray Lund')).toBe('former Iranian president');
    expect(officialOf(es, 'Ray Lund')).toBe(true);
  });

  it('demonyms of more countries: "Libyan leader", "Tanzanian president", "Swiss foreign minister"', () => {
    const es = run('Libyan leader Ray Lund spoke. Tanzanian president Ann Lee listened.', ['Ray Lund', 'Ann Lee']);
    expect(officialOf(es, 'Ray Lund')).toBe(true);
    expect(officialOf(es, 'Ann Lee')).toBe(true);
  });
});

describe('role words', () => {
  it('trades and conditions named before or after a name: vendor, dissident, labourer, partisan, assistant', () => {
    const t =
      'A street vendor, Ray Lund, 41, was fined. Veteran dissident Ann Lee spoke. Police stopped Tom Reed, ' +
      'a 27-year-old farm labourer. Eva Hart, a partisan seized in the war, was freed. The jailing of Ann ' +
      "Lee's assistant Cal Moss was confirmed.";
    const es = run(t, ['Ray Lund', 'Ann Lee', 'Tom Reed', 'Eva Hart', 'Cal Moss']);
    expect(roleOf(es, 'Ray Lund')).toBe('street vendor');
    expect(roleOf(es, 'Ann Lee')).toBe('Veteran dissident');
    expect(roleOf(es, 'Tom Reed')).toMatch(/labourer/);
    expect(roleOf(es, 'Eva Hart')).toMatch(/partisan/);
    expect(roleOf(es, 'Cal Moss')).toBe("Ann Lee's assistant");
  });
});

describe('friends and diplomats', () => {
  it('"Tom Dee, Carl Jones\' best friend,": a friend is a role', () => {
    const es = run("Aidan Dee plays Tom Dee, Carl Jones' best friend, in the film.", [
      'Aidan Dee',
      'Tom Dee',
      'Carl Jones',
    ]);
    expect(roleOf(es, 'Tom Dee')).toBe("Carl Jones' best friend");
  });

  it('an attache and a consul hold diplomatic posts: official', () => {
    const es = run('Police burst in while attache Ray Lund was out. Ann Lee, the honorary consul, left.', [
      'Ray Lund',
      'Ann Lee',
    ]);
    expect(officialOf(es, 'Ray Lund')).toBe(true);
    expect(officialOf(es, 'Ann Lee')).toBe(true);
  });
});

describe('a name glossed in brackets', () => {
  it('"Ray Nikolai (Lund)": the bracketed name is the same person', () => {
    const es = run('It was agreed with Ray Nikolai (Lund) yesterday. Ray Lund left at noon.', [
      'Ray Nikolai',
      'Lund',
      'Ray Lund',
    ]);
    expect(personNamed(es, 'Ray Nikolai')).toBeUndefined();
    expect(personNamed(es, 'Ray Lund')?.mentions.map((m) => m.text)).toEqual(['Ray Nikolai', 'Lund', 'Ray Lund']);
  });

  it('"Abu Karim\'s (Lund\'s) call": possessives on both', () => {
    const es = run('Ray Lund spoke. "I heed Abu Karim\'s (Lund\'s) call," a farmer said.', [
      'Ray Lund',
      'Abu Karim',
      'Lund',
    ]);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ray Lund']);
  });

  it('"Ray Leander (Leo) Lund": a nickname in brackets inside a name keeps the name whole', () => {
    const es = run('His death came after Ray Leander (Leo) Lund, a close friend of Ann Lee, died.', [
      'Ann Lee',
      'Ray Leander',
      'Leo',
      'Lund',
    ]);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ray Leander (Leo) Lund', 'Ann Lee']);
  });

  it('not a place in brackets: "Ann Lee (Denver) Tom Dee"', () => {
    const es = run('Winners: Ann Lee (Denver) Tom Dee (Oslo).', [
      'Ann Lee',
      'Tom Dee',
      ['Denver', 'place'],
      ['Oslo', 'place'],
    ]);
    expect(personNamed(es, 'Tom Dee')).toBeDefined();
  });

  it('not two people side by side: "Ray Lund and Ann Lee (Reuters)"', () => {
    const es = run('Ray Lund, Ann Lee (in red) and Tom Reed posed.', ['Ray Lund', 'Ann Lee', 'Tom Reed']);
    expect(es.filter((e) => e.type === 'person')).toHaveLength(3);
  });
});

describe('a plural role set off before a list of names', () => {
  it('"to two opposition leaders, A and B": a count opens the phrase, and "and" after the name lists it', () => {
    const es = run('The state granted asylum to two opposition leaders, Ann Lee and Ray Lund.', [
      'Ann Lee',
      'Ray Lund',
    ]);
    expect(roleOf(es, 'Ann Lee')).toBe('opposition leaders');
    expect(roleOf(es, 'Ray Lund')).toBe('opposition leaders');
  });

  it('"met the union leaders, A and B, in Oslo"', () => {
    const es = run('Police later met the union leaders, Ann Lee and Ray Lund, in Oslo.', [
      'Ann Lee',
      'Ray Lund',
      ['Oslo', 'place'],
    ]);
    expect(roleOf(es, 'Ann Lee')).toBe('union leaders');
  });

  it('not a phrase ending a clause: "After meeting two union leaders, Ann Lee said"', () => {
    const es = run('After meeting two union leaders, Ann Lee said she was pleased.', ['Ann Lee']);
    expect(roleOf(es, 'Ann Lee')).toBeNull();
  });

  it('a plural office is an office: "the city councillors, A and B"', () => {
    const es = run('Voters backed the city councillors, Ann Lee and Ray Lund, again.', ['Ann Lee', 'Ray Lund']);
    expect(officialOf(es, 'Ann Lee')).toBe(true);
  });

  it('a capitalised plural names a body, not a role: "The Joint Chiefs of Staff chairman, X"', () => {
    const es = run('The Joint Chiefs of Staff chairman, Ray Lund, said the jets were ready.', [
      'Ray Lund',
      ['Joint Chiefs of Staff', 'org'],
    ]);
    expect(es.find((e) => e.name === 'Joint Chiefs of Staff')?.type).toBe('org');
  });
});
