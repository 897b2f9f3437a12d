/**
 * Rules added after a second batch of 24 Reuters stories of CoNLL-2003's development file (eng.testa, 1996:
 * politics, diplomacy, crime, business, sport in prose) joined the roles benchmark's dev set. Every sentence
 * and name here was written for these tests; `spans` stand in for the trained tagger, typing names as it may.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, people, officialOf } from './helpers/taggedSpans';

const run = runTagged;

describe('offices of a country', () => {
  it('demonyms of more countries: "Philippine president", "Tajik premier"', () => {
    const es = run('Philippine president Ray Lund thanked Tajik premier Ann Lee.', ['Ray Lund', 'Ann Lee']);
    expect(officialOf(es, 'Ray Lund')).toBe(true);
    expect(officialOf(es, 'Ann Lee')).toBe(true);
  });

  it("a chargé d'affaires holds a diplomatic post, with or without the accent", () => {
    const es = run(
      "Ann Lee summoned Dorvania's charge d'affaires, Ray Lund, on Monday. Chargé d’affaires Tom Reed left.",
      ['Ann Lee', 'Ray Lund', 'Tom Reed'],
    );
    expect(roleOf(es, 'Ray Lund')).toBe("Dorvania's charge d'affaires");
    expect(officialOf(es, 'Ray Lund')).toBe(true);
    expect(roleOf(es, 'Tom Reed')).toBe('Chargé d’affaires');
    expect(officialOf(es, 'Tom Reed')).toBe(true);
  });
});

describe("a country's people are no one", () => {
  it('"Azeris", "Scots" and a lone "Azerbaijani" tagged as persons are dropped', () => {
    const es = run('Ann Lee said the Azeris and the Scots agreed. An Azerbaijani official was there.', [
      'Ann Lee',
      'Azeris',
      'Scots',
      'Azerbaijani',
    ]);
    expect(people(es)).toEqual(['Ann Lee']);
  });
});

describe('role words', () => {
  it('a champion, a caretaker, a rescuer', () => {
    const t =
      'Former world heavyweight champion Ray Lund quit. Ann Lee, a caretaker who lives on the island, wept. ' +
      'Tom Reed, a volunteer rescuer, said nothing.';
    const es = run(t, ['Ray Lund', 'Ann Lee', 'Tom Reed']);
    expect(roleOf(es, 'Ray Lund')).toMatch(/champion$/);
    expect(roleOf(es, 'Ann Lee')).toBe('caretaker');
    expect(roleOf(es, 'Tom Reed')).toBe('volunteer rescuer');
  });
});

describe('no public office', () => {
  it('"of the Dorvan Democratic Party": a party named alone is membership, not a post', () => {
    const es = run(
      '"We left," said Ray Lund of the Dorvan Democratic Party (DDP). Ann Lee of the Interior Ministry agreed.',
      ['Ray Lund', ['Dorvan Democratic Party', 'org'], ['DDP', 'org'], 'Ann Lee', ['Interior Ministry', 'org']],
    );
    expect(roleOf(es, 'Ray Lund')).toMatch(/^of the Dorvan Democratic Party/);
    expect(officialOf(es, 'Ray Lund')).toBe(false);
    expect(officialOf(es, 'Ann Lee')).toBe(true);
  });

  it("rebel and separatist commanders hold no public office; a separatist government's minister does", () => {
    const t =
      "Separatist military leader Ray Lund met Ann Lee, a rebel commander, at noon. Tom Reed, the separatist government's " +
      'foreign minister, joined them.';
    const es = run(t, ['Ray Lund', 'Ann Lee', 'Tom Reed']);
    expect(roleOf(es, 'Ray Lund')).toBe('Separatist military leader');
    expect(officialOf(es, 'Ray Lund')).toBe(false);
    expect(officialOf(es, 'Ann Lee')).toBe(false);
    expect(officialOf(es, 'Tom Reed')).toBe(true);
  });
});

describe('an appositive after the name', () => {
  it("closed by the end of the text: a story's last line", () => {
    const es = run('"Prices will rise," said Ray Lund, analyst at Brand & Co.', ['Ray Lund', ['Brand & Co.', 'org']]);
    expect(roleOf(es, 'Ray Lund')).toBe('analyst at Brand & Co.');
  });

  it('opening with a field in -ing before its head: "banking industry analyst", "marketing director"', () => {
    const t =
      '"Banks will merge," said Ray Lund, banking industry analyst at Brand Brothers. Ann Lee, marketing ' +
      'director of Vela, agreed. Tom Reed, speaking to reporters, disagreed.';
    const es = run(t, ['Ray Lund', ['Brand Brothers', 'org'], 'Ann Lee', ['Vela', 'org'], 'Tom Reed']);
    expect(roleOf(es, 'Ray Lund')).toBe('banking industry analyst at Brand Brothers');
    expect(roleOf(es, 'Ann Lee')).toBe('marketing director of Vela');
    expect(roleOf(es, 'Tom Reed')).toBeNull();
  });
});

describe('places named after people', () => {
  it('"at Ray Lund airport": a name before a lower-case noun of a built place is the place', () => {
    const es = run('Workers marched at Ray Lund airport north of Paris. Ann Lee spoke.', [
      'Ray Lund',
      ['Paris', 'place'],
      'Ann Lee',
    ]);
    expect(people(es)).toEqual(['Ann Lee']);
    expect(es.find((e) => e.name === 'Ray Lund')?.type).toBe('place');
  });
});

describe('relief societies', () => {
  it('a national Red Cross president holds no public office, whatever the country', () => {
    const es = run('Swiss Red Cross president Ray Lund met Ann Lee, the Kenyan Red Crescent president, in Geneva.', [
      'Ray Lund',
      'Ann Lee',
    ]);
    expect(roleOf(es, 'Ray Lund')).toBe('Swiss Red Cross president');
    expect(officialOf(es, 'Ray Lund')).toBe(false);
    expect(officialOf(es, 'Ann Lee')).toBe(false);
  });
});
