/**
 * Session 26: classes of error seen in a held-back batch of wire, magazine and local news (`hb26-*`), made general.
 * `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, people, roleOf, mentionsOf, ES } from './helpers/taggedSpans';

const ofType = (es: ReturnType<typeof runTagged>, type: string) => es.filter((e) => e.type === type).map((e) => e.name);

describe('a remit joined by "and" in an appositive before the name', () => {
  it('"The head of the search and rescue agency, X, said": the whole phrase is the role', () => {
    const text = 'The head of the search and rescue agency, Bambang Soelistyo, said three bodies had been found.';
    const es = runTagged(text, ['Bambang Soelistyo']);
    expect(roleOf(es, 'Bambang Soelistyo')).toBe('head of the search and rescue agency');
  });
  it('"the minister of health and social affairs, X"', () => {
    const text = 'On Monday the minister of health and social affairs, Anna Berg, opened the ward.';
    const es = runTagged(text, ['Anna Berg']);
    expect(roleOf(es, 'Anna Berg')).toBe('minister of health and social affairs');
  });
  it('(guard) a second phrase with its own determiner is its own: "the president of Acme and his wife, X"', () => {
    const text = 'The president of Acme and his wife, Jane Doe, arrived late.';
    const es = runTagged(text, [['Acme', 'org'], 'Jane Doe']);
    expect(roleOf(es, 'Jane Doe')).toBe('wife');
  });
  it('(guard) a capitalised word after "and" is no remit\'s: "The head of the agency and Acme, X"', () => {
    const text = 'The head of the agency and Acme, Jane Doe, arrived late.';
    const es = runTagged(text, [['Acme', 'org'], 'Jane Doe']);
    expect(roleOf(es, 'Jane Doe')).toBeNull();
  });
});

describe("a cleric's title and the appositive after the name", () => {
  it('"Father James Martin, a Jesuit priest and author of several books,": both are the role', () => {
    const text = 'At the time, Father James Martin, a Jesuit priest and author of several books, warned the Vatican.';
    const es = runTagged(text, ['James Martin', ['Vatican', 'place']]);
    expect(roleOf(es, 'James Martin')).toBe('Father, Jesuit priest and author of several books');
  });
  it('"Sister Sharon Holland, the head of the LCWR,"', () => {
    const text = 'Sister Sharon Holland, the head of the LCWR, told reporters there were still hard feelings.';
    const es = runTagged(text, ['Sharon Holland', ['LCWR', 'org']]);
    expect(roleOf(es, 'Sharon Holland')).toBe('Sister, head of the LCWR');
  });
  it('the title alone stays the role when no appositive follows', () => {
    const text = 'Father James Martin warned the Vatican on Tuesday.';
    const es = runTagged(text, ['James Martin', ['Vatican', 'place']]);
    expect(roleOf(es, 'James Martin')).toBe('Father');
  });
});

describe('a nickname in quotes between the given name and the surname', () => {
  it('"Joko “Jokowi” Widodo" is one person, whom "Jokowi" names later', () => {
    const text = 'Indonesian President Joko “Jokowi” Widodo ordered a review. Jokowi said it would be quick.';
    const es = runTagged(text, [['Indonesian', 'misc'], 'Joko', 'Widodo', 'Jokowi']);
    expect(people(es)).toEqual(['Joko “Jokowi” Widodo']);
    expect(mentionsOf(es, 'Joko “Jokowi” Widodo')).toEqual(['Joko “Jokowi” Widodo', 'Jokowi']);
    expect(roleOf(es, 'Joko “Jokowi” Widodo')).toBe('Indonesian President');
  });
  it('"Al “Bunchy” Carter": a given name the tagger typed a thing joins too', () => {
    const text = 'The gang shot two men on the campus: Al “Bunchy” Carter and John Huggins.';
    const es = runTagged(text, [['Al', 'misc'], ['Bunchy', 'misc'], 'Carter', 'John Huggins']);
    expect(people(es)).toEqual(['Al “Bunchy” Carter', 'John Huggins']);
  });
  it('"Víctor Hugo "Tucho" Antelo" in Spanish, with the role before it', () => {
    const text = 'El artillero Víctor Hugo "Tucho" Antelo marcó los dos goles del empate.' + ES;
    const es = runTagged(text, ['Víctor Hugo', 'Antelo']);
    expect(people(es)).toEqual(['Víctor Hugo "Tucho" Antelo']);
    expect(roleOf(es, 'Víctor Hugo "Tucho" Antelo')).toBe('artillero');
  });
  it('(guard) a word in quotes after a full name and before a verb is no part of it', () => {
    const text = 'Ann Lee “Annie” said no, and Tom Ray agreed.';
    const es = runTagged(text, ['Ann Lee', 'Tom Ray']);
    expect(people(es)).toEqual(['Ann Lee', 'Tom Ray']);
  });
});

describe('a regnal number', () => {
  it('"Pope Benedict XVI" is the name; the number is no organisation', () => {
    const text = 'Six years ago Pope Benedict XVI aimed to curb it. Benedict was firm.';
    const es = runTagged(text, ['Benedict', ['XVI', 'org']]);
    expect(people(es)).toEqual(['Benedict XVI']);
    expect(mentionsOf(es, 'Benedict XVI')).toEqual(['Benedict XVI', 'Benedict']);
    expect(ofType(es, 'org')).toEqual([]);
  });
  it('(guard) a numbered place keeps its name: "Henry VIII Street"; "Malcolm X" is no regnal number', () => {
    // (the tagger names "Henry" a person there too, and the rest of the street's name a place)
    const text = 'Henry met us on Henry VIII Street, and Malcolm X spoke.';
    const es = runTagged(text, ['Henry', ['VIII Street', 'place'], 'Malcolm X']);
    expect(ofType(es, 'place')).toEqual(['VIII Street']);
    expect(people(es)).toEqual(expect.arrayContaining(['Malcolm X']));
  });
});

describe('a given name the tagger left out after a title', () => {
  it('"GOP Sen. Rand Paul": the name is "Rand Paul"', () => {
    const text = 'In South Carolina it is GOP Sen. Rand Paul who has dropped in most often.';
    const es = runTagged(text, [['South Carolina', 'place'], ['GOP', 'misc'], 'Paul']);
    expect(people(es)).toEqual(['Rand Paul']);
  });
  it('(guard) not a listed place, nor a word the text writes in lower case', () => {
    const text = 'Gov. Texas Abbott is no name. The rand fell. Sen. Rand Paul spoke.';
    // (the tagger left "Texas" untagged here: the place list knows it)
    const es = runTagged(text, ['Abbott', 'Paul']);
    expect(people(es)).toEqual(expect.arrayContaining(['Abbott', 'Paul']));
    expect(people(es)).not.toContain('Rand Paul');
  });
});

describe("a wire story's credit line", () => {
  const credit =
    'The search went on through the night, officials said.\n\n' +
    '(Additional reporting by Wilda Asmarini, Fransiska Nangoy and Siva Govindasamy in JAKARTA, Rujun Shen in ' +
    'SINGAPORE; Writing by Dean Yates; Editing by Michael Perry)\n';
  it('every journalist it credits is a person, the tagger\'s misses and "Dean" read as a title included', () => {
    const es = runTagged(credit, [
      'Siva Govindasamy',
      ['JAKARTA', 'place'],
      'Rujun Shen',
      ['SINGAPORE', 'place'],
      'Yates',
      'Michael Perry',
    ]);
    expect(people(es).sort()).toEqual(
      ['Wilda Asmarini', 'Fransiska Nangoy', 'Siva Govindasamy', 'Rujun Shen', 'Dean Yates', 'Michael Perry'].sort(),
    );
    expect(roleOf(es, 'Dean Yates')).toBeNull();
    expect(ofType(es, 'place')).toEqual(['JAKARTA', 'SINGAPORE']);
  });
  it('(guard) "the reporting by" in running text credits no one', () => {
    const text = 'Officials doubted the reporting by Local Fishermen Group members of an explosion.';
    const es = runTagged(text, []);
    expect(people(es)).toEqual([]);
  });
});

describe('descriptions that name someone after describing them', () => {
  it('"identified the surfer as 50-year-old Kevin Swanson": the object of the active verb is the role', () => {
    const text = 'The Tribune, citing witnesses, identified the surfer as 50-year-old Kevin Swanson of Morro Bay.';
    const es = runTagged(text, [['Tribune', 'org'], 'Kevin Swanson', ['Morro Bay', 'place']]);
    expect(roleOf(es, 'Kevin Swanson')).toBe('surfer');
  });
  it('"Police named the victim as Mary Jones"', () => {
    const text = 'Police named the victim as Mary Jones on Friday.';
    const es = runTagged(text, ['Mary Jones']);
    expect(roleOf(es, 'Mary Jones')).toBe('victim');
  });
  it('(guard) an object that is no noun for a person: "identified the problem as Tom Ray"', () => {
    const text = 'The report identified the problem as Tom Ray on Friday.';
    const es = runTagged(text, ['Tom Ray']);
    expect(roleOf(es, 'Tom Ray')).toBeNull();
  });
  it('"Tim Flesher, another of her private secretaries,": another of a group of people', () => {
    const text = 'She agreed with Tim Flesher, another of her private secretaries, that it would look weak.';
    const es = runTagged(text, ['Tim Flesher']);
    expect(roleOf(es, 'Tim Flesher')).toBe('another of her private secretaries');
  });
});

describe('a plural after one name is no appositive', () => {
  it('"according to Fran Finney, the FBI agents working the case believe": the agents are the clause\'s subject', () => {
    const text = 'And according to Fran Finney, the FBI agents working the case believe that Hal was one of several.';
    const es = runTagged(text, ['Fran Finney', ['FBI', 'org'], 'Hal']);
    expect(roleOf(es, 'Fran Finney')).toBeNull();
  });
  it('(guard) after a list of names the plural describes them: "Tom Ray and Ann Lee, the farmers working the land"', () => {
    const text = 'The farm was run by Tom Ray and Ann Lee, the farmers working the land there, until 2010.';
    const es = runTagged(text, ['Tom Ray', 'Ann Lee']);
    expect(roleOf(es, 'Ann Lee')).toBe('farmers');
  });
});

describe("a transcript's speaker initials", () => {
  const qa =
    'Oprah Winfrey and Ava DuVernay talked about the film.\n\n' +
    'OW I did it every time.\n\nAD She was all in.\n\nOW The very first time I saw it, I cried.\n\nAD Sorry, I laughed.\n';
  it('initials that open two lines or more are mentions of the one person named in full with them', () => {
    const es = runTagged(qa, [
      'Oprah Winfrey',
      'Ava DuVernay',
      ['OW', 'org'],
      ['AD She', 'org'],
      ['OW The', 'org'],
      ['AD Sorry', 'org'],
    ]);
    expect(mentionsOf(es, 'Oprah Winfrey')).toEqual(['Oprah Winfrey', 'OW', 'OW']);
    expect(mentionsOf(es, 'Ava DuVernay')).toEqual(['Ava DuVernay', 'AD', 'AD']);
    expect(ofType(es, 'org')).toEqual([]);
  });
  it('(guard) not initials that open one line only, two people share, or a listed body or place has', () => {
    const text =
      'Oprah Winfrey met Olga Wendt and Uma Smith.\n\nOW I did it.\n\nUS I did not.\n\nUS Nor did I.\n\nOW Well.\n';
    const es = runTagged(text, ['Oprah Winfrey', 'Olga Wendt', 'Uma Smith']);
    expect(mentionsOf(es, 'Oprah Winfrey')).toEqual(['Oprah Winfrey']);
    expect(mentionsOf(es, 'Olga Wendt')).toEqual(['Olga Wendt']);
    expect(mentionsOf(es, 'Uma Smith')).toEqual(['Uma Smith']);
    const once = 'Ava DuVernay spoke.\n\nAD She was all in.\n';
    expect(mentionsOf(runTagged(once, ['Ava DuVernay']), 'Ava DuVernay')).toEqual(['Ava DuVernay']);
  });
});

describe('a title word that is a given name', () => {
  it('"Dean Smith said", "written by Dean Jones": "Dean" opening the name with nothing before it is the given name', () => {
    const text = 'Dean Smith said it was fine. The report was written by Dean Jones, who lives here.';
    const es = runTagged(text, ['Dean Smith', 'Dean Jones']);
    expect(people(es)).toEqual(['Dean Smith', 'Dean Jones']);
    expect(roleOf(es, 'Dean Smith')).toBeNull();
  });
  it('(guard) after a body it is the office: "Harvard Law School Dean John Manning"; royal titles stay titles', () => {
    const text = 'Harvard Law School Dean John Manning spoke. King Charles met him.';
    const es = runTagged(text, [['Harvard Law School', 'org'], 'Dean John Manning', 'King Charles']);
    expect(people(es)).toEqual(['John Manning', 'Charles']);
    expect(roleOf(es, 'Charles')).toBe('King');
  });
});

describe('a title the tagger typed apart from the name after it', () => {
  it('"the retiring Justice Sandra Day O’Connor": a body "Justice" and a thing "Sandra Day O’Connor" are a titled person', () => {
    const text = 'Bush elevated Alito in 2006, to succeed the retiring Justice Sandra Day O’Connor.';
    const es = runTagged(text, ['Bush', 'Alito', ['Justice', 'org'], ['Sandra Day O’Connor', 'misc']]);
    expect(people(es)).toContain('Sandra Day O’Connor');
    expect(roleOf(es, 'Sandra Day O’Connor')).toBe('retiring Justice');
  });
  it('(guard) not after a word that is no title or a listed body, nor before a name with no given name first', () => {
    const text = 'The Senate Walter Reed Hospital opened. We took the Judge Harbour Tour.';
    const es = runTagged(text, [
      ['Senate', 'org'],
      ['Walter Reed Hospital', 'org'],
      ['Harbour Tour', 'misc'],
    ]);
    expect(people(es)).toEqual([]);
  });
  it('"Gen. James Amos, the incoming Marine commandant": a commandant is an office', () => {
    const text = 'The review will be led by Gen. James Amos, the incoming Marine commandant, next year.';
    const es = runTagged(text, ['James Amos', ['Marine', 'org']]);
    expect(roleOf(es, 'James Amos')).toBe('Gen., incoming Marine commandant');
  });
});

describe('people told apart or joined by small marks', () => {
  it('"George H.W. Bush" and "George W. Bush" are two people: their middle initials differ', () => {
    const text = 'President George H.W. Bush nominated Alito in 1990. President George W. Bush elevated Alito in 2006.';
    const es = runTagged(text, ['George H.W. Bush', 'George W. Bush', 'Alito']);
    expect(mentionsOf(es, 'George H.W. Bush')).toEqual(['George H.W. Bush']);
    expect(mentionsOf(es, 'George W. Bush')).toEqual(['George W. Bush']);
  });
  it('(guard) a middle initial on one name only still joins: "Patrick W. Carlineo" and "Patrick Carlineo"', () => {
    const text = 'Patrick W. Carlineo was charged. Patrick Carlineo denied it.';
    const es = runTagged(text, ['Patrick W. Carlineo', 'Patrick Carlineo']);
    expect(people(es)).toHaveLength(1);
  });
  it('"Why Mark Zuckerberg Didn’t Want To …": a headline\'s contraction is no part of the name', () => {
    const text = 'Why Mark Zuckerberg Didn’t Want To Take Over The World\n\nMark Zuckerberg spoke in 2005.';
    const es = runTagged(text, ['Mark Zuckerberg Didn’t', 'Mark Zuckerberg']);
    expect(people(es)).toEqual(['Mark Zuckerberg']);
    expect(mentionsOf(es, 'Mark Zuckerberg')).toHaveLength(2);
  });
  it('"Theresa May … May said": a month that is the surname of the one person named in full with it', () => {
    const text =
      'Theresa May met the Queen. May said the deal was done. In May, the deal collapsed. ' +
      'On May 5 she spoke again. Later, May, who was tired, left. The May elections came. May 9 was set. May I ask?';
    const es = runTagged(text, ['Theresa May']);
    expect(mentionsOf(es, 'Theresa May')).toEqual(['Theresa May', 'May', 'May']);
  });
  it('(guard) two people with that surname: no "May" alone is given to either', () => {
    const text = 'Theresa May met Mark May. May said the deal was done.';
    const es = runTagged(text, ['Theresa May', 'Mark May']);
    expect(mentionsOf(es, 'Theresa May')).toEqual(['Theresa May']);
    expect(mentionsOf(es, 'Mark May')).toEqual(['Mark May']);
  });
});

describe('titles from sports and from bodies named with "and"', () => {
  it('"India’s in-form opener Murali Vijay": a cricket opener is a role', () => {
    const text = 'When India’s in-form opener Murali Vijay (11) was pinned lbw, the end was near.';
    const es = runTagged(text, [['India', 'place'], 'Murali Vijay']);
    expect(roleOf(es, 'Murali Vijay')).toBe('India’s in-form opener');
  });
  it('"Sheriff\'s Search and Rescue members Kent Stuart and Keith Fritz": the body\'s "and" is inside the role', () => {
    const text =
      "Yamhill County Sheriff's Search and Rescue members Kent Stuart and Keith Fritz demonstrate equipment.";
    const es = runTagged(text, [['Yamhill County', 'place'], 'Kent Stuart', 'Keith Fritz']);
    expect(roleOf(es, 'Kent Stuart')).toBe("Yamhill County Sheriff's Search and Rescue members");
  });
  it('(guard) not an "and" between a name and a title: "Bill Clinton and President Trump"', () => {
    const text = 'The photos show Bill Clinton and President Trump with him.';
    const es = runTagged(text, ['Bill Clinton', 'Trump']);
    expect(roleOf(es, 'Trump')).toBe('President');
  });
});

describe('plural role heads in -ies (review)', () => {
  it('"the party\'s two deputies, Ann Lee and Tom Ray,": a plural in -ies is a role head like any other plural', () => {
    const text = "The party's two deputies, Ann Lee and Tom Ray, resigned on Monday.";
    const es = runTagged(text, ['Ann Lee', 'Tom Ray']);
    expect(roleOf(es, 'Ann Lee')).toBe('deputies');
    expect(roleOf(es, 'Tom Ray')).toBe('deputies');
  });
});
