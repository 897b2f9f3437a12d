/**
 * Roles and people the passes of session 4 find: a speaker's role given in another sentence than
 * the name, copular and age forms in French and Spanish, names in capitals, and "people" that are
 * things (nationality nouns, places named head first, items of lists of things). Every sentence here
 * was written for these tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { recognize, type TaggedSpan } from '../../utils/recognize/recognize';
import { isOfficialRole } from '../../utils/recognize/passes/attachRoles';
import type { Entity } from '../../utils/types';

type Kind = TaggedSpan['type'];
/** Spans for the names, each at its first occurrence (or the one after `from`). */
const tag = (text: string, names: (string | [string, Kind])[]): TaggedSpan[] =>
  names.map((n) => {
    const [s, type] = typeof n === 'string' ? [n, 'person' as Kind] : n;
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`${s} not in the text`);
    return { start, end: start + s.length, type };
  });
const run = (text: string, names: (string | [string, Kind])[]) => recognize(text, { spans: tag(text, names) });
const named = (es: Entity[], name: string) => es.find((e) => e.name === name && e.type === 'person');
const roleOf = (es: Entity[], name: string) => named(es, name)?.role ?? null;

describe('a speaker’s role in another sentence than the name', () => {
  it('French: the minister speaks first, the name comes with the next quote', () => {
    const t =
      'Deux randonneurs ont été retrouvés vivants dans la vallée, a annoncé mardi la ministre de la Santé. ' +
      'Les secours sont toujours sur place et les recherches continuent. « Nous gardons espoir », a ajouté Agnès Durand.';
    const es = run(t, ['Agnès Durand']);
    expect(roleOf(es, 'Agnès Durand')).toBe('ministre de la Santé');
    expect(named(es, 'Agnès Durand')!.official).toBe(true);
    expect(named(es, 'Agnès Durand')!.why).toContain('role of the speaker, earlier sentence');
  });

  it('Spanish: "afirmó el portavoz del gobierno … Andrés Molina explicó"', () => {
    const t =
      'El ministro habló con la prensa en la sede del gobierno durante la mañana. ' +
      '"No hay nada decidido", afirmó el portavoz del gobierno. Luego, Andrés Molina explicó que las negociaciones seguirán.';
    expect(roleOf(run(t, ['Andrés Molina']), 'Andrés Molina')).toBe('portavoz');
  });

  it('English: the name speaks first, the role speaks in a later sentence', () => {
    const t = 'Tom Baxter said the plan was sound. "It works," the company’s chief executive added.';
    const es = run(t, ['Tom Baxter']);
    expect(roleOf(es, 'Tom Baxter')).toBe('company’s chief executive');
    expect(named(es, 'Tom Baxter')!.why).toContain('role of the speaker, later sentence');
  });

  it('English: the role speaks first in the lead, the name in a later quote', () => {
    const t =
      '"We will not back down," the foreign minister said on Tuesday. Officials later confirmed the talks. ' +
      '"Nothing is settled," added Maria Gonzalez.';
    expect(roleOf(run(t, ['Maria Gonzalez']), 'Maria Gonzalez')).toBe('foreign minister');
  });

  it('no role when two people are named in the speaker’s sentence, when the role is spoken to, or for a plural', () => {
    const two = run('Tom Baxter met Ana Ruiz and said the plan was sound. "It works," the chief executive added.', [
      'Tom Baxter',
      'Ana Ruiz',
    ]);
    expect(roleOf(two, 'Tom Baxter')).toBeNull();
    const told = run('"It works," Tom Baxter told the chief executive.', ['Tom Baxter']);
    expect(roleOf(told, 'Tom Baxter')).toBeNull();
    const plural = run('Tom Baxter said the plan was sound. "It works," the ministers added.', ['Tom Baxter']);
    expect(roleOf(plural, 'Tom Baxter')).toBeNull();
  });

  it('a role that names someone introduced before with that title is not given to a later name', () => {
    const t =
      'President Tom Hale opened the summit on Monday. Delegates from forty countries attended the meeting. ' +
      'Several agreements were signed. "We have made progress," the president said after the talks. ' +
      'Officials did not give details. "It is a start," said Jane Doe.';
    const es = run(t, ['Tom Hale', 'Jane Doe']);
    expect(roleOf(es, 'Jane Doe')).toBeNull();
    expect(roleOf(es, 'Tom Hale')).toBe('President');
  });

  it('a role set off before its own name describes that name, not the person of the sentence before', () => {
    const t =
      '« Nous partons », a lancé avant la fin de la séance Claude Martin. La porte-parole du gouvernement, Sophie Martel, ' +
      'a confirmé la nouvelle dans la soirée.';
    const es = run(t, ['Claude Martin', 'Sophie Martel']);
    expect(roleOf(es, 'Claude Martin')).toBeNull();
    expect(roleOf(es, 'Sophie Martel')).toBe('porte-parole du gouvernement');
  });
});

describe('copular and age forms in French and Spanish', () => {
  it('"X est le directeur de …", "X, quien es columnista del diario"', () => {
    const fr = run(
      "Paul Lemoine est le directeur de l'hôpital depuis 2012. Il a reçu les familles dans la matinée avec les médecins.",
      ['Paul Lemoine'],
    );
    expect(roleOf(fr, 'Paul Lemoine')).toBe("directeur de l'hôpital");
    const es = run(
      'Lo reveló Ignacio Sosa, quien es columnista del diario, en una entrevista con la radio de la ciudad.',
      ['Ignacio Sosa'],
    );
    expect(roleOf(es, 'Ignacio Sosa')).toBe('columnista del diario');
  });

  it('a verb after the copula-like auxiliary is no role: "X a reçu le ministre"', () => {
    const fr = run("Paul Lemoine a reçu le ministre de l'Intérieur dans la matinée, avec les élus de la ville.", [
      'Paul Lemoine',
    ]);
    expect(roleOf(fr, 'Paul Lemoine')).toBeNull();
  });

  it('an age set off after the name: "X, 52 ans, infirmière à Rennes,", "X, de 45 años, es el director"', () => {
    const fr = run(
      'Hélène Caron, 52 ans, infirmière à Rennes, raconte sa journée dans le service des urgences, où elle est ' +
        'arrivée il y a dix ans avec une collègue.',
      ['Hélène Caron'],
    );
    expect(roleOf(fr, 'Hélène Caron')).toBe('infirmière à Rennes');
    const es = run('Jorge Ibarra, de 45 años, es el director del hospital y pidió más recursos para la guardia.', [
      'Jorge Ibarra',
    ]);
    expect(roleOf(es, 'Jorge Ibarra')).toBe('director del hospital');
  });
});

describe('a title set off before the name, after a preposition', () => {
  it('French "de l’ambassadeur …, X." and Spanish "al mandatario …, X,"; the glued article leaves the role', () => {
    const fr = run(
      "L'ancien président a salué le travail de l'ambassadeur de France aux Etats-Unis, Gérard Arnal. Il a aussi " +
        'remercié les diplomates qui étaient présents dans la salle.',
      ['Gérard Arnal'],
    );
    expect(roleOf(fr, 'Gérard Arnal')).toBe('ambassadeur de France aux Etats-Unis');
    const es = run(
      'El presidente Mauricio Lanz recibió al mandatario chileno, Sebastián Ortúzar, en la sede del gobierno y ' +
        'luego los dos dieron una conferencia de prensa.',
      ['Mauricio Lanz', 'Sebastián Ortúzar'],
    );
    expect(roleOf(es, 'Sebastián Ortúzar')).toBe('mandatario chileno');
    expect(roleOf(es, 'Mauricio Lanz')).toBe('presidente');
  });

  it('an appositive before a name holds no other name', () => {
    const es = run('President Mauricio Lanz met Chilean envoy, Sebastián Ortúzar, at the airport.', [
      'Mauricio Lanz',
      'Sebastián Ortúzar',
    ]);
    expect(roleOf(es, 'Sebastián Ortúzar') ?? '').not.toContain('Lanz');
  });
});

describe('ranks and trades the tagger leaves outside the name', () => {
  it('a rank alone before the name is the role, with the party after it: "Rep. X, R-Texas,", "Sen. Y (D-Calif.)"; "Dr." is none', () => {
    const t = 'Rep. Tom Hardy, R-Texas, and Sen. Diane Frost (D-Calif.) met Dr. Helen Cho on Monday.';
    const es = run(t, ['Tom Hardy', 'Diane Frost', 'Helen Cho']);
    expect(roleOf(es, 'Tom Hardy')).toBe('Rep. (R-Texas)');
    expect(named(es, 'Tom Hardy')!.official).toBe(true);
    expect(roleOf(es, 'Diane Frost')).toBe('Sen. (D-Calif.)');
    expect(roleOf(es, 'Helen Cho')).toBeNull();
  });

  it('a trade known by its ending heads an appositive: "a cardiologist at …", "an epidemiologist"', () => {
    const es = run('Helen Cho, a cardiologist at Mercy Hospital, led the study with Ravi Iyer, a dietician.', [
      'Helen Cho',
      'Ravi Iyer',
    ]);
    expect(roleOf(es, 'Helen Cho')).toBe('cardiologist at Mercy Hospital');
    expect(roleOf(es, 'Ravi Iyer')).toBe('dietician');
  });
});

describe('local public offices', () => {
  it('a coroner, a magistrate, a city councillor hold public offices; a film critic does not', () => {
    expect(isOfficialRole('coroner for that case')).toBe(true);
    expect(isOfficialRole('district magistrate')).toBe(true);
    expect(isOfficialRole('city councillor')).toBe(true);
    expect(isOfficialRole('film critic')).toBe(false);
  });
});

describe('names in capitals', () => {
  it('a byline and an author line in capitals are people; a role does not run back across the line', () => {
    const t =
      'BY JANE MORRISON\nSenior correspondent Mark Ellis reported from the capital on Monday.\n' +
      'DAVID HOLT IS THE PAPER’S CHIEF POLITICAL CORRESPONDENT';
    const es = run(t, ['Mark Ellis']);
    expect(named(es, 'JANE MORRISON')?.why).toContain('name in capitals');
    expect(roleOf(es, 'Mark Ellis')).toBe('Senior correspondent');
    expect(roleOf(es, 'DAVID HOLT')).toContain('CORRESPONDENT');
  });

  it('a line in capitals that is no one: no given name, or a place', () => {
    const es = run('BREAKING NEWS TODAY\nJORDAN VALLEY\nThe storm hit the coast.', []);
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('"people" that are things', () => {
  it('a nationality noun names no one in particular: "Un troisième Français"', () => {
    const t = 'Un troisième Français a été tué dans le séisme, selon les autorités qui sont sur place depuis samedi.';
    expect(run(t, ['Français']).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a place named head first is a place: "Casa Rosada", "São Braz", "Quai d’Orsay"', () => {
    const t =
      'El presidente llegó a la Casa Rosada por la tarde. O menino de São Braz vai à escola. ' +
      'Une source du Quai d’Orsay a confirmé.';
    const es = run(t, ['Casa Rosada', 'São Braz', 'Quai']);
    expect(es.find((e) => e.name === 'Casa Rosada')?.type).toBe('place');
    expect(es.find((e) => e.name === 'São Braz')?.type).toBe('place');
    // The tagger took only the head of "Quai d’Orsay".
    expect(es.find((e) => e.name === 'Quai')?.type).toBe('place');
  });

  it('an item of lists of services or works is no person; a list of people keeps its people', () => {
    const t =
      'The film is available to rent on Amazon Prime, Zorbly, iTunes and Google Play.\n' +
      'It is also on Zorbly, HBO Go and YouTube.\n' +
      'The cast includes Anna Berg, Tom Lee and Karl Moss.';
    const es = run(t, [
      ['Amazon Prime', 'org'],
      'Zorbly',
      ['Google Play', 'org'],
      ['HBO Go', 'org'],
      ['YouTube', 'org'],
      'Anna Berg',
      'Tom Lee',
      'Karl Moss',
    ]);
    // The second "Zorbly" is found as the same word by the passes; both of its mentions are list items.
    expect(named(es, 'Zorbly')).toBeUndefined();
    for (const n of ['Anna Berg', 'Tom Lee', 'Karl Moss']) expect(named(es, n), n).toBeDefined();
  });

  it('the name of a thing noun, and a lone word only ever "in" somewhere, are no people', () => {
    const t =
      'He made his money with an app called Quillo. Later he bought a house in Westbury, and he still lives in Westbury.';
    const es = run(t, ['Quillo', 'Westbury']);
    expect(es.find((e) => e.name === 'Quillo')?.type).toBe('misc');
    expect(es.find((e) => e.name === 'Westbury')?.type).toBe('place');
    // A surname of someone named in full stays with that person.
    const q = 'Ada Quill spoke first. Many people believe in Quill.';
    const at = q.lastIndexOf('Quill');
    const p = recognize(q, { spans: [...tag(q, ['Ada Quill']), { start: at, end: at + 5, type: 'person' }] });
    expect(named(p, 'Ada Quill')!.mentions.map((m) => m.text)).toEqual(['Ada Quill', 'Quill']);
  });

  it('a person named once outside a list stays a person', () => {
    const t = 'Zorbly Quint spoke first.\nShe thanked Amazon Prime, iTunes, Google Play and Quint.';
    const es = run(t, ['Zorbly Quint', ['Amazon Prime', 'org'], ['Google Play', 'org']]);
    expect(named(es, 'Zorbly Quint')).toBeDefined();
  });
});
