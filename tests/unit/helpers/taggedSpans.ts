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
