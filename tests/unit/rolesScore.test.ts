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
const ann = (role: string | null): SysEntity => ({
  name: 'Ann Lee',
  type: 'person',
  role,
  official: true,
  mentions: [at('Ann Lee'), at('Lee', 30)],
});
const bob = (role: string | null): SysEntity => ({
  name: 'Bob Ray',
  type: 'person',
  role,
  official: false,
  mentions: [at('Bob Ray'), at('Ray', 50)],
});

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
