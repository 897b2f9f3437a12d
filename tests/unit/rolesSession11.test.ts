/**
 * Rules added in session 11. Every sentence here was written for these tests; `spans` stand in for the
 * trained tagger, which types a firm named like a person ("Wells Fargo", "Raymond James") as a person.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed } from './helpers/taggedSpans';

describe('a firm named like a person, before its analyst', () => {
  it('"Wells Fargo analyst Mike Mayo": the firm is an organisation, the analyst keeps it in his role', () => {
    const t = '“It was better than feared,” Wells Fargo analyst Mike Mayo said. Mayo kept his rating.';
    const es = run(t);
    expect(es.find((e) => e.name === 'Wells Fargo')?.type).toBe('org');
    expect(personNamed(es, 'Wells Fargo')).toBeUndefined();
    expect(personNamed(es, 'Mike Mayo')?.role).toBe('Wells Fargo analyst');
  });

  it('economists and strategists too, in the plural as well', () => {
    const t = 'Raymond James economists Eugenio Aleman and Giampiero Fuentes expect a cut.';
    const es = runTagged(t, ['Raymond James', 'Eugenio Aleman', 'Giampiero Fuentes']);
    expect(es.find((e) => e.name === 'Raymond James')?.type).toBe('org');
    expect(personNamed(es, 'Eugenio Aleman')).toBeDefined();
  });

  it('not any job noun: "Trump adviser Stephen Miller" keeps Trump a person', () => {
    const t = 'Donald Trump praised the plan. Trump adviser Stephen Miller wrote it.';
    const es = runTagged(t, ['Donald Trump', 'Trump', 'Stephen Miller']);
    expect(personNamed(es, 'Donald Trump')).toBeDefined();
    expect(es.filter((e) => e.type === 'org')).toEqual([]);
  });

  it('nor a name before "analyst" that no name follows: "Cole analyst notes are rare"', () => {
    const t = 'The report was written by Jane Cole. Cole analyst notes are rare, said the firm.';
    const es = runTagged(t, ['Jane Cole', 'Cole']);
    expect(personNamed(es, 'Jane Cole')?.mentions.length).toBe(2);
  });
});

function run(t: string) {
  return runTagged(t, ['Wells Fargo', 'Mike Mayo', 'Mayo']);
}

describe('names listed after a thing noun', () => {
  it('"franchises such as Assassin\'s Creed, Tomb Raider, Red Dead Redemption": games, not people', () => {
    const t = 'It will carry franchises such as Assassin’s Creed, Tomb Raider, Red Dead Redemption, Destiny and more.';
    const es = runTagged(t, ['Tomb Raider', 'Red Dead Redemption']);
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"bands like Bon Jovi and the Goo Goo Dolls", "companies including Ray Dunn" are not people (a business)', () => {
    const t = 'She toured with bands like Bon Jovi and the Goo Goo Dolls. Companies including Ray Dunn signed up.';
    const es = runTagged(t, ['Bon Jovi', 'Goo Goo Dolls', 'Ray Dunn']);
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
    expect(es.find((e) => e.name === 'Ray Dunn')?.type).toBe('org');
  });

  it('people listed after a noun of people stay people: "leaders such as Emmanuel Macron and Olaf Scholz"', () => {
    const t = 'Leaders such as Emmanuel Macron and Olaf Scholz were there, and games such as Doom.';
    const es = runTagged(t, ['Emmanuel Macron', 'Olaf Scholz']);
    expect(personNamed(es, 'Emmanuel Macron')).toBeDefined();
    expect(personNamed(es, 'Olaf Scholz')).toBeDefined();
  });

  it('a name after the list has ended is not in it: "games such as Doom, said John Romero"', () => {
    const t = 'Shooters owe much to games such as Doom, said John Romero.';
    const es = runTagged(t, ['John Romero']);
    expect(personNamed(es, 'John Romero')).toBeDefined();
  });
});
