/**
 * Session 18: French roles that dev texts from UD French-GSD and our own French wire copy missed: a body named after
 * someone, head first ("l'Institut Jacques Delors"), whose person's name inside names no one; a life's dates and
 * birthplace in brackets before a copula ("X (Santpoort, 26 octobre 1914--…, 14 août 2006) est un psychologue"); a
 * title whose complement after a preposition holds loose words of its own ("le candidat républicain à l'élection
 * présidentielle, X,"). Every sentence and name was written for these tests; `spans` stand in for the tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, people, ES, FR } from './helpers/taggedSpans';
import { isOfficialRole } from '../../utils/recognize/roles/isOfficialRole';

describe('a body named after someone, head first', () => {
  it('"X, vice-présidente de l’Institut Paul Verdier,": the institute is a body, and the role is X’s', () => {
    const t = 'Pour Claire Ronsard, vice-présidente de l’Institut Paul Verdier, la réunion marque un tournant.' + FR;
    const es = runTagged(t, ['Claire Ronsard', 'Paul Verdier']);
    expect(people(es)).toEqual(['Claire Ronsard']);
    expect(roleOf(es, 'Claire Ronsard')).toBe('vice-présidente de l’Institut Paul Verdier');
    expect(es.find((e) => e.name === 'Institut Paul Verdier')?.type).toBe('org');
  });
  it('"la Fundación Jaime Ortega": the same in Spanish', () => {
    const t = 'El premio lo entrega cada año la Fundación Jaime Ortega en Sevilla.' + ES;
    expect(people(runTagged(t, ['Jaime Ortega']))).toEqual([]);
  });
  it('not an office’s body, whose holder’s name follows it: "la vicepresidenta de la Comisión Ana Ribas"', () => {
    const t = 'Lo anunció ayer la vicepresidenta de la Comisión Ana Ribas en Bruselas.' + ES;
    const es = runTagged(t, ['Ana Ribas']);
    expect(people(es)).toEqual(['Ana Ribas']);
    expect(roleOf(es, 'Ana Ribas')).toBe('vicepresidenta de la Comisión');
  });
});

describe('a life in brackets before a copula', () => {
  it('"X (16 juin 1914--3 février 2002) est un …": any bracket with a year, dates or a birthplace and a place of death', () => {
    const t1 = 'Lucien Morvan (16 juin 1914--3 février 2002) est un coureur cycliste québécois.' + FR;
    expect(roleOf(runTagged(t1, ['Lucien Morvan']), 'Lucien Morvan')).toBe('coureur cycliste québécois');
    const t2 = 'Adriaan Vos (Santpoort, 26 octobre 1914--Harlingen, 14 août 2006) est un psychologue néerlandais.' + FR;
    expect(roleOf(runTagged(t2, ['Adriaan Vos', ['Santpoort', 'place'], ['Harlingen', 'place']]), 'Adriaan Vos')).toBe(
      'psychologue néerlandais',
    );
  });
  it('not a bracket without a year: "X (PS) est un …" stays a party label, "X (voir plus bas) est" no life', () => {
    const t = 'Marc Lenoir (voir plus bas) est un problème pour la direction du parti.' + FR;
    expect(roleOf(runTagged(t, ['Marc Lenoir']), 'Marc Lenoir')).toBeNull();
  });
});

describe('a title set off before the name, its complement with words of its own', () => {
  it('"le candidat républicain à l’élection présidentielle, X,"', () => {
    const t =
      "Suite à ces déclarations, le candidat républicain à l'élection présidentielle, Marc Tollet, lui demande de partir." +
      FR;
    expect(roleOf(runTagged(t, ['Marc Tollet']), 'Marc Tollet')).toBe(
      "candidat républicain à l'élection présidentielle",
    );
  });
});

describe('people held-back Spanish and French text lost (session 18, batches hb18a–c)', () => {
  it('"al defensa argentino Chamot": a job noun and a nationality before a name the tagger read as a place', () => {
    const t = 'Arrigo Sacchi recupera al defensa argentino Ruvel, aunque dará descanso a Toni.' + ES;
    const es = runTagged(t, ['Arrigo Sacchi', ['Ruvel', 'place'], 'Toni']);
    expect(roleOf(es, 'Ruvel')).toBe('defensa argentino');
  });
  it('not an adjective after a noun: "el grupo inversor catalán Metrópolis" stays a body', () => {
    const t = 'Entre los aspirantes figura el grupo inversor catalán Metrópolis, según fuentes del sector.' + ES;
    expect(people(runTagged(t, [['Metrópolis', 'place']]))).toEqual([]);
  });
  it('"el candidato de la oposición, Kostunica, quien se niega": "quien" follows someone', () => {
    const t = 'Fue derrotado por el candidato de la oposición, Kostrov, quien se niega a participar.' + ES;
    const es = runTagged(t, [['Kostrov', 'place']]);
    expect(roleOf(es, 'Kostrov')).toBe('candidato de la oposición');
  });
  it('not a nationality noun after an article: "The Briton, who lost his title"', () => {
    const t = 'The Briton, who lost his title to Mike Tyson in March, said he was shocked.';
    expect(people(runTagged(t, [['Briton', 'misc'], 'Mike Tyson']))).toEqual(['Mike Tyson']);
  });
  it('"Milosevic, el presidente de Yugoslavia requerido como criminal …": an appositive too long to close ends at a participle', () => {
    const t =
      'Rusia se distancia de Milasic, el presidente de Yugoslavia requerido como criminal de guerra y derrotado en las urnas por el candidato de la oposición.' +
      ES;
    const es = runTagged(t, [['Rusia', 'place'], 'Milasic', ['Yugoslavia', 'place']]);
    expect(roleOf(es, 'Milasic')).toBe('presidente de Yugoslavia');
  });
  it('not a noun after an article or "de": "X, el secretario general del partido socialista, …" reads on', () => {
    const t = 'Habló Luis Mora, el secretario general del partido socialista de la región, durante la tarde.' + ES;
    expect(roleOf(runTagged(t, ['Luis Mora']), 'Luis Mora')).toBe(
      'secretario general del partido socialista de la región',
    );
  });
  it('"Herzog fut élu président d’Israël": an untagged word opening a sentence, then a role after a copula', () => {
    const t = 'Hertzel fut élu président d’Israël pour deux mandats, en 1983 puis en 1988.' + FR;
    const es = runTagged(t, []);
    expect(people(es)).toEqual(['Hertzel']);
    expect(roleOf(es, 'Hertzel')).toBe('président d’Israël pour deux mandats');
  });
  it('not a place or a word the text writes in lower case: "Paris est la capitale", "Ensuite est venu le maire"', () => {
    const t = 'Paris est la capitale de la France. Sorbel est une ville. Le président est arrivé.' + FR;
    expect(
      people(
        runTagged(t, [
          ['Paris', 'place'],
          ['France', 'place'],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('French roles from held-back GSD sentences (hb18a, hb18b)', () => {
  it('"l’abbé Dubos": religious titles are heads; a plural before "de" is no one’s ("Réflexions critiques de l’abbé")', () => {
    const t = 'Les Réflexions critiques de l’abbé Dumas ont marqué un tournant.' + FR;
    expect(roleOf(runTagged(t, ['Dumas']), 'Dumas')).toBe('abbé');
  });
  it('"X est désigné membre du conseil d’administration": "membre" is a role', () => {
    const t = 'Paul Sorel est désigné membre du conseil d’administration de l’école par le Conseil de Paris.' + FR;
    expect(roleOf(runTagged(t, ['Paul Sorel']), 'Paul Sorel')).toBe('membre du conseil d’administration de l’école');
  });
  it('"il épouse X, fille du directeur": after a subject pronoun "épouse" is a verb', () => {
    const t = 'En 1894, il épouse Anne Busset, fille du directeur du domaine minier, dont il a huit enfants.' + FR;
    expect(roleOf(runTagged(t, ['Anne Busset']), 'Anne Busset')).toBe('fille du directeur du domaine minier');
  });
  it('"Jacques d’Harcourt (gouverneur du Crotoy)": a role in brackets after the name', () => {
    const t = 'Le château fut donné à Jacques Morel (gouverneur du Crotoy) au printemps.' + FR;
    expect(roleOf(runTagged(t, ['Jacques Morel', ['Crotoy', 'place']]), 'Jacques Morel')).toBe('gouverneur du Crotoy');
  });
  it('not a party label in brackets: "Marc Lenoir (PS) a voté contre"', () => {
    const t = 'Marc Lenoir (PS) a voté contre le texte.' + FR;
    expect(roleOf(runTagged(t, ['Marc Lenoir', ['PS', 'org']]), 'Marc Lenoir')).toBeNull();
  });
  it('"X (de son nom de naissance Y) est un réalisateur", "X (né en 1947 à Vienne (Autriche)) est": any bracket', () => {
    const t1 = 'François Chaput (de son nom de naissance François Lemoine) est un réalisateur de télévision.' + FR;
    expect(roleOf(runTagged(t1, ['François Chaput', 'François Lemoine']), 'François Chaput')).toBe(
      'réalisateur de télévision',
    );
    const t2 = 'Franz Kogel (né en 1947 à Vienne (Autriche)) est un trompettiste autrichien.' + FR;
    expect(roleOf(runTagged(t2, ['Franz Kogel', ['Vienne', 'place'], ['Autriche', 'place']]), 'Franz Kogel')).toBe(
      'trompettiste autrichien',
    );
  });
  it('"Billy Gilbert, acteur reconnu pour ces mimiques …": a French participle ends a long appositive', () => {
    const t =
      'La voix originale du géant est donnée par Billy Gilman, acteur reconnu pour ces mimiques de violentes éruptions nasales qui ont fait rire trois générations de spectateurs.' +
      FR;
    expect(roleOf(runTagged(t, ['Billy Gilman']), 'Billy Gilman')).toBe('acteur');
  });
});

describe('professions the Romance lexicons lacked', () => {
  it('"del botánico Eduardo X", "asegura X, veterinario del parque", "le sculpteur X", "o escultor X"', () => {
    const es1 = runTagged('El nombre recuerda al botánico Eduardo Pöpel desde entonces.' + ES, ['Eduardo Pöpel']);
    expect(roleOf(es1, 'Eduardo Pöpel')).toBe('botánico');
    const es2 = runTagged('"Cuidan a sus crías", asegura Ayoze Melo, veterinario del parque.' + ES, ['Ayoze Melo']);
    expect(roleOf(es2, 'Ayoze Melo')).toBe('veterinario del parque');
    const fr = runTagged('Le buste fut réalisé par le sculpteur Hans Pölzer en 1920.' + FR, ['Hans Pölzer']);
    expect(roleOf(fr, 'Hans Pölzer')).toBe('sculpteur');
  });
});

describe('French roles from held-back GSD sentences (hb18f)', () => {
  it('"X est ordonné prêtre le 5 juillet 1922 pour …": a rite of office, and a date ends the role', () => {
    const t = 'Frantisek Tomek est ordonné prêtre le 5 juillet 1922 pour le diocèse d’Olomouc.' + FR;
    expect(roleOf(runTagged(t, ['Frantisek Tomek']), 'Frantisek Tomek')).toBe('prêtre');
  });
  it('"des cheikhs islamistes, comme A et B": a comma and an adjective before "comme"', () => {
    const t = 'Parmi les libérés il y a des célèbres cheikhs islamistes, comme Karim Fazi et Ali Chad, accusés.' + FR;
    const es = runTagged(t, ['Karim Fazi', 'Ali Chad']);
    expect(roleOf(es, 'Karim Fazi')).toBe('cheikhs islamistes');
    expect(roleOf(es, 'Ali Chad')).toBe('cheikhs islamistes');
  });
  it('"ses confrères A et B": colleagues are a role', () => {
    const t = 'Il collabore notamment avec ses confrères Edith Hale et Charles Maire.' + FR;
    expect(roleOf(runTagged(t, ['Edith Hale', 'Charles Maire']), 'Edith Hale')).toBe('confrères');
  });
  it('"les compositeurs A et B, l’écrivain (et lauréat du Prix Nobel en 1912) C": an aside inside the title', () => {
    const t =
      'On comptait les compositeurs Gustav Maler et Rikard Straus, l’écrivain (et lauréat du Prix Nobel en 1912) Gerd Hauptner et le chef d’orchestre Eugen Spirin.' +
      FR;
    const es = runTagged(t, ['Gustav Maler', 'Rikard Straus', 'Gerd Hauptner', 'Eugen Spirin']);
    expect(roleOf(es, 'Rikard Straus')).toBe('compositeurs');
    expect(roleOf(es, 'Gerd Hauptner')).toBe('écrivain (et lauréat du Prix Nobel en 1912)');
  });
  it('"Lorsque Sieyès eut soumis …": a conjunction opening the sentence is no part of the name', () => {
    const t = 'Lorsque Sieyard eut soumis l’idée à l’Assemblée, Berlot demanda la priorité.' + FR;
    expect(people(runTagged(t, ['Lorsque Sieyard', 'Berlot']))).toEqual(['Sieyard', 'Berlot']);
  });
});

describe('a relative pronoun of people, not after a quantifier', () => {
  it('"some Democrats, who had planned a celebration": a party’s members, no one', () => {
    const t = 'The news worried some Democrats, who had planned a triumphal celebration of the lead.';
    expect(people(runTagged(t, [['Democrats', 'misc']]))).toEqual([]);
  });
});

describe('the official flag on English roles (hb18i)', () => {
  it('public bodies and parties named in full or dotted: the IMF, the U.N., a Socialist leader', () => {
    expect(isOfficialRole("head of the International Monetary Fund's mission in Ukraine")).toBe(true);
    expect(isOfficialRole('U.N. special representative')).toBe(true);
    expect(isOfficialRole('Acting Socialist leader')).toBe(true);
    expect(isOfficialRole('security chief')).toBe(true);
    expect(isOfficialRole('chairman of the Organisation for Security and Cooperation in Europe')).toBe(true);
  });
  it('not a firm, a league, a university, a church or a private body’s spokesman', () => {
    expect(isOfficialRole('president of RSA Data Security')).toBe(false);
    expect(isOfficialRole('president of the National Abortion Rights Action League')).toBe(false);
    expect(isOfficialRole("university's Vice-Chancellor")).toBe(false);
    expect(isOfficialRole('Rev., pastor of Mount Zion Missionary Baptist Church')).toBe(false);
    expect(isOfficialRole("spokesman for the Association of Lloyd's State Chairmen")).toBe(false);
  });
  it('still a spokesman and a Kremlin spokesperson', () => {
    expect(isOfficialRole('spokesman')).toBe(true);
    expect(isOfficialRole('Kremlin spokesperson')).toBe(true);
    expect(isOfficialRole('Secretary-General of the Arab League')).toBe(true);
  });
});

describe('roles from held-back AnCora stories (hb18g)', () => {
  it('"del Hospital La Paz, cuyo jefe es X": the head before the copula, of the body before "cuyo"', () => {
    const t = 'Fuentes del Hospital La Paz, cuyo jefe es Carlos Villar, indicaron que no podían informar.' + ES;
    expect(roleOf(runTagged(t, ['Carlos Villar', ['Hospital La Paz', 'org']]), 'Carlos Villar')).toBe(
      'jefe del Hospital La Paz',
    );
  });
  it('"the Federal Reserve, whose chairman is X": so in English, not "chairman is"', () => {
    const t = 'The report came from the Federal Reserve, whose chairman is John Marsh, on Monday.';
    expect(roleOf(runTagged(t, ['John Marsh', ['Federal Reserve', 'org']]), 'John Marsh')).toBe(
      'chairman of the Federal Reserve',
    );
  });
  it('"X, antigua amante de Y,": a lover is a role of kin', () => {
    const t = 'La policía detuvo a Dolores Vaz, antigua amante de Alicia Horno, tras semanas de presión.' + ES;
    expect(roleOf(runTagged(t, ['Dolores Vaz', 'Alicia Horno']), 'Dolores Vaz')).toBe('antigua amante de Alicia Horno');
  });
});

describe('French roles from held-back GSD sentences (hb18h)', () => {
  it('"X (né le … à Portland dans l’Oregon … et mort le … à New Haven …) est un acteur": a long life aside', () => {
    const t =
      "Donald Cole (né le 26 septembre 1901 à Portland dans l'Oregon aux États-Unis et mort le 1er octobre 1961 à New Haven dans le Connecticut) est un acteur américain." +
      FR;
    expect(roleOf(runTagged(t, ['Donald Cole']), 'Donald Cole')).toBe('acteur américain');
  });
  it('"X (de son vrai nom Y), né le … à Tunis (Tunisie), est un chanteur": asides one after another', () => {
    const t =
      'Félix Grey (de son vrai nom Félix Bout), né le 28 juin 1958 à Tunis (Tunisie), est un chanteur français.' + FR;
    expect(roleOf(runTagged(t, ['Félix Grey', 'Félix Bout']), 'Félix Grey')).toBe('chanteur français');
  });
  it('"X est alors nommée porte-parole": an adverb before the participle of an appointment', () => {
    const t = 'Emilie Guimard est alors nommée porte-parole du mouvement.' + FR;
    expect(roleOf(runTagged(t, ['Emilie Guimard']), 'Emilie Guimard')).toBe('porte-parole du mouvement');
  });
  it('"fils d’X (1854--1926), dirigeant de l’Empire de presse": a life’s years before an appositive', () => {
    const t = 'Il était le fils d’Edward Willis Scrip (1854--1926), dirigeant de l’Empire de presse du pays.' + FR;
    expect(roleOf(runTagged(t, ['Edward Willis Scrip']), 'Edward Willis Scrip')).toBe(
      'dirigeant de l’Empire de presse du pays',
    );
  });
  it('"Le dernier meunier, Paul X cesse son activité": a title opening its sentence needs no closing comma', () => {
    const t = 'Le dernier meunier, Paul Lenoir cesse son activité en 1971.' + FR;
    expect(roleOf(runTagged(t, ['Paul Lenoir']), 'Paul Lenoir')).toBe('dernier meunier');
    const t2 = 'Selon le ministre, Paul Lenoir cesse son activité en 1971.' + FR;
    expect(roleOf(runTagged(t2, ['Paul Lenoir']), 'Paul Lenoir')).toBeNull();
  });
});

describe('Spanish titles from held-back GSD sentences (hb18d)', () => {
  it('"al Gobernador (E) Arturo X": a capitalised title after "al" is a title, not an office’s body', () => {
    const t = 'Los vecinos expresaron su agradecimiento al Gobernador (E) Arturo Suárez por las ayudas.' + ES;
    expect(roleOf(runTagged(t, ['Arturo Suárez']), 'Arturo Suárez')).toBe('Gobernador (E)');
  });
  it('"al representante del arquero -- Jorge X --": a title before a name set off by dashes', () => {
    const t = 'El dinero irá al representante del arquero -- Jorge Mena --.' + ES;
    expect(roleOf(runTagged(t, ['Jorge Mena']), 'Jorge Mena')).toBe('representante del arquero');
  });
});

describe('the official flag on English roles (hb18l)', () => {
  it('a dictator or a strongman holds power; a judge alone is a court’s', () => {
    expect(isOfficialRole('Soviet dictator')).toBe(true);
    expect(isOfficialRole('military strongman')).toBe(true);
    expect(isOfficialRole('judge')).toBe(true);
    expect(isOfficialRole('talent show judges')).toBe(false);
  });
  it('not an extremist group’s leader: "U.S. neo-Nazi leader"', () => {
    expect(isOfficialRole('U.S. neo-Nazi leader')).toBe(false);
    expect(isOfficialRole('U.S. Senate leader')).toBe(true);
  });
});

describe('the official flag: a country’s president named alone, regions’ leaders', () => {
  it('"president", "former president" alone in English news; a region’s leader or chief', () => {
    expect(isOfficialRole('president')).toBe(true);
    expect(isOfficialRole('former president')).toBe(true);
    expect(isOfficialRole('former Chechen leader')).toBe(true);
    expect(isOfficialRole('Kurdistan chief')).toBe(true);
  });
  it('not a firm’s president named with the firm, nor a rebel leader of a region', () => {
    expect(isOfficialRole('president of Acme Widgets')).toBe(false);
    expect(isOfficialRole('Chechen rebel leader')).toBe(false);
  });
});

describe('Romance roles from the last held-back batches (hb18j, hb18k)', () => {
  it('"X, né à Limoges le …, décédé à Neuilly le …, est un homme politique": a death aside after the birth', () => {
    const t =
      'Fernand Chapuis, né à Limoges le 10 mars 1862, décédé à Neuilly le 10 février 1939, est un homme politique français.' +
      FR;
    expect(roleOf(runTagged(t, ['Fernand Chapuis']), 'Fernand Chapuis')).toBe('homme politique français');
  });
  it('"X (dates) fue uno de los traductores rusos …": one of the holders of a plural role, after a copula', () => {
    const t =
      'Anatoli Gelesko (1934 -- 2011) fue uno de los traductores rusos de poesía española más reconocidos.' + ES;
    expect(roleOf(runTagged(t, ['Anatoli Gelesko']), 'Anatoli Gelesko')).toBe(
      'uno de los traductores rusos de poesía española',
    );
  });
  it('"X fue el único líder negro …": "único" modifies the head', () => {
    const t = 'Haile Selas fue el único líder negro aceptado entre los reyes europeos.' + ES;
    // (the role is the head and its modifiers; whether it keeps the participle after them, "aceptado", is not what
    // this test is about, and the reader keeps it today)
    expect(roleOf(runTagged(t, ['Haile Selas']), 'Haile Selas')).toMatch(/^único líder negro\b/);
  });
});
