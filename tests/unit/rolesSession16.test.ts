/**
 * Session 16: role readers that generalise beyond the lists of role words: any noun for a kind of person beside
 * a name (WordNet's person nouns in English, a noun after an article or possessive in Spanish and French), a
 * definite description after the quote it closes, and a firm's "Corp." that ends a sentence. Every sentence
 * and name was written for these tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, officialOf, ES, FR } from './helpers/taggedSpans';
import { LEX } from '../../utils/recognize/lexicon';
import { words } from '../../utils/recognize/words';

const run = runTagged;

describe('a person noun the role lists lack, beside a name (English)', () => {
  it('before the name: "Longtime supporter Dana Whitfield"', () => {
    expect(LEX.personNouns.has('supporter')).toBe(true);
    const t = 'At the rally, longtime supporter Dana Whitfield cheered louder than anyone in the hall.';
    expect(roleOf(run(t, ['Dana Whitfield']), 'Dana Whitfield')).toBe('longtime supporter');
  });
  it('after an owner and its possessive: "Kessler’s procurer Lena Vost"', () => {
    const t = 'Police said the flat belonged to Kessler’s procurer Lena Vost, who was arrested on Monday.';
    expect(roleOf(run(t, ['Lena Vost', 'Kessler']), 'Lena Vost')).toBe('procurer');
  });
  it('in an appositive after the name: "Mara Quill, a 30-year-old woman from Dover,"', () => {
    const t = 'Mara Quill, a 30-year-old woman from Dover, told the inquiry she had seen the van.';
    expect(roleOf(run(t, ['Mara Quill', ['Dover', 'place']]), 'Mara Quill')).toBe('30-year-old woman from Dover');
  });
  it('not a verb or an adjective that WordNet also lists as a person: "the Capitals won\'t have Tom Reyes"', () => {
    expect(LEX.personNouns.has('have')).toBe(false);
    const t = 'It is likely the Capitals won’t have Tom Reyes in the lineup on Wednesday night.';
    expect(roleOf(run(t, ['Tom Reyes', ['Capitals', 'org']]), 'Tom Reyes')).toBeNull();
  });
  it('not after a determiner that picks no one: "in the name of whatever deity Jason believes in"', () => {
    const t = 'How, in the name of whatever deity Jason Hale believes in, is anyone supposed to know this?';
    expect(roleOf(run(t, ['Jason Hale']), 'Jason Hale')).toBeNull();
  });
});

describe('a noun after an article or a possessive (Spanish, French)', () => {
  it('"dice su biógrafo Tomás Ferrer": a possessive and any noun', () => {
    const t = '«Nunca se rinde», dice su biógrafo Tomás Ferrer en un libro reciente sobre el dirigente.' + ES;
    expect(roleOf(run(t, ['Tomás Ferrer']), 'Tomás Ferrer')).toBe('biógrafo');
  });
  it('"La operadora de turismo peruana Inés Salas": an article, the noun and its complement', () => {
    const t = 'La operadora de turismo peruana Inés Salas dijo que cada país debe tener una línea propia.' + ES;
    expect(roleOf(run(t, ['Inés Salas']), 'Inés Salas')).toBe('operadora de turismo peruana');
  });
  it('"Samir Haddad, un joven político de izquierdas,": an appositive on an indefinite article', () => {
    const t = '«El país cambia despacio», opina Samir Haddad, un joven político de izquierdas, en una entrevista.' + ES;
    expect(roleOf(run(t, ['Samir Haddad']), 'Samir Haddad')).toBe('joven político de izquierdas');
  });
  it('no role from the noun whose complement the name is: "la muerte de Rafael Soto", "la classe de Mme Rivet"', () => {
    const t = 'El libro cuenta la muerte de Rafael Soto en el verano de aquel año terrible.' + ES;
    expect(roleOf(run(t, ['Rafael Soto']), 'Rafael Soto')).toBeNull();
    const u = 'Les élèves de la classe de Mme Rivet ont chanté devant les parents.' + FR;
    expect(roleOf(run(u, ['Rivet']), 'Rivet')).toBeNull();
  });
  it('no role from an unknown noun right after an article: "el efecto Ramos"', () => {
    const t = 'En el vestuario todos hablan ya del efecto Ramos después de tres victorias seguidas.' + ES;
    expect(roleOf(run(t, ['Ramos']), 'Ramos')).toBeNull();
  });
  it('no nationality alone: "Adriano Lima, el brasileño,"', () => {
    const t = 'El gol lo marcó Adriano Lima, el brasileño, en el último minuto del partido.' + ES;
    expect(roleOf(run(t, ['Adriano Lima']), 'Adriano Lima')).toBeNull();
  });
});

describe('a definite description after the quote it closes', () => {
  it('Spanish: "«…», escribió el centrocampista": the one person just named', () => {
    const t =
      'El equipo perdió en casa y Marco Llorente no ocultó su enfado. «No entiendo esa decisión», escribió el centrocampista en sus redes sociales.' +
      ES;
    expect(roleOf(run(t, ['Marco Llorente']), 'Marco Llorente')).toBe('centrocampista');
  });
  it('not when someone else holds that post in the story', () => {
    const t =
      'El presidente del club, Luis Ortega, habló con Marco Llorente tras el partido. «Estamos tranquilos», dijo el presidente a la prensa.' +
      ES;
    expect(roleOf(run(t, ['Luis Ortega', 'Marco Llorente']), 'Marco Llorente')).toBeNull();
  });
  it('English: not a head whose first sense is a thing ("The model does not include …")', () => {
    const t = 'The figures come from a study by Ann Heagle. The model does not include the effect of rain.';
    expect(roleOf(run(t, ['Ann Heagle']), 'Ann Heagle')).toBeNull();
  });
});

describe('a firm\'s "Corp." that ends a sentence', () => {
  it('ends the appositive there: "chief investment officer at First Albany Corp. He said …"', () => {
    const t = '"It will pass," said Hugh Jonson, chief investment officer at First Albany Corp. He said more was due.';
    const es = run(t, ['Hugh Jonson', ['First Albany Corp.', 'org']]);
    expect(roleOf(es, 'Hugh Jonson')).toBe('chief investment officer at First Albany Corp.');
  });
});

describe('the article\'s "and" inside one tagger span', () => {
  const names = (es: ReturnType<typeof run>, type: string) => es.filter((e) => e.type === type).map((e) => e.name);
  it('splits two people: "privados de Luis Sanz y Romero"', () => {
    const t = 'Los azulgranas, privados todavía de Luis Sanz y Romero, se vieron obligados a un gran esfuerzo.' + ES;
    const es = run(t, ['Luis Sanz y Romero']);
    expect(names(es, 'person').sort()).toEqual(['Luis Sanz', 'Romero']);
  });
  it('splits two known places, keeps a body after an office whole', () => {
    const t = 'La exposición viajará después a Alemania y Francia antes del final del verano.' + ES;
    expect(names(run(t, [['Alemania y Francia', 'place']]), 'place').sort()).toEqual(['Alemania', 'Francia']);
    const u =
      'Participó el secretario de Seguridad y Protección Ciudadana, Omar Ríos, en la reunión de la mañana.' + ES;
    expect(names(run(u, ['Seguridad y Protección Ciudadana', 'Omar Ríos']), 'person')).not.toContain(
      'Protección Ciudadana',
    );
  });
});

describe('an appositive opens on the article’s own articles only', () => {
  it('Spanish "a" is a preposition: "Marco Vidal, a pesar del respaldo …" gives no role', () => {
    const t =
      'Nadie quiere retirar la candidatura de Marco Vidal, a pesar del respaldo mayoritario que ha obtenido.' + ES;
    expect(roleOf(run(t, ['Marco Vidal']), 'Marco Vidal')).toBeNull();
  });
});

describe('"of" an institution', () => {
  it('a "place" named for an institution is the employer: "Ian Reed of Victoria Hospital"', () => {
    const t = 'The case was reported by Ian Reed of Victoria Hospital in a medical journal.';
    expect(roleOf(run(t, ['Ian Reed', ['Victoria Hospital', 'place']]), 'Ian Reed')).toBe('of Victoria Hospital');
  });
  it('a list of names, then the body, is the body’s staff, every one', () => {
    const t = 'Chris Kuo, Mark Wilkie, and Owen Dale of the Aberdeen Royal Infirmary told the tale.';
    const es = run(t, ['Chris Kuo', 'Mark Wilkie', 'Owen Dale', ['Aberdeen Royal Infirmary', 'org']]);
    expect(roleOf(es, 'Chris Kuo')).toBe('of the Aberdeen Royal Infirmary');
    expect(roleOf(es, 'Mark Wilkie')).toBe('of the Aberdeen Royal Infirmary');
  });
});

describe('descriptions around quotes, and appositives on words the lexicon does not know', () => {
  it('a name inside the quote is no rival: \'"Marco joue …", a déclaré Paul Ferrand. L’entraîneur espagnol …\'', () => {
    const t =
      '"Marco joue à un niveau incroyable", a déclaré Paul Ferrand en conférence de presse. L\'entraîneur espagnol du club a salué la maturité de son équipe.' +
      FR;
    expect(roleOf(run(t, ['Marco', 'Paul Ferrand']), 'Paul Ferrand')).toContain('entraîneur');
  });
  it("after the verb that closes a quote, any noun: '\", a regretté le technicien italien'", () => {
    const t =
      'Côté marseillais, Rémi Daquin n\'a pas caché sa frustration. "On a offert deux buts", a regretté le technicien italien, qui a pointé les erreurs.' +
      FR;
    expect(roleOf(run(t, ['Rémi Daquin']), 'Rémi Daquin')).toBe('technicien italien');
  });
  it('a long phrase on an unknown word after a name is a clause, not its role', () => {
    const t =
      'Bush propuso hoy, por medio de Jaime Baker, un compromiso para acabar con la crisis actual por el que los republicanos aceptarían el recuento.' +
      ES;
    expect(roleOf(run(t, ['Bush', 'Jaime Baker']), 'Jaime Baker')).toBeNull();
  });
  it('a modifier between the article and a noun the lexicon lacks: "el ex utillero del Club Deportivo Tomás Vera"', () => {
    const t = 'También declaró el ex utillero del Club Deportivo Tomás Vera, que sólo está imputado.' + ES;
    expect(roleOf(run(t, ['Tomás Vera', ['Club Deportivo', 'org']]), 'Tomás Vera')).toBe(
      'ex utillero del Club Deportivo',
    );
  });
});

describe('roles given "respectively"', () => {
  it('English: "A and B, chairman and chief executive of Acme, respectively"', () => {
    const t = 'Tom Hale and Ann Reyes, chairman and chief executive of Acme, respectively, said the deal was done.';
    const es = run(t, ['Tom Hale', 'Ann Reyes', ['Acme', 'org']]);
    expect(roleOf(es, 'Tom Hale')).toBe('chairman of Acme');
    expect(roleOf(es, 'Ann Reyes')).toBe('chief executive of Acme');
  });
  it('Spanish: "A y B, ex presidente y ex vicepresidente del Club, respectivamente"', () => {
    const t =
      'Luis Cuesta y Pedro Nido, ex presidente y ex vicepresidente del Real Club, respectivamente, admitieron hoy el acuerdo.' +
      ES;
    const es = run(t, ['Luis Cuesta', 'Pedro Nido', ['Real Club', 'org']]);
    expect(roleOf(es, 'Luis Cuesta')).toBe('ex presidente del Real Club');
    expect(roleOf(es, 'Pedro Nido')).toBe('ex vicepresidente del Real Club');
  });
});

describe('two titles joined by "and", set off before the name', () => {
  it('Spanish: "La vicepresidenta de la Comisión y comisaria de Transportes, Lucía Prado,"', () => {
    const t =
      'La vicepresidenta de la Comisión Europea y comisaria de Transportes, Lucía Prado, confirmó hoy el apoyo del Gobierno.' +
      ES;
    const es = run(t, ['Lucía Prado', ['Comisión Europea', 'org'], 'Transportes']);
    expect(roleOf(es, 'Lucía Prado')).toBe('vicepresidenta de la Comisión Europea y comisaria de Transportes');
  });
  it('English: "The chairman of Acme and president of its foundation, Dan Wyatt,"', () => {
    const t =
      'The chairman of Acme and president of its foundation, Dan Wyatt, said on Monday the plan would go ahead.';
    expect(roleOf(run(t, ['Dan Wyatt', ['Acme', 'org']]), 'Dan Wyatt')).toBe(
      'chairman of Acme and president of its foundation',
    );
  });
});

describe('"que preside X" without a comma before it', () => {
  it('the noun phrase before "que" is the body: "al club de fútbol que preside Jesús Gil"', () => {
    const t = 'El dinero fue a parar al club de fútbol que preside Ramón Gil. Nadie lo explicó.' + ES;
    expect(roleOf(run(t, ['Ramón Gil']), 'Ramón Gil')).toBe('preside club de fútbol');
  });
  it('not a verb that ties no one to a post: "el libro que escribe Ramón Gil"', () => {
    const t = 'Nadie ha leído todavía el libro que escribe Ramón Gil. Saldrá en otoño.' + ES;
    expect(roleOf(run(t, ['Ramón Gil']), 'Ramón Gil')).toBeNull();
  });
});

describe('a seed in brackets between a name and its appositive', () => {
  it('"Nora Paz (4), campeona en 1995," and "Tim Lowe (3), the defending champion,"', () => {
    const t = 'Cayó ante la francesa Nora Paz (4), campeona en 1995, por 7-5 y 6-4 en la pista central.' + ES;
    expect(roleOf(run(t, ['Nora Paz']), 'Nora Paz')).toContain('campeona');
    const u = 'Tim Lowe (3), the defending champion, beat a qualifier in straight sets on Monday.';
    expect(roleOf(run(u, ['Tim Lowe']), 'Tim Lowe')).toContain('champion');
  });
});

describe("a title that is a relative's", () => {
  it('"el hijo del alcalde marbellí Miguel Gil" is the son, not the mayor', () => {
    const t = 'Los contactos fueron con el hijo del alcalde marbellí Miguel Gil, según el fiscal.' + ES;
    const es = run(t, ['Miguel Gil']);
    expect(roleOf(es, 'Miguel Gil')).toBe('hijo del alcalde marbellí');
    expect(officialOf(es, 'Miguel Gil')).toBe(false);
  });
  it('French: "l\'épouse du président Marc Roux"; the title alone stays the name\'s', () => {
    const t = "La cérémonie a réuni l'épouse du président Marc Roux et de nombreux élus." + FR;
    expect(roleOf(run(t, ['Marc Roux']), 'Marc Roux')).toContain('épouse');
    const u = 'La cérémonie a réuni le président Marc Roux et de nombreux élus.' + FR;
    expect(roleOf(run(u, ['Marc Roux']), 'Marc Roux')).toBe('président');
  });
});

describe('an author box: "Jeff Foust (jeff@thespacereview.com) is the editor …"', () => {
  const t =
    'Jeff Fowler (jeff@thespacereview.com) is the editor and publisher of The Space Review. He also runs a site.';
  it('the e-mail in brackets stands between the name and its copula', () => {
    expect(roleOf(run(t, ['Jeff Fowler', ['The Space Review', 'org']]), 'Jeff Fowler')).toBe('editor');
  });
  it('a full stop inside an address ends no sentence', () => {
    const ws = words(t);
    expect(ws.find((w) => w.text === 'com')?.sentenceStart).toBe(false);
    expect(ws.find((w) => w.text === 'He')?.sentenceStart).toBe(true);
  });
  it('"publisher of The Space Review" is a title, not a body and a person named Space Review', () => {
    const es = run(t, ['Jeff Fowler', ['The Space Review', 'org']]);
    expect(es.find((e) => e.name === 'The Space Review')?.type).toBe('org');
    expect(es.some((e) => e.name === 'The')).toBe(false);
  });
});

describe('a body written in lower case, and "at" a firm', () => {
  it('"said Tom Bell of the California avocado group."', () => {
    const t = '"They will go ahead," said Tom Bell of the California avocado group. Officials agreed.';
    expect(roleOf(run(t, ['Tom Bell']), 'Tom Bell')).toBe('of the California avocado group');
  });
  it('"John Gerard at the consulting firm North Equity Services"; not "Ann Lee of the Boston area"', () => {
    const t = '"It is a study," said John Gerard at the consulting firm North Equity Services. He added more.';
    const es = run(t, ['John Gerard', ['North Equity Services', 'org']]);
    expect(roleOf(es, 'John Gerard')).toBe('at the consulting firm North Equity Services');
    expect(roleOf(run('She met Ann Lee of the Boston area last week.', ['Ann Lee']), 'Ann Lee')).toBeNull();
  });
});

describe('an actor in brackets after the part', () => {
  it('"Katherine (the astounding Florence Pughe)": typed a place by the tagger, a person here', () => {
    const t = 'The movie follows Katherine (the astounding Florence Pughe), a woman in the Lady Macbeth line.';
    const es = run(t, ['Katherine', ['Florence Pughe', 'place']]);
    expect(es.find((e) => e.name === 'Florence Pughe')?.type).toBe('person');
  });
  it('French: "Katherine (l\'étonnante Florence Pughe)"; not a place in brackets after a town', () => {
    const t = "Le film suit Katherine (l'étonnante Florence Pughe), une femme dans la lignée de Lady Macbeth." + FR;
    expect(run(t, ['Katherine', ['Florence Pughe', 'place']]).find((e) => e.name === 'Florence Pughe')?.type).toBe(
      'person',
    );
    const u = 'The plant opened near Dover (the old Port Street) last year.';
    expect(
      run(u, [
        ['Dover', 'place'],
        ['Port Street', 'place'],
      ]).find((e) => e.name === 'Port Street')?.type,
    ).toBe('place');
  });
});
