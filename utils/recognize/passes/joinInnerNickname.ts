import type { Entity } from '../../types';

// A one-word nickname set in brackets or quotes between the given names and the surname: "Joko “Jokowi” Widodo".
const INNER = /\s[(“"‘](\p{Lu}[\p{L}'’-]+)[)”"’]\s/u;

/**
 * "Indonesian President Joko “Jokowi” Widodo … Jokowi said": the nickname a full name holds inside it
 * (`joinBracketedNickname`) is what the article then calls the person; a person entity named only by it joins the
 * full name's entity, which keeps its name (and takes the nickname's role when it has none).
 */
export function joinInnerNickname(entities: Entity[]): Entity[] {
  const gone = new Set<Entity>();
  for (const full of entities) {
    if (full.type !== 'person' || gone.has(full)) continue;
    const nick = INNER.exec(full.name)?.[1];
    if (!nick) continue;
    for (const e of entities) {
      if (e === full || e.type !== 'person' || gone.has(e) || !e.mentions.every((m) => m.text === nick)) continue;
      full.mentions = [...full.mentions, ...e.mentions].sort((x, y) => x.start - y.start);
      if (!full.role && e.role) {
        full.role = e.role;
        full.roleOf = e.roleOf;
        full.official = e.official;
      }
      full.why = [...full.why, 'the nickname inside the name'];
      gone.add(e);
    }
  }
  return gone.size ? entities.filter((e) => !gone.has(e)) : entities;
}
