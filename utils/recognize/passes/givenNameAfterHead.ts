import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import type { RoleWords } from '../roleWords';

/**
 * "son premier enfant Christiane", "su hija Lucía", "l'animatrice Maggie": in another language than English, a
 * one-word name right after a lower-case head of the language is the person who holds it when it is a known
 * given name, whatever the tagger typed (a place or a body after a head is in no given-name list: "útočník
 * Liverpoolu", "ministre Paris" keep their type).
 */
export function givenNameAfterHead(ws: Word[], c: Candidate, rw: RoleWords | null): boolean {
  if (!rw || c.first !== c.last || c.type === 'person') return false;
  const w = ws[c.first].text;
  const head = ws[c.first - 1]?.text ?? '';
  return (
    /^\p{Ll}/u.test(head) &&
    rw.isHead(head) &&
    LEX.firstNames.has(w) &&
    !LEX.placeNames.has(w) &&
    !LEX.orgNames.has(w) &&
    !LEX.demonyms.has(w)
  );
}
