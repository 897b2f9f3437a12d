/**
 * Rules added for people precision (session 13d): things the tagger types as people that a careful reader
 * would not — places and prizes named after someone, faiths, groups of dwellers or devotees. Every sentence
 * and name here was written for these tests; `spans` stand in for the trained tagger, typing names as it may.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, people } from './helpers/taggedSpans';

const run = runTagged;

describe('places named after someone', () => {
  it('a name before "hospital", "province", "region" or "settlement" is the place\'s', () => {
    const t =
      'Ann Lee was taken to Orwin Hale hospital. Rebels hold Dorvaz province and the Karo Mendit region. ' +
      'Settlers left the Tavi Marun settlement.';
    const es = run(t, ['Ann Lee', 'Orwin Hale', 'Dorvaz', 'Karo Mendit', 'Tavi Marun']);
    expect(people(es)).toEqual(['Ann Lee']);
  });
});

describe('faiths', () => {
  it('"Roman Catholic" and "Wicca" tagged as persons are no one', () => {
    const t = 'Ray Lund heads a Roman Catholic charity. Faiths such as Wicca draw on old rites, Ann Lee said.';
    const es = run(t, ['Ray Lund', 'Roman Catholic', 'Wicca', 'Ann Lee']);
    expect(people(es)).toEqual(['Ray Lund', 'Ann Lee']);
  });
});

describe('groups of dwellers or devotees', () => {
  it('"Dorvanites" and "Anglophiles" are groups', () => {
    const t = 'I urge all Dorvanites to stay home, Ray Lund wrote. Anglophiles cheered the show.';
    const es = run(t, ['Dorvanites', 'Ray Lund', 'Anglophiles']);
    expect(people(es)).toEqual(['Ray Lund']);
  });
});

describe('things named after someone', () => {
  it('a cup, a curve or a syndrome named after someone is no person, given name or not', () => {
    const t =
      'Tom Reed helped his team to a Harold Cup title. The Venn Lodar Curve says growth cleans the air. ' +
      'Ann Lee studies the Mara Syndrome.';
    const es = run(t, ['Tom Reed', ['Harold Cup', 'misc'], 'Venn Lodar Curve', 'Ann Lee', 'Mara Syndrome']);
    expect(people(es)).toEqual(['Tom Reed', 'Ann Lee']);
  });
});

describe('towns and venues', () => {
  it('a name before a comma and a US state code ending the phrase is a town', () => {
    const t = 'June 24 -- Dorvan Hall, Mordal, VA\nJune 26 -- Kestrel Field, Brannock, TN. Ann Lee will sing.';
    const es = run(t, ['Mordal', 'Brannock', 'Ann Lee']);
    expect(people(es)).toEqual(['Ann Lee']);
  });

  it('"Arena", "Pavilion", "Speedway" end a venue\'s name; after a given name "Arena" may be a surname', () => {
    const t = 'The Carla Maren Pavilion and Dorvan Arena host the shows. Bruce Arena coached. Ann Lee sang.';
    const es = run(t, ['Carla Maren Pavilion', 'Dorvan Arena', 'Bruce Arena', 'Ann Lee']);
    expect(people(es)).toEqual(['Bruce Arena', 'Ann Lee']);
  });
});

describe('groups and page furniture', () => {
  it('a name before "network" or "cartel" is the group\'s', () => {
    const t = 'Ann Lee met leaders of the Dorvan network and the Kestrel cartel.';
    const es = run(t, ['Ann Lee', 'Dorvan', 'Kestrel']);
    expect(people(es)).toEqual(['Ann Lee']);
  });

  it('"Enlarge Image" and "Watch Video" are buttons, not people', () => {
    const t = 'Enlarge Image\n\nAnn Lee spoke on Monday.\n\nWatch Video';
    const es = run(t, ['Enlarge Image', 'Ann Lee', 'Watch Video']);
    expect(people(es)).toEqual(['Ann Lee']);
  });
});

describe('titles of works', () => {
  it("a work's noun right before a name gives its title; a given name first keeps the person", () => {
    const t = 'Ray Lund starred in the 1971 film Quiet Summer. The film Ann Lee made won a prize.';
    const es = run(t, ['Ray Lund', 'Quiet Summer', 'Ann Lee']);
    expect(people(es)).toEqual(['Ray Lund', 'Ann Lee']);
  });
});

describe('initials without full stops', () => {
  it('"by AS Heagle": capitals before a surname tagged alone are its initials, not a known body', () => {
    const t = 'Results were published in a paper by KT Varlen in 1989, with work by UN staff and Ann Lee.';
    const es = run(t, ['Varlen', ['UN', 'org'], 'Ann Lee']);
    expect(people(es)).toEqual(['KT Varlen', 'Ann Lee']);
  });
});
