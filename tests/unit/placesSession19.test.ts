/**
 * Session 19: the countries and continents in the languages Dramatis reads, from the CLDR names Node's `Intl`
 * carries (`scripts/roles/build-countries.ts` → lexicon/countries.json). Every sentence was written for these tests;
 * `spans` stand in for the trained tagger, typed as the English-trained model types such exonyms (people).
 */
import { describe, expect, it } from 'vitest';
import { runTagged, people } from './helpers/taggedSpans';
import { LEX } from '../../utils/recognize/lexicon';
import type { Entity } from '../../utils/types';

const typeOf = (es: Entity[], name: string) => es.find((e) => e.name === name)?.type ?? null;

describe('country names in other languages', () => {
  it('"Eslovaquia firmó el acuerdo con Lituania": both are places, not people', () => {
    const es = runTagged('Eslovaquia firmó ayer el acuerdo con Lituania, según el ministerio.', [
      'Eslovaquia',
      'Lituania',
    ]);
    expect(typeOf(es, 'Eslovaquia')).toBe('place');
    expect(typeOf(es, 'Lituania')).toBe('place');
    expect(people(es)).toEqual([]);
  });
  it('"la Corée du Nord et la Birmanie": a multi-word name and the one CLDR gives in brackets ("Myanmar (Birmanie)")', () => {
    const es = runTagged('Le ministre a visité la Corée du Nord et la Birmanie le mois dernier.', [
      'Corée du Nord',
      'Birmanie',
    ]);
    expect(people(es)).toEqual([]);
    expect(typeOf(es, 'Birmanie')).toBe('place');
  });
  it('a country that is also a given name is left to the tagger ("Chad Brown said")', () => {
    expect(LEX.placeNames.has('Chad')).toBe(false);
    expect(LEX.placeNames.has('Jordan')).toBe(false);
    const es = runTagged('Chad said the deal was done, and Jordan agreed.', ['Chad', 'Jordan']);
    expect(people(es)).toEqual(['Chad', 'Jordan']);
  });
  it('bodies and pseudo-regions are not places: "ONU", "EU", "VS"', () => {
    for (const w of ['ONU', 'EU', 'VS', 'AS', 'Aksen Asing']) expect(LEX.placeNames.has(w)).toBe(false);
    for (const w of ['Lituanie', 'Eslovaquia', 'Coreia do Norte', 'Amérique latine', 'Nordkorea'])
      expect(LEX.placeNames.has(w)).toBe(true);
  });
});

describe('places WordNet knows only as places', () => {
  it('"à Vladivostok", "Chapel Hill": the tagger’s person is the place', () => {
    const es = runTagged('Le navire est arrivé hier à Vladivostok. The band formed in Chapel Hill in 1993.', [
      'Vladivostok',
      'Chapel Hill',
    ]);
    expect(typeOf(es, 'Vladivostok')).toBe('place');
    expect(typeOf(es, 'Chapel Hill')).toBe('place');
  });
  it('a team named after its city stays the tagger’s organisation ("Nashville beat Dallas")', () => {
    const es = runTagged('Nashville beat Dallas 3-2 on Tuesday night.', [
      ['Nashville', 'org'],
      ['Dallas', 'org'],
    ]);
    expect(typeOf(es, 'Nashville')).toBe('org');
  });
  it('a name that is also a person’s in WordNet stays a person ("Washington said")', () => {
    expect(LEX.wordnetPlaces.has('Washington')).toBe(false);
    expect(LEX.wordnetPlaces.has('Lincoln')).toBe(false);
  });
});

describe('a function word opening a sentence names nothing', () => {
  it('"Selon son entourage": the tagger’s organisation "Selon" is dropped', () => {
    const t =
      'Le président a reçu mardi le premier ministre à l’Elysée pour parler de la réforme. Selon son entourage, le chef de l’Etat souhaite accélérer les réformes.';
    const es = runTagged(t, [['Selon', 'org']]);
    expect(typeOf(es, 'Selon')).toBeNull();
  });
});

describe('organisations the tagger ran together or credited', () => {
  it('"Users of Google or Facebook": two listed organisations, not one', () => {
    const t = 'Users of Google or Facebook can sign in with one click.';
    const es = runTagged(t, [['Users of Google or Facebook', 'org']]);
    expect(typeOf(es, 'Google')).toBe('org');
    expect(typeOf(es, 'Facebook')).toBe('org');
    expect(typeOf(es, 'Users of Google or Facebook')).toBeNull();
  });
  it('a body whose "and" joins no two listed names stays whole ("Department of Health and Human Services")', () => {
    const t = 'The Department of Health and Human Services said on Monday that it would act.';
    const es = runTagged(t, [['Department of Health and Human Services', 'org']]);
    expect(typeOf(es, 'Department of Health and Human Services')).toBe('org');
  });
  it('"Hindustan Times/Getty Images": a credited newspaper is an organisation, not a photographer', () => {
    const t = 'Smog covers the city on Monday. Hindustan Times/Getty Images\nThe air was the worst in years.';
    const es = runTagged(t, [['Hindustan Times/Getty Images', 'org']]);
    expect(typeOf(es, 'Hindustan Times')).toBe('org');
    expect(people(es)).toEqual([]);
  });
});

describe('news outlets and a listed name before a date', () => {
  it('"posted on Twitter Tuesday": the day is no part of the name, which is found though the tagger left it', () => {
    const es = runTagged('She shared a letter posted on Twitter Tuesday, the court said.', []);
    expect(typeOf(es, 'Twitter')).toBe('org');
  });
  it('"told Newsweek": a news outlet the tagger called a place is an organisation', () => {
    const es = runTagged('A professor who did not work on the study told Newsweek that the results were clear.', [
      ['Newsweek', 'place'],
    ]);
    expect(typeOf(es, 'Newsweek')).toBe('org');
  });
});

describe('a party-and-state tag is no entity', () => {
  it('"Mike Johnson, R-La.," and "(D-NY)" highlight nothing of their own', () => {
    const t =
      'Speaker Mike Johnson, R-La., said the bill would pass. Rep. Alexandria Ocasio-Cortez (D-NY) called it cruel.';
    const es = runTagged(t, ['Mike Johnson', ['R-La', 'misc'], 'Alexandria Ocasio-Cortez', ['D-NY', 'org']]);
    expect(es.map((e) => e.name).sort()).toEqual(['Alexandria Ocasio-Cortez', 'Mike Johnson']);
  });
  it('"D-Day" opening no aside stays', () => {
    const es = runTagged('The D-Day landings began in June 1944.', [['D-Day', 'misc']]);
    expect(typeOf(es, 'D-Day')).toBe('misc');
  });
});

describe('French sentence edges', () => {
  const t =
    'Le député Eric Coquerel a réagi sur X. Jean-Luc Mélenchon, chef de file de LFI, a également critiqué la mesure. Selon Le Monde, la procédure a été lancée en janvier par le ministère de la ville.';
  const es = () => runTagged(t, ['Eric Coquerel', 'X. Jean-Luc Mélenchon', ['LFI', 'org'], ['Selon Le Monde', 'org']]);
  it('"a réagi sur X. Jean-Luc Mélenchon": the platform is no initial of the name', () => {
    expect(people(es())).toContain('Jean-Luc Mélenchon');
  });
  it('"Selon Le Monde": the preposition opening the sentence is no part of the paper’s name', () => {
    expect(typeOf(es(), 'Le Monde')).toBe('org');
  });
});

describe('an outlet in capitals before a byline’s name', () => {
  it('"EL PERIODICO Gerardo González": the paper and the writer', () => {
    const t = 'EL PERIODICO Gerardo González escribió ayer sobre el partido del domingo en la ciudad.';
    const es = runTagged(t, [['EL PERIODICO Gerardo González', 'org']]);
    expect(typeOf(es, 'EL PERIODICO')).toBe('org');
    expect(people(es)).toEqual(['Gerardo González']);
  });
  it('an organisation in capitals with no given name after stays whole ("NASA Ames Research Center")', () => {
    const es = runTagged('The NASA Ames Research Center opened on Monday.', [['NASA Ames Research Center', 'org']]);
    expect(typeOf(es, 'NASA Ames Research Center')).toBe('org');
  });
});

describe('months and days of the Romance languages name no one', () => {
  it('"el 20 de Enero de 2001": a month written with a capital is the tagger’s person no longer', () => {
    const es = runTagged(
      'El presidente indultó a varias personas durante el último día de su presidencia, el 20 de Enero de 2001, en la capital.',
      ['Enero'],
    );
    expect(people(es)).toEqual([]);
  });
  it('a given name that is also a month stays someone’s ("Julio Iglesias")', () => {
    expect(LEX.notNames.has('Julio')).toBe(false);
    expect(LEX.notNames.has('Domingo')).toBe(false);
  });
});
