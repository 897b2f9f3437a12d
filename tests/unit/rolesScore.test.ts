import { describe, expect, it } from 'vitest';
import { scorePage, type GoldPage, type SysEntity } from '../../scripts/roles/score';

// The roles benchmark's scorer: a role the article never gives counts against the system, since the reader sees it.
const text = 'The mayor, Ann Lee, met Bob Ray in Springfield. Lee and Ray spoke.';
const gold: GoldPage = {
  source: 'test',
  split: 'dev',
  people: [
    { name: 'Ann Lee', aliases: ['Lee'], role: 'The mayor', roleKeywords: ['mayor'], official: true },
    { name: 'Bob Ray', aliases: ['Ray'], role: null, roleKeywords: [], official: false },
  ],
  orgs: [],
  places: ['Springfield'],
};
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
// A system person with its full name and its surname mentioned after `from`.
const person =
  (name: string, official: boolean, from: number) =>
  (role: string | null): SysEntity => ({
    name,
    type: 'person',
    role,
    official,
    mentions: [at(name), at(name.split(' ')[1], from)],
  });
const ann = person('Ann Lee', true, 30);
const bob = person('Bob Ray', false, 50);

describe('scorePage: roles', () => {
  it('counts a role given to someone the article gives none', () => {
    const s = scorePage(text, gold, [ann('mayor'), bob('visitor')], true);
    expect(s.roleRight).toBe(1);
    expect(s.withoutRole).toBe(1);
    expect(s.roleInvented).toBe(1);
    expect(s.inventedRoles).toEqual(['Bob Ray: "visitor"']);
  });
  it('counts nothing invented when the system leaves that person without a role', () => {
    const s = scorePage(text, gold, [ann(null), bob(null)], true);
    expect(s.roleRight).toBe(0);
    expect(s.roleInvented).toBe(0);
  });
  it('has no invented count for a system without roles', () => {
    expect(scorePage(text, gold, [ann(null), bob(null)], false).roleInvented).toBeNull();
  });
});

describe('scorePage: a person given two unrelated roles (no keywords)', () => {
  const two: GoldPage = {
    ...gold,
    people: [
      { name: 'Ann Lee', aliases: ['Lee'], role: 'The mayor; a retired surgeon', roleKeywords: [], official: true },
      gold.people[1],
    ],
  };
  it('credits a role that names one of them', () => {
    expect(scorePage(text, two, [ann('retired surgeon'), bob(null)], true).roleRight).toBe(1);
  });
  it("does not credit a role that names neither (a reader's junk)", () => {
    expect(scorePage(text, two, [ann('pesar del respaldo'), bob(null)], true).roleRight).toBe(0);
  });
});
