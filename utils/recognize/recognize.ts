import type { Entity } from '../types';
import { words, type Word } from './words';
import { LEX, isTitleWord } from './lexicon';
import type { Candidate } from './candidate';
import { findCandidates } from './passes/findCandidates';
import { stripTitles } from './passes/stripTitles';
import { classify } from './passes/classify';
import { attachRoles } from './passes/attachRoles';
import { joinMentions } from './passes/joinMentions';
import { findTitledNames } from './passes/findTitledNames';
import { detectLanguage } from './language';
import { roleWords, type RoleWords } from './roleWords';

/** A typed name span from a trained tagger, to use instead of the rule passes 1 and 3. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'person' | 'org' | 'place' | 'misc';
}

export interface RecognizeOptions {
  spans?: TaggedSpan[];
}

/**
 * Article text → entities with roles and joined mentions. Pure: no DOM, no
 * browser APIs, so the content script and the Node CLI share it.
 * The passes run in order; each entity's `why` says which ones shaped it.
 */
export function recognize(text: string, opts: RecognizeOptions = {}): Entity[] {
  if (!text) return [];
  const ws = words(text);
  // The article's language picks the role lexicon ("ministre", "portavoz"); English titles apply everywhere.
  const rw = roleWords(detectLanguage(text));
  let cands = opts.spans ? fromSpans(ws, opts.spans).filter((c) => keepTagged(ws, c)) : findCandidates(ws);
  if (rw) for (const c of cands) stripHonorific(ws, c, rw);
  cands = stripTitles(ws, cands);
  if (!opts.spans) cands = classify(ws, cands);
  cands = findTitledNames(ws, cands, rw);
  attachRoles(ws, cands, rw);
  return dropLonePersonWords(text, joinMentions(text, ws, cands, rw));
}

/**
 * A tagged span that is only a title ("Maj.", "President") names no one, and
 * a nationality adjective ("North Korean", MISC in CoNLL terms) is not someone
 * a reader asks about: neither becomes an entity.
 */
function keepTagged(ws: Word[], c: Candidate): boolean {
  // A name starts and ends with a capitalised word: "Faria de", "and Security" are cut edges;
  // a particle glued to a capital ends one ("Omar Hassan al-Bashir").
  while (c.first < c.last && !/^[\p{Lu}\d]/u.test(ws[c.first].text)) c.first++;
  while (c.last > c.first && !/^([\p{Lu}\d]|\p{Ll}{1,3}-\p{Lu})/u.test(ws[c.last].text)) c.last--;
  if (!/^[\p{Lu}\d]/u.test(ws[c.first].text)) return false;
  const words = ws.slice(c.first, c.last + 1).map((w) => w.text);
  // A well-known organisation or place keeps its type whatever the tagger said ("Google" is no one).
  const name = words.join(' ');
  if (c.type !== 'org' && LEX.orgNames.has(name)) [c.type, c.why] = ['org', [...c.why, 'org lexicon']];
  else if (c.type !== 'place' && LEX.placeNames.has(name) && !LEX.orgNames.has(name))
    [c.type, c.why] = ['place', [...c.why, 'place lexicon']];
  if (c.type !== 'org' && LEX.orgHeadsFirst.has(words[0]) && (words.length > 1 || c.type === 'person'))
    [c.type, c.why] = ['org', [...c.why, `org head "${words[0]}"`]];
  if (words.every((w) => isTitleWord(w))) return false;
  // "Subscribe", "Meanwhile": a sentence word, not someone.
  if (c.type === 'person' && words.length === 1 && LEX.notNames.has(words[0])) return false;
  // A photo credit ("JIM WATSON/AFP/Getty Images", "Benoit Tessier/Reuters"): the photographer
  // before the slash is a person named on the page; the agencies after it are not kept.
  const slash = words.indexOf('/');
  if (slash >= 0) {
    const who = words.slice(0, slash);
    if (who.length < 2 || who.length > 3 || !who.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
    if (LEX.orgNames.has(who.join(' ')) || LEX.placeNames.has(who.join(' '))) return false;
    [c.last, c.type, c.why] = [c.first + slash - 1, 'person', [...c.why, 'photo credit']];
    return true;
  }
  if (c.type === 'misc' && LEX.demonyms.has(words.join(' '))) return false;
  return true;
}

/**
 * "M. Macron", "Mme Vidal", "Sra. Ortega": an honorific of the article's language
 * opens the span; the name is what follows, and the honorific says it is a person.
 */
function stripHonorific(ws: Word[], c: Candidate, rw: RoleWords): void {
  const honorifics = rw.honorifics;
  // The tagger, trained on English, takes a sentence's first word in ("Selon M. Macron").
  while (
    c.type === 'person' &&
    c.first < c.last &&
    ws[c.first].sentenceStart &&
    rw.stop.has(ws[c.first].text.toLowerCase())
  )
    c.first++;
  let k = c.first;
  while (k < c.last && honorifics.has(ws[k].text.replace(/\.$/, ''))) {
    k++;
    if (ws[k]?.text === '.' && k < c.last) k++;
  }
  if (k === c.first || k > c.last || !/^\p{Lu}/u.test(ws[k].text)) return;
  Object.assign(c, { first: k, type: 'person', titled: true, why: [...c.why, 'honorific stripped'] });
}

/** Tagger spans → candidates on our word grid (spans that cut a word are widened). */
function fromSpans(ws: Word[], spans: TaggedSpan[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    while (k < ws.length && ws[k].end <= s.start) k++;
    let j = k;
    while (j + 1 < ws.length && ws[j + 1].start < s.end) j++;
    if (k < ws.length && ws[k].start < s.end)
      out.push({ first: k, last: j, type: s.type, role: null, titled: false, why: ['tagger'] });
  }
  // A person's name the tagger cut in two ("Kim" + "Jong-un", the second half
  // filed as MISC): spans that touch across one space join into the person.
  const joined: Candidate[] = [];
  for (const c of out) {
    const prev = joined[joined.length - 1];
    if (
      prev &&
      prev.type === 'person' &&
      (c.type === 'person' || c.type === 'misc') &&
      c.first === prev.last + 1 &&
      ws[c.first].start - ws[prev.last].end === 1
    ) {
      prev.last = c.last;
      prev.why.push('joined split name');
    } else joined.push(c);
  }
  return joined;
}

/**
 * A one-word "person" named once, with no role, whose word the article also
 * uses in lower case ("Rider", "Knight", "Video") is a capitalised common
 * noun, not someone in the story.
 */
function dropLonePersonWords(text: string, entities: Entity[]): Entity[] {
  // Words of the multi-word organisations, places and titles named here ("Whole Foods", "Star Wars").
  const partsOfThings = new Set(
    entities.filter((e) => e.type !== 'person' && /\s/.test(e.name)).flatMap((e) => e.name.split(/\s+/)),
  );
  return entities.filter((e) => {
    if (e.type !== 'person') return true;
    // A name starts with a capital ("and Security", "’s Journal" are cut spans).
    if (!/^\p{Lu}/u.test(e.name)) return false;
    if (e.role || /\s/.test(e.name)) return true;
    // "Foods" beside "Whole Foods", "Assembly" beside "General Assembly": a part of a thing's name.
    if (partsOfThings.has(e.name)) return false;
    if (e.mentions.length > 1) return true;
    const lower = e.name.toLowerCase();
    if (lower === e.name) return true;
    return !new RegExp(`(^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  });
}
