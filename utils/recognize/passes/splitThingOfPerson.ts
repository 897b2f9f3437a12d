import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import { phrase } from './stripTitles';

/**
 * "le survêtement Nike de Nicolás Maduro", "el avión Falcon de Pedro Sánchez": in a Romance language a brand or a
 * thing's name, "de", then someone the article names on their own elsewhere (`spans`: the phrases of the tagger's
 * spans, of any type), spanned as one name, a thing's or a person's. The thing keeps its span and the person gets
 * theirs: a given name and one or two capitalised words. A body named after someone keeps its name whole ("Fundación
 * Juan March", "Hospital de Juan Canalejo": a listed head first), and so does someone named with a particle ("Juan de
 * Pedro Sánchez": a given name first).
 */
export function splitThingOfPerson(ws: Word[], c: Candidate, spans: ReadonlySet<string | null>): Candidate[] {
  // (typed a person too, whole: then the thing before "de" must be no given name, "Nike de Nicolás Maduro")
  if (c.type === 'person' && (LEX.firstNames.has(ws[c.first].text) || LEX.nobilityTitles.has(ws[c.first].text)))
    return [c];
  for (const n of [2, 3]) {
    const of = c.last - n;
    if (of <= c.first || !/^(de|del|di|do|da|d['’])$/i.test(ws[of].text) || !LEX.firstNames.has(ws[of + 1].text))
      continue;
    const head = ws[c.first].text;
    if (LEX.orgHeadsFirst.has(head) || LEX.namedAfterHeads.has(head) || LEX.placeHeadsFirst.has(head)) return [c];
    if (!spans.has(phrase(ws, of + 1, c.last))) continue;
    if (!ws.slice(of + 1, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return [c];
    return [
      { ...c, last: of - 1, type: c.type === 'person' ? 'org' : c.type, why: [...c.why, "a thing of someone's"] },
      { ...c, first: of + 1, type: 'person', why: [...c.why, 'whose the thing is'] },
    ];
  }
  return [c];
}
