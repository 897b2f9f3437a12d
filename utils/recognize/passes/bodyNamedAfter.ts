import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX, OF_ROMANCE } from '../lexicon';

/**
 * "l'Institut Jacques Delors", "la Fondation Jean Jaurès", "del Hospital Gregorio Marañón": in the Romance languages
 * a body, a prize or a place named after someone puts its head noun first, capitalised, right before the name
 * (`namedAfterHeads`); the tagger often spans the name alone. After an article or a contraction ("du", "del"), the
 * head and the name are the body's name, and the person's name inside it names no one here (nor takes the words
 * before the head for a title: "vice-présidente de l'Institut"). The span widens over the head and becomes an
 * organisation (a place after a place's head: "la Place Victor Hugo"). A street's noun in lower case makes a place of
 * the name after it, with or without an article ("habitait rue Victor Hugo").
 */
export function bodyNamedAfter(ws: Word[], c: Candidate, rw: RoleWords): boolean {
  if (c.type !== 'person' || c.titled) return false;
  const head = ws[c.first - 1];
  // ("habitait rue Victor Hugo", "près de la place Maubert", "en la calle Gregorio Marañón": a street's noun in lower
  // case, article or not, names the street after someone)
  if (head && LEX.streetNouns.has(head.text)) {
    c.first--;
    c.type = 'place';
    c.why.push(`a street named after someone ("${head.text}" before the name)`);
    return true;
  }
  // ("la calle del Clot", "la rambla de Aragó y Guipúscoa", "rue de Rivoli": a street's noun, "de", then the name is
  // the street's; not "à la place de X", "instead of X")
  const street = (k: number) =>
    OF_ROMANCE.test(ws[k]?.text ?? '') && LEX.streetNouns.has(ws[k - 1]?.text ?? '') && ws[k - 1].text !== 'place';
  const listed = rw.conjunctions.has(head?.text ?? '') && street(c.first - 3);
  if (street(c.first - 1) || listed) {
    c.type = 'place';
    c.why.push('a street named after someone ("de" after a street\'s noun)');
    return true;
  }
  if (!head || head.sentenceStart || !LEX.namedAfterHeads.has(head.text)) return false;
  const before = ws[c.first - 2]?.text.toLowerCase() ?? '';
  if (!rw.articles.has(before) && !rw.contractions.has(before)) return false;
  c.first--;
  c.type = LEX.placeHeadsFirst.has(head.text) ? 'place' : 'org';
  c.why.push(`named after someone ("${head.text}" before the name)`);
  return true;
}
