/**
 * Session 22: classes of error seen in the dev texts. `spans` stand in for the trained tagger, spanned as the
 * English-trained model spans them (checked with its output on each sentence).
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, ES } from './helpers/taggedSpans';

describe('a government named after a surname', () => {
  const text =
    'La dimisión del primer ministro israelí, Ehud Barak, pone fin al Gobierno. Los ultraortodoxos deben abandonar ' +
    'el Gobierno de Barak en protesta por la cumbre.' +
    ES;
  it('"el Gobierno de Barak" after "Ehud Barak": Barak is the person, one entity', () => {
    const es = runTagged(text, ['Ehud Barak', ['Gobierno de Barak', 'org']]);
    const barak = es.filter((e) => e.type === 'person');
    expect(barak.map((e) => e.name)).toEqual(['Ehud Barak']);
    expect(barak[0].mentions.map((m) => m.text)).toEqual(['Ehud Barak', 'Barak']);
  });
  it('(guard) a region\'s government stays whole: "el Gobierno de Galicia"', () => {
    const es = runTagged('El Príncipe de Galicia visitó Lugo. El Gobierno de Galicia aprobó el plan.' + ES, [
      ['Príncipe de Galicia', 'person'],
      ['Lugo', 'place'],
      ['Gobierno de Galicia', 'org'],
    ]);
    expect(es.some((e) => e.name === 'Gobierno de Galicia' && e.type === 'org')).toBe(true);
  });
  it('(guard) a one-word name after "de" that no one bears in full stays in the body', () => {
    const es = runTagged('Los ministros del Gobierno de Sánchez votaron ayer.' + ES, [['Gobierno de Sánchez', 'org']]);
    expect(es.some((e) => e.name === 'Gobierno de Sánchez' && e.type === 'org')).toBe(true);
  });
});

describe('"de" and a surname ending a headline in capitals', () => {
  it('"EN CASA DE FREEMAN" after which "Cathy Freeman" is named: one person', () => {
    const es = runTagged(
      'LA GACELA PEREC VUELVE EN CASA DE FREEMAN\n\nLa australiana Cathy Freeman ganó en Sídney.' + ES,
      [['DE FREEMAN', 'person'], 'Cathy Freeman', ['PEREC', 'person'], ['Sídney', 'place']],
    );
    const freeman = es.filter((e) => e.type === 'person' && /freeman/i.test(e.name));
    expect(freeman.map((e) => e.name)).toEqual(['Cathy Freeman']);
    expect(freeman[0].mentions.map((m) => m.text)).toEqual(['FREEMAN', 'Cathy Freeman']);
  });
  it('(guard) "DE GAULLE" with no one surnamed Gaulle in full keeps its particle', () => {
    const es = runTagged('LE RETOUR DE DE GAULLE\n\nLe général est revenu à Paris.' + ES, [
      ['DE GAULLE', 'person'],
      ['Paris', 'place'],
    ]);
    expect(es.some((e) => e.type === 'person' && e.name === 'DE GAULLE')).toBe(true);
  });
});

describe('misspellings of a named person', () => {
  it('a long surname two letters off, its length kept: "Bauchtman" of "Lydia Buchtmann"', () => {
    const es = runTagged(
      'Lydia Buchtmann for Food Standards Australia New Zealand says they are looking at guidelines. ' +
        '"People do not add salt," Ms Bauchtman said.',
      ['Lydia Buchtmann', ['Food Standards Australia New Zealand', 'org'], 'Bauchtman'],
    );
    const ps = es.filter((e) => e.type === 'person');
    expect(ps.map((e) => e.name)).toEqual(['Lydia Buchtmann']);
    expect(ps[0].mentions.map((m) => m.text)).toEqual(['Lydia Buchtmann', 'Bauchtman']);
  });
  it('a two-word form of a three-word name, one word a letter off: "Gonzáles Anaya"', () => {
    const es = runTagged(
      'La ministra Alejandra González Anaya llegó ayer a Madrid. Según Gonzáles Anaya, el acuerdo es firme.' + ES,
      ['Alejandra González Anaya', ['Madrid', 'place'], 'Gonzáles Anaya'],
    );
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Alejandra González Anaya']);
  });
  it('(guard) "Williams" is not "Williamson": two letters added are no misspelling', () => {
    const es = runTagged('Tom Williamson scored twice. Williams then added a third for the visitors.', [
      'Tom Williamson',
      'Williams',
    ]);
    expect(es.find((e) => e.name === 'Tom Williamson')!.mentions.map((m) => m.text)).toEqual(['Tom Williamson']);
  });
  it('(guard) two different long surnames two letters apart stay apart when both are named in full', () => {
    const es = runTagged('Anna Kowalczyk met Piotr Kowalczak in Warsaw. Kowalczyk said the talks went well.', [
      'Anna Kowalczyk',
      'Piotr Kowalczak',
      ['Warsaw', 'place'],
      'Kowalczyk',
    ]);
    const anna = es.find((e) => e.name === 'Anna Kowalczyk')!;
    expect(anna.mentions.map((m) => m.text)).toEqual(['Anna Kowalczyk', 'Kowalczyk']);
    expect(es.find((e) => e.name === 'Piotr Kowalczak')!.mentions).toHaveLength(1);
  });
});

describe('a position after a verb in -ing is an adverb', () => {
  it('"Moving forward, Swift has …": no role', () => {
    const es = runTagged(
      'Taylor Swift left the label. Moving forward, Swift has a new record deal in place with Universal Music Group.',
      ['Taylor Swift', 'Swift', ['Universal Music Group', 'org']],
    );
    expect(roleOf(es, 'Taylor Swift')).toBeNull();
  });
  it('"more acquisitions like this going forward": no role for the person named before', () => {
    const es = runTagged(
      'Kylie Jenner sold half her company. "I would expect more acquisitions like this going forward," said ' +
        'Jane Doe, an analyst. Jenner agreed.',
      ['Kylie Jenner', 'Jane Doe', 'Jenner'],
    );
    expect(roleOf(es, 'Kylie Jenner')).toBeNull();
  });
  it('(guard) "the veteran forward, X" is still a role', () => {
    const es = runTagged('The veteran forward, Zach Parise, scored twice on Tuesday.', ['Zach Parise']);
    expect(roleOf(es, 'Zach Parise')).toBe('veteran forward');
  });
});

describe('given names in brackets before the surname a quote says', () => {
  it('"(Olympic champion Lindsay) Davenport": one person, with the bracket\'s title', () => {
    const es = runTagged(
      '"What we like would be Seles, (Olympic champion Lindsay) Davenport and Mary Joe Fernandez," said King. ' +
        'Davenport won in Atlanta.',
      ['Seles', 'Lindsay', 'Davenport', 'Mary Joe Fernandez', 'King', ['Atlanta', 'place']],
    );
    const d = es.find((e) => e.name === 'Davenport')!;
    expect(d.mentions.map((m) => m.text)).toEqual(['Lindsay', 'Davenport', 'Davenport']);
    expect(d.role).toBe('Olympic champion');
    expect(es.some((e) => e.name === 'Lindsay')).toBe(false);
  });
  it('"(Syrian President Hafez al-) Assad": a given name no list holds, named only there', () => {
    const es = runTagged(
      '"The message that we sent to (Syrian President Hafez al-) Assad is clear," Levy said. Assad did not reply.',
      ['Hafez', 'Assad', 'Levy'],
    );
    const a = es.find((e) => e.name === 'Assad')!;
    expect(a.mentions.map((m) => m.text)).toEqual(['Hafez', 'Assad', 'Assad']);
    expect(a.role).toBe('Syrian President');
  });
  it('(guard) a name closing a bracket of its own stays apart from the next name', () => {
    const es = runTagged(
      'The winners (led by Tom Baker) Smith and Jones celebrated. Tom Baker thanked the fans. Smith left early.',
      ['Tom Baker', 'Smith', 'Jones'],
    );
    expect(es.find((e) => e.name === 'Tom Baker')!.mentions).toHaveLength(2);
    expect(es.find((e) => e.name === 'Smith')!.mentions).toHaveLength(2);
  });
});

describe('a device model is no one', () => {
  it('"iPhone 11 Pro Max", "Chromecast Ultra", "Echo Dot": not people', () => {
    const es = runTagged(
      'The iPhone 11 Pro Max costs $999. A Chromecast Ultra comes with the bundle, and the Echo Dot is $22.',
      ['Max', 'Chromecast Ultra', 'Echo Dot'],
    );
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });
  it('(guard) "Peter Max" and "Tom Pro" with a given name stay people', () => {
    const es = runTagged('The artist Peter Max painted it. Tom Pro, a coach, agreed.', ['Peter Max', 'Tom Pro']);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Peter Max', 'Tom Pro']);
  });
});

describe('a firm named by a possessive', () => {
  it('"peer Lowe’s (LOW) stock is off too": an organisation, not a person "Lowe"', () => {
    const es = runTagged(
      'Home Depot slid, and peer Lowe’s (LOW) stock is off too. Lowe’s reports earnings Wednesday.',
      [['Home Depot', 'org'], 'Lowe'],
    );
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
    expect(es.find((e) => e.type === 'org' && e.name.startsWith('Lowe'))?.mentions).toHaveLength(2);
  });
  it('(guard) "Kohl\'s" after "Helmut Kohl" is the chancellor\'s', () => {
    const es = runTagged('Helmut Kohl won again. Kohl’s government will stay.', ['Helmut Kohl', 'Kohl']);
    expect(es.find((e) => e.name === 'Helmut Kohl')!.mentions).toHaveLength(2);
  });
});

describe('letters of honours and offices after a name', () => {
  it('"Dame Zaha Mohammad Hadid DBE RA (…) was an Iraqi-British architect"', () => {
    const es = runTagged(
      'Dame Zaha Mohammad Hadid DBE RA (31 October 1950 – 31 March 2016) was an Iraqi-British architect.',
      ['Zaha Mohammad Hadid'],
    );
    expect(roleOf(es, 'Zaha Mohammad Hadid')).toBe('Iraqi-British architect');
  });
  it('"Jo Cox MP was a Labour politician"', () => {
    const es = runTagged('Jo Cox MP was a Labour politician.', ['Jo Cox']);
    expect(roleOf(es, 'Jo Cox')).toBe('Labour politician');
  });
});

describe('the name a person goes by', () => {
  it('"X (born …), better known by her pseudonym Y, is …": one person, with the role', () => {
    const es = runTagged(
      'Jenna Nicole Mourey (born September 15, 1986), better known by her pseudonym Jenna Marbles, is an American ' +
        'YouTube personality. Marbles was born in Rochester.',
      ['Jenna Nicole Mourey', 'Jenna Marbles', 'Marbles', ['Rochester', 'place']],
    );
    const ps = es.filter((e) => e.type === 'person');
    expect(ps.map((e) => e.name)).toEqual(['Jenna Nicole Mourey']);
    expect(ps[0].mentions.map((m) => m.text)).toEqual(['Jenna Nicole Mourey', 'Jenna Marbles', 'Marbles']);
    expect(ps[0].role).toBe('American YouTube personality');
  });
  it('"Sean Combs, also known as Diddy, said": one person', () => {
    const es = runTagged('Sean Combs, also known as Diddy, said on Monday that Diddy would appeal.', [
      'Sean Combs',
      'Diddy',
    ]);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Sean Combs']);
  });
  it('(guard) "X, known for her work with Y," keeps two people', () => {
    const es = runTagged('Anna Lee, known for her work with Tom Baker, said the show would go on.', [
      'Anna Lee',
      'Tom Baker',
    ]);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Anna Lee', 'Tom Baker']);
  });
});

describe('a short aside in brackets after a listed name', () => {
  it('"two daughters, A (b. 2009) and B (b. 2013), and a son, C (b. 2015)": each takes the role', () => {
    const es = runTagged(
      'John Goode married in 2014. They have two daughters, Matilda Goode (b. 2009) and Teddie Goode (b. 2013), and ' +
        'a son, Ralph Goode (b. 2015).',
      ['John Goode', 'Matilda Goode', 'Teddie Goode', 'Ralph Goode'],
    );
    expect(roleOf(es, 'Matilda Goode')).toBe('daughters');
    expect(roleOf(es, 'Teddie Goode')).toBe('daughters');
    expect(roleOf(es, 'Ralph Goode')).toBe('son');
  });
  it('"Jerome (c. 347 – 420) was a priest": "c." before a year ends no sentence', () => {
    const es = runTagged('Jerome (c. 347 – 30 September 420) was a Latin Catholic priest.', ['Jerome']);
    expect(roleOf(es, 'Jerome')).toBe('Latin Catholic priest');
  });
});

describe('a caption pointer or a maiden name in brackets after a name', () => {
  it('"Katherine (née Buckley), a dancer": one person, the dancer', () => {
    const es = runTagged(
      'Moreau was born in Paris, the daughter of Katherine (née Buckley), a dancer who performed there.',
      ['Moreau', ['Paris', 'place'], 'Katherine', 'Buckley'],
    );
    const k = es.find((e) => e.name === 'Katherine')!;
    expect(k.role).toBe('dancer');
    expect(k.mentions.map((m) => m.text)).toEqual(['Katherine', 'Buckley']);
  });
  it('"Tom Smith (pictured), the committee chairman, spoke"', () => {
    const es = runTagged('Tom Smith (pictured), the committee chairman, spoke on Monday.', ['Tom Smith']);
    expect(roleOf(es, 'Tom Smith')).toBe('committee chairman');
  });
  it('"Edward Scripps (1854–1926), the founder of the chain," in English too', () => {
    const es = runTagged('Edward Scripps (1854–1926), the founder of the chain, left a fortune.', ['Edward Scripps']);
    expect(roleOf(es, 'Edward Scripps')).toBe('founder of the chain');
  });
});

describe('outlets the tagger takes for people', () => {
  it('"an outlet such as Forbes": an organisation; "Steve Forbes … Forbes said": the person', () => {
    const outlet = runTagged('The claim did not come from an outlet such as Forbes, the report said.', ['Forbes']);
    expect(outlet.find((e) => e.name === 'Forbes')?.type).toBe('org');
    const person = runTagged('Steve Forbes ran for president. Forbes said he would run again.', [
      'Steve Forbes',
      'Forbes',
    ]);
    expect(person.find((e) => e.name === 'Steve Forbes')!.mentions).toHaveLength(2);
  });
});
