import type { Entity } from '../../types';
import { joinAdjacentPeople } from './joinAdjacentPeople';

// What stands between a name and the other name the text says the person goes by: "(better known as", ", also known
// as", ", a.k.a.", ", better known by her pseudonym", ", formerly known as", "(AKA", with an opening quote; or a birth or
// former name in brackets: "(born"; in Spanish and French, ", alias 'Susper'", ", también conocida como 'Ane'", ", dit
// « Jo »". (A maiden name after "née" is `joinMentions`' mergeMaidenNames'.)
const KNOWN_AS =
  /^\s*[,(]\s*(?:(?:better|also|commonly|popularly|widely|formerly|professionally|simply)\s+)?(?:known|called)(?:\s+by\s+(?:his|her|their|the)\s+(?:pseudonym|stage name|nickname|pen name|ring name|nom de guerre))?\s+(?:as\s+)?["“‘']?$|^\s*[,(]\s*(?:aka|a\.k\.a\.|AKA|alias|(?:también\s+)?conocid[oa]\s+como|(?:aussi\s+)?(?:dite?|surnommée?)|apodad[oa])\s+["“‘'«]?\s*$|^\s*\(\s*(?:born|formerly)\s+$/u;

/**
 * "Jenna Nicole Mourey (born …), better known by her pseudonym Jenna Marbles,", "Sean Combs, also known as Diddy,":
 * the name a person goes by, given right after the person's name, is the same person; the name given first keeps the
 * entity (and the card its name).
 */
export function joinKnownAs(text: string, entities: Entity[]): Entity[] {
  return joinAdjacentPeople(
    entities,
    (m, n) => m.end < n.start && n.start - m.end <= 120 && KNOWN_AS.test(skipBracket(text.slice(m.end, n.start))),
    (named, alias) => [named, alias],
    'the name the person goes by',
  );
}

/** A bracketed aside right after the name is skipped ("(born September 15, 1986), better known as"). */
function skipBracket(between: string): string {
  const m = /^\s*\([^()]*\)/.exec(between);
  return m ? between.slice(m[0].length) : between;
}
