/**
 * Session 24: classes of error seen in a held-back batch of French, Spanish and English web pages (`hb24-*`).
 * `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, people, roleOf, officialOf, mentionsOf, FR } from './helpers/taggedSpans';

describe('an appositive before the name', () => {
  it('"As a biologist at X, Name": the clause opened by "As" says what the name is', () => {
    const text = 'As a biologist at the University of Pennsylvania, Mary Jones followed these discoveries.';
    const es = runTagged(text, ['Mary Jones', ['University of Pennsylvania', 'org']]);
    expect(roleOf(es, 'Mary Jones')).toBe('biologist at the University of Pennsylvania');
  });
  it('"As chief executive of Apple, Tim Cook": the opening "As" is no part of the role', () => {
    const es = runTagged('As chief executive of Apple, Tim Cook met the president.', ['Tim Cook', ['Apple', 'org']]);
    expect(roleOf(es, 'Tim Cook')).toBe('chief executive of Apple');
  });
  it('(guard) "As a child, X" and "As a mother, X" say when or how, not what X is', () => {
    const es = runTagged('As a child, Peter Smith lived in Leeds. As a mother, Jane Doe worried.', [
      'Peter Smith',
      'Jane Doe',
      ['Leeds', 'place'],
    ]);
    expect(roleOf(es, 'Peter Smith')).toBeNull();
    expect(roleOf(es, 'Jane Doe')).toBeNull();
  });
  it('"my favorite actor - Heath Ledger": a dash sets the name off as a comma does', () => {
    const text = '"I am standing on the shoulders of my favorite actor - Heath Ledger," Phoenix said.';
    const es = runTagged(text, ['Heath Ledger', 'Phoenix']);
    expect(roleOf(es, 'Heath Ledger')).toBe('favorite actor');
  });
  it('(guard) a phrase that ends on a pronoun places people, it names no role: "the four players in front of him"', () => {
    const text = 'He trails the four players in front of him - Oscar Robertson, Russell Westbrook and Jason Kidd.';
    const es = runTagged(text, ['Oscar Robertson', 'Russell Westbrook', 'Jason Kidd']);
    expect(roleOf(es, 'Oscar Robertson')).toBeNull();
  });
  it('(guard) after a colon, a name that opens a clause is no item of a list: "Insiders: Trump will sink Pence"', () => {
    const es = runTagged('Insiders: Trump will sink Pence in VP debate', ['Trump', 'Pence']);
    expect(roleOf(es, 'Trump')).toBeNull();
  });
  it('"his party\'s standard-bearer, Donald Trump"', () => {
    const text = 'Pence also has to cope with the shadow cast by his party’s standard-bearer, Donald Trump.';
    const es = runTagged(text, ['Pence', 'Donald Trump']);
    expect(roleOf(es, 'Donald Trump')).toBe('party’s standard-bearer');
  });
  it('"le conseiller recherche d\'Emmanuel Macron, Thierry Coulhon": the person named after "de" owns the role', () => {
    const text =
      'En réaction à la candidature du conseiller recherche d’Emmanuel Macron, Thierry Coulhon, à la présidence ' +
      'du Haut Conseil, des chercheurs ont signé une tribune.' +
      FR;
    const es = runTagged(text, ['Emmanuel Macron', 'Thierry Coulhon', ['Haut Conseil', 'org']]);
    expect(roleOf(es, 'Thierry Coulhon')).toBe('conseiller recherche d’Emmanuel Macron');
    expect(roleOf(es, 'Emmanuel Macron')).toBeNull();
  });
  it('(guard) a plural contraction names a group inside a longer title: "Présidente de la Délégation aux droits des femmes"', () => {
    const text =
      "Présidente de la Délégation aux droits des femmes de l'Assemblée nationale, Marie-Jo Zimmermann est inquiète." +
      FR;
    const es = runTagged(text, ['Marie-Jo Zimmermann', ['Délégation', 'org'], ['Assemblée nationale', 'org']]);
    expect(roleOf(es, 'Marie-Jo Zimmermann')).toMatch(/^Présidente de la Délégation/);
  });
  it('"l\'un des écrivains sud-coréens les plus célèbres, X": the superlative\'s article is inside the phrase', () => {
    const text = 'L’un des écrivains sud-coréens les plus célèbres, Hwang Sok-yong, est un homme heureux.' + FR;
    const es = runTagged(text, ['Hwang Sok-yong']);
    expect(roleOf(es, 'Hwang Sok-yong')).toContain('écrivains sud-coréens les plus célèbres');
  });
});

describe('an appositive after the name', () => {
  it('"X, one of the protesters, told": one of a group of people the plural names', () => {
    const text = '"There are foreigners everywhere," Mythobisi Sabelo, one of the protesters, told Al Jazeera.';
    const es = runTagged(text, ['Mythobisi Sabelo', ['Al Jazeera', 'org']]);
    expect(roleOf(es, 'Mythobisi Sabelo')).toBe('one of the protesters');
  });
  it('(guard) "X, one of the reasons for the delay,": no group of people', () => {
    const es = runTagged('Peter Hale, one of the reasons for the delay, left.', ['Peter Hale']);
    expect(roleOf(es, 'Peter Hale')).toBeNull();
  });
  it('"X, a Malawian national," and "X, 33, a Malawian who fled": a people\'s name as a noun', () => {
    const text =
      '"It is hard to stay here," Falesi Chukuwumba, a Malawian national, told Al Jazeera. Sayiba John, 33, a ' +
      'Malawian who fled the township with her husband, told the AFP news agency.';
    const es = runTagged(text, ['Falesi Chukuwumba', 'Sayiba John', ['Al Jazeera', 'org'], ['AFP', 'org']]);
    expect(roleOf(es, 'Falesi Chukuwumba')).toBe('Malawian national');
    expect(roleOf(es, 'Sayiba John')).toBe('Malawian');
  });
  it('(guard) "US National Park Service": "national" opens a body\'s name, no title before a name', () => {
    const text = 'Scientists at the US National Park Service and the US National Science Foundation agreed.';
    const es = runTagged(text, [
      ['US National Park Service', 'org'],
      ['US National Science Foundation', 'org'],
    ]);
    expect(people(es)).toEqual([]);
  });
});

describe('role heads', () => {
  it('"Celtics legend Bill Russell"', () => {
    const es = runTagged('Celtics legend Bill Russell attended the game.', ['Bill Russell', ['Celtics', 'org']]);
    expect(roleOf(es, 'Bill Russell')).toBe('Celtics legend');
  });
});

describe('one entity', () => {
  it('"Carrie Lam Cheng Yuet-ngor" … "Carrie Lam": the first words of a longer name named earlier', () => {
    const text = 'Carrie Lam Cheng Yuet-ngor met officials on Monday. Later, Carrie Lam said the plan was dead.';
    const es = runTagged(text, ['Carrie Lam Cheng Yuet-ngor', 'Carrie Lam']);
    expect(mentionsOf(es, 'Carrie Lam Cheng Yuet-ngor')).toEqual(['Carrie Lam Cheng Yuet-ngor', 'Carrie Lam']);
  });
  it('(guard) the shorter name first is someone else: "George Washington" before "George Washington Carver"', () => {
    const text = 'George Washington crossed the river. Centuries later, George Washington Carver studied peanuts.';
    const es = runTagged(text, ['George Washington', 'George Washington Carver']);
    expect(people(es)).toEqual(['George Washington', 'George Washington Carver']);
  });
});

describe('the official flag of a spokesperson', () => {
  it('"SpaceX spokesman", "spokesperson for Instagram": a firm\'s spokesperson holds no public office', () => {
    const text =
      'Phil Larson, a SpaceX spokesman, declined to comment. Kym Lino, a spokesperson for Instagram, said the ' +
      'feature was new.';
    const es = runTagged(text, ['Phil Larson', 'Kym Lino', ['SpaceX', 'org'], ['Instagram', 'org']]);
    expect(officialOf(es, 'Phil Larson')).toBe(false);
    expect(officialOf(es, 'Kym Lino')).toBe(false);
  });
  it('(guard) "Kremlin spokesperson", "Masood\'s spokesman", a bare "spokesman" speak for public offices', () => {
    const text =
      'Kremlin spokesperson Dmitry Peskov said so. Amrollah, Masood’s spokesman, agreed. Omer Akbel, the ' +
      'spokesman, said nothing.';
    const es = runTagged(text, ['Dmitry Peskov', 'Amrollah', 'Omer Akbel', ['Kremlin', 'org'], 'Masood']);
    expect(officialOf(es, 'Dmitry Peskov')).toBe(true);
    expect(officialOf(es, 'Amrollah')).toBe(true);
    expect(officialOf(es, 'Omer Akbel')).toBe(true);
  });
});

describe('places in French', () => {
  it('"L’Italie": the elided article the tagger took in is no part of the place', () => {
    const text = 'Le projet est porté par L’Italie et la France.' + FR;
    const es = runTagged(text, [
      ['L’Italie', 'person'],
      ['France', 'place'],
    ]);
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Italie', 'France']);
  });
  it('"Séoul" is a city as French writes it', () => {
    const text = 'Il vit à Séoul depuis dix ans.' + FR;
    const es = runTagged(text, [['Séoul', 'person']]);
    expect(people(es)).toEqual([]);
  });
});

describe('names in quotation marks', () => {
  it('"too ‘Cracker Barrel’ for", "in “Joker”": a name written only in quotes, no given name, is a title or a byword', () => {
    const text =
      '“Kaine may have better appeal, if only because Pence is too ‘Cracker Barrel’ for suburban voters,” a ' +
      'Republican said. Joaquin Phoenix won for his turn in “Joker,” the studio said.';
    const es = runTagged(text, ['Kaine', 'Pence', 'Cracker Barrel', 'Joker', 'Joaquin Phoenix']);
    expect(people(es)).not.toContain('Cracker Barrel');
    expect(people(es)).not.toContain('Joker');
    expect(people(es)).toContain('Joaquin Phoenix');
  });
  it('(guard) a nickname in quotes that shares a word with someone named: "‘Gucci Grace’" of Grace Mugabe', () => {
    const text =
      'Grace Mugabe, known to critics as a big spender, was mocked as ‘Gucci Grace’ by the press. Grace left.';
    const es = runTagged(text, ['Grace Mugabe', 'Gucci Grace', 'Grace']);
    expect(people(es)).toContain('Gucci Grace');
  });
  it('a nickname after "alias": "Ibon Fernández Iradi, alias \'Susper\'", one person (and no title)', () => {
    const text =
      "La policía detuvo al dirigente Ibon Fernández Iradi, alias 'Susper', en Francia. Los agentes " +
      'registraron la casa durante la tarde y los periodistas esperaron horas.';
    const es = runTagged(text, ['Ibon Fernández Iradi', 'Susper', ['Francia', 'place']]);
    expect(mentionsOf(es, 'Ibon Fernández Iradi')).toEqual(['Ibon Fernández Iradi', 'Susper']);
  });
});

describe('names beside brackets', () => {
  it("(guard) a caption's credit in brackets ends its line: the name that opens the next paragraph is someone else", () => {
    const text =
      'The cast in a scene from the film. (AP Photo/Paramount Pictures, Atsushi Nishijima)\n\nAnnie Lee Cooper, a ' +
      '54-year-old motel maid, simply wanted to vote.';
    const es = runTagged(text, ['Atsushi Nishijima', 'Annie Lee Cooper', ['Paramount Pictures', 'org']]);
    expect(people(es)).toEqual(['Atsushi Nishijima', 'Annie Lee Cooper']);
    expect(roleOf(es, 'Atsushi Nishijima')).toBeNull();
  });
  it('"Martin Luther King Jr. (David Oyelowo)": two full names sharing no word are two people', () => {
    const text = 'The film is about Martin Luther King Jr. (David Oyelowo) and his march from Selma.';
    const es = runTagged(text, ['Martin Luther King Jr.', 'David Oyelowo', ['Selma', 'place']]);
    expect(people(es)).toEqual(['Martin Luther King Jr.', 'David Oyelowo']);
  });
  it('(guard) a gloss in brackets is still the same person: "Ray Nikolai (Lund)"', () => {
    const text = 'The commander Ray Nikolai (Lund) said the talks would go on.';
    const es = runTagged(text, ['Ray Nikolai', 'Lund']);
    expect(people(es)).toHaveLength(1);
  });
});

describe('a generation set off by a comma', () => {
  it('"Martin Luther King, Jr.": one name, no lone "Jr."', () => {
    const text = 'The film is about Martin Luther King, Jr., and his march from Selma.';
    const es = runTagged(text, ['Martin Luther King', 'Jr.', ['Selma', 'place']]);
    expect(people(es)).toEqual(['Martin Luther King, Jr.']);
  });
});

describe('more from the second batch', () => {
  it('"Cae en Francia Izaskun Lesaka": a listed place glued before a name is where, not who', () => {
    const text =
      'Cae en Francia Izaskun Lesaka, la jefa del aparato militar de ETA.\n\nLa policía detuvo a Izaskun Lesaka ' +
      'Argüelles en Macon.' +
      ' La reunión se celebró por la tarde y los periodistas esperaron durante horas a que terminara.';
    const es = runTagged(text, [
      'Francia Izaskun Lesaka',
      'Izaskun Lesaka Argüelles',
      ['ETA', 'org'],
      ['Macon', 'place'],
    ]);
    expect(people(es)).toEqual(['Izaskun Lesaka Argüelles']);
    expect(mentionsOf(es, 'Izaskun Lesaka Argüelles')).toEqual(['Izaskun Lesaka', 'Izaskun Lesaka Argüelles']);
  });
  it('"The alleged slasher, Rodolfo Lopez, fled": an article and any noun for a person open the clause', () => {
    const es = runTagged('The alleged slasher, Rodolfo Lopez, fled the scene.', ['Rodolfo Lopez']);
    expect(roleOf(es, 'Rodolfo Lopez')).toBe('alleged slasher');
  });
  it('(guard) "After the storm, Rodolfo Lopez fled": no noun for a person, no role', () => {
    const es = runTagged('After the storm, Rodolfo Lopez fled the scene.', ['Rodolfo Lopez']);
    expect(roleOf(es, 'Rodolfo Lopez')).toBeNull();
  });
});

describe('bodies named like people', () => {
  it('"École nationale supérieure de Chimie de Paris", "Observatoire de Paris": a name ending in "de" and a listed place', () => {
    const text =
      "Située au cœur de Paris, l'université réunit l'École nationale supérieure de Chimie de Paris et " +
      "l'Observatoire de Paris." +
      FR;
    const es = runTagged(text, ['Paris', 'Chimie de Paris', 'Observatoire de Paris']);
    expect(people(es)).toEqual([]);
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Paris']);
  });
  it('(guard) a title of nobility or royalty first: "the Prince of Wales", "the Duke of Edinburgh" stay people', () => {
    const es = runTagged('The Prince of Wales met the Duke of Edinburgh in London.', [
      'Prince of Wales',
      'Duke of Edinburgh',
      ['London', 'place'],
    ]);
    expect(es.some((e) => e.type === 'org')).toBe(false);
  });
  it('"Sorbonne Université": "Université" ends a body\'s name as "University" does', () => {
    const text = "Le classement cite Sorbonne Université et l'Université PSL." + FR;
    const es = runTagged(text, ['Sorbonne Université', ['Université PSL', 'org']]);
    expect(people(es)).toEqual([]);
  });
});

describe('a headline names people short', () => {
  it('"… for Hong Kong leader Carrie Lam" above a body that names "Carrie Lam Cheng Yuet-ngor"', () => {
    const text =
      'Taiwan’s playbook should be essential reading for Hong Kong leader Carrie Lam\n\nChief Executive Carrie Lam ' +
      'Cheng Yuet-ngor has a lot to learn. Carrie Lam should take the time to review it.';
    const es = runTagged(text, [
      'Carrie Lam',
      'Carrie Lam Cheng Yuet-ngor',
      ['Taiwan', 'place'],
      ['Hong Kong', 'place'],
    ]);
    expect(people(es)).toEqual(['Carrie Lam Cheng Yuet-ngor']);
  });
  it('(guard) in the body, the shorter name first stays apart from a longer one after it', () => {
    const text =
      'Science history\n\nGeorge Washington crossed the river. Centuries later, George Washington Carver studied peanuts.';
    const es = runTagged(text, ['George Washington', 'George Washington Carver']);
    expect(people(es)).toEqual(['George Washington', 'George Washington Carver']);
  });
});
