// Span tagger: tokenizer + hashed-feature averaged perceptron (BIO, Viterbi) + document-level second pass.
// Pure TypeScript; load the model bytes with Tagger.fromModel and call tag(text).
import { tokenize, splitSentences } from './tokenize.ts';
import { TokInfo, F_CAP, F_ALLCAPS, F_LETTER, isHeadline, ngramKey, fmix, SALT_FIRST, GAZ_MAX } from './features.ts';
import { type ModelCore, tagDocument } from './decode.ts';
import { decodeModel } from './model.ts';

export type SpanType = 'person' | 'org' | 'place' | 'misc';
export interface Span {
  start: number;
  end: number;
  type: SpanType;
  score?: number;
}

const TYPE_NAMES: SpanType[] = ['person', 'org', 'place', 'misc'];
// words that are never the first token of a person's name
const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady gen gen. maj maj. col col. lt lt. capt capt. sgt sgt. ' +
    'adm adm. gov gov. sen sen. rep rep. rev rev. st. president vice premier minister chancellor king queen prince princess ' +
    'pope sheikh general colonel captain sergeant admiral secretary senator governor mayor judge justice chairman spokesman ' +
    'spokeswoman spokesperson ambassador coach leader chief director professor doctor'
  ).split(' '),
);

const HYPHEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}{1,4}$/u;
// A lower-case word of four letters or more is not part of a person's name ("Trump assailed Williams"
// tagged as one person), except these particles; shorter ones (van, de, bin, al, da) always may be.
const LOWER_WORD = /^\p{Ll}{4,}$/u;
const NAME_PARTICLES = new Set(['della', 'delle', 'dello', 'degli', 'bint', 'binti', 'ould']);
// A month next to a day's number is a date, never a name ("Jan. 6", "30 Jan", "March 3"), whatever the
// tagger says; a month alone may be one ("May", "August").
const MONTHS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const ROMAN = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|I)$/;
const GENERATION = /^(Jr|Sr)\.?$/;
// "I" after a name is the pronoun when a verb of speech or thought follows ("Thanks, Anna I think ...")
const PRONOUN_VERB =
  /^(am|was|think|thought|know|knew|feel|felt|believe|hope|guess|mean|want|wanted|will|would|can|could|do|did|don't|didn't|have|had|said|say|love|like|'m|'ve|'ll|'d|m|ve|ll)$/i;
// The gazetteer's bits of the names eng.train itself typed; the soft gazetteer's (a word's GloVe
// neighbours' type, bits 4-7) guess and do not make a word on an all-caps line "known".
const GAZ_TRAIN = 15;
const DAY = /^\d{1,2}(st|nd|rd|th)?,?$/;

export class Tagger {
  private constructor(private m: ModelCore) {}

  static fromModel(data: ArrayBuffer | Uint8Array): Tagger {
    return new Tagger(decodeModel(data));
  }

  tag(text: string): Span[] {
    try {
      return this.run(text);
    } catch {
      return [];
    }
  }

  private run(text: string): Span[] {
    if (typeof text !== 'string' || !text) return [];
    const toks = tokenize(text);
    if (!toks.length) return [];
    const bounds = splitSentences(text, toks);
    const words = toks.map((t) => t.text);
    const ti = new TokInfo(words, this.m.opts.ngrams);
    const y = tagDocument(this.m, ti, bounds);
    const spans: Span[] = [];
    const loneTitles = new Set<Span>();
    const tokenRange = new Map<Span, [number, number]>(); // each span's first token and the one after it
    const gaz = this.m.gaz;
    // Mostly mixed-case documents (web news): an all-caps line ("MOST POPULAR") only keeps a span
    // that the gazetteer knows or whose words appear in normal case elsewhere in the document.
    let caps = 0,
      letters = 0;
    const mixed = new Set<number>();
    for (let i = 0; i < ti.n; i++) {
      const f = ti.flags[i];
      if (!(f & F_LETTER)) continue;
      letters++;
      if (f & F_ALLCAPS) caps++;
      else if (f & F_CAP) mixed.add(ti.hl[i]);
    }
    const mixedDoc = caps < 0.3 * letters;
    let headline = false;
    let s = -1,
      t = -1;
    const close = (e: number) => {
      if (s < 0) return;
      // titles are never part of a person's name
      while (t === 0 && s < e - 1 && TITLES.has(ti.lower[s])) s++;
      // a lone title ("the King said") is no one's name, unless it is the surname of a person named
      // earlier ("Don King" ... "King said"): surnamePeople decides
      const lone = t === 0 && TITLES.has(ti.lower[s]);
      let keep = !(
        e - s === 1 &&
        MONTHS.has(ti.lower[s].replace(/\.$/, '')) &&
        (DAY.test(words[e] ?? '') || DAY.test(words[s - 1] ?? ''))
      );
      if (keep && headline && mixedDoc) {
        const len = e - s;
        keep = len <= GAZ_MAX && ((gaz.get(ngramKey(ti.hl, s, len)) ?? 0) & GAZ_TRAIN) !== 0;
        for (let k = s; k < e && !keep; k++) keep = mixed.has(ti.hl[k]);
      }
      // romanised East Asian names ("Kim Jong-un"): known first name + "Xxx-xx" given name -> person
      if (
        keep &&
        t === 3 &&
        e - s >= 2 &&
        ((gaz.get(fmix(ti.hl[s] ^ SALT_FIRST)) ?? 0) & 0x11) !== 0 &&
        HYPHEN_NAME.test(toks[e - 1].text)
      )
        t = 0;
      // a regnal number belongs to the name ("Elizabeth II", "Pope John Paul II"), and so does a generational
      // suffix ("Donald Trump Jr.", whom the name without it would join to his father)
      if (
        keep &&
        t === 0 &&
        y[e] === 0 &&
        e < toks.length &&
        (ROMAN.test(words[e]) || GENERATION.test(words[e])) &&
        /^[ \t]+$/.test(text.slice(toks[e - 1].end, toks[e].start)) &&
        (words[e] !== 'I' || !PRONOUN_VERB.test(words[e + 1] ?? ''))
      )
        e++;
      if (keep) {
        const sp: Span = { start: toks[s].start, end: toks[e - 1].end, type: TYPE_NAMES[t] };
        if (lone) loneTitles.add(sp);
        tokenRange.set(sp, [s, e]);
        spans.push(sp);
      }
      s = -1;
    };
    let b = 1;
    headline = bounds.length > 1 && isHeadline(ti, 0, bounds[1]);
    for (let i = 0; i < y.length; i++) {
      if (i === bounds[b]) {
        close(i);
        headline = isHeadline(ti, i, bounds[b + 1]);
        b++;
      }
      const v = y[i];
      if (v === 0 || (s >= 0 && t === 0 && v === 2 && LOWER_WORD.test(words[i]) && !NAME_PARTICLES.has(words[i])))
        close(i);
      else {
        const ty = (v - 1) >> 1;
        if ((v & 1) === 1 || s < 0 || ty !== t) {
          close(i);
          s = i;
          t = ty;
        }
      }
    }
    close(y.length);
    const out = surnamePeople(text, spans, loneTitles);
    orgHeads(text, out);
    return fillRepeats(toks, ti.lower, fillSurnames(toks, bounds, out, tokenRange), tokenRange);
  }
}

// A one-word name that is the surname of a person named in full earlier in the document is that
// person ("director Neil Jordan" ... "Jordan defends his decision"), whatever the word's usual type:
// the model alone calls such a "Jordan" a place. Earlier only, as a reader meets them; counting later
// full names as well measured the same on eng.testa (+0.10 F1 either way).
function surnamePeople(text: string, spans: Span[], loneTitles: Set<Span>): Span[] {
  const surnames = new Set<string>();
  const out: Span[] = [];
  for (const sp of spans) {
    const name = text.slice(sp.start, sp.end);
    const space = name.lastIndexOf(' ');
    if (loneTitles.has(sp) && !surnames.has(name.toLowerCase())) continue;
    if (sp.type === 'person' && space > 0) surnames.add(name.slice(space + 1).toLowerCase());
    else if (sp.type !== 'person' && space < 0 && surnames.has(name.toLowerCase())) sp.type = 'person';
    out.push(sp);
  }
  return out;
}

/** 1 for every token inside one of the spans. */
function coveredTokens(n: number, spans: Span[], tokenRange: Map<Span, [number, number]>): Uint8Array {
  const covered = new Uint8Array(n);
  for (const sp of spans) covered.fill(1, ...tokenRange.get(sp)!);
  return covered;
}

const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

// The surname of a person named in full earlier is that person where the model left it untagged:
// "Later, May said" after "Theresa May", "Mr Key promoted" after "John Key" (a surname that is also
// a common word, which the model reads as one). Only after an honorific or inside a sentence (a
// sentence-initial "May" is as often the month), never beside a day's number ("May 5"), never in a
// longer capitalised run ("Key West").
function fillSurnames(
  toks: { text: string; start: number; end: number }[],
  bounds: number[],
  spans: Span[],
  tokenRange: Map<Span, [number, number]>,
): Span[] {
  const covered = coveredTokens(toks.length, spans, tokenRange);
  const surnameFrom = new Map<string, number>(); // surname -> token index after its full name
  for (const sp of spans) {
    const [a, e] = tokenRange.get(sp)!;
    if (sp.type === 'person' && e - a >= 2 && /^\p{Lu}\p{Ll}/u.test(toks[e - 1].text))
      if (!surnameFrom.has(toks[e - 1].text)) surnameFrom.set(toks[e - 1].text, e);
  }
  if (!surnameFrom.size) return spans;
  const initial = new Uint8Array(toks.length);
  for (const b of bounds) if (b < toks.length) initial[b] = 1;
  const added: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const from = surnameFrom.get(toks[i].text);
    if (from === undefined || i < from || covered[i]) continue;
    const prev = toks[i - 1]?.text ?? '';
    const honorific = HONORIFIC.test(prev);
    if (!honorific && (initial[i] || /^\p{Lu}/u.test(prev) || (i > 0 && /^["“‘'(]$/.test(prev) && initial[i - 1])))
      continue;
    const next = toks[i + 1]?.text ?? '';
    if (/^\p{Lu}/u.test(next) || DAY.test(next) || DAY.test(prev)) continue;
    const sp: Span = { start: toks[i].start, end: toks[i].end, type: 'person' };
    tokenRange.set(sp, [i, i + 1]);
    added.push(sp);
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

// A one-word "person" that is the first word of an organisation named in full earlier is that
// organisation ("Magna International" ... "Magna said"): the model alone, meeting an unknown
// capitalised word before a verb, calls it a person. Only persons change: turning places and
// miscellany into organisations the same way lost 0.3 F1 on eng.testa, where this gained 0.25.
function orgHeads(text: string, spans: Span[]): void {
  const heads = new Set<string>();
  for (const sp of spans) {
    const name = text.slice(sp.start, sp.end);
    const space = name.indexOf(' ');
    if (sp.type === 'org' && space > 0) heads.add(name.slice(0, space).toLowerCase());
    else if (sp.type === 'person' && space < 0 && heads.has(name.toLowerCase())) sp.type = 'org';
  }
}

const LOWER_FIRST = /^\p{Ll}/u;
// a-z decides an ASCII first character without the regex (run on every token, it was 1.6 % of the tagger's time)
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(s);
}

// A name found in the document is a name wherever else the document writes it the same way: a later
// "Pyongyang" the model left untagged in "to visit Pyongyang when ..." gets the type of the other
// mentions. Exact case, whole tokens, never inside or across another span or a longer capitalised run.
// A one-word name that the document also writes in lower case ("May", "Will") or that is a title or a
// month is left alone. Neutral on eng.testa (93.96 either way; its annotators rarely miss a repeat),
// it is for the reader: every mention of a name on the page is highlighted.
function fillRepeats(
  toks: { text: string; start: number; end: number }[],
  lower: string[],
  spans: Span[],
  tokenRange: Map<Span, [number, number]>,
): Span[] {
  if (!spans.length) return spans;
  const lowerSeen = new Set<string>();
  for (const t of toks) if (startsLower(t.text)) lowerSeen.add(t.text);
  // name (its tokens joined by a space) -> type votes
  const names = new Map<string, { toks: string[]; votes: number[] }>();
  const covered = coveredTokens(toks.length, spans, tokenRange);
  for (const sp of spans) {
    const [a, e] = tokenRange.get(sp)!;
    const words = toks.slice(a, e).map((t) => t.text);
    if (words.length === 1) {
      const w = words[0];
      if (
        w.length < 3 ||
        lowerSeen.has(w.toLowerCase()) ||
        TITLES.has(lower[a]) ||
        MONTHS.has(lower[a].replace(/\.$/, ''))
      )
        continue;
    }
    if (!/^\p{Lu}/u.test(words[0])) continue;
    const key = words.join(' ');
    let n = names.get(key);
    if (!n) names.set(key, (n = { toks: words, votes: [0, 0, 0, 0] }));
    n.votes[TYPE_NAMES.indexOf(sp.type)]++;
  }
  const byFirst = new Map<string, { toks: string[]; votes: number[] }[]>();
  for (const n of names.values()) {
    const l = byFirst.get(n.toks[0]) ?? [];
    l.push(n);
    byFirst.set(n.toks[0], l);
  }
  const added: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i]) continue;
    const cands = byFirst.get(toks[i].text);
    if (!cands) continue;
    let best: { toks: string[]; votes: number[] } | null = null;
    for (const n of cands) {
      const len = n.toks.length;
      if (i + len > toks.length || (best && best.toks.length >= len)) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) ok = !covered[i + k] && toks[i + k].text === n.toks[k];
      // a longer capitalised run goes on past the name ("Pyongyang Times"): not this name
      if (ok && /^\p{Lu}/u.test(toks[i + len]?.text ?? '')) ok = false;
      if (ok && i > 0 && /^\p{Lu}/u.test(toks[i - 1].text) && !covered[i - 1]) ok = false;
      if (ok) best = n;
    }
    if (!best) continue;
    const len = best.toks.length;
    const type = TYPE_NAMES[best.votes.indexOf(Math.max(...best.votes))];
    // (other names, "Western", "Cup", fill in badly: on eng.testa MISC lost 0.15 with them, nothing without)
    if (type === 'misc') continue;
    added.push({ start: toks[i].start, end: toks[i + len - 1].end, type });
    i += len - 1;
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
