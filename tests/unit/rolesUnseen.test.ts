/**
 * Rules added when ten more English pages from the article-extraction benchmark joined the roles
 * benchmark's dev set (session 8: politics, a debate preview, business, a utility's blackout, college
 * football, an obituary-like world brief, entertainment, trade policy, car sales): two titles joined by
 * "and" with a modifier, long appositives, ranks without full stops, surnames after a capitalised title,
 * a plural role given to a list ("They’re both …", "candidates including …"), headings in capitals,
 * businesses and workplaces, photo credits glued to an agency. Every sentence here was written for these
 * tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed, roleOf, people } from './helpers/taggedSpans';
import { recognize } from '../../utils/recognize/recognize';
import { isOfficialRole } from '../../utils/recognize/passes/attachRoles';

const run = runTagged;

describe('titles and appositives', () => {
  it('"Acme founder and legendary CEO X": a modifier after "and" belongs to the second title', () => {
    const es = run('On that stage Acme founder and legendary CEO Rolf Berger unveiled the phone.', [
      'Rolf Berger',
      ['Acme', 'org'],
    ]);
    expect(roleOf(es, 'Rolf Berger')).toBe('Acme founder and legendary CEO');
  });

  it('an appositive that runs on past the limit keeps its head: "X, a top aide to … on … with …"', () => {
    const t =
      'Lawmakers questioned Mara Ilves, a senior policy aide to Deputy Minister Tomas Rand on the June 3 call ' +
      'with the visiting trade delegation from the north.';
    const es = run(t, ['Mara Ilves', 'Tomas Rand']);
    expect(roleOf(es, 'Mara Ilves')).toBe('senior policy aide');
  });

  it('ranks without full stops: "Lt Col X, a … specialist," is a rank and its appositive', () => {
    const t = 'The panel heard Lt Col Dana Whit, a Baltic specialist on the National Security Council, on Tuesday.';
    const es = run(t, ['Dana Whit', ['National Security Council', 'org']]);
    expect(roleOf(es, 'Dana Whit')).toBe('Lt Col, Baltic specialist on the National Security Council');
    expect(personNamed(es, 'Dana Whit')!.official).toBe(true);
  });

  it('"Gen Z" is a generation, not a general named Z', () => {
    const es = run('Many Gen Z voters backed the plan.', [['Gen Z', 'misc']]);
    expect(people(es)).toEqual([]);
  });

  it('"X is still a front-runner": an adverb between the copula and the role', () => {
    const es = run('As much as Ron Vale is still a front-runner, the race is open.', ['Ron Vale']);
    expect(roleOf(es, 'Ron Vale')).toBe('front-runner');
  });

  it('a phrase inside a clause before the name yields to the name’s own appositive after it', () => {
    const t = 'In a letter to the governor in May, Tilly Marr, the president of the Grain Growers Union, said no.';
    const es = run(t, ['Tilly Marr', ['Grain Growers Union', 'org']]);
    expect(roleOf(es, 'Tilly Marr')).toBe('president of the Grain Growers Union');
  });
});

describe('names the tagger misses or misreads', () => {
  it('"Vice President Okafor": a surname right after a capitalised office is someone', () => {
    const es = run('She is an aide to Vice President Okafor on foreign policy.', []);
    expect(people(es)).toEqual(['Okafor']);
    expect(roleOf(es, 'Okafor')).toBe('Vice President');
  });

  it('a capitalised office before a place or a sentence word finds no one', () => {
    const es = run('The President Hotel reopened. The Minister Monday said nothing.', []);
    expect(people(es)).toEqual([]);
  });

  it('a photo credit glued to the agency after a slash: "Credit...Nora" + "Fenwick/The Daily Star"', () => {
    const t = 'The mill closed in May.\n\nCredit...Nora Fenwick/The Daily Star\n\nWorkers gathered outside.';
    const a = t.indexOf('Nora');
    const b = t.indexOf('Fenwick');
    const es = recognize(t, {
      spans: [
        { start: a, end: a + 4, type: 'person' },
        { start: b, end: b + 'Fenwick/The Daily Star'.length, type: 'org' },
      ],
    });
    expect(people(es)).toEqual(['Nora Fenwick']);
  });

  it('a known organisation’s name the tagger read as a person is the surname of someone named in full', () => {
    const t = 'Harold Nike spoke first. Then Nike’s shadow fell over the debate, and Nike left early.';
    const es = run(t, ['Harold Nike', 'Nike']);
    expect(people(es)).toEqual(['Harold Nike']);
    expect(personNamed(es, 'Harold Nike')!.mentions).toHaveLength(3);
  });
});

describe('businesses, workplaces and groups', () => {
  it('"beauty company Velra" is a business wherever the word stands alone', () => {
    const t = 'Beauty company Velra is breaking out. Velra acquired a majority stake, said Jo Parr.';
    const es = run(t, ['Velra', 'Jo Parr']);
    expect(people(es)).toEqual(['Jo Parr']);
  });

  it('"strategist at Hollis Wren" is the strategist’s firm', () => {
    const es = run('Matt Ode, equity strategist at Hollis Wren, says the stock is risky.', ['Matt Ode', 'Hollis Wren']);
    expect(people(es)).toEqual(['Matt Ode']);
    expect(es.find((e) => e.name === 'Hollis Wren')?.type).toBe('org');
  });

  it('"about 450 Wanderers": a capitalised plural counted by a number is a group, not someone', () => {
    const es = run('The firm employs about 450 Wanderers, said Lee Orr.', ['Wanderers', 'Lee Orr']);
    expect(people(es)).toEqual(['Lee Orr']);
  });
});

describe('plural roles for a list of names', () => {
  it('"either A or B would start. They’re both true freshmen": the role is both names’', () => {
    const t = 'If he sits out, either Jacob Lund or Cole Marsh would start. They’re both true freshmen.';
    const es = run(t, ['Jacob Lund', 'Cole Marsh']);
    expect(roleOf(es, 'Jacob Lund')).toBe('true freshmen');
    expect(roleOf(es, 'Cole Marsh')).toBe('true freshmen');
  });

  it('"A met B. They are friends": a verb between the names makes no list', () => {
    const es = run('Jacob Lund met Cole Marsh at noon. They are former teammates.', ['Jacob Lund', 'Cole Marsh']);
    expect(roleOf(es, 'Jacob Lund')).toBeNull();
  });

  it('"lower-tier candidates including A, B and C"', () => {
    const t = 'The opening is there for lower-tier candidates including Kamala Reyes, Orton and Steyn.';
    const es = run(t, ['Kamala Reyes', 'Orton', 'Steyn']);
    expect(roleOf(es, 'Kamala Reyes')).toBe('candidates');
    expect(roleOf(es, 'Steyn')).toBe('candidates');
  });
});

describe('headings in capitals', () => {
  it('"SEAN VALE ELIMINATED": a word the article writes in lower case ends the name', () => {
    const t = 'The show went on.\n\nSEAN VALE ELIMINATED FROM THE SHOW\n\nHe was eliminated on Monday.';
    const es = recognize(t, { spans: [] });
    expect(people(es)).toEqual(['SEAN VALE']);
  });

  it('a heading that asks a question, or holds a pronoun, names no one', () => {
    const t = 'The race goes on.\n\nWILL SOMEONE STAND UP FOR THEM?\n\nWILL THEY BASH THE RICH?\n\nVoters wait.';
    const es = recognize(t, { spans: [] });
    expect(people(es)).toEqual([]);
  });
});

describe('offices of a country or a public body', () => {
  it('a body named by its acronym is read in full: "CPUC President X" after "the Coastal Public Utilities Commission"', () => {
    const t =
      'The Coastal Public Utilities Commission holds a hearing on Wednesday. CPUC President Mara Bell said the ' +
      'outages were unacceptable.';
    const es = run(t, [['Coastal Public Utilities Commission', 'org'], ['CPUC', 'org'], 'Mara Bell']);
    expect(roleOf(es, 'Mara Bell')).toBe('CPUC President');
    expect(personNamed(es, 'Mara Bell')!.official).toBe(true);
  });

  it('a country of two words before its possessive, a negotiator, an aide of a security body', () => {
    expect(isOfficialRole('North Korea’s leader')).toBe(true);
    expect(isOfficialRole('China’s top trade negotiator')).toBe(true);
    expect(isOfficialRole('another top NSC aide')).toBe(true);
    expect(isOfficialRole('union negotiator')).toBe(false);
    expect(isOfficialRole('an aide to the chief executive')).toBe(false);
  });
});
