import type { Entity, Mention } from '../../types';

/**
 * Joins pairs of people the text writes side by side as one person: for each person `a` (in order), the first
 * other person `b` with a mention `n` that `near(m, n)` places right after one of `a`'s mentions `m`. The entity
 * that keeps its name (`keep` picks it) takes the other's mentions, and its role when it has none.
 */
export function joinAdjacentPeople(
  entities: Entity[],
  near: (m: Mention, n: Mention) => boolean,
  keep: (a: Entity, b: Entity) => [kept: Entity, gone: Entity],
  why: string,
  pair: (a: Entity, b: Entity) => boolean = () => true,
): Entity[] {
  const people = entities.filter((e) => e.type === 'person');
  const gone = new Set<Entity>();
  for (const a of people) {
    if (gone.has(a)) continue;
    const b = people.find(
      (b) => b !== a && !gone.has(b) && pair(a, b) && b.mentions.some((n) => a.mentions.some((m) => near(m, n))),
    );
    if (!b) continue;
    const [k, g] = keep(a, b);
    k.mentions = [...k.mentions, ...g.mentions].sort((x, y) => x.start - y.start);
    if (!k.role && g.role) {
      k.role = g.role;
      k.roleOf = g.roleOf;
      k.official = g.official;
    }
    k.why = [...k.why, why];
    gone.add(g);
  }
  return entities.filter((e) => !gone.has(e));
}
