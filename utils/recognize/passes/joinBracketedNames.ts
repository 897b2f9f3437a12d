import type { Entity } from '../../types';

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
  const people = entities.filter((e) => e.type === 'person');
  const gone = new Set<Entity>();
  for (const a of people) {
    if (gone.has(a)) continue;
    const b = people.find(
      (b) =>
        b !== a &&
        !gone.has(b) &&
        b.mentions.some((n) =>
          a.mentions.some(
            (m) =>
              m.end <= n.start &&
              n.start - m.end <= 6 &&
              OPEN.test(text.slice(m.end, n.start)) &&
              CLOSE.test(text.slice(n.end, n.end + 4)),
          ),
        ),
    );
    if (!b) continue;
    b.mentions = [...b.mentions, ...a.mentions].sort((x, y) => x.start - y.start);
    if (!b.role && a.role) {
      b.role = a.role;
      b.roleOf = a.roleOf;
      b.official = a.official;
    }
    b.why = [...b.why, 'joinBracketedNames'];
    gone.add(a);
  }
  return entities.filter((e) => !gone.has(e));
}

// A quote opening right after a name, and closing after the nickname: "Luis Pérez 'Chispa'", «Jo».
const QUOTE_OPEN = /^\s+['‘’"“«]\s*$/u;
const QUOTE_CLOSE = /^\s*['’"”»]/u;

/**
 * "el centrocampista Luis Romero 'Lucho'", "Jean Marc «Jeannot» Roux": a one-word nickname in quotes right after
 * someone's name is what the article then calls them ("Lucho cree que …"); its entity joins the full name's,
 * which keeps its name (and takes the nickname's role when it has none).
 */
export function joinQuotedNicknames(text: string, entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'person');
  const gone = new Set<Entity>();
  for (const a of people) {
    if (gone.has(a) || !/\s/.test(a.name)) continue;
    const b = people.find(
      (b) =>
        b !== a &&
        !gone.has(b) &&
        !/\s/.test(b.name) &&
        b.mentions.some((n) =>
          a.mentions.some(
            (m) =>
              m.end < n.start &&
              n.start - m.end <= 3 &&
              QUOTE_OPEN.test(text.slice(m.end, n.start)) &&
              QUOTE_CLOSE.test(text.slice(n.end, n.end + 2)),
          ),
        ),
    );
    if (!b) continue;
    a.mentions = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start);
    if (!a.role && b.role) {
      a.role = b.role;
      a.roleOf = b.roleOf;
      a.official = b.official;
    }
    a.why = [...a.why, 'nickname in quotes'];
    gone.add(b);
  }
  return entities.filter((e) => !gone.has(e));
}
