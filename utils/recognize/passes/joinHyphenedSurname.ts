import type { Entity, Mention } from '../../types';

// A surname glued by a hyphen to a lower-case word: "Trump-imposed tariffs", "the Obama-era rule", "Warhol-like".
const GLUED = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’]+)-(\p{Ll}+)(?![\p{L}\p{N}-])/gu;

/**
 * "Trump-imposed tariffs", "the Putin-backed candidate", "a Warhol-like print": the surname of a person the article
 * names, glued to a lower-case word, is a mention of that person (the surname only), whether the tagger left the
 * word alone or took it for a thing of its own, which then loses that mention (and goes when it has no other).
 * A surname two people share is left alone, and so is a word inside a person's name ("Wong Yeung-tat" after "Alvin
 * Yeung": a Cantonese given name).
 */
export function joinHyphenedSurname(text: string, entities: Entity[]): Entity[] {
  const bySurname = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.name.split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== e ? null : e);
  }
  if (!bySurname.size) return entities;
  // (inside a person's own mention the word is a given name: "Wong Yeung-tat", "Kim Jong-un")
  const inPerson = (at: number) =>
    entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.start <= at && at < m.end));
  const moved = new Map<Entity, number[]>();
  for (const m of text.matchAll(GLUED)) {
    const person = bySurname.get(m[1]);
    if (!person || inPerson(m.index)) continue;
    const mention: Mention = { start: m.index, end: m.index + m[1].length, text: m[1] };
    person.mentions = [...person.mentions, mention].sort((a, b) => a.start - b.start);
    if (!person.why.includes('a surname glued to a word')) person.why.push('a surname glued to a word');
    // (a thing the tagger made of the whole word gives it up)
    const end = m.index + m[0].length;
    for (const e of entities)
      if (e !== person && e.type !== 'person')
        for (const n of e.mentions)
          if (n.start === m.index && n.end === end) moved.set(e, [...(moved.get(e) ?? []), n.start]);
  }
  if (!moved.size) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const gone = moved.get(e);
    if (!gone) out.push(e);
    else {
      const mentions = e.mentions.filter((n) => !gone.includes(n.start));
      if (mentions.length) out.push({ ...e, mentions });
    }
  }
  return out;
}
