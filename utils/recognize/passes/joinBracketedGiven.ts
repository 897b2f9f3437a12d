import type { Entity, Mention } from '../../types';
import { LEX } from '../lexicon';
import { joinAdjacentPeople } from './joinAdjacentPeople';

// Between the given names and the surname: the bracket's close (an "al-" particle of the given part before it).
// (on one line: a bracket that ends a caption's credit, "(AP Photo/…, Atsushi Nishijima)", is no given name of the name
// that opens the next paragraph)
const BETWEEN = /^(?:\s+\p{Ll}{1,3}-)?[^\S\n]*\)[^\S\n]+$/u;
// How far back the bracket may open before the given names ("(Syrian President Hafez al-) Assad").
const REACH = 60;

/**
 * "(Olympic champion Lindsay) Davenport", "(Bhutto's husband Asif Ali) Zardari", "(Syrian President Hafez al-) Assad":
 * inside a quote, agency copy puts what the speaker left unsaid (a title, the given names) in brackets before the
 * surname the speaker said. The given names in the bracket and the surname after it are one person, who keeps the
 * surname's entity (and takes the title the bracket gives, when it has no role).
 */
export function joinBracketedGiven(text: string, entities: Entity[]): Entity[] {
  // (given names the lists know, or a person named only there: "Hafez")
  const once = new Set(
    entities.filter((e) => e.type === 'person' && e.mentions.length === 1).map((e) => e.mentions[0]),
  );
  const given = (m: Mention) => {
    const open = text.lastIndexOf('(', m.start);
    return (
      open >= 0 &&
      m.start - open <= REACH &&
      !text.slice(open, m.start).includes(')') &&
      (once.has(m) || m.text.split(/\s+/).every((w) => LEX.firstNames.has(w)))
    );
  };
  return joinAdjacentPeople(
    entities,
    (m, n) => m.end < n.start && n.start - m.end <= 8 && BETWEEN.test(text.slice(m.end, n.start)) && given(m),
    (bracketed, surname) => [surname, bracketed],
    'given names in brackets before the surname',
  );
}
