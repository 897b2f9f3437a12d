import type { Entity, Mention } from '../../types';
import { LEX } from '../lexicon';

// Initials in capitals that open a line, then a colon or a space: a transcript's speaker ("OW I did it every time.").
const SPEAKER = /(?<=^|\n)[ \t]*(\p{Lu}{2,3})(?=:|[ \t])/gu;

/**
 * "OW I did it every time." … "AD She was all in.": an interview set as a transcript labels each answer with the
 * speaker's initials. Initials that open two lines or more, and are those of one person the article names in full
 * (given name and surname: "Oprah Winfrey", "Ava DuVernay"), are mentions of that person; whatever the tagger made
 * of them (an organisation "OW", or "OW The" run into the answer's first word) gives those mentions up, and goes
 * when it has no other. Initials that are a listed body or place ("US", "UN") are no one's.
 */
export function joinSpeakerInitials(text: string, entities: Entity[]): Entity[] {
  const byInitials = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const keys = new Set([words[0][0] + words[words.length - 1][0], words.map((w) => w[0]).join('')]);
    for (const k of keys) byInitials.set(k, byInitials.has(k) && byInitials.get(k) !== e ? null : e);
  }
  if (!byInitials.size) return entities;
  const found = new Map<string, Mention[]>();
  for (const m of text.matchAll(SPEAKER)) {
    const ini = m[1];
    if (!byInitials.get(ini) || LEX.orgNames.has(ini) || LEX.placeNames.has(ini)) continue;
    const start = m.index + m[0].length - ini.length;
    found.set(ini, [...(found.get(ini) ?? []), { start, end: start + ini.length, text: ini }]);
  }
  const taken = new Map<number, Entity>();
  for (const [ini, mentions] of found) {
    if (mentions.length < 2) continue;
    const person = byInitials.get(ini)!;
    person.mentions = [...person.mentions, ...mentions].sort((a, b) => a.start - b.start);
    person.why = [...person.why, 'speaker initials'];
    for (const m of mentions) taken.set(m.start, person);
  }
  if (!taken.size) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const mentions = e.mentions.filter((n) => !(taken.has(n.start) && taken.get(n.start) !== e));
    if (mentions.length === e.mentions.length) out.push(e);
    else if (mentions.length) out.push({ ...e, mentions });
  }
  return out;
}
