import type { Entity } from '../../types';
import { joinAdjacentPeople } from './joinAdjacentPeople';

// A quote opening right after a name, and closing after the nickname: "Luis Pérez 'Chispa'", «Jo».
const QUOTE_OPEN = /^\s+['‘’"“«]\s*$/u;
const QUOTE_CLOSE = /^\s*['’"”»]/u;

/**
 * "el centrocampista Luis Romero 'Lucho'", "Jean Marc «Jeannot» Roux": a one-word nickname in quotes right after
 * someone's name is what the article then calls them ("Lucho cree que …"); its entity joins the full name's,
 * which keeps its name (and takes the nickname's role when it has none).
 */
export function joinQuotedNicknames(text: string, entities: Entity[]): Entity[] {
  return joinAdjacentPeople(
    entities,
    (m, n) =>
      m.end < n.start &&
      n.start - m.end <= 3 &&
      QUOTE_OPEN.test(text.slice(m.end, n.start)) &&
      QUOTE_CLOSE.test(text.slice(n.end, n.end + 2)),
    (full, nickname) => [full, nickname],
    'nickname in quotes',
    (a, b) => /\s/.test(a.name) && !/\s/.test(b.name),
  );
}
