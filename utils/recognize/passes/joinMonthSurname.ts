import type { Entity, Mention } from '../../types';

// Month names that are also surnames ("Theresa May", "Mark May", "Sonja April").
const MONTHS = new Set(['April', 'May', 'June', 'August']);
// Words before a month that make it a date: "in May", "since May", "mid-May", "between April and May", "the May polls".
const DATE_BEFORE =
  /(?:^|[\s(])(?:in|of|on|since|until|till|by|from|to|through|last|next|early|late|mid|this|that|every|each|during|before|after|between|and|or|the|a|an|\d+(?:st|nd|rd|th)?)[\s-]+$|mid-$/i;
// Words after it that make it a date or a modal verb: "May 5", "May 2019", "May and June", "May Day", "May I".
const DATE_AFTER = /^\s*(?:\d|(?:and|or|to|through|until|Day|I|we|you|he|she|they|it|God)\b|[-–—])/;
// After a name: a comma, a possessive or a lower-case word ("May said", "May, who", "May's plan", "with May about").
const NAME_AFTER = /^(?:\s*,|['’]s\b|\s+\p{Ll})/u;

/**
 * "Theresa May … May said", "Mark May … bantered with May about it": the tagger, which reads a capitalised month as a
 * date, leaves the surname alone untagged. When one person the article names in full has a month's name for a
 * surname, each other "May" that is no date ("in May", "May 5", "the May polls") and reads as a name (a comma, a
 * possessive or a lower-case word after it) is a mention of that person.
 */
export function joinMonthSurname(text: string, entities: Entity[]): Entity[] {
  const owner = new Map<string, Entity | null>();
  for (const e of entities) {
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1];
    if (e.type !== 'person' || words.length < 2 || !MONTHS.has(last)) continue;
    owner.set(last, owner.has(last) && owner.get(last) !== e ? null : e);
  }
  if (![...owner.values()].some(Boolean)) return entities;
  const covered = (at: number) => entities.some((e) => e.mentions.some((m) => m.start <= at && at < m.end));
  for (const [month, person] of owner) {
    if (!person) continue;
    const added: Mention[] = [];
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${month}(?![\\p{L}\\p{N}-])`, 'gu'))) {
      const at = m.index;
      const end = at + month.length;
      if (covered(at) || DATE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
      const after = text.slice(end, end + 24);
      if (DATE_AFTER.test(after) || !NAME_AFTER.test(after)) continue;
      added.push({ start: at, end, text: month });
    }
    if (!added.length) continue;
    person.mentions = [...person.mentions, ...added].sort((a, b) => a.start - b.start);
    person.why = [...person.why, 'a surname that is a month'];
  }
  return entities;
}
