import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

/**
 * "la ministra de Asuntos Exteriores María Emma Mejía", tagged "Asuntos Exteriores María" (a body) and "Emma Mejía" (a
 * person): a body's or a place's span of two words or more that ends in a given name right before a person's span
 * gives the given name back to the person. (Not a listed body or place: "Ciudad de María" stays whole.)
 */
export function givenNameToNext(ws: Word[], cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const [a, b] = [cands[i], cands[i + 1]];
    if ((a.type !== 'org' && a.type !== 'place') || a.last === a.first || b.type !== 'person') continue;
    const given = ws[a.last].text;
    if (b.first !== a.last + 1 || !LEX.firstNames.has(given) || !LEX.firstNames.has(ws[b.first].text)) continue;
    const name = ws
      .slice(a.first, a.last + 1)
      .map((w) => w.text)
      .join(' ');
    if (LEX.orgNames.has(name) || LEX.placeNames.has(name)) continue;
    a.last--;
    b.first--;
    b.why.push('given name taken back from the body before it');
  }
}
