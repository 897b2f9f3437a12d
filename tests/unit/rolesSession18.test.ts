/**
 * Session 18: French roles that dev texts from UD French-GSD and our own French wire copy missed: a body named after
 * someone, head first ("l'Institut Jacques Delors"), whose person's name inside names no one; a life's dates and
 * birthplace in brackets before a copula ("X (Santpoort, 26 octobre 1914--…, 14 août 2006) est un psychologue"); a
 * title whose complement after a preposition holds loose words of its own ("le candidat républicain à l'élection
 * présidentielle, X,"). Every sentence and name was written for these tests; `spans` stand in for the tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, roleOf, people, ES, FR } from './helpers/taggedSpans';

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
