import type { Entity } from '../../types';
import { joinAdjacentPeople } from './joinAdjacentPeople';

// What may stand between a name and a bracketed name after it, and after that one before the bracket closes:
// a possessive ("Abu Karim's (Lund's) call") and spaces.
const OPEN = /^(?:['’]s?)?\s*\(\s*$/u;
const CLOSE = /^(?:['’]s?)?\s*\)/u;

/**
 * "Ray Nikolai (Lund)", "Abu Karim's (Lund's) call": agency copy glosses a name the reader may
 * not know (a patronymic form, a nom de guerre) with the name they do, in brackets right after it. Both are
 * one person, so the glossed name's entity joins the bracketed name's, which keeps its name; its role, when
 * it has none, comes from the glossed one.
 */
export function joinBracketedNames(text: string, entities: Entity[]): Entity[] {
  return joinAdjacentPeople(
    entities,
    (m, n) =>
      m.end <= n.start &&
      n.start - m.end <= 6 &&
      OPEN.test(text.slice(m.end, n.start)) &&
      CLOSE.test(text.slice(n.end, n.end + 4)) &&
      !twoFullNames(m.text, n.text),
    (glossed, bracketed) => [bracketed, glossed],
    'joinBracketedNames',
  );
}

/**
 * Both names are full and share no word: "Martin Luther King Jr. (David Oyelowo)" names a part and its actor, or two
 * people, not one person and the name the reader knows.
 */
function twoFullNames(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  return x.length > 1 && y.length > 1 && !x.some((w) => y.includes(w));
}
