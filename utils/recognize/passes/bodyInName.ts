import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

/**
 * "Redes de la Junta de Extremadura", "Cultura del Ayuntamiento de Mérida": a tagger's person span (of a language
 * that links a name's parts with "de") that runs through "de" and an article to the head of a body ("Junta",
 * "Ministerio", "Université") names that body or a part of it; no one's name holds a body ("Juan de la Cierva" keeps
 * his, "Cierva" heads none). Titled spans and those the text gives an honorific keep their type.
 */
export function bodyInName(ws: Word[], c: Candidate, rw: RoleWords): boolean {
  if (c.type !== 'person' || c.titled) return false;
  for (let k = c.first + 2; k <= c.last; k++) {
    if (!LEX.orgHeadsFirst.has(ws[k].text)) continue;
    const of = ws[k - 1].text;
    const ofThe = rw.articles.has(of.toLowerCase()) && rw.connectors.has(ws[k - 2].text.toLowerCase());
    if (rw.isOf(of) || ofThe) return true;
  }
  return false;
}
