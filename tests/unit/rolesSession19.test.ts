/**
 * Session 19: names the tagger glues to a Romance sentence's opening verb or adverb ("Agregó que Bush",
 * "Actualmente Lorenzo Fernández"). Every sentence was written for these tests; `spans` stand in for the trained
 * tagger, spanned as the English-trained model spans them.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, people, roleOf } from './helpers/taggedSpans';

describe('a sentence’s opening verb or adverb is no part of the name after it', () => {
  it('"Actualmente Lorenzo Fernández dirige el club": the adverb is cut', () => {
    const es = runTagged(
      'El club de la ciudad tiene un nuevo dueño desde el mes de mayo. Actualmente Lorenzo Fernández dirige el club y los negocios de la familia.',
      ['Actualmente Lorenzo Fernández'],
    );
    expect(people(es)).toEqual(['Lorenzo Fernández']);
  });
  it('"Agregó que Bush no vendrá": the span splits at "que" and the verb alone names no one', () => {
    const es = runTagged(
      'El portavoz de la Casa Blanca habló ayer con los periodistas en el aeropuerto. Agregó que Bush no vendrá a la cumbre de los países del sur.',
      ['Agregó que Bush'],
    );
    expect(people(es)).toEqual(['Bush']);
  });
  it('Portuguese and French: "Destacou Maria Silva", "Finalement Jean Roux"', () => {
    const pt = runTagged(
      'O governo do estado falou ontem com a imprensa sobre o plano para as escolas da região. Destacou Maria Silva que o plano está pronto para o ano que vem.',
      ['Destacou Maria Silva'],
    );
    expect(people(pt)).toEqual(['Maria Silva']);
    const fr = runTagged(
      'Le conseil municipal de la ville a voté hier soir le budget pour les écoles et les routes. Finalement Jean Roux a quitté la salle avant la fin de la séance.',
      ['Finalement Jean Roux'],
    );
    expect(people(fr)).toEqual(['Jean Roux']);
  });
  it('a given name with a verb’s ending stays ("Clemente Mastella", "Fernando Alonso")', () => {
    const es = runTagged(
      'El ministro de la región llegó tarde a la reunión con los alcaldes. Clemente Mastella habló después de la comida. Fernando Alonso ganó la carrera del domingo en el circuito de la ciudad.',
      ['Clemente Mastella', 'Fernando Alonso'],
    );
    expect(people(es)).toEqual(['Clemente Mastella', 'Fernando Alonso']);
  });
  it('a surname the text also writes inside a sentence stays ("Miró Ferrer … de Miró")', () => {
    const es = runTagged(
      'El museo de la ciudad abrió ayer sus puertas con una gran fiesta para los vecinos. Miró Ferrer fue el arquitecto de la sala de Miró en la ciudad.',
      ['Miró Ferrer', 'Miró'],
    );
    expect(people(es)).toContain('Miró Ferrer');
  });
});

describe('a person noun before a full name when another of that surname has a role', () => {
  it('"first lady Hillary Rodham Clinton" after "President Bill Clinton": her role is her own', () => {
    const es = runTagged(
      'Sarah Brady praised President Bill Clinton for his efforts. Their son sat in a box with first lady Hillary Rodham Clinton and watched.',
      ['Sarah Brady', 'Bill Clinton', 'Hillary Rodham Clinton'],
    );
    expect(roleOf(es, 'Hillary Rodham Clinton')).toBe('first lady');
    expect(roleOf(es, 'Bill Clinton')).toBe('President');
  });
  it('"Ruth Perry, the woman with the task of …" and "Perry, a Liberian Senate member": the one Perry keeps the post', () => {
    const es = runTagged(
      'Ruth Perry, the woman with the task of uniting the factions, will be installed next week. Perry, a Liberian Senate member during the 1980s, returned to Monrovia on Thursday.',
      ['Ruth Perry', 'Perry', ['Monrovia', 'place']],
    );
    expect(roleOf(es, 'Ruth Perry')).toContain('Senate member');
  });
});

describe('"and of" splits two people', () => {
  it('"obras de Gauguin y de Picasso": two painters, not one', () => {
    const es = runTagged(
      'El museo de la ciudad expone desde ayer las obras de Gauguin y de Picasso en la sala principal del edificio.',
      ['Gauguin y de Picasso'],
    );
    expect(people(es)).toEqual(['Gauguin', 'Picasso']);
  });
  it('a double surname joined by "y" stays one name ("José Ortega y Gasset")', () => {
    const es = runTagged('El filósofo de la ciudad, José Ortega y Gasset, escribió el libro en el año de la guerra.', [
      'José Ortega y Gasset',
    ]);
    expect(people(es)).toEqual(['José Ortega y Gasset']);
  });
});

describe('a bare surname that several people named here share', () => {
  const text =
    'Wife of gun victim Brady praises Clinton.\nSarah Brady praised President Bill Clinton for his efforts on Monday. ' +
    'Their son sat in a box with first lady Hillary Rodham Clinton and watched. Clinton signed the bill in 1994, she said.';
  const es = () => runTagged(text, ['Brady', 'Clinton', 'Sarah Brady', 'Bill Clinton', 'Hillary Rodham Clinton']);
  it('a later "Clinton" is read for itself, not sent to the headline’s undecided "Clinton"', () => {
    const bill = es().find((e) => e.name === 'Bill Clinton')!;
    expect(bill.mentions.map((m) => text.slice(m.start, m.end))).toContain('Clinton');
    expect(bill.mentions.some((m) => m.start === text.indexOf('Clinton signed'))).toBe(true);
  });
  it('the headline’s "Clinton", above every full name, is the one who holds an office', () => {
    const bill = es().find((e) => e.name === 'Bill Clinton')!;
    expect(bill.mentions.some((m) => m.start === text.indexOf('Clinton.'))).toBe(true);
    expect(people(es()).filter((n) => n === 'Clinton')).toEqual([]);
  });
  it('with no office to tell them apart, the headline’s "Smith" stays undecided and a later "Smith" still joins John', () => {
    const t =
      'Smith wins the village prize.\nJohn Smith, 54, grew the largest pumpkin in the county this year. ' +
      'His cousin Mary Smith came second with a marrow. Smith said he would plant more next spring.';
    const es = runTagged(t, ['Smith', 'John Smith', 'Mary Smith']);
    const john = es.find((e) => e.name === 'John Smith')!;
    expect(john.mentions.some((m) => m.start === t.indexOf('Smith said'))).toBe(true);
  });
});

describe('an honorific’s gender tells apart people who share a surname', () => {
  it('"Mrs Yeltsin" is Naina, "wife of the Russian president", not Boris', () => {
    const t =
      'Boris Yeltsin won a second term in July. Naina Yeltsin, wife of the Russian president, has had an operation. ' +
      'Mrs Yeltsin would be released from hospital in a few days.';
    const es = runTagged(t, ['Naina Yeltsin', 'Boris Yeltsin', 'Yeltsin']);
    const naina = es.find((e) => e.name === 'Naina Yeltsin')!;
    expect(naina.mentions.some((m) => m.start === t.indexOf('Yeltsin would'))).toBe(true);
  });
  it('"Mrs. Clinton" is Hillary and "Mr. Clinton" Bill, by their given names', () => {
    const t =
      'Hillary Clinton spoke on Monday. Bill Clinton joined her later. Mrs. Clinton said the plan was ready, and Mr. Clinton agreed.';
    const es = runTagged(t, ['Hillary Clinton', 'Bill Clinton', 'Clinton']);
    const at = (name: string) => es.find((e) => e.name === name)!.mentions.map((m) => m.start);
    expect(at('Hillary Clinton')).toContain(t.indexOf('Clinton said'));
    expect(at('Bill Clinton')).toContain(t.indexOf('Clinton agreed'));
  });
});

describe('the agent of a body: "chaired by", "présidé par", "creada por"', () => {
  it('French: "le parti est présidé par Ali Ahmeti", "L’association, fondée par Marie Curie,"', () => {
    const t =
      'Le parti est présidé par Ali Ahmeti depuis 2002 dans la région. L’association, fondée par Marie Curie, a fermé ses portes hier soir pour les vacances de la fin de l’année.';
    const es = runTagged(t, ['Ali Ahmeti', 'Marie Curie']);
    expect(roleOf(es, 'Ali Ahmeti')).toBe('président du parti');
    expect(roleOf(es, 'Marie Curie')).toBe('fondateur de l’association');
  });
  it('Spanish: "La fundación fue creada por María López", "Podemos, liderado por Pablo Iglesias"', () => {
    const t =
      'La fundación fue creada por María López en el año 2000 para los niños de la región. Ayer, Podemos, liderado por Pablo Iglesias, perdió las elecciones.';
    const es = runTagged(t, ['María López', 'Pablo Iglesias', ['Podemos', 'org']]);
    expect(roleOf(es, 'María López')).toBe('creador de la fundación');
    expect(roleOf(es, 'Pablo Iglesias')).toBe('líder de Podemos');
  });
  it('English: "The Senate Intelligence Committee, led by Richard Burr," and "a film directed by Jane Doe"', () => {
    const t =
      'The Senate Intelligence Committee, led by Richard Burr, said on Monday. The film, directed by Jane Doe, won.';
    const es = runTagged(t, ['Richard Burr', 'Jane Doe', ['Senate Intelligence Committee', 'org']]);
    expect(roleOf(es, 'Richard Burr')).toBe('leader of the Senate Intelligence Committee');
    expect(roleOf(es, 'Jane Doe')).toBe('director of the film');
  });
  it('no body, no role: "la revolución de Zanzíbar, dirigida por John Okello", "Il est présidé par X"', () => {
    const es = runTagged(
      'El libro cuenta la historia de la revolución de Zanzíbar, dirigida por John Okello en el año 1964.',
      ['John Okello', ['Zanzíbar', 'place']],
    );
    expect(roleOf(es, 'John Okello')).toBeNull();
    const fr = runTagged(
      'Le festival a lieu chaque année dans la ville. Il est présidé par Philippe Audic depuis 2010.',
      ['Philippe Audic'],
    );
    expect(roleOf(fr, 'Philippe Audic')).toBeNull();
  });
});

describe('bodies and suffixes', () => {
  it('"director of the National Institute of Allergy and Infectious Diseases": no one is named after the "and"', () => {
    const t = 'Anthony Fauci, the director of the National Institute of Allergy and Infectious Diseases, testified.';
    const es = runTagged(t, ['Anthony Fauci', ['National Institute of Allergy and Infectious Diseases', 'org']]);
    expect(people(es)).toEqual(['Anthony Fauci']);
  });
  it('"Kennedy Jr." is Robert F. Kennedy Jr.; "Smith Jr." is the son, not the father', () => {
    const t = 'Robert F. Kennedy Jr. announced his campaign. Kennedy Jr. said he would run.';
    const es = runTagged(t, ['Robert F. Kennedy Jr.', 'Kennedy Jr.']);
    expect(people(es)).toEqual(['Robert F. Kennedy Jr.']);
    const t2 = 'John Smith founded the firm. His son John Smith Jr. runs it now. Smith Jr. said the firm would grow.';
    const es2 = runTagged(t2, ['John Smith', 'John Smith Jr.', 'Smith Jr.']);
    expect(es2.find((e) => e.name === 'John Smith Jr.')!.mentions).toHaveLength(2);
  });
});

describe('a title opening with a place whose first word is a sentence word', () => {
  it('"New York Attorney General Letitia James", "New Hampshire Gov. Chris Sununu": "New" is the place’s', () => {
    const t =
      'The ruling was welcomed by New York Attorney General Letitia James on Monday. New Hampshire Gov. Chris Sununu agreed.';
    const es = runTagged(t, ['Letitia James', 'Chris Sununu']);
    expect(roleOf(es, 'Letitia James')).toBe('New York Attorney General');
    expect(roleOf(es, 'Chris Sununu')).toBe('New Hampshire Gov.');
  });
});

describe('German: sentence words, declined titles, a title alone', () => {
  const t =
    'Am Dienstag hat der Bundeskanzler Olaf Scholz den Präsidenten Emmanuel Macron in Berlin empfangen. Laut Regierungssprecher Steffen Hebestreit ging es bei dem Treffen um die Lage in der Ukraine und um die Hilfe für das Land. Die Opposition kritisierte die Pläne der Regierung.';
  const es = () =>
    runTagged(t, [
      ['Bundeskanzler', 'misc'],
      'Olaf Scholz',
      'Präsidenten Emmanuel Macron',
      'Laut Regierungssprecher Steffen Hebestreit',
    ]);
  it('"Laut Regierungssprecher Steffen Hebestreit": "according to" and the title are no part of the name', () => {
    expect(roleOf(es(), 'Steffen Hebestreit')).toBe('Regierungssprecher');
  });
  it('"den Präsidenten Emmanuel Macron": a declined title is a title', () => {
    expect(roleOf(es(), 'Emmanuel Macron')).toBe('Präsidenten');
  });
  it('"der Bundeskanzler" the tagger typed a thing names nothing', () => {
    expect(es().some((e) => e.name === 'Bundeskanzler')).toBe(false);
  });
});

describe('a government named after its head', () => {
  it('"del Gobierno de Pedro Sánchez", "El Gobierno de Salvador Allende": the body and the person', () => {
    const t =
      'La ministra habló ayer de la política del Gobierno de Pedro Sánchez en el Congreso. El Gobierno de Salvador Allende cayó en 1973 con un golpe en el país.';
    const es = runTagged(t, ['Gobierno de Pedro Sánchez', ['El Gobierno de Salvador Allende', 'org']]);
    expect(people(es)).toEqual(['Pedro Sánchez', 'Salvador Allende']);
    expect(es.find((e) => e.name === 'Gobierno')?.type).toBe('org');
  });
});

describe('French: a name ends before "de l’"', () => {
  it('"le sénateur John McCain de l’Arizona": the senator and his state', () => {
    const t =
      "Selon le sénateur John McCain de l'Arizona, le texte est prêt pour le vote. Le poète Jean de La Fontaine a écrit les fables de la ville.";
    const es = runTagged(t, ["John McCain de l'Arizona", 'Jean de La Fontaine']);
    expect(people(es)).toEqual(['John McCain', 'Jean de La Fontaine']);
    expect(es.find((e) => e.name === 'Arizona')?.type).toBe('place');
    expect(roleOf(es, 'John McCain')).toBe('sénateur');
  });
});

describe('a person the tagger typed a thing', () => {
  it('"José Ramón Guimaraens": two given names before a surname in "s" name someone, not a business', () => {
    const t =
      'Después de que también lo hicieran José Ramón Guimaraens, que fue presidente de la empresa, los doce procesados declararon ante el juez.';
    const es = runTagged(t, [['José Ramón Guimaraens', 'org']]);
    expect(people(es)).toEqual(['José Ramón Guimaraens']);
  });
  it('"the Sant Egidio Community" stays a body though "Egidio" is a given name', () => {
    const es = runTagged('Talks were held at the Egidio Community in Rome on Monday.', [['Egidio Community', 'org']]);
    expect(people(es)).toEqual([]);
  });
});

describe('a firm set off after a name with "at"', () => {
  it('"said Peter Roe, at Paribas in London": where he works is his role', () => {
    const t = '"They were in line with our estimate," said Peter Roe, at Paribas in London.';
    const es = runTagged(t, ['Peter Roe', ['Paribas', 'org'], ['London', 'place']]);
    expect(roleOf(es, 'Peter Roe')).toBe('at Paribas');
  });
  it('not a place: "Jane Doe, at Heathrow, said"', () => {
    const es = runTagged('Jane Doe, at Heathrow, said the flights were late.', ['Jane Doe', ['Heathrow', 'place']]);
    expect(roleOf(es, 'Jane Doe')).toBeNull();
  });
});

describe('a title that runs into its own name is no description of the person before', () => {
  it('"…, Cristian Ritondo, respondió. La diputada de Unión por la Patria Cecilia Moreau habló": not Ritondo’s', () => {
    const t =
      'El jefe del bloque de Juntos por el Cambio, Cristian Ritondo, respondió. La diputada de Unión por la Patria Cecilia Moreau también habló en la sesión de la Cámara.';
    const es = runTagged(t, ['Cristian Ritondo', ['La diputada de Unión', 'org'], 'Cecilia Moreau']);
    expect(roleOf(es, 'Cristian Ritondo') ?? '').not.toContain('diputada');
  });
});
