import { TITLED_WHY } from '../candidate';
import type { Entity } from '../../types';
import { LEX } from '../lexicon';

// One word of a name-like list item: capitalised ("Google", "React.js", "O’Neil"), a digit, or camel case ("iTunes").
const CAP_WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&!+-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)`;
// Small words allowed inside a title ("The Shape of Water", "Lost in Translation").
const SMALL = String.raw`(?:of|the|a|an|de|du|la|le|in|on|for|to|and|y|e|et)`;
const ITEM = new RegExp(String.raw`^(?:(?:and|or|&)\s+)?(${CAP_WORD}(?:\s+(?:${SMALL}\s+)*${CAP_WORD})*)[.!?]?$`, 'u');
// The capitalised run that ends the segment before a list: "... to rent on Amazon Prime".
const TAIL = new RegExp(String.raw`(${CAP_WORD}(?:\s+${CAP_WORD})*)$`, 'u');
const SEPARATOR = /\s*[,;:()]\s*|\s+(?:and|or|&)\s+/gu;
// A speech verb right after a mention: its subject is someone.
const SPEAKS = /^\s+(said|says|told|added|wrote|tweeted|explained)\b/;

interface Item {
  start: number;
  end: number;
  text: string;
}

/** The items of the list, if any, that the mention at [start, end) is a whole item of, on its line. */
function listAround(text: string, start: number, end: number): Item[] | null {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  const line = text.slice(a, b);
  const segs: Item[] = [];
  let last = 0;
  for (const m of line.matchAll(SEPARATOR)) {
    segs.push({ start: a + last, end: a + m.index!, text: line.slice(last, m.index) });
    last = m.index! + m[0].length;
  }
  segs.push({ start: a + last, end: a + line.length, text: line.slice(last) });
  const at = segs.findIndex((s) => s.start <= start && end <= s.end);
  if (at < 0) return null;
  const item = (s: Item): Item | null => {
    const m = ITEM.exec(s.text);
    if (!m) return null;
    const t = m[1].replace(/[.!?]$/u, '');
    const off = s.text.indexOf(m[1]);
    return { start: s.start + off, end: s.start + off + t.length, text: t };
  };
  // The first item may end a longer segment ("rent on Amazon Prime, Vudu, ...").
  const tail = (s: Item): Item | null => {
    const m = TAIL.exec(s.text);
    return m ? { start: s.start + m.index, end: s.start + m.index + m[1].length, text: m[1] } : null;
  };
  let self = item(segs[at]);
  let i = at - 1;
  const out: Item[] = [];
  if (!self) {
    self = tail(segs[at]);
    i = -1;
  }
  if (!self || self.start !== start || self.end !== end) return null;
  out.push(self);
  for (; i >= 0 && item(segs[i]); i--) out.unshift(item(segs[i])!);
  const first = i >= 0 ? tail(segs[i]) : null;
  if (first) out.unshift(first);
  for (let j = at + 1; j < segs.length && item(segs[j]); j++) out.push(item(segs[j])!);
  return out;
}

/**
 * Pass 6: a "person" named only as an item of lists of things is one of those things: "rent it on
 * Amazon Prime, Vudu, iTunes and Google Play", "React, Redux and Angular", "four suits (Wands, Cups,
 * Swords, Pentacles)", a list of film titles ("The Post, The Shape of Water, Phantom Thread, ...").
 * A list is of things when at least two of its other items are organisations, places or works
 * ("The …", "… of …", "iMore", "HTML") and they outnumber the items that are people named with a given
 * name. A person with a role or a title, or named with a given name and a surname, stays. A one-word
 * "person" that is an item of such a list once and never speaks or takes an honorific elsewhere goes too.
 */
export function dropListedThings(text: string, entities: Entity[]): Entity[] {
  const typeAt = new Map<string, string>();
  // Names of organisations, places and works found anywhere on the page.
  const thingNames = new Set<string>();
  for (const e of entities)
    for (const m of e.mentions) {
      typeAt.set(`${m.start}:${m.end}`, e.type);
      if (e.type !== 'person') thingNames.add(m.text);
    }
  const givenNamed = (t: string) => /\s/.test(t) && LEX.firstNames.has(t.split(/\s+/)[0]);
  const thing = (it: Item) => {
    const type = typeAt.get(`${it.start}:${it.end}`);
    if (type && type !== 'person') return true;
    if (type === 'person') return false;
    const first = it.text.split(/\s+/)[0];
    return (
      thingNames.has(it.text) ||
      LEX.orgNames.has(it.text) ||
      LEX.placeNames.has(it.text) ||
      (LEX.orgNames.has(first) && !LEX.firstNames.has(first)) ||
      /^(The|A|An)\s/.test(it.text) ||
      new RegExp(String.raw`\s${SMALL}\s`, 'u').test(it.text) ||
      /\p{Ll}\p{Lu}|\.\p{L}|\p{N}/u.test(it.text) ||
      /^\p{Lu}{2,}$/u.test(it.text)
    );
  };
  const listed = (m: Entity['mentions'][number]) => {
    const items = listAround(text, m.start, m.end);
    if (!items || items.length < 3) return false;
    const others = items.filter((it) => it.start !== m.start);
    const things = others.filter(thing).length;
    const people = others.filter(
      (it) => typeAt.get(`${it.start}:${it.end}`) === 'person' && givenNamed(it.text),
    ).length;
    return things >= 2 && things > people;
  };
  // A mention that shows a person: one that speaks ("Chelsea said") or is spoken to by an honorific.
  const personal = (m: Entity['mentions'][number]) =>
    SPEAKS.test(text.slice(m.end, m.end + 12)) ||
    /\b(Mr|Mrs|Ms|Dr)\.?\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start));
  return entities.filter((e) => {
    if (e.type !== 'person' || e.role || e.why.some((w) => TITLED_WHY.has(w)) || givenNamed(e.name)) return true;
    // (a credit line's newsrooms are places listed among its journalists: "… in JAKARTA, Rujun Shen and …")
    if (e.why.includes('a credit line')) return true;
    if (e.mentions.every(listed)) return false;
    // One word named in a list of clubs or firms ("FC Porto, Inter Milan, Chelsea, Real Madrid") and never
    // shown to be a person elsewhere ("in charge of Chelsea") is one of them.
    return /\s/.test(e.name) || !e.mentions.some(listed) || e.mentions.some(personal);
  });
}
