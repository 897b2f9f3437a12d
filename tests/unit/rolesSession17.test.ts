/**
 * Session 17: Romance appositives and titles that held-back French and Spanish news missed: an appositive on a
 * noun whose ending makes it someone's ("imitateur", "plusmarquista") and may name whose the role is ("de Donald
 * Trump"), one closed by a colon, a sentence's "Mais" kept out of a title, a surname's own particle kept at a
 * sentence's start, and a noun of a quality ("agresividad") never taken for a role. Every sentence and name was
 * written for these tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, people, ES, FR } from './helpers/taggedSpans';
import { roleWords } from '../../utils/recognize/roleWords';
import { isOfficialRole } from '../../utils/recognize/roles/isOfficialRole';
import { tokenize } from '../../utils/ner/tokenize';

const run = runTagged;

describe('an appositive on a noun of someone who does something (French, Spanish)', () => {
  it('"X, l’imitateur de Paul Verdier,": the name after "de" says whose the role is', () => {
    const t = '« Je me sens puissant », a expliqué Marc Lenoir, l’imitateur de Paul Verdier, à la radio.' + FR;
    expect(roleOf(run(t, ['Marc Lenoir', 'Paul Verdier']), 'Marc Lenoir')).toBe('imitateur de Paul Verdier');
  });
  it('a long one on such a noun: "l’enquêteur principal canadien de l’accident d’avion"', () => {
    const t = 'Luc Vanier, l’enquêteur principal canadien de l’accident d’avion, a confirmé sa thèse.' + FR;
    expect(roleOf(run(t, ['Luc Vanier']), 'Luc Vanier')).toBe('enquêteur principal canadien de l’accident d’avion');
  });
  it('bare, with no article: "X, plusmarquista mundial con 2,45,"', () => {
    const t = 'Tomás Ibarra, plusmarquista mundial con 2,45, es una incógnita para los técnicos.' + ES;
    expect(roleOf(run(t, ['Tomás Ibarra']), 'Tomás Ibarra')).toBe('plusmarquista mundial con 2,45');
  });
  it('not a thing that only ends so: "X, ordenador en mano," ("ordenador" is no "-dor" of anyone)', () => {
    expect(roleWords('es')!.isAgentNoun('ordenador')).toBe(false);
    expect(roleWords('es')!.isAgentNoun('entrenador')).toBe(true);
    const t = 'Ana Ruiz, ordenador en mano, atendió a los aficionados.' + ES;
    expect(roleOf(run(t, ['Ana Ruiz']), 'Ana Ruiz')).toBeNull();
  });
  it('a listed job head with a name after "d’": "Kori Sand, assistante spéciale d’Obama,"', () => {
    const t = '« Rien ne change », a publié Kori Sand, assistante spéciale d’Obama, dans un blog ce lundi.' + FR;
    expect(roleOf(run(t, ['Kori Sand', 'Obama']), 'Kori Sand')).toBe('assistante spéciale d’Obama');
  });
  it('closed by a colon before a quote: "Selon X, responsable de la politique de la nature : « … »"', () => {
    const t = 'Selon Jean Knott, responsable de la politique de la nature : « Je serais étonné ».' + FR;
    expect(roleOf(run(t, ['Jean Knott']), 'Jean Knott')).toBe('responsable de la politique de la nature');
  });
});

describe('what is no role before a name (Spanish, French)', () => {
  it('a noun of a quality: "La agresividad del surafricano X acabó con Y"', () => {
    expect(roleWords('es')!.isAbstractNoun('agresividad')).toBe(true);
    const t = 'La agresividad del surafricano Wim Ferris acabó con el madrileño Paco Clavel por 6-3.' + ES;
    expect(roleOf(run(t, ['Wim Ferris', 'Paco Clavel']), 'Wim Ferris')).toBeNull();
  });
  it('a sentence\'s capitalised conjunction: "Mais la candidate X" is the candidate', () => {
    const t = 'Mais la candidate Marine Lepic a refusé de répondre aux questions.' + FR;
    expect(roleOf(run(t, ['Marine Lepic']), 'Marine Lepic')).toBe('candidate');
  });
});

describe("a surname that opens on its own particle, at a sentence's start (French)", () => {
  it('"De Gaulle avait dit", "Le Pen a déclaré" keep "De" and "Le"', () => {
    const t = 'Le Pen a déclaré hier que rien ne changeait. De Gaulle avait dit la même chose.' + FR;
    expect(people(run(t, ['Le Pen', 'De Gaulle']))).toEqual(['Le Pen', 'De Gaulle']);
  });
  it('but a sentence word before a given name goes: "De Claire Roux, on sait peu"', () => {
    const t = 'Selon Claire Roux, rien ne change.' + FR;
    expect(people(run(t, ['Selon Claire Roux']))).toEqual(['Claire Roux']);
  });
});

describe('Spanish wire copy: long titles, a party before the name, correlatives, "otro"', () => {
  it('a title whose body runs long and holds "y" and a body\'s name: "El director general de … de la Junta de Extremadura, X,"', () => {
    const t =
      'El director general de Telecomunicaciones y Redes de la Junta de Extremadura, José Morales Bruque, insistió hoy en su postura.' +
      ES;
    const es = run(t, [['Redes de la Junta de Extremadura', 'person'], 'José Morales Bruque']);
    expect(roleOf(es, 'José Morales Bruque')).toBe(
      'director general de Telecomunicaciones y Redes de la Junta de Extremadura',
    );
    expect(people(es)).toEqual(['José Morales Bruque']);
  });
  it('a party\'s acronym the tagger spans with the name: "El diputado de IU Gaspar Llamazares"', () => {
    const t = 'El diputado de IU Gaspar Llamazares emplazó hoy al Gobierno asturiano a actuar.' + ES;
    const es = run(t, [['IU Gaspar Llamazares', 'org']]);
    expect(people(es)).toEqual(['Gaspar Llamazares']);
    expect(roleOf(es, 'Gaspar Llamazares')).toBe('diputado de IU');
  });
  it('a copula and "otro": "X fue otro gran futbolista argentino"', () => {
    const t = 'Tenía 79 años. Rinaldo Marín fue otro gran futbolista argentino de la década de los 40.' + ES;
    expect(roleOf(run(t, ['Rinaldo Marín']), 'Rinaldo Marín')).toBe(
      'otro gran futbolista argentino de la década de los 40',
    );
  });
  it('two titles after "tanto": "tanto el ministro de Fomento y diputado por Asturias, X, como …"', () => {
    const t =
      'Añadió que, ante esta decisión, tanto el ministro de Fomento y diputado por Asturias, Francisco Alvarez-Cascos, como el presidente del PP en el Principado, Ovidio Sánchez, deben dar explicaciones.' +
      ES;
    const es = run(t, [
      'Francisco Alvarez-Cascos',
      'Ovidio Sánchez',
      ['PP', 'org'],
      // (the tagger's spans on the real sentence: a person opening on "de", an org)
      ['de Fomento', 'person'],
      ['Asturias', 'org'],
    ]);
    expect(roleOf(es, 'Francisco Alvarez-Cascos')).toBe('ministro de Fomento y diputado por Asturias');
  });
  it('a surname opening a sentence, of someone named in full before: "Sotomayor, plusmarquista mundial, …"', () => {
    const t =
      'Vyacheslav Voronin y Javier Sotomayor son las dos caras de la moneda. Sotomayor, plusmarquista mundial con 2,45, es una incógnita.' +
      ES;
    expect(roleOf(run(t, ['Vyacheslav Voronin', 'Javier Sotomayor', 'Sotomayor']), 'Javier Sotomayor')).toBe(
      'plusmarquista mundial con 2,45',
    );
  });
});

describe('products and brands on tech and deals pages are no one (English)', () => {
  it('a model number with its unit right after a name: "Satechi 72W USB-C car charger", "Mophie 3-in-1 pad"', () => {
    const t =
      'Satechi 72W USB-C Power Delivery Car Charger is my pick. Others charge slower than the one from Satechi. Mophie 3-in-1 Wireless Charging Pad comes second, and I tested Mophie’s solution for weeks. Ann Lee 3rd in line.';
    const es = run(t, ['Satechi', 'Mophie', 'Ann Lee']);
    expect(people(es)).toEqual(['Ann Lee']);
  });
  it('a well-known assistant or brand the tagger calls a person: "support for Alexa", "with Roku"', () => {
    const t = 'The speaker adds support for Alexa and Siri, and the TV comes with Roku built in, said Dana Cole.';
    const es = run(t, ['Alexa', 'Siri', 'Roku', 'Dana Cole']);
    expect(people(es)).toEqual(['Dana Cole']);
    expect(es.find((e) => e.name === 'Roku')?.type).toBe('org');
    expect(es.find((e) => e.name === 'Alexa')?.type).toBe('misc');
  });
});

describe('lists after "like", posts after "as", and a verb that ends a title (Romance)', () => {
  it('"actores como A, B y C": a plural and "como" give every listed name the plural', () => {
    const t = 'Participarán actores como Vicky Pons, Carme Sala y Ferran Roig, entre otros.' + ES;
    const es = run(t, ['Vicky Pons', 'Carme Sala', 'Ferran Roig']);
    expect(['Vicky Pons', 'Carme Sala', 'Ferran Roig'].map((n) => roleOf(es, n))).toEqual([
      'actores',
      'actores',
      'actores',
    ]);
  });
  it('"X agit en tant que porte-parole et Y comme trésorier": a verb of serving, or "and" with the verb left out', () => {
    const t =
      'Les dirigeants sont là. Marc Durand agit en tant que porte-parole et Ange Pintal comme trésorier du parti.' + FR;
    const es = run(t, ['Marc Durand', 'Ange Pintal']);
    expect(roleOf(es, 'Marc Durand')).toBe('porte-parole');
    expect(roleOf(es, 'Ange Pintal')).toBe('trésorier du parti');
  });
  it('not what someone is backed for: "apoyará a X como responsable de la política exterior"', () => {
    const t = 'El Gobierno apoyará a Javier Salinas como responsable de la política exterior de la Unión.' + ES;
    expect(roleOf(run(t, ['Javier Salinas']), 'Javier Salinas')).toBeNull();
  });
  it('a verb after the title\'s noun ends it: "l\'ancienne ministre de la justice taxait X de facho"', () => {
    const t = "Dans ce message, l'ancienne ministre de la justice taxait Brice Horton de facho." + FR;
    expect(roleOf(run(t, ['Brice Horton']), 'Brice Horton')).toBeNull();
  });
});

describe("a body's acronym set off inside a title before the name (Spanish)", () => {
  it('by commas: "el secretario provincial de la Unión de Agricultores y Ganaderos, UAGA-COAG, X,"', () => {
    const t =
      'Asimismo, el secretario provincial de la Unión de Agricultores y Ganaderos, UAGA-COAG, Eduardo Lara, destaca el acuerdo.' +
      ES;
    expect(roleOf(run(t, ['Eduardo Lara', ['UAGA-COAG', 'org']]), 'Eduardo Lara')).toBe(
      'secretario provincial de la Unión de Agricultores y Ganaderos',
    );
  });
  it('by dashes: "El presidente de la Asociación de Titulados Pesqueros - Aetinape -, X,"', () => {
    const t =
      'El presidente de la Asociación de Titulados Pesqueros - Aetinape -, José Manuel Muñoz, ha pedido ayuda.' + ES;
    expect(roleOf(run(t, ['José Manuel Muñoz', ['Aetinape', 'org']]), 'José Manuel Muñoz')).toBe(
      'presidente de la Asociación de Titulados Pesqueros',
    );
  });
});

describe('the official flag of a central bank\'s head, and of a firm\'s "general manager" (English)', () => {
  it('"Fed chairman" and "Director General of the World Health Organization" are offices', () => {
    expect(isOfficialRole('Fed chairman')).toBe(true);
    expect(isOfficialRole('Director General of the World Health Organization')).toBe(true);
  });
  it('"Petofi general manager", "Belgrade airport General Director" are not', () => {
    expect(isOfficialRole('Petofi general manager')).toBe(false);
    expect(isOfficialRole('Belgrade airport General Director')).toBe(false);
    expect(isOfficialRole('Lt. General')).toBe(true);
  });
});

describe('a headline in capitals names its people by surname', () => {
  it('"VORONIN AL ASALTO" joins Vyacheslav Voronin; "MAY" stays out where the text writes "may"', () => {
    const t = 'VORONIN AL ASALTO DEL RÉCORD\n\nVyacheslav Voronin busca el oro en Sídney.' + ES;
    const voronin = run(t, ['Vyacheslav Voronin']).find((e) => e.name === 'Vyacheslav Voronin')!;
    expect(voronin.mentions.map((m) => t.slice(m.start, m.end))).toEqual(['VORONIN', 'Vyacheslav Voronin']);
    const en = 'MAY WINS AGAIN\n\nTheresa May won the vote. Critics may say it was close.';
    const may = run(en, ['Theresa May']).find((e) => e.name === 'Theresa May')!;
    expect(may.mentions).toHaveLength(1);
  });
});

describe('French and Spanish places the tagger calls people', () => {
  it('after a noun of a place and its "de": "les fonderies de Cousances", "la comuna de Calama"', () => {
    const fr = 'En 1953, les hauts fourneaux et fonderies de Cousances virent le jour, dit Jean Baudot.' + FR;
    expect(people(run(fr, ['Cousances', 'Jean Baudot']))).toEqual(['Jean Baudot']);
    const es = 'En un discurso en la comuna de Calama, en el norte del país, habló Gabriel Boris.' + ES;
    expect(people(run(es, ['Calama', 'Gabriel Boris']))).toEqual(['Gabriel Boris']);
  });
  it('a compound town name and a saint\'s after "à": "à Dammarie-sur-Saulx", "à Saint-Dizier"', () => {
    const t =
      'Dès le XIIe siècle, à Dammarie-sur-Saulx, une industrie existait, et Jean Bonnemire créa une forge à Saint-Dizier.' +
      FR;
    const es = run(t, ['Dammarie-sur-Saulx', 'Saint-Dizier', 'Jean Bonnemire']);
    expect(people(es)).toEqual(['Jean Bonnemire']);
    expect(es.find((e) => e.name === 'Dammarie-sur-Saulx')?.type).toBe('place');
  });
});

describe('a noun of someone right before the name, and an adjective that is no head (Spanish)', () => {
  it('"cuando el neogaullista Jacques Chirac se convirtió": a noun whose ending makes it someone\'s', () => {
    const t =
      'El nivel bajó en 1995, cuando el neogaullista Jacques Chirac se convirtió en presidente del Estado.' + ES;
    expect(roleOf(run(t, ['Jacques Chirac']), 'Jacques Chirac')).toBe('neogaullista');
  });
  it('"X habló. El alivio fiscal beneficiará …": "fiscal" after a noun is its adjective, no prosecutor', () => {
    const t =
      'El anuncio lo hizo Lionel Jasper en la televisión. El alivio fiscal beneficiará sobre todo a los hogares modestos.' +
      ES;
    expect(roleOf(run(t, ['Lionel Jasper']), 'Lionel Jasper')).toBeNull();
  });
});

describe('a line-up\'s numbered names ("2-Lilian Thuram")', () => {
  it('the tokenizers split a hyphen between a number and a capitalised word, and no other', () => {
    const toks = tokenize('France-1-Bernard Lama; 2-Lilian Thuram, 3-in-1, F-16, COVID-19, Kim Jong-un, 1-0').map(
      (t) => t.text,
    );
    expect(toks).toEqual(
      'France-1 - Bernard Lama ; 2 - Lilian Thuram , 3-in-1 , F-16 , COVID-19 , Kim Jong-un , 1-0'.split(' '),
    );
  });
  it('the names are found: "France-1-Bernard Lama; 2-Lilian Thuram"', () => {
    const t = 'Teams:\nFrance-1-Bernard Lama; 2-Lilian Thuram (14-Sabri Lamouchi 87th), 5-Laurent Blanc.';
    expect(people(run(t, ['Bernard Lama', 'Lilian Thuram', 'Sabri Lamouchi', 'Laurent Blanc']))).toEqual([
      'Bernard Lama',
      'Lilian Thuram',
      'Sabri Lamouchi',
      'Laurent Blanc',
    ]);
  });
});

describe('encyclopedic and agent-noun roles (French)', () => {
  it('a copula after a birth set off by brackets or commas: "X (né le 14 mars 1975 à Johannesburg) est un coureur cycliste"', () => {
    const a = 'Simon Kessel (né le 14 mars 1975 à Johannesburg) est un coureur cycliste professionnel.' + FR;
    expect(roleOf(run(a, ['Simon Kessel']), 'Simon Kessel')).toBe('coureur cycliste professionnel');
    const b = 'Anne Mathieu, née le 13 juin 1977 à Nancy, est une boxeuse française.' + FR;
    expect(roleOf(run(b, ['Anne Mathieu']), 'Anne Mathieu')).toBe('boxeuse française');
  });
  it('a title before the name on such a noun: "Le coureur de l\'équipe BBox Bouygues Telecom Damien Gaudin"', () => {
    const t = "Le coureur de l'équipe BBox Bouygues Telecom Damien Gaudet a remporté trois titres." + FR;
    expect(roleOf(run(t, ['Damien Gaudet', ['BBox Bouygues Telecom', 'org']]), 'Damien Gaudet')).toBe(
      "coureur de l'équipe BBox Bouygues Telecom",
    );
  });
});

describe('people who share a name (English)', () => {
  it('a bare surname is none of several relatives that one is called by the given name alone: "Chelsea" is no "Clinton"', () => {
    const t =
      'Chelsea makes debut on Clinton train trip.\nChelsea Clinton made her debut on Sunday. Chelsea was introduced at every stop by President Bill Clinton. Hillary Rodham Clinton saw them off.';
    const es = run(t, ['Chelsea Clinton', 'Chelsea', 'Clinton', 'Bill Clinton', 'Hillary Rodham Clinton']);
    const chelsea = es.find((e) => e.name === 'Chelsea Clinton')!;
    expect(chelsea.mentions.map((m) => t.slice(m.start, m.end))).not.toContain('Clinton');
  });
  it('a royal title takes a given name alone: "King Hussein" is not "Hussein Khalaf"', () => {
    const t =
      "Ibrahim's assistant, Hussein Khalaf, was expelled earlier this year after King Hussein began calling for change in Baghdad.";
    const es = run(t, ['Hussein Khalaf', 'Hussein', 'Ibrahim']);
    expect(es.find((e) => e.name === 'Hussein Khalaf')!.mentions).toHaveLength(1);
  });
  it('a copula before a preposition gives no post: "Chelsea, 16, was at President Bill Clinton\'s side"', () => {
    const t = "Chelsea Clinton, 16, was at President Bill Clinton's side as he rode the rails through Ohio.";
    expect(roleOf(run(t, ['Chelsea Clinton', 'Bill Clinton', ['Ohio', 'place']]), 'Chelsea Clinton')).toBeNull();
  });
});

describe("a country's office named by its nationality adjective", () => {
  it('"Zambian President", "Malian President", "Cambodian Prime Minister" are offices', () => {
    for (const r of ['Zambian President', 'Malian President', 'Cambodian Prime Minister', 'Paraguayan President'])
      expect(isOfficialRole(r)).toBe(true);
  });
});

describe('a sentence-opening adverb the tagger glues to a name (Spanish)', () => {
  it('"Luego Elias Chebet ganó" is Elias Chebet; "Mientras México, Perú …" leaves the place', () => {
    const t = 'Luego Elias Chebet ganó la carrera. Mientras México, Perú y Chile protestaban, nadie habló.' + ES;
    const es = run(t, ['Luego Elias Chebet', 'Mientras México', ['Perú', 'place'], ['Chile', 'place']]);
    expect(people(es)).toEqual(['Elias Chebet']);
    expect(es.find((e) => e.name === 'México')?.type).toBe('place');
  });
});

describe('what is left of a span after its sentence word is typed by the lexicons again', () => {
  it('"Chez Peugeot d\'abord": the carmaker, not someone', () => {
    const t = "Il a beaucoup voyagé. Chez Peugeot d'abord, puis dans une filature, a raconté Lucien Carel." + FR;
    const es = run(t, ['Chez Peugeot', 'Lucien Carel']);
    expect(people(es)).toEqual(['Lucien Carel']);
    expect(es.find((e) => e.name === 'Peugeot')?.type).toBe('org');
  });
});
