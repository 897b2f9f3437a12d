/**
 * Rules added when the roles benchmark's dev set grew with pages from the article-extraction benchmark
 * (tests/fixtures/roles/aeb-*.json): offices with their bodies before a name, appositives owned by a
 * person, plural ranks, patronymic links, nationality words and agency credits around names, names
 * shared by relatives, spelling variants, and "people" that are titles, clubs or models. Every sentence
 * here was written for these tests; `spans` stand in for the trained tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed, people } from './helpers/taggedSpans';
import { isOfficialRole } from '../../utils/recognize/passes/attachRoles';
import { detectLanguage } from '../../utils/recognize/language';
import type { Entity } from '../../utils/types';

const run = runTagged;
const person = personNamed;
const roleOf = (es: Entity[], name: string) => person(es, name)?.role ?? null;

describe('an office and its body before a name', () => {
  it('"Deputy Head of Coastal Planning X": the head comes before "of"', () => {
    const es = run('Deputy Head of Coastal Planning Irene Walsh approved the dune fence.', ['Irene Walsh']);
    expect(roleOf(es, 'Irene Walsh')).toBe('Deputy Head of Coastal Planning');
  });

  it('"trade envoy to Chile X", "Ambassador to the African Union X": "to" and "the" join the body', () => {
    const es = run('The former trade envoy to Chile Paul Brennan met Ambassador to the African Union Rosa Okafor.', [
      'Paul Brennan',
      'Rosa Okafor',
    ]);
    expect(roleOf(es, 'Paul Brennan')).toBe('former trade envoy to Chile');
    expect(roleOf(es, 'Rosa Okafor')).toBe('Ambassador to the African Union');
  });

  it('a verb before "to" is no office: "wrote to Peru President X" reads back to "Peru" only', () => {
    const es = run('The charity wrote to Peru President Ana Quispe about the flood.', ['Ana Quispe']);
    expect(roleOf(es, 'Ana Quispe')).toBe('Peru President');
  });

  it('a tagged "Auditor-General of Mines" holds no name: the appositive after it is the role', () => {
    const t = 'Miners sued the Auditor-General of Mines, Kofi Asante, over the report.';
    const es = run(t, ['Auditor-General of Mines', 'Kofi Asante']);
    expect(roleOf(es, 'Kofi Asante')).toBe('Auditor-General of Mines');
    expect(people(es)).toEqual(['Kofi Asante']);
  });
});

describe('appositives before a name', () => {
  it('the owner of a possessive role may be a person: "Ms. Ortiz’s campaign manager, X,"', () => {
    const t = 'Ms. Ortiz’s campaign manager, Derek Lund, denied it. Linda Ortiz later agreed.';
    const es = run(t, ['Ortiz', 'Derek Lund', 'Linda Ortiz']);
    expect(roleOf(es, 'Derek Lund')).toBe('Ms. Ortiz’s campaign manager');
  });

  it('"and" joins two roles of one person: "the bakery’s founder and former owner, X,"', () => {
    const es = run('Regulars praised the bakery’s founder and former owner, Greta Holm, on Sunday.', ['Greta Holm']);
    expect(roleOf(es, 'Greta Holm')).toBe('bakery’s founder and former owner');
  });

  it('"and" between a role and a name is still a list, not an appositive', () => {
    const es = run('She thanked the coach and Omar Reid, Lea Park, for their help.', ['Omar Reid', 'Lea Park']);
    expect(roleOf(es, 'Lea Park')).toBeNull();
  });

  it('new role nouns: predecessor, advocate, hopeful, agent, ombudsman', () => {
    const t =
      'He praised his predecessor, Nina Ross, for the budget. The appeal was argued by Tunde Bello, a senior advocate ' +
      'of the bar, on Monday. The youngest mayoral hopeful, Carl Vance, spoke next. A travel agent, Ruth Mendes, ' +
      'booked the trip. Regional Ombudsman Pedro Alves opened an inquiry.';
    const es = run(t, ['Nina Ross', 'Tunde Bello', 'Carl Vance', 'Ruth Mendes', 'Ombudsman Pedro Alves']);
    expect(roleOf(es, 'Nina Ross')).toBe('predecessor');
    expect(roleOf(es, 'Tunde Bello')).toBe('senior advocate of the bar');
    expect(roleOf(es, 'Carl Vance')).toBe('youngest mayoral hopeful');
    expect(roleOf(es, 'Ruth Mendes')).toBe('travel agent');
    expect(roleOf(es, 'Pedro Alves')).toBe('Ombudsman');
    expect(person(es, 'Pedro Alves')!.official).toBe(true);
  });

  it('…and figure, administrator', () => {
    const t =
      'Mia Grant, a senior Green Party figure, spoke. Omar Diaz, program administrator for the shelter, agreed.';
    const es = run(t, ['Mia Grant', 'Omar Diaz']);
    expect(roleOf(es, 'Mia Grant')).toBe('senior Green Party figure');
    expect(roleOf(es, 'Omar Diaz')).toBe('program administrator for the shelter');
  });
});

describe('plural ranks and copular roles', () => {
  it('"Sens. A and B": the plural rank goes to both names, as an office', () => {
    const es = run('The bill was backed by Sens. Ellen Marsh and Victor Hale last week.', [
      'Ellen Marsh',
      'Victor Hale',
    ]);
    expect(roleOf(es, 'Ellen Marsh')).toBe('Sens.');
    expect(roleOf(es, 'Victor Hale')).toBe('Sens.');
    expect(person(es, 'Victor Hale')!.official).toBe(true);
  });

  it('"X, who is the Greater Leeds City Council Housing Office analyst": a capitalised body before the head', () => {
    const t = 'The memo came from Jonas Berg, who is the Greater Leeds City Council Housing Office analyst.';
    expect(roleOf(run(t, ['Jonas Berg']), 'Jonas Berg')).toBe('Greater Leeds City Council Housing Office analyst');
  });
});

describe('official or not', () => {
  it('a government’s attorney is an office; a client’s is not', () => {
    expect(isOfficialRole('U.S. Attorney')).toBe(true);
    expect(isOfficialRole('district attorney')).toBe(true);
    expect(isOfficialRole('her attorney')).toBe(false);
  });

  it('the president of an association or a firm holds no public office', () => {
    expect(isOfficialRole('Ohio State Nurses Association President')).toBe(false);
    expect(isOfficialRole('state party president')).toBe(true);
  });

  it('a prosecution service’s director and a superintendent are offices', () => {
    expect(isOfficialRole('Deputy Director of Public Prosecution')).toBe(true);
    expect(isOfficialRole('Superintendent')).toBe(true);
  });
});

describe('what a tagger glues to a name', () => {
  it('"Khalid bin Saeed Al Nuaimi": a patronymic link joins the two spans', () => {
    const t = 'Khalid bin Saeed Al Nuaimi, the port authority chairman, opened the terminal.';
    const es = run(t, ['Khalid', 'Saeed Al Nuaimi']);
    expect(people(es)).toEqual(['Khalid bin Saeed Al Nuaimi']);
    expect(roleOf(es, 'Khalid bin Saeed Al Nuaimi')).toBe('port authority chairman');
  });

  it('"Canadian Helen Price": a nationality before a given name is no part of the name', () => {
    const es = run('Canadian Helen Price and a colleague were released on Friday.', [['Canadian Helen Price', 'org']]);
    expect(people(es)).toEqual(['Helen Price']);
  });

  it('"... his colleague Helen Price AP": an agency credit ends the caption, not the name', () => {
    const t = 'Engineer Tom Ruiz (left) and his colleague Helen Price AP\n\nBoth were freed.';
    const es = run(t, ['Tom Ruiz', 'Helen Price AP']);
    expect(people(es)).toEqual(['Tom Ruiz', 'Helen Price']);
    expect(es.find((e) => e.name === 'AP')?.type).toBe('org');
  });
});

describe('one entity per person', () => {
  it('"Meyer", the surname of Ruth Meyer and Carl Meyer, is alone the one named first', () => {
    const t =
      'Investors sued Ruth and Carl Meyer in March. Ruth Meyer runs the fund. Chairwoman Meyer declined to comment. ' +
      'Carl Meyer is her nephew.';
    const es = run(t, ['Ruth', 'Carl Meyer', 'Ruth Meyer', 'Meyer']);
    const ruth = person(es, 'Ruth Meyer')!;
    expect(ruth.mentions.map((m) => m.text)).toEqual(['Ruth', 'Ruth Meyer', 'Meyer']);
    expect(ruth.role).toBe('Chairwoman');
    expect(person(es, 'Carl Meyer')!.mentions).toHaveLength(2);
  });

  it('a shared surname before both full names stays apart', () => {
    const t = 'At noon Mr. Meyer opened the meeting. Ruth Meyer spoke next. Carl Meyer spoke after.';
    const es = run(t, ['Meyer', 'Ruth Meyer', 'Carl Meyer']);
    expect(person(es, 'Meyer')).toBeDefined();
    expect(person(es, 'Ruth Meyer')!.mentions).toHaveLength(1);
  });

  it('two people introduced together and named as often leave the surname to neither', () => {
    const t = 'Judge Ana Cole met Mayor Ben Cole on Monday. Cole said the talks went well.';
    const es = run(t, ['Ana Cole', 'Ben Cole', 'Cole']);
    expect(person(es, 'Ana Cole')!.mentions).toHaveLength(1);
    expect(person(es, 'Ben Cole')!.mentions).toHaveLength(1);
  });

  it('"Podolsky", "Podolskiy", "Podolskyy": spellings of one surname', () => {
    const t = 'Mayor Ivan Podolsky spoke first. Later Podolskiy took questions, and Mr. Podolskyy left.';
    const es = run(t, ['Ivan Podolsky', 'Podolskiy', 'Podolskyy']);
    expect(people(es)).toEqual(['Ivan Podolsky']);
    expect(person(es, 'Ivan Podolsky')!.mentions).toHaveLength(3);
  });

  it('"Samuel Okoro Jr." is "Samuel T. Okoro"; "Ben Adler" and "Ben Adler Jr." are two people', () => {
    const t =
      'Samuel Okoro Jr., 61, was fined. The appeal of Samuel T. Okoro failed. Ben Adler met Ben Adler Jr. there.';
    const es = run(t, ['Samuel Okoro Jr.', 'Samuel T. Okoro', 'Ben Adler', 'Ben Adler Jr.']);
    expect(person(es, 'Samuel Okoro Jr.')!.mentions.map((m) => m.text)).toEqual([
      'Samuel Okoro Jr.',
      'Samuel T. Okoro',
    ]);
    expect(person(es, 'Ben Adler')!.mentions).toHaveLength(1);
    expect(person(es, 'Ben Adler Jr.')).toBeDefined();
  });

  it('a place that opens a "person" name is not that person: "Lisbon" of "Lisbon Palace"', () => {
    const t = 'The delegates stayed in Lisbon at a hotel locals call “Lisbon Palace” for its size.';
    const es = run(t, [['Lisbon', 'place'], 'Lisbon Palace']);
    expect(es.find((e) => e.type === 'place')?.mentions.map((m) => m.text)).toEqual(['Lisbon']);
  });

  it('…but a given name typed an organisation is the person: "Sloane" of "Sloane Brooks"', () => {
    const t = 'Sloane Brooks sang first. Later Sloane thanked the crowd.';
    const es = run(t, ['Sloane Brooks', ['Sloane', 'org']]);
    expect(person(es, 'Sloane Brooks')!.mentions).toHaveLength(2);
  });
});

describe('headlines and compounds', () => {
  it('"LENA HART\'S TOUR": a possessive in capitals splits off, and the mixed-case form names the person', () => {
    const t = "LENA HART'S TOUR SELLS OUT\n\nLena Hart added three dates. Fans of Hart cheered.";
    const es = run(t, ['LENA HART', 'Lena Hart', 'Hart']);
    expect(people(es)).toEqual(['Lena Hart']);
    expect(person(es, 'Lena Hart')!.mentions.map((m) => m.text)).toEqual(['LENA HART', 'Lena Hart', 'Hart']);
  });

  it('"a Keller-owned firm", "the Keller-era rules": the surname inside a compound is the person', () => {
    const t = 'Nadia Keller sold shares. A Keller-owned firm bought them, ending the Keller-era rules.';
    const es = run(t, ['Nadia Keller', ['Keller-owned', 'misc']]);
    expect(person(es, 'Nadia Keller')!.mentions.map((m) => m.text)).toEqual(['Nadia Keller', 'Keller', 'Keller']);
    expect(es.some((e) => e.name === 'Keller-owned')).toBe(false);
  });

  it('"Sam Ortega Productions": a firm named after its founder is an organisation', () => {
    const es = run('The deal with Sam Ortega Productions closed.', ['Sam Ortega Productions']);
    expect(es.find((e) => e.name === 'Sam Ortega Productions')?.type).toBe('org');
  });
});

describe('people and things', () => {
  it('"Kenya star Wanjiru": one name right after a job noun is a person', () => {
    const es = run('Kenya star Wanjiru was cheered by the crowd.', [
      ['Kenya', 'place'],
      ['Wanjiru', 'org'],
    ]);
    expect(roleOf(es, 'Wanjiru')).toBe('Kenya star');
  });

  it('"told The Courier in a statement": one word after a capitalised "The" is a title', () => {
    const es = run('Her lawyer told The Courier in a statement that she was innocent.', ['Courier']);
    expect(people(es)).toEqual([]);
  });

  it('a one-word "person" listed among clubs and named again in passing is a club', () => {
    const t = 'He coached Ajax, Real Betis, Chelsea, Sporting CP and Celtic. He left Chelsea in May.';
    const es = run(t, [['Ajax', 'org'], ['Real Betis', 'org'], 'Chelsea', ['Sporting CP', 'org'], ['Celtic', 'org']]);
    expect(people(es)).toEqual([]);
  });

  it('…but one who speaks elsewhere stays a person', () => {
    const t = 'The guests were Ajax, Real Betis, Chelsea and Celtic fans. Chelsea said she loved it.';
    const es = run(t, [['Ajax', 'org'], ['Real Betis', 'org'], 'Chelsea', ['Celtic', 'org']]);
    expect(people(es)).toEqual(['Chelsea']);
  });

  it('"Mr." ends no sentence: a surname named once after it is someone', () => {
    const es = run('The talks stalled until Mr. Lindqvist arrived.', ['Lindqvist']);
    expect(people(es)).toEqual(['Lindqvist']);
  });

  it('"the A320 Neo": a word after a model number is part of a product, a year is no model', () => {
    const t = 'The airline ordered the A320 Neo jets. Its A320 Neo fleet grew. In 2016 Grant joined the board.';
    const es = run(t, ['Neo', 'Grant']);
    expect(people(es)).toEqual(['Grant']);
  });
});

describe('Russian: declined forms of one name', () => {
  it('the language is told from its function words', () => {
    expect(detectLanguage('Мы встретились с ним в кафе, и он сказал, что это было не так просто для всех нас.')).toBe(
      'ru',
    );
  });

  it('"Игорь Соколов" and "Игоря Соколова", "Марина Белова" and "Марины Беловой" are two people, not four', () => {
    const t =
      'Игорь Соколов открыл пекарню в Самаре. Рецепт Игоря Соколова прост, и он не скрывает его. ' +
      'Марина Белова печёт торты для друзей. Торты Марины Беловой мы уже пробовали, и они были очень хороши.';
    const es = run(t, ['Игорь Соколов', 'Игоря Соколова', 'Марина Белова', 'Марины Беловой']);
    expect(people(es).sort()).toEqual(['Игорь Соколов', 'Марина Белова']);
    expect(person(es, 'Марина Белова')!.mentions).toHaveLength(2);
  });

  it('a first name alone in another case ("Полину" of "Полина Орлова") is that person, even typed a thing', () => {
    const t =
      'Полина Орлова ведёт блог о выпечке уже пять лет. Мы попросили Полину рассказать, как всё началось, и она ' +
      'согласилась. Её брат Степан Орлов тоже печёт, но не для блога.';
    const es = run(t, ['Полина Орлова', ['Полину', 'misc'], 'Степан Орлов']);
    expect(person(es, 'Полина Орлова')!.mentions.map((m) => m.text)).toEqual(['Полина Орлова', 'Полину']);
    expect(es.filter((e) => e.name === 'Полину')).toEqual([]);
  });
});

describe('sports positions before a name', () => {
  it('"Wild goalie X", "Browns pass rusher X", "Pittsburgh center X": the team and the position are the role', () => {
    const t =
      'Wild goalie Alex Stalock stopped 30 shots on Saturday. Browns pass rusher Myles Garrett was suspended, ' +
      'and Pittsburgh center Maurkice Pouncey was fined.';
    const es = run(t, [
      'Alex Stalock',
      'Myles Garrett',
      'Maurkice Pouncey',
      ['Wild', 'org'],
      ['Browns', 'org'],
      ['Pittsburgh', 'place'],
    ]);
    expect(roleOf(es, 'Alex Stalock')).toBe('Wild goalie');
    expect(roleOf(es, 'Myles Garrett')).toBe('Browns pass rusher');
    expect(roleOf(es, 'Maurkice Pouncey')).toBe('Pittsburgh center');
    // A player is no official.
    expect(person(es, 'Myles Garrett')!.official).toBe(false);
  });
});

describe('streets and counties the tagger calls people', () => {
  it('"Jolinda Drive", "Marlow County": a place head ends the name, so it is a place', () => {
    const t = 'Officers stopped the car on Jolinda Drive, in Marlow County, where Dana Whitfield lives.';
    const es = run(t, ['Jolinda Drive', 'Marlow County', 'Dana Whitfield']);
    expect(person(es, 'Jolinda Drive')).toBeUndefined();
    expect(es.find((e) => e.name === 'Marlow County')?.type).toBe('place');
    expect(person(es, 'Dana Whitfield')).toBeDefined();
  });
});

describe('a post taken, held or left "as" something, and when it was held', () => {
  it('"worked as", "will take over as": the post after "as"', () => {
    const es = run(
      'Before joining the bank, Lee Wong worked as a senior economist at the IMF. Anna Berg will take over as head coach, the club said.',
      ['Lee Wong', ['IMF', 'org'], 'Anna Berg'],
    );
    expect(roleOf(es, 'Lee Wong')).toBe('senior economist at the IMF');
    expect(roleOf(es, 'Anna Berg')).toBe('head coach');
  });

  it('"stepped down as", "was fired as": a post left is a former one', () => {
    const es = run(
      'Tom Baker, who stepped down as finance minister, denied the claims. Rui Sato was fired as sports director of the club.',
      ['Tom Baker', 'Rui Sato'],
    );
    expect(roleOf(es, 'Tom Baker')).toBe('former finance minister');
    expect(roleOf(es, 'Rui Sato')).toBe('former sports director of the club');
  });

  it('"was replaced by X as chairman": the post is the one named after "by"', () => {
    const es = run('Jo Lind was replaced by Paul Kim as chairman of the committee.', ['Jo Lind', 'Paul Kim']);
    expect(roleOf(es, 'Paul Kim')).toBe('chairman of the committee');
    expect(roleOf(es, 'Jo Lind')).toBeNull();
  });

  it('when or under whom the post was held is no part of it', () => {
    const es = run(
      'John Smith, who served as ambassador to Japan under Obama, said the deal was weak. Maria Lopez was named as the new chief executive of Acme on Tuesday. Ed Park, deputy mayor from 2010 to 2014, disagreed. Ida Ross served as ambassador last year.',
      ['John Smith', ['Japan', 'place'], 'Obama', 'Maria Lopez', ['Acme', 'org'], 'Ed Park', 'Ida Ross'],
    );
    expect(roleOf(es, 'John Smith')).toBe('ambassador to Japan');
    // (the role ends before "under", so it is not Obama's either)
    expect(roleOf(es, 'Obama')).toBeNull();
    expect(roleOf(es, 'Maria Lopez')).toBe('new chief executive of Acme');
    expect(roleOf(es, 'Ed Park')).toBe('deputy mayor');
    expect(roleOf(es, 'Ida Ross')).toBe('ambassador');
  });
});

describe('local and church offices', () => {
  it('"a local councillor", "Councillor X", "Alderman X": local offices, held in public', () => {
    const es = run(
      'The plan was criticised by Helen Ode, the opposition leader, and by Tim Rees, a local councillor. Councillor Ann Ray and Alderman Joe Finn voted for it.',
      ['Helen Ode', 'Tim Rees', 'Ann Ray', 'Joe Finn'],
    );
    expect(roleOf(es, 'Tim Rees')).toBe('local councillor');
    expect(person(es, 'Tim Rees')?.official).toBe(true);
    expect(roleOf(es, 'Ann Ray')).toBe('Councillor');
    expect(roleOf(es, 'Joe Finn')).toBe('Alderman');
  });

  it('"Cardinal X" is a role held in a church, and "Bishop" as a surname stays a name', () => {
    const es = run(
      'Cardinal Pietro Parolin met former foreign minister Julie Bishop. Bishop said the talks went well.',
      ['Pietro Parolin', 'Julie Bishop', 'Bishop'],
    );
    expect(roleOf(es, 'Pietro Parolin')).toBe('Cardinal');
    expect(person(es, 'Pietro Parolin')?.official).toBe(false);
    expect(person(es, 'Julie Bishop')?.mentions.map((m) => m.text)).toEqual(['Julie Bishop', 'Bishop']);
  });
});

describe("a lawmaker's party and state after the name", () => {
  it('"Sen. X (R-Texas)", "Sen. X, D-W.Va.,": the party and state go with the rank', () => {
    const es = run('Sen. Ted Cruz (R-Texas) spoke first. Later, Sen. Joe Manchin, D-W.Va., said he would vote no.', [
      'Ted Cruz',
      'Joe Manchin',
    ]);
    expect(roleOf(es, 'Ted Cruz')).toBe('Sen. (R-Texas)');
    expect(roleOf(es, 'Joe Manchin')).toBe('Sen. (D-W.Va.)');
  });

  it('the appositive after the party tag is read too', () => {
    const es = run(
      'Rep. Adam Schiff, D-Calif., chairman of the House Intelligence Committee, said the report was damning. Jim Jordan (R-Ohio), the chairman of the Judiciary Committee, disagreed.',
      ['Adam Schiff', ['House Intelligence Committee', 'org'], 'Jim Jordan', ['Judiciary Committee', 'org']],
    );
    expect(roleOf(es, 'Adam Schiff')).toBe('Rep. (D-Calif.), chairman of the House Intelligence Committee');
    expect(roleOf(es, 'Jim Jordan')).toBe('chairman of the Judiciary Committee');
  });
});
