/**
 * Session 11's Spanish, French, Portuguese and Italian role rules: a capitalised English title word that
 * is an office's body after the language's "de" ("ministre de la Justice X"), a title that is the
 * complement of a kin or job noun ("la hija del alcalde, X", "o filho do governador, X"), a party in
 * brackets before an appositive ("X (PSOE), consejera de …"), and "homólogo"/"homologue"/"omologo".
 * Every sentence was written for these tests, with invented people; `spans` stand in for the tagger.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed, roleOf, FR, ES } from './helpers/taggedSpans';
import type { Entity } from '../../utils/types';

const official = (es: Entity[], name: string) => personNamed(es, name)?.official ?? null;

// Filler sentences, so a one-sentence case reads as its language: function words only, no names or titles.
const PT = ' A reunião foi realizada na parte da tarde e os jornalistas esperaram durante horas pelo fim do encontro.';
const IT = ' La riunione si è svolta nel pomeriggio e i giornalisti hanno atteso per ore la fine del vertice.';

describe('an English title word after the language\'s "de" is the body of the office before it', () => {
  it('"l\'ancienne ministre de la Justice X" is the minister, not "Justice"', () => {
    const t = "L'ancienne ministre de la Justice Claire Morel a quitté le parti en mars." + FR;
    const es = runTagged(t, ['Claire Morel']);
    expect(roleOf(es, 'Claire Morel')).toBe('ancienne ministre de la Justice');
    expect(official(es, 'Claire Morel')).toBe(true);
  });

  it('"l\'ex-ministre de la Justice X"', () => {
    const t = "Hier soir, l'ex-ministre de la Justice Paul Lefort a signé une tribune." + FR;
    const es = runTagged(t, ['Paul Lefort']);
    expect(roleOf(es, 'Paul Lefort')).toBe('ex-ministre de la Justice');
  });
});

describe("a title that is the complement of a kin or job noun is that noun's", () => {
  it('Spanish: "la hija del alcalde, X," is the daughter, and holds no office', () => {
    const t = 'La hija del alcalde, Marta Ruiz Vega, abrió la exposición en el centro cultural.' + ES;
    const es = runTagged(t, ['Marta Ruiz Vega']);
    expect(roleOf(es, 'Marta Ruiz Vega')).toBe('hija del alcalde');
    expect(official(es, 'Marta Ruiz Vega')).toBe(false);
  });

  it('Portuguese: "o filho do governador, X," is the son, and holds no office', () => {
    const t = 'O filho do governador, Pedro Lima Neto, publicou uma nota nas redes sociais.' + PT;
    const es = runTagged(t, ['Pedro Lima Neto']);
    expect(roleOf(es, 'Pedro Lima Neto')).toBe('filho do governador');
    expect(official(es, 'Pedro Lima Neto')).toBe(false);
  });

  it('French: "l\'avocat du sénateur, X," is the lawyer', () => {
    const t = "L'avocat du sénateur, Marc Dubreuil, a demandé un report du procès." + FR;
    const es = runTagged(t, ['Marc Dubreuil']);
    expect(roleOf(es, 'Marc Dubreuil')).toBe('avocat du sénateur');
    expect(official(es, 'Marc Dubreuil')).toBe(false);
  });

  it('Italian: "il portavoce del ministro, X," is the spokesman, an office', () => {
    const t = 'Il portavoce del ministro, Luca Ferretti, ha smentito la notizia in serata.' + IT;
    const es = runTagged(t, ['Luca Ferretti']);
    expect(roleOf(es, 'Luca Ferretti')).toBe('portavoce del ministro');
    expect(official(es, 'Luca Ferretti')).toBe(true);
  });

  it('a preposition after a verb still opens the title: "recibió al ministro del Interior, X,"', () => {
    const t = 'El presidente recibió al ministro del Interior, Tomás Beltrán, en su despacho.' + ES;
    const es = runTagged(t, ['Tomás Beltrán']);
    expect(roleOf(es, 'Tomás Beltrán')).toBe('ministro del Interior');
  });
});

describe('a party in brackets between the name and its appositive', () => {
  it('Spanish: "X (PSOE), consejera de Hacienda,"', () => {
    const t = 'Marta Ruiz Vega (PSOE), consejera de Hacienda, defendió las cuentas en el pleno.' + ES;
    const es = runTagged(t, ['Marta Ruiz Vega', ['PSOE', 'org']]);
    expect(roleOf(es, 'Marta Ruiz Vega')).toBe('consejera de Hacienda');
  });

  it('Portuguese: "X (PSDB-SP), relator da proposta,"', () => {
    const t = 'O deputado Pedro Lima Neto (PSDB-SP), relator da proposta, apresentou o parecer.' + PT;
    const es = runTagged(t, ['Pedro Lima Neto']);
    const role = roleOf(es, 'Pedro Lima Neto') ?? '';
    expect(role).toMatch(/deputado|relator da proposta/);
    const t2 = 'Pedro Lima Neto (PSDB-SP), relator da proposta, apresentou o parecer na comissão.' + PT;
    expect(roleOf(runTagged(t2, ['Pedro Lima Neto']), 'Pedro Lima Neto')).toBe('relator da proposta');
  });
});

describe('"homólogo", "homologue", "omologo": a counterpart', () => {
  it('Spanish, French and Italian', () => {
    const es = runTagged('El ministro se reunió con su homóloga portuguesa, Inês Carvalho, en Lisboa.' + ES, [
      'Inês Carvalho',
      ['Lisboa', 'place'],
    ]);
    expect(roleOf(es, 'Inês Carvalho')).toMatch(/homóloga/);
    const fr = runTagged('Le ministre a appelé son homologue allemand, Hans Weber, dans la soirée.' + FR, [
      'Hans Weber',
    ]);
    expect(roleOf(fr, 'Hans Weber')).toMatch(/homologue/);
    const it_ = runTagged('Il ministro ha telefonato al suo omologo spagnolo, Jorge Lázaro, ieri sera.' + IT, [
      'Jorge Lázaro',
    ]);
    expect(roleOf(it_, 'Jorge Lázaro')).toMatch(/omologo/);
  });
});

describe('trades and descriptions the Romance lists lacked', () => {
  it('"la poeta uruguaya X", "le physicien X", "o investidor X", "il pugile X"', () => {
    const es = runTagged('La poeta uruguaya Elena Varela leyó sus versos en la feria del libro.' + ES, [
      'Elena Varela',
    ]);
    expect(roleOf(es, 'Elena Varela')).toBe('poeta uruguaya');
    const fr = runTagged("Selon le physicien Jacques Morin, l'expérience sera répétée l'an prochain." + FR, [
      'Jacques Morin',
    ]);
    expect(roleOf(fr, 'Jacques Morin')).toBe('physicien');
    const pt = runTagged('O investidor Rui Tavares comprou metade das ações da empresa.' + PT, ['Rui Tavares']);
    expect(roleOf(pt, 'Rui Tavares')).toBe('investidor');
    const it_ = runTagged('Il pugile Marco Gentile ha vinto il titolo europeo a Torino.' + IT, ['Marco Gentile']);
    expect(roleOf(it_, 'Marco Gentile')).toBe('pugile');
  });
});

describe('a party in brackets inside the title', () => {
  it('before the name: "le maire (LR) de Nice, X," and "il sindaco (Pd) di Bologna, X,"', () => {
    const fr = runTagged('Le maire (LR) de Tarbes, Gérard Vidal, a présenté son budget mardi soir.' + FR, [
      'Gérard Vidal',
    ]);
    expect(roleOf(fr, 'Gérard Vidal')).toBe('maire (LR) de Tarbes');
    expect(official(fr, 'Gérard Vidal')).toBe(true);
    const it_ = runTagged('Il sindaco (Pd) di Lecco, Franco Rota, ha firmato l’ordinanza ieri mattina.' + IT, [
      'Franco Rota',
    ]);
    expect(roleOf(it_, 'Franco Rota')).toBe('sindaco (Pd) di Lecco');
  });

  it('after the name: "X, député (LFI) de la Somme,"', () => {
    const t = 'Julien Masson, député (LFI) de la Somme, a déposé une proposition de loi.' + FR;
    expect(roleOf(runTagged(t, ['Julien Masson']), 'Julien Masson')).toBe('député (LFI) de la Somme');
  });
});
