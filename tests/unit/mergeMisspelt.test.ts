import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../utils/recognize/passes/mergeMisspelt';
import { runTagged } from './helpers/taggedSpans';

// One person the article spells two ways is one card. Names and sentences written for these tests.
const mentionsOf = (es: ReturnType<typeof runTagged>, name: string) =>
  es.find((e) => e.name === name && e.type === 'person')?.mentions.map((m) => m.text);

describe('oneEditApart', () => {
  it('a letter changed, added, dropped or two swapped; not two edits, not the same word', () => {
    expect(oneEditApart('ingram', 'ingham')).toBe(true);
    expect(oneEditApart('maurer', 'mauer')).toBe(true);
    expect(oneEditApart('waters', 'watres')).toBe(true);
    expect(oneEditApart('buchtmann', 'bauchtman')).toBe(false);
    expect(oneEditApart('neeson', 'neeson')).toBe(false);
  });
});

describe('a misspelt name joins the person named in full', () => {
  it('a surname alone a letter off: "Carl Neeson" … "Leeson"', () => {
    const t = 'Carl Neeson plays the lead in the film. Leeson, who was nominated twice, said it was hard work.';
    const es = runTagged(t, ['Carl Neeson', 'Leeson']);
    expect(mentionsOf(es, 'Carl Neeson')).toEqual(['Carl Neeson', 'Leeson']);
  });
  it('a full name with one word a letter off: "Bernard Ingram" … "Bernard Ingham"', () => {
    const t = 'Bernard Ingram spoke first. The adviser, Bernard Ingham, later said the plan had failed.';
    const es = runTagged(t, ['Bernard Ingram', 'Bernard Ingham']);
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
  });
  it('a surname the tagger typed an organisation: "Olga Lavrentyeva" … "Levrentyeva"', () => {
    const t = 'Judge Olga Lavrentyeva opened the case. Levrentyeva said the court would sit again on Monday.';
    const es = runTagged(t, ['Olga Lavrentyeva', ['Levrentyeva', 'org']]);
    expect(mentionsOf(es, 'Olga Lavrentyeva')).toContain('Levrentyeva');
  });
  it('two people whose names differ in more than one word stay apart: "Tom Johnson" and "Ann Johnston"', () => {
    const t = 'Tom Johnson met Ann Johnston in Leeds. Johnston said the talks went well.';
    const es = runTagged(t, ['Tom Johnson', 'Ann Johnston', 'Johnston']);
    expect(mentionsOf(es, 'Tom Johnson')).toEqual(['Tom Johnson']);
    expect(mentionsOf(es, 'Ann Johnston')).toEqual(['Ann Johnston', 'Johnston']);
  });
  it('a word a letter off two people\'s surnames joins neither: "Meyer" of "Lars Meier" and "Eva Mayer"', () => {
    const t = 'Lars Meier and Eva Mayer signed the deal. Meyer said nothing more.';
    const es = runTagged(t, ['Lars Meier', 'Eva Mayer', 'Meyer']);
    expect(mentionsOf(es, 'Lars Meier')).toEqual(['Lars Meier']);
    expect(mentionsOf(es, 'Eva Mayer')).toEqual(['Eva Mayer']);
  });
});

describe('what owns no misspelling', () => {
  it('a "person" that opens with no given name: "Transportes" does not join "Ciudad del Transporte"', () => {
    const t = 'La comisaria de Transportes visitó ayer la Ciudad del Transporte, en Pamplona, con el alcalde.';
    const es = runTagged(t, ['Ciudad del Transporte', ['Transportes', 'org']]);
    expect(mentionsOf(es, 'Ciudad del Transporte')).toEqual(['Ciudad del Transporte']);
  });
});
