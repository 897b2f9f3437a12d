import { recognize, type TaggedSpan } from '../../../utils/recognize/recognize';
import type { Entity } from '../../../utils/types';

export type Kind = TaggedSpan['type'];

/**
 * Spans for the names (a string is a person, or [string, type]) at every whole-word occurrence, longer
 * names first, never overlapping: what the trained tagger would give, so a test states its names only.
 */
export function tag(text: string, names: (string | [string, Kind])[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const all = names.map((n) => (typeof n === 'string' ? ([n, 'person'] as [string, Kind]) : n));
  for (const [s, type] of all.sort((a, b) => b[0].length - a[0].length)) {
    let found = false;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      const whole = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + s.length] ?? ' ');
      if (whole) found = true;
      if (whole && !out.some((o) => o.start < i + s.length && i < o.end))
        out.push({ start: i, end: i + s.length, type });
    }
    if (!found) throw new Error(`${s} not in the text`);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The recognizer over `text` with those names as the tagger's spans. */
export const runTagged = (text: string, names: (string | [string, Kind])[]) =>
  recognize(text, { spans: tag(text, names) });

/** The person entity named exactly `name`. */
export const personNamed = (es: Entity[], name: string) => es.find((e) => e.name === name && e.type === 'person');

/** The texts of the mentions of the person entity named exactly `name` (none when there is none). */
export const mentionsOf = (es: Entity[], name: string) => personNamed(es, name)?.mentions.map((m) => m.text) ?? [];

/** The role of the person entity named exactly `name`, or null. */
export const roleOf = (es: Entity[], name: string) => personNamed(es, name)?.role ?? null;

/** Whether the person entity named exactly `name` is flagged an official (null when there is none). */
export const officialOf = (es: Entity[], name: string) => personNamed(es, name)?.official ?? null;

/** The names of the person entities. */
export const people = (es: Entity[]) => es.filter((e) => e.type === 'person').map((e) => e.name);

// Filler sentences in each language, so a one-sentence case reads as that language: function words only,
// no names and no titles.
export const ES = ' La reunión se celebró por la tarde y los periodistas esperaron durante horas a que terminara.';
export const FR =
  " La réunion s'est tenue dans la matinée et les journalistes ont attendu pendant des heures sur place.";
