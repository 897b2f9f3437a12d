/**
 * Rules added in session 12, after ten more English pages from the article-extraction benchmark joined the
 * roles benchmark's dev set (opinion columns on politics, press releases, business, crime, health, world
 * news, sport): modifiers of a role opened by a preposition, "employee" and "worker" as roles, newspapers'
 * name heads, a name's party after "of" closing an appositive before it, and a given name after a royal
 * title the tagger left out. Every sentence here was written for these tests; `spans` stand in for the
 * trained tagger, typing names as it may.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed, roleOf } from './helpers/taggedSpans';
import { recognize } from '../../utils/recognize/recognize';

const run = runTagged;

describe('modifiers of a role after a preposition', () => {
  it('"from critics such as A to film producers such as B": the modifier after "to" is part of the plural role', () => {
    const t = 'The list runs from critics such as Ann Lee to film producers such as Ray Lund and Dana Fisk.';
    const es = run(t, ['Ann Lee', 'Ray Lund', 'Dana Fisk']);
    expect(roleOf(es, 'Ray Lund')).toBe('film producers');
    // (the rest of the list shares it)
    expect(roleOf(es, 'Dana Fisk')).toBe('film producers');
  });

  it('"she spoke with film critic X": the modifiers run back to the preposition', () => {
    const es = run('On Sunday she spoke with film critic Ray Lund about the festival.', ['Ray Lund']);
    expect(roleOf(es, 'Ray Lund')).toBe('film critic');
  });

  it('not before a capitalised title, where the word after "to" is a verb: "voted to impeach President X"', () => {
    const es = run('The House voted to impeach President Tom Reed last week.', ['Tom Reed']);
    expect(roleOf(es, 'Tom Reed')).toBe('President');
  });
});

describe('role words', () => {
  it('"Employee X tells the paper": an employee is a role', () => {
    const es = run('Employee Tom Reed tells the paper that he fought with the man.', ['Tom Reed']);
    expect(roleOf(es, 'Tom Reed')).toBe('Employee');
  });

  it('"aid worker X", "X, a factory worker,": so is a worker', () => {
    const es = run('Aid worker Ann Cole and Cal Moss, a factory worker, were freed.', ['Ann Cole', 'Cal Moss']);
    expect(roleOf(es, 'Ann Cole')).toBe('Aid worker');
    expect(roleOf(es, 'Cal Moss')).toBe('factory worker');
  });
});

describe('names and their types', () => {
  it('"The Tulsa Chronicle says …": a name ending in a newspaper head is a paper, not a person the tagger took it for', () => {
    const es = run('The Tulsa Chronicle says police are looking into the fight.', ['Tulsa Chronicle']);
    expect(personNamed(es, 'Tulsa Chronicle')).toBeUndefined();
    expect(es.find((e) => e.name === 'Tulsa Chronicle')?.type).toBe('org');
  });

  it('"Queen Elizabeth II\'s third child" with "Elizabeth II" typed an organisation: a given name after a royal title is the titled person', () => {
    const t = 'The host asked how Andrew, Queen Elizabeth II’s third child, could be so sure.';
    const es = run(t, ['Andrew', ['Elizabeth II', 'org']]);
    expect(roleOf(es, 'Elizabeth II')).toBe('Queen');
  });
});

describe('appositives', () => {
  it('"Taiwan\'s incumbent president, X of the Democratic Progressive party, as she …": the party after "of" is set off with the name', () => {
    const t =
      'The crisis has boosted the prospects of Taiwan’s incumbent president, Lin Mei-ling of the Democratic Progressive party, as she faces an election.';
    const es = run(t, ['Lin Mei-ling', ['Taiwan', 'place'], ['Democratic Progressive', 'misc']]);
    expect(roleOf(es, 'Lin Mei-ling')).toBe('Taiwan’s incumbent president');
  });

  it('without the closing comma it is still no appositive: "the president, X of the Green Party said" makes X no president', () => {
    const t = 'After he thanked the president, Lin Mei-ling of the Green Party said nothing.';
    const es = run(t, ['Lin Mei-ling', ['Green Party', 'org']]);
    // (she is "of the Green Party", which the organisation rule reads; the president is someone else)
    expect(roleOf(es, 'Lin Mei-ling') ?? '').not.toContain('president');
  });
});

describe('people the tagger typed as things', () => {
  it('"Contributing: Kristine Phillips" typed an organisation: a given name and a surname made of a given name and "s"', () => {
    const es = run('The plan was dropped on Friday. Contributing: Kristine Phillips', [['Kristine Phillips', 'org']]);
    expect(personNamed(es, 'Kristine Phillips')).toBeDefined();
  });

  it('"the staff of Devin Nunes" typed a place: a given name and a word in -s is someone, as places are seldom so named', () => {
    const es = run('He first talked with the staff of Devin Nunes about the call.', [['Devin Nunes', 'place']]);
    expect(personNamed(es, 'Devin Nunes')).toBeDefined();
  });

  it('a given name before a business\'s plural stays a business: "Vale Foods" typed an organisation', () => {
    const es = run('Shares of Vale Foods fell on Monday.', [['Vale Foods', 'org']]);
    expect(personNamed(es, 'Vale Foods')).toBeUndefined();
  });

  it('"ambassador to the Ukraine Marie Yovanovitch" as one place span: the known place is the office\'s body, the rest a person', () => {
    const t = 'On Friday, former U.S. ambassador to the Ukraine Marie Yovanovitch testified.';
    const es = run(t, [
      ['Ukraine Marie Yovanovitch', 'place'],
      ['U.S.', 'place'],
    ]);
    expect(roleOf(es, 'Marie Yovanovitch')).toBe('former U.S. ambassador to the Ukraine');
  });
});

describe('press releases', () => {
  it('"Vexa, a global solutions provider focused on …": a one-word name with a business noun set off after it is a business', () => {
    const t = 'Vexa, a global solutions provider focused on hospitals, announced a deal. Vexa is based in Baar.';
    const es = run(t, ['Vexa', ['Baar', 'place']]);
    expect(personNamed(es, 'Vexa')).toBeUndefined();
  });

  it('"Lee, a bank teller, said": a noun after the business noun is someone\'s job', () => {
    const es = run('Lee, a bank teller, said the money was gone.', ['Lee']);
    expect(personNamed(es, 'Lee')).toBeDefined();
  });

  it('"X, President Vexa North America, says": a title, then the body\'s capitalised name with no "of"', () => {
    const t = 'Rob Goldman, President Vexa North America, says: “We are glad.”';
    const es = run(t, ['Rob Goldman', ['Vexa', 'org'], ['North America', 'place']]);
    expect(roleOf(es, 'Rob Goldman')).toBe('President Vexa North America');
  });

  it('"Senior Vice President of Sales for Acme" is a firm\'s, no rank: not an official', () => {
    const t = 'Steve Menet, Senior Vice President of Sales for Zentra, Inc., says the alarms are filtered.';
    const es = run(t, ['Steve Menet', ['Zentra, Inc.', 'org']]);
    expect(roleOf(es, 'Steve Menet')).toBe('Senior Vice President of Sales for Zentra');
    expect(personNamed(es, 'Steve Menet')?.official).toBe(false);
  });

  it('a country\'s vice president still is one: "former Vice President X" is an official', () => {
    const es = run('They asked about former Vice President Tom Reed on Monday.', ['Tom Reed']);
    expect(personNamed(es, 'Tom Reed')?.official).toBe(true);
  });
});

describe('kinship', () => {
  it('"Andrew, Mary Smith\'s third child,": a child is a role like a son', () => {
    const es = run('The host asked how Andrew, Mary Smith’s third child, could be so sure.', ['Andrew', 'Mary Smith']);
    expect(roleOf(es, 'Andrew')).toBe('Mary Smith’s third child');
  });

  it('"the real Prince Andrew … Andrew, the Queen\'s third child,": a role given at a later mention beats a royal title', () => {
    const t =
      'Viewers watched the real Prince Andrew on Monday. The host asked how Andrew, the Queen’s third child, could be so sure.';
    const es = run(t, ['Prince Andrew', 'Andrew']);
    expect(personNamed(es, 'Andrew')?.role).toBe('Queen’s third child');
  });

  it('the office in an owner\'s possessive is not the kin\'s: "the Queen\'s third child", "the senator\'s wife" are no officials', () => {
    const t =
      'The host asked how Andrew, the Queen’s third child, could be so sure, and Ann Cole, the senator’s wife, agreed.';
    const es = run(t, ['Andrew', 'Ann Cole']);
    expect(personNamed(es, 'Andrew')?.official).toBe(false);
    expect(personNamed(es, 'Ann Cole')?.official).toBe(false);
  });
});

describe('places listed before their plural noun', () => {
  it('"in Cass, Kalamazoo and Van Buren counties": a name before "counties" is a county, though it opens with a given name', () => {
    const t = 'The virus has been reported in Cass, Kalamazoo and Van Buren counties.';
    const es = run(t, [
      ['Van Buren', 'place'],
      ['Cass', 'place'],
      ['Kalamazoo', 'place'],
    ]);
    expect(personNamed(es, 'Van Buren')).toBeUndefined();
  });

  it('a person named before another noun stays one: "Van Morrison and Bob Dylan songs"', () => {
    const es = run('They played Van Morrison and Bob Dylan songs all night.', ['Van Morrison', 'Bob Dylan']);
    expect(personNamed(es, 'Van Morrison')).toBeDefined();
  });
});

describe('officials named by their body', () => {
  it('"Dr. X of the Michigan Department of Health": someone of a public body holds a post in it', () => {
    const t = 'Dr. Ann Cole of the Ohio Department of Health and Human Services says the risk goes on.';
    const es = run(t, ['Ann Cole', ['Ohio Department of Health and Human Services', 'org']]);
    expect(roleOf(es, 'Ann Cole')).toBe('of the Ohio Department of Health and Human Services');
    expect(personNamed(es, 'Ann Cole')?.official).toBe(true);
  });

  it('"X of the Daily Courier": a private body gives no office', () => {
    const es = run('Ann Cole of the Daily Courier asked first.', ['Ann Cole', ['Daily Courier', 'org']]);
    expect(personNamed(es, 'Ann Cole')?.official).toBe(false);
  });
});

describe('business name heads', () => {
  it('"Tequila Works", "Take-Two Interactive", "Intuitive Machines": a business head ends a name the tagger took for a person', () => {
    const t = 'Games from Tequila Works and Take-Two Interactive were shown, and Intuitive Machines won a contract.';
    const es = run(t, ['Tequila Works', 'Take-Two Interactive', 'Intuitive Machines']);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
});

describe('places named before their police', () => {
  it('"a tip led Forest Hill police officers to the room": a name before "police" is a place', () => {
    const es = run('At midnight a tip led Forest Hill police officers to the room.', ['Forest Hill']);
    expect(personNamed(es, 'Forest Hill')).toBeUndefined();
  });

  it('"a Forest Hill resident": a name between an article and "resident" is a place', () => {
    const es = run('The victim was a Forest Hill resident, police said.', ['Forest Hill']);
    expect(personNamed(es, 'Forest Hill')).toBeUndefined();
  });

  it('"Forest Hill\'s hotel … Forest Hill police": the name typed by its context is a place at every mention', () => {
    const t =
      'He took the child to Forest Hill’s only hotel. At midnight a tip led Forest Hill police officers to the room.';
    const es = run(t, ['Forest Hill']);
    expect(personNamed(es, 'Forest Hill')).toBeUndefined();
  });

  it('a name opening with a given name keeps the tagger\'s person: "Taylor Swift" after "artists like" and alone', () => {
    const t = 'Taylor Swift sang first. The label signed artists like Taylor Swift and Ann Cole.';
    const es = run(t, ['Taylor Swift', 'Ann Cole']);
    expect(personNamed(es, 'Taylor Swift')).toBeDefined();
  });
});

describe('relative clauses', () => {
  it('"the man who kidnapped the child, X,": the name is the man\'s, and the clause his role', () => {
    const t = 'The station reports the man who kidnapped the child, Ray Lund, was sentenced to life.';
    const es = run(t, ['Ray Lund']);
    expect(roleOf(es, 'Ray Lund')).toBe('man who kidnapped the child');
  });

  it('an object after any other verb is still an appositive: "featured the minister\'s adviser, X,"', () => {
    const t = 'The tour featured the minister’s security adviser, Ray Lund, and two others.';
    const es = run(t, ['Ray Lund']);
    expect(roleOf(es, 'Ray Lund')).toBe('minister’s security adviser');
  });
});

describe('more role words', () => {
  it('"Acme Sports NFL Insider X": an insider is a role', () => {
    const es = run('Acme Sports NFL Insider Jay Brock reported the fine.', [
      'Jay Brock',
      ['Acme Sports', 'org'],
      ['NFL', 'org'],
    ]);
    expect(roleOf(es, 'Jay Brock')).toBe('Acme Sports NFL Insider');
  });

  it('"billionaire pedophile and alleged sex trafficker X": both nouns joined by "and" are the role', () => {
    const es = run('His friendship with billionaire pedophile and alleged sex trafficker Ray Lund ended.', [
      'Ray Lund',
    ]);
    expect(roleOf(es, 'Ray Lund')).toBe('billionaire pedophile and alleged sex trafficker');
  });
});

describe('one word typed a person at one mention and a place at another', () => {
  it('"fight with Taylor" and "owes Taylor $7.9 million" (not a listed given name) are both Taylor Reed, named in full earlier', () => {
    const text =
      'Taylor Reed spoke on Monday. "This fight with Taylor is not over," the label said. It owes Taylor $7.9 million in royalties.';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const second = at('Taylor', at('owes'));
    const es = recognize(text, {
      spans: [
        { start: 0, end: 11, type: 'person' },
        { start: at('Taylor', 10), end: at('Taylor', 10) + 6, type: 'person' },
        { start: second, end: second + 6, type: 'place' },
      ],
    });
    const taylor = personNamed(es, 'Taylor Reed');
    expect(taylor?.mentions.map((m) => m.start)).toEqual([0, at('Taylor', 10), second]);
    expect(es.some((e) => e.type === 'place')).toBe(false);
  });
});
