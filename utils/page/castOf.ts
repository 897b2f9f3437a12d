import type { PageState } from '../messages';
import type { Entity } from '../types';

/**
 * The cast a page reports (sidebar, badge, what the library saves): one row
 * per entity as the reader sees it, i.e. after their corrections. Pure, so the
 * path from a correction to the library can be tested without a page.
 */
export function castOf(entities: Entity[]): PageState['cast'] {
  return entities.map((e) => ({
    ...castEntry(e),
    // The ways the article writes the name, so the reader can split a wrong join.
    forms: [...new Set(e.mentions.map((m) => m.text))],
  }));
}

/** One entity as the sidebar and the hover card show it: who, what, in which role, how often here. */
export function castEntry(e: Entity) {
  return { id: e.id, name: e.name, type: e.type, role: e.role, official: e.official, count: e.mentions.length };
}
