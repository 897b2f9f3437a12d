import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../utils/recognize/recognize';
import { entityId } from '../../utils/recognize/entityId';
import type { Entity } from '../../utils/types';

const SEED_DIR = join(import.meta.dirname, '../../../shared/seed');
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
const seed = seeds[0];

function expectValidOffsets(text: string, ents: Entity[]) {
  for (const e of ents)
    for (const m of e.mentions) {
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
}

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name);

describe('recognize: interface', () => {
  it('returns entities of the documented shape', () => {
    const ents = recognize(seed);
    expect(ents.length).toBeGreaterThan(5);
    for (const e of ents) {
      expect(Object.keys(e).sort()).toEqual(['id', 'mentions', 'name', 'official', 'role', 'roleOf', 'type', 'why']);
      expect(typeof e.id).toBe('string');
      expect(e.id).toBe(entityId(e.type, e.name));
      expect(typeof e.name).toBe('string');
      expect(e.name.trim()).toBe(e.name);
      expect(['person', 'org', 'place', 'misc']).toContain(e.type);
      expect(e.role === null || typeof e.role === 'string').toBe(true);
      expect(typeof e.official).toBe('boolean');
      expect(Array.isArray(e.why)).toBe(true);
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(Object.keys(m).sort()).toEqual(['end', 'start', 'text']);
    }
  });

  it('every mention slices back to its text, in every seed file', () => {
    for (const t of seeds) expectValidOffsets(t, recognize(t));
  });

  it('ids are unique within an article', () => {
    const ids = recognize(seed).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('mentions of one entity do not overlap and are in order', () => {
    const all = recognize(seed)
      .flatMap((e) => e.mentions)
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  });
});

describe('recognize: the seed article', () => {
  const ents = recognize(seed);

  it.each(['John Kirby', 'Vladimir Putin', 'Dmitry Peskov', 'Kim Jong-un', 'Choe Son-hui', 'Patrick Ryder'])(
    '%s is a person with a clean name',
    (name) => {
      const e = byName(ents, name);
      expect(e, name).toBeDefined();
      expect(e!.type).toBe('person');
      expect(e!.id).toBe(entityId('person', name));
    },
  );

  it('no person name carries a title, rank or possessive', () => {
    for (const e of ents.filter((x) => x.type === 'person')) {
      expect(e.name).not.toMatch(/^(Mr|Mrs|Ms|Dr|Gen|Maj|President|Minister)\.?\s/);
      expect(e.name).not.toMatch(/['’]s$/);
    }
  });

  it('"Kirby" alone joins John Kirby', () => {
    const kirby = byName(ents, 'John Kirby')!;
    const bare = [...seed.matchAll(/(?<!John )\bKirby\b/g)].map((m) => m.index!);
    expect(bare.length).toBeGreaterThanOrEqual(3);
    const starts = new Set(kirby.mentions.map((m) => m.start));
    for (const i of bare) expect(starts.has(i), `Kirby at ${i}`).toBe(true);
    expect(ents.filter((e) => /Kirby/.test(e.name))).toHaveLength(1);
  });

  it('"Mr. Putin" and "Putin" join Vladimir Putin', () => {
    const putin = byName(ents, 'Vladimir Putin')!;
    const mr = [...seed.matchAll(/Mr\. Putin/g)].map((m) => m.index!);
    expect(mr.length).toBe(2);
    for (const i of mr)
      expect(
        putin.mentions.some((m) => m.start <= i + 4 && m.end === i + 9),
        `Mr. Putin at ${i}`,
      ).toBe(true);
    const allPutin = [...seed.matchAll(/\bPutin\b/g)].length;
    expect(putin.mentions).toHaveLength(allPutin);
    expect(ents.filter((e) => /Putin/.test(e.name))).toHaveLength(1);
  });

  it('roles are taken as worded in the article', () => {
    expect(byName(ents, 'Dmitry Peskov')!.role).toBe('Kremlin spokesperson');
    expect(byName(ents, 'John Kirby')!.role).toContain('National Security Council coordinator');
    expect(byName(ents, 'Choe Son-hui')!.role).toBe('North Korean Foreign Minister');
    expect(byName(ents, 'Kim Jong-un')!.role).toBe('North Korean leader');
    expect(byName(ents, 'Vladimir Putin')!.role).toBe('Russian President');
    expect(byName(ents, 'Patrick Ryder')!.role).toContain('Pentagon Press Secretary');
  });

  it('office holders are official', () => {
    for (const n of ['Vladimir Putin', 'Choe Son-hui', 'Patrick Ryder'])
      expect(byName(ents, n)!.official, n).toBe(true);
  });

  it('places are places', () => {
    for (const n of ['Pyongyang', 'Moscow', 'Ukraine']) expect(byName(ents, n)?.type, n).toBe('place');
  });

  it('finds nothing in the site boilerplate lines', () => {
    const lines: [number, number][] = [];
    for (const l of ['Back To Top', 'MOST POPULAR', 'LATEST NEWS', 'subscribe']) {
      for (const m of seed.matchAll(new RegExp(`^${l}$`, 'gm'))) lines.push([m.index!, m.index! + l.length]);
    }
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const e of ents)
      for (const m of e.mentions)
        for (const [a, b] of lines) expect(m.end <= a || m.start >= b, `${e.name} in boilerplate`).toBe(true);
  });
});

describe('entity ids', () => {
  it('are the same for spelling variants of one name', () => {
    expect(entityId('person', 'Kim Jong-un')).toBe(entityId('person', 'Kim Jong Un'));
    expect(entityId('person', 'Kim Jong-un')).toBe(entityId('person', 'kim jong-un'));
    expect(entityId('person', 'José Martí')).toBe(entityId('person', 'Jose Marti'));
    expect(entityId('person', 'John Kirby')).toBe('person:john-kirby');
  });

  it('differ by type and by name', () => {
    expect(entityId('person', 'Jordan')).not.toBe(entityId('place', 'Jordan'));
    expect(entityId('person', 'John Kirby')).not.toBe(entityId('person', 'John Kerry'));
  });

  it('recognize gives the same id to "Kim Jong-un" and "Kim Jong Un" in two articles', () => {
    const a = recognize('North Korean leader Kim Jong-un inspected a missile factory on Monday, state media said.');
    const b = recognize('North Korean leader Kim Jong Un inspected a missile factory on Monday, state media said.');
    const ka = a.find((e) => e.name.startsWith('Kim'));
    const kb = b.find((e) => e.name.startsWith('Kim'));
    expect(ka?.id).toBeDefined();
    expect(ka!.id).toBe(kb!.id);
  });
});

describe('recognize: lexicon names', () => {
  it('multi-word places from the lexicon are found whole, including those starting with "New"', () => {
    const t = 'Diplomats flew from Germany to New York, then to New Delhi and on to New Zealand for talks.';
    const ents = recognize(t);
    for (const name of ['Germany', 'New York', 'New Delhi', 'New Zealand']) {
      const e = byName(ents, name);
      expect(e?.type, name).toBe('place');
      expect(e!.mentions[0].start).toBe(t.indexOf(name));
    }
    expect(ents.some((e) => ['York', 'Delhi', 'Zealand'].includes(e.name))).toBe(false);
  });
});

describe('recognize: people who share a name part stay apart', () => {
  it('two Smiths are two people and a bare "Smith" joins neither', () => {
    const t =
      'Foreign Minister John Smith met Defense Minister Mary Smith in Paris on Monday. Smith said the talks went well.';
    const ents = recognize(t);
    const john = byName(ents, 'John Smith');
    const mary = byName(ents, 'Mary Smith');
    expect(john?.type).toBe('person');
    expect(mary?.type).toBe('person');
    expect(john!.id).not.toBe(mary!.id);
    const bare = t.lastIndexOf('Smith said');
    expect(john!.mentions.some((m) => m.start === bare)).toBe(false);
    expect(mary!.mentions.some((m) => m.start === bare)).toBe(false);
  });

  it('Kim Jong-un and Kim Yo-jong are two people', () => {
    const ents = recognize('North Korean leader Kim Jong-un and his sister Kim Yo-jong attended. Kim spoke first.');
    const a = byName(ents, 'Kim Jong-un');
    const b = byName(ents, 'Kim Yo-jong');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a!.id).not.toBe(b!.id);
    const bare = 'North Korean leader Kim Jong-un and his sister Kim Yo-jong attended. '.length;
    expect([...a!.mentions, ...b!.mentions].some((m) => m.start === bare)).toBe(false);
  });

  it('a surname with one owner joins that owner', () => {
    const t = 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin. Mr. Scholz said Macron was right.';
    const ents = recognize(t);
    expect(byName(ents, 'Olaf Scholz')!.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
    expect(byName(ents, 'Emmanuel Macron')!.mentions.map((m) => m.text)).toEqual(['Emmanuel Macron', 'Macron']);
  });
});

describe('recognize: odd input', () => {
  it('empty and blank text give no entities', () => {
    expect(recognize('')).toEqual([]);
    expect(recognize('   \n\n\t ')).toEqual([]);
  });

  it('emoji (astral characters) keep JavaScript string offsets', () => {
    const t = '😀😀 John Kirby 👍🏽 met Vladimir Putin 🇷🇺 in Moscow.';
    const ents = recognize(t);
    expectValidOffsets(t, ents);
    expect(byName(ents, 'Vladimir Putin')?.mentions[0].start).toBe(t.indexOf('Vladimir Putin'));
  });

  it('right-to-left text does not throw', () => {
    const t = 'قال الرئيس محمد بن سلمان اليوم إن المحادثات مع John Kirby كانت مثمرة. שלום עולם';
    const ents = recognize(t);
    expectValidOffsets(t, ents);
  });

  it('control characters, lone surrogates and punctuation soup do not throw', () => {
    const t = '\u0000\u0007 \ud800 ... ,,, "" () Mr. . Gen. \u200b\u200e Jong- -un \'s ’s';
    expectValidOffsets(t, recognize(t));
  });

  it('1 MB of text does not throw and keeps valid offsets', { timeout: 60_000 }, () => {
    let t = '';
    while (t.length < 1_000_000) t += seed + '\n\n';
    const ents = recognize(t);
    expectValidOffsets(t, ents);
    const kirby = byName(ents, 'John Kirby');
    expect(kirby!.mentions.length).toBeGreaterThan(100);
  });

  it('1 MB without a single space or newline does not throw', () => {
    const t = 'A'.repeat(1_000_000);
    expect(() => recognize(t)).not.toThrow();
  });
});
