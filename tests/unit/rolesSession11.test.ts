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

  it('nor a name before "analyst" that no name follows: "Jane Cole, analyst at Zentra"', () => {
    const t = 'The report was written by Jane Cole. Cole analyst notes are rare, said the firm.';
    const es = runTagged(t, ['Jane Cole', 'Cole']);
    expect(personNamed(es, 'Jane Cole')?.mentions.length).toBe(2);
  });
});

function run(t: string) {
  return runTagged(t, ['Wells Fargo', 'Mike Mayo', 'Mayo']);
}
