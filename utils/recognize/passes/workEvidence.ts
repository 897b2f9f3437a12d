import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { Lang } from '../language';
import { LEX } from '../lexicon';
import wordsData from '../lexicon/words.json';

interface WorkWords {
  copulas: string[];
  adverbs: string[];
  articles: string[];
  heads: string[];
  ends: string[];
  available: Record<string, string[]>;
  availableTo: string[];
  afterVerb: string[];
}
const WORKS = wordsData.works as Record<string, WorkWords>;

/**
 * Pass 2d (tagger mode): a film's, a book's or an album's title the tagger read as someone's name ("Ingrid Goes
 * West", "Lady Macbeth", "Columbus") is a work's when the text says what it is:
 * - "X is a twisted and dark comedy —", "X est un film de …", "X es una película sobre …": the name, a copula, an
 *   article, a few modifiers and the noun of a work that ends the noun phrase ("X is a documentary filmmaker" is
 *   someone: the noun phrase goes on);
 * - "X is currently streaming on Hulu", "X is available to digitally rent", "X est disponible sur Netflix": it is
 *   watched, not met ("X is available on Monday" is no platform, and "Benzema est disponible" names none).
 * - "Leap Year (2010)": a title dated by a year alone in brackets (`datedTitle`).
 * Every mention of the same words, a list's heading or a later sentence, is then the work. The lists are
 * `works` in words.json, per language.
 */
export function workEvidence(ws: Word[], cands: Candidate[], lang: Lang): void {
  const w = WORKS[lang];
  if (!w) return;
  const key = (c: Candidate) =>
    ws
      .slice(c.first, c.last + 1)
      .map((x) => x.text)
      .join(' ');
  // (the tagger's miscellany too, which a given name opening it would make someone's later: "Ingrid Goes West")
  const named = (c: Candidate) => (c.type === 'person' || c.type === 'misc') && !c.titled;
  const works = new Set<string>();
  for (const c of cands)
    if (named(c) && !c.role && (saysWork(ws, c.last + 1, w) || datedTitle(ws, c))) works.add(key(c));
  // ("South Korean thriller “Parasite”", "in “Joker”", "too ‘Cracker Barrel’ for": a name the text writes in quotation
  // marks wherever it writes it, whose first word is no given name, is a title's or a byword's)
  // (a nickname is quoted too, "‘Gucci Grace’" of Grace Mugabe, "ce cher « Jo »" of Joseph Bari: a name that shares
  // a word with someone the text names outside quotes, or opens one such word, is theirs)
  const quotedAt = new Map<string, boolean>();
  for (const c of cands)
    if (named(c))
      quotedAt.set(key(c), (quotedAt.get(key(c)) ?? true) && quoted(ws, c) && !NICKNAMED.test(before(ws, c)));
  const said = cands.filter((c) => c.type === 'person' && !quotedAt.get(key(c))).flatMap((c) => key(c).split(' '));
  const nickname = (k: string) =>
    k.split(' ').some((x) => said.includes(x)) || (!k.includes(' ') && said.some((x) => x.startsWith(k)));
  for (const [k, q] of quotedAt) if (q && !LEX.firstNames.has(k.split(' ')[0]) && !nickname(k)) works.add(k);
  // (someone an honorific, at the full name or the surname, or the lexicon names is no work: "Mr. Hanks", "Taylor
  // Swift")
  const titled = new Set(cands.filter((c) => c.titled || LEX.honorifics.has(ws[c.first - 1]?.text ?? '')).map(key));
  for (const k of works)
    if (titled.has(k) || titled.has(k.split(' ').pop()!) || LEX.personNames.has(k)) works.delete(k);
  if (!works.size) return;
  for (const c of cands)
    if (named(c) && works.has(key(c))) {
      if (c.type !== 'misc') c.why.push('the text calls it a work');
      c.type = 'misc';
      c.typedByContext = true;
    }
}

const OPEN_QUOTE = /^["“‘'«]$/;
// What introduces someone's nickname in quotes: "alias 'Susper'", "conocida como 'Ane'", "dit « Jo »", "aka".
const NICKNAMED =
  /(?:^|\s)(?:alias|aka|a\.k\.a\.|nicknamed|called|known as|dite?|surnommée?|apodad[oa]|llamad[oa]|conocid[oa] como|chamad[oa]|detto|detta)$/i;
/** The two words before the candidate's opening quote, lower case. */
const before = (ws: Word[], c: Candidate) =>
  ws
    .slice(Math.max(0, c.first - 3), c.first - 1)
    .map((w) => w.text.toLowerCase())
    .join(' ');
const CLOSE_QUOTE = /^["”’'»]$/;

/** The candidate stands alone inside quotation marks: “Parasite”, “Joker,” (a comma may come before the close). */
function quoted(ws: Word[], c: Candidate): boolean {
  if (!OPEN_QUOTE.test(ws[c.first - 1]?.text ?? '')) return false;
  const after = ws[c.last + 1]?.text ?? '';
  return CLOSE_QUOTE.test(after) || (/^[,.!?]$/.test(after) && CLOSE_QUOTE.test(ws[c.last + 2]?.text ?? ''));
}

/**
 * "Leap Year (2010)", "Stoker (2013), Belle (2013)": a title and the year alone in brackets after it, as
 * filmographies and reviews date works. A person's brackets hold a span of years or "born"; a name that opens
 * with a given name ("Lucien Carillon (1928)", a list's year of birth) is left to be someone, and so is the
 * surname of someone named in full ("Smith (2019)" after "John Smith"), which joins that person all the same.
 */
function datedTitle(ws: Word[], c: Candidate): boolean {
  const at = (i: number) => ws[i]?.text ?? '';
  if (at(c.last + 1) !== '(' || !/^(1[89]|20)\d\d$/.test(at(c.last + 2)) || at(c.last + 3) !== ')') return false;
  const first = at(c.first);
  // (a given name with its accents dropped is one too: "Joséphine")
  const bare = first.normalize('NFD').replace(/\p{M}/gu, '');
  return !LEX.firstNames.has(first) && !LEX.firstNames.has(bare) && !LEX.honorifics.has(first);
}

/** From ws[k]: a copula and what follows it say the subject is a work, or is watched somewhere. */
function saysWork(ws: Word[], k: number, w: WorkWords): boolean {
  const at = (i: number) => ws[i]?.text ?? '';
  if (!w.copulas.includes(at(k))) return false;
  k++;
  if (w.adverbs.includes(at(k))) k++;
  const platform = w.available[at(k)];
  if (platform) {
    const next = at(k + 1);
    if (platform.includes(next)) {
      const p = at(k + 2);
      return /^\p{Lu}/u.test(p) && !LEX.notNames.has(p) && !ws[k + 2].sentenceStart;
    }
    // ("available to digitally rent on Google Play")
    if (next !== 'to') return false;
    // (not "available to watch the game": a verb with an object is someone's doing)
    const v = at(k + 2) === 'digitally' ? k + 3 : k + 2;
    return w.availableTo.includes(at(v)) && (v + 1 >= ws.length || w.afterVerb.includes(at(v + 1)));
  }
  if (!w.articles.includes(at(k).toLowerCase())) return false;
  // A few modifiers ("twisted and dark", "placid costume", "très beau"), then the work's noun, then the end of
  // the noun phrase: a preposition, a relative, a dash or punctuation.
  for (let i = k + 1; i <= k + 6 && i < ws.length; i++) {
    const t = at(i);
    if (ws[i].sentenceStart) return false;
    if (w.heads.includes(t.toLowerCase())) {
      const end = at(i + 1);
      return !end || w.ends.includes(end) || ws[i + 1].sentenceStart;
    }
    if (!/^[\p{Ll}][\p{Ll}'’-]*$/u.test(t) && t !== ',') return false;
  }
  return false;
}
