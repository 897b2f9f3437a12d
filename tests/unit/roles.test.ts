/**
 * Roles as issue 4 words them: pre-name titles, appositives before and after,
 * copular and relative forms, ranks kept in the role and stripped from the
 * name, the organisation or country the role belongs to, the official flag.
 * Expectations come from the issue's own examples.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../utils/recognize/recognize';
import { roleOrganisation, isOfficialRole, tidyRole } from '../../utils/recognize/passes/attachRoles';
import type { Entity } from '../../utils/types';

const person = (text: string, name: string): Entity => {
  const e = recognize(text).find((x) => x.type === 'person' && x.name === name);
  if (!e) throw new Error(`${name} not found as a person in: ${text}`);
  return e;
};

describe('pre-name titles', () => {
  it.each([
    ['Russian President Vladimir Putin said so.', 'Vladimir Putin', 'Russian President', 'Russia'],
    ['On Monday, Kremlin spokesperson Dmitry Peskov said so.', 'Dmitry Peskov', 'Kremlin spokesperson', 'Kremlin'],
    [
      'It was North Korean Foreign Minister Choe Son-hui who spoke.',
      'Choe Son-hui',
      'North Korean Foreign Minister',
      'North Korea',
    ],
    ['Yesterday Secretary of State Mike Pompeo declined.', 'Mike Pompeo', 'Secretary of State', null],
  ])('%s', (text, name, role, of) => {
    const e = person(text, name);
    expect(e.role).toBe(role);
    expect(e.roleOf ?? null).toBe(of);
    expect(e.official).toBe(true);
  });

  it('keeps ranks in the role and out of the name', () => {
    const e = person(
      'In a separate briefing, Pentagon Press Secretary Maj. Gen. Patrick Ryder urged talks.',
      'Patrick Ryder',
    );
    expect(e.role).toContain('Pentagon Press Secretary');
    expect(e.role).toContain('Maj. Gen.');
    expect(e.roleOf).toBe('Pentagon');
    expect(e.mentions[0].text).toBe('Patrick Ryder');
  });

  it('a party rank: "Democratic Rep. Adam Schiff"', () => {
    const e = person('Democratic Rep. Adam Schiff said the inquiry would go on.', 'Adam Schiff');
    expect(e.role).toBe('Democratic Rep.');
    expect(e.official).toBe(true);
  });

  it('an honorific is no role', () => {
    const es = recognize('John Kirby spoke first. Later Mr. Kirby took questions.');
    const kirby = es.find((e) => e.name === 'John Kirby')!;
    expect(kirby.role).toBeNull();
    expect(kirby.mentions.map((m) => m.text)).toEqual(['John Kirby', 'Kirby']);
  });
});

describe('appositives', () => {
  it('after the name, with "the"', () => {
    const e = person(
      'John Kirby, the National Security Council coordinator for strategic communications, said on Tuesday.',
      'John Kirby',
    );
    expect(e.role).toBe('National Security Council coordinator for strategic communications');
    expect(e.roleOf).toBe('National Security Council');
  });

  it('after the name, with "a former"', () => {
    const e = person('Tim Morrison, a former National Security Council official, testified.', 'Tim Morrison');
    expect(e.role).toBe('former National Security Council official');
    expect(e.official).toBe(true);
  });

  it('before the name', () => {
    const text = "Officials said the Taliban's deputy leader, Sirajuddin Haqqani, met envoys.";
    // As the trained tagger would give it: the name span only.
    const start = text.indexOf('Sirajuddin');
    const es = recognize(text, { spans: [{ start, end: start + 'Sirajuddin Haqqani'.length, type: 'person' }] });
    expect(es[0].name).toBe('Sirajuddin Haqqani');
    expect(es[0].role).toBe("Taliban's deputy leader");
  });

  it('a participle clause is no role', () => {
    const e = person('John Smith, speaking to reporters on Monday, said no.', 'John Smith');
    expect(e.role).toBeNull();
  });
});

describe('copular and relative forms', () => {
  it('"X, who is the chairman of ..."', () => {
    const e = person(
      'The panel heard Mark Milley, who is the chairman of the Joint Chiefs of Staff, on Tuesday.',
      'Mark Milley',
    );
    expect(e.role).toBe('chairman of the Joint Chiefs of Staff');
    expect(e.roleOf).toBe('Joint Chiefs of Staff');
  });

  it('"X is the ambassador to ..."', () => {
    const e = person('Gordon Sondland is the ambassador to the European Union. He testified.', 'Gordon Sondland');
    expect(e.role).toBe('ambassador to the European Union');
    expect(e.roleOf).toBe('European Union');
  });

  it('"X is expected ..." is no role', () => {
    const e = person('Gordon Sondland is expected to testify, officials said.', 'Gordon Sondland');
    expect(e.role).toBeNull();
  });
});

describe('role helpers', () => {
  it('official: offices and ranks yes, jobs no', () => {
    expect(isOfficialRole('Kremlin spokesperson')).toBe(true);
    expect(isOfficialRole('Maj. Gen.')).toBe(true);
    expect(isOfficialRole('chief executive of Tesla')).toBe(false);
    expect(isOfficialRole("nation's top infectious disease expert")).toBe(false);
    expect(isOfficialRole(null)).toBe(false);
  });

  it('roleOrganisation finds the body, not the title words', () => {
    expect(roleOrganisation('Pentagon Press Secretary')).toBe('Pentagon');
    expect(roleOrganisation('former National Security Council official')).toBe('National Security Council');
    expect(roleOrganisation('spokesperson')).toBeNull();
  });

  it('tidyRole puts a trailing rank after a comma', () => {
    expect(tidyRole('Pentagon Press Secretary Maj. Gen.')).toBe('Pentagon Press Secretary, Maj. Gen.');
    expect(tidyRole('Maj. Gen.')).toBe('Maj. Gen.');
    expect(tidyRole('Kremlin spokesperson')).toBe('Kremlin spokesperson');
  });
});

describe('tagger spans are cleaned before they become entities', () => {
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it('a span that is only a title names no one; the name after it keeps the role', () => {
    const text = 'In a briefing, Pentagon Press Secretary Maj. Gen. Patrick Ryder urged talks.';
    const es = recognize(text, {
      spans: [
        { ...at(text, 'Maj.'), type: 'person' },
        { ...at(text, 'Patrick Ryder'), type: 'person' },
      ],
    });
    expect(es.map((e) => e.name)).toEqual(['Patrick Ryder']);
    expect(es[0].role).toContain('Pentagon Press Secretary');
  });

  it('a nationality adjective tagged MISC is not an entity', () => {
    const text = 'North Korean leader Kim Jong-un spoke.';
    const es = recognize(text, {
      spans: [
        { ...at(text, 'North Korean'), type: 'misc' },
        { ...at(text, 'Kim Jong-un'), type: 'person' },
      ],
    });
    expect(es.map((e) => e.name)).toEqual(['Kim Jong-un']);
    expect(es[0].role).toBe('North Korean leader');
  });
});

describe('short forms of place names', () => {
  it('"US" and "United States" are one entity under the full name, each mention keeping its own text', () => {
    const text = 'The United States said on Monday that US forces would stay. Officials in Washington agreed.';
    const us = recognize(text).filter((e) => e.name === 'United States' || e.name === 'US');
    expect(us).toHaveLength(1);
    expect(us[0].id).toBe('place:united-states');
    expect(us[0].mentions.map((m) => m.text)).toEqual(['United States', 'US']);
  });
});

describe('a name the tagger cut in two', () => {
  it('"Kim" + "Jong-un" (MISC) touching across one space are one person', () => {
    const text = 'North Korean leader Kim Jong-un invited Putin. Analysts say Kim wants food.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const es = recognize(text, {
      spans: [
        { ...at('Kim'), type: 'person' },
        { ...at('Jong-un'), type: 'misc' },
        { ...at('Putin'), type: 'person' },
        { start: text.lastIndexOf('Kim'), end: text.lastIndexOf('Kim') + 3, type: 'person' },
      ],
    });
    const kim = es.find((e) => e.id === 'person:kim-jong-un');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong-un', 'Kim']);
    expect(es.some((e) => e.name === 'Jong-un')).toBe(false);
  });
});
