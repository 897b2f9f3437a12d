import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import ko from '../lexicon/korean.json';

const FAMILY = new Set(ko.familyNames);
const GIVEN = new Set(ko.givenSyllables);
const GIVEN_LAST_NOT = new Set(ko.givenLastNot);
const PARTICLES = new Set(ko.particles);
const PERSON_PARTICLES = new Set(ko.personParticles);
const HONORIFICS = new Set(ko.honorificParticles);
const NOT_NAMES = new Set(ko.notNames);
const VERB_ENDINGS = new Set(ko.verbEndings);
const NOT_AFTER_NAME = new Set(ko.notAfterName);
// Particles, longest first, to cut off a title word ("작가의" → "작가").
const PARTICLES_LONGEST = [...PARTICLES].sort((a, b) => b.length - a.length);
const HANGUL = /^\p{Script=Hangul}+$/u;

/** A word read as a Korean name: the name ("남상미") and what is glued after it ("는", "" for nothing). */
export interface KoreanParse {
  stem: string;
  rest: string;
  /** Syllables of the family name (1, or 2 for "남궁", "제갈"). */
  family: number;
}

/**
 * A Hangul word as a family name of the closed set, a two-syllable given name and, glued to it, a particle
 * or nothing: "남상미는" → "남상미" + "는", "남궁민수" → "남궁민수". A Korean full name is written as one
 * word, so its length is fixed by the family name's; a word that goes on with anything but a particle
 * ("이야기들은", "여주인공") is no name.
 */
export function parseKoreanName(w: string): KoreanParse | null {
  if (!HANGUL.test(w)) return null;
  // (a two-syllable family name first: "남궁민수" is 남궁 + 민수, not 남 + 궁민 + "수")
  for (const family of [2, 1]) {
    const n = family + 2;
    if (w.length < n || !FAMILY.has(w.slice(0, family))) continue;
    const rest = w.slice(n);
    if (rest && !PARTICLES.has(rest)) continue;
    return { stem: w.slice(0, n), rest, family };
  }
  return null;
}

/**
 * Given-name syllables that names use, the last one not a noun's or adjective's usual ending ("피해자",
 * "안전한"): without a title beside it, a word must look like a name to be read as one.
 */
function looksLikeName(p: KoreanParse): boolean {
  const given = [...p.stem.slice(p.family)];
  // ("강강강": one syllable three times is a sound, not a name)
  if (given.every((s) => s === p.stem[0])) return false;
  return given.every((s) => GIVEN.has(s)) && !GIVEN_LAST_NOT.has(given[given.length - 1]);
}

/** "나가지는 않지만", "사랑하는": a verb's ending, not a name and its particle. */
function verbForm(p: KoreanParse): boolean {
  return VERB_ENDINGS.has(p.stem.slice(-1) + p.rest);
}

/**
 * Hyphenated Hangul words split at the hyphen ("엘제이-류화영의": two names paired), each part a word of
 * its own with its own offsets.
 */
function splitHyphens(ws: Word[]): Word[] {
  if (!ws.some((w) => w.text.includes('-'))) return ws;
  const out: Word[] = [];
  for (const w of ws) {
    const parts = w.text.split('-');
    if (parts.length < 2 || !parts.every((x) => HANGUL.test(x))) {
      out.push(w);
      continue;
    }
    let at = w.start;
    parts.forEach((x, i) => {
      if (i) out.push({ text: '-', start: at, end: ++at, sentenceStart: false });
      out.push({ text: x, start: at, end: at + x.length, sentenceStart: i === 0 && w.sentenceStart });
      at += x.length;
    });
  }
  return out;
}

// Copulas that end a Korean sentence after a noun: "… 배우다.", "… 작가이다.", "… 감독이었다."
const COPULA = /(?:이었다|였다|이다|다)$/u;

/**
 * "남상미는 … 연예계로 들어온 배우다.": a name with the topic particle, and the sentence ends in a title
 * and a copula, with no other name between: that title is the person's role.
 */
function copularRole(ws: Word[], k: number, names: Set<number>, rw: RoleWords): string | null {
  for (let j = k + 1; j < ws.length && j - k < 40; j++) {
    if (ws[j].sentenceStart || names.has(j)) return null;
    if (ws[j + 1]?.text !== '.') continue;
    const m = COPULA.exec(ws[j].text);
    const head = m ? ws[j].text.slice(0, -m[0].length) : '';
    return head && HANGUL.test(head) && rw.isHead(head) && !NOT_AFTER_NAME.has(head) ? head : null;
  }
  return null;
}

/** A title word with its particle cut off ("작가의" → "작가"), if it is one of the language's role heads. */
function titleOf(w: string | undefined, rw: RoleWords): string | null {
  if (!w || !HANGUL.test(w)) return null;
  if (rw.isHead(w)) return w;
  for (const p of PARTICLES_LONGEST)
    if (w.length > p.length && w.endsWith(p) && rw.isHead(w.slice(0, -p.length))) return w.slice(0, -p.length);
  return null;
}

/** The family name of a Korean full name ("문" of "문재인", "남궁" of "남궁민수"), or null. */
export function koreanFamilyName(name: string): string | null {
  const p = parseKoreanName(name);
  return p && !p.rest ? p.stem.slice(0, p.family) : null;
}

/** The particle a Hangul word ends in, if any (longest first). */
function particleOf(w: string): string | null {
  return PARTICLES_LONGEST.find((p) => w.length > p.length && w.endsWith(p)) ?? null;
}

/** "씨", "님" (with a particle or not) as a word of its own after a name: "홍길동 씨는". */
function honorificWord(w: string | undefined): boolean {
  if (!w) return false;
  return [...HONORIFICS].some((h) => w === h || (w.startsWith(h) && PARTICLES.has(w.slice(h.length))));
}

interface Occurrence {
  k: number;
  p: KoreanParse;
  role: string | null;
  strong: boolean;
}

/**
 * Pass 1k (Korean articles): people's names, which Hangul writes without capitals and with the particle
 * glued on ("남상미는", "이유리에게"), so neither the tagger nor the capitalisation rules see them. A word
 * that parses as family name + given name (+ particle) is a person when the text gives evidence, since
 * ordinary words start with the same syllables (이, 정, 고, 조, 한):
 * - a title beside it: after ("김순옥 작가의", "문재인 전 대통령"), which is its role, or before ("소설가
 *   박생강"), or the honorific 씨/님 ("홍길동 씨", "홍길동씨는");
 * - or it looks like a name (given-name syllables, not a listed common word) and is written twice or more,
 *   once with a particle at least, or once as a subject or topic ("이미숙은", "류화영이") or to a person
 *   ("이유리에게").
 * Each name word is split from its particle, so the mention's offsets are the name's: the words returned
 * replace `ws`, and the candidates index them.
 */
export function findKoreanNames(ws: Word[], rw: RoleWords): { ws: Word[]; cands: Candidate[] } {
  ws = splitHyphens(ws);
  const byStem = new Map<string, Occurrence[]>();
  for (let k = 0; k < ws.length; k++) {
    const p = parseKoreanName(ws[k].text);
    if (!p || NOT_NAMES.has(p.stem) || rw.isHead(p.stem) || verbForm(p)) continue;
    const next = ws[k + 1];
    const sameSentence = !!next && !next.sentenceStart;
    let role: string | null = null;
    // "홍길동씨는": the honorific glued on.
    let strong = [...HONORIFICS].some((h) => p.rest.startsWith(h));
    if (!p.rest && sameSentence) {
      // "문재인 대통령", "박근혜 전 대통령": the title after the bare name is the role.
      const mod = rw.modifiers.has(next.text) ? next.text : null;
      let head = titleOf(mod ? ws[k + 2]?.text : next.text, rw);
      // "이주열 한국은행 총재", "홍길동 서울대 교수": the body between the name and its title.
      let body: string | null = null;
      if (!head && !mod && looksLikeName(p) && !rw.isHead(next.text) && !ws[k + 2]?.sentenceStart) {
        const h = titleOf(ws[k + 2]?.text, rw);
        // (a bare word, no particle: "이주열은 한국은행 총재를" is a clause)
        if (h && /^[\p{Script=Hangul}\p{Lu}\d]/u.test(next.text) && !(HANGUL.test(next.text) && particleOf(next.text)))
          [head, body] = [h, next.text];
      }
      // A drama's part ("여주인공") opens the next phrase rather than ending a name ("오로지 여주인공 X"),
      // and a job word after a word that is no name's shape ("심심한 여주인공") is that phrase's too;
      // an office ("대통령") follows the person it belongs to.
      if (head && (NOT_AFTER_NAME.has(head) || (!looksLikeName(p) && !rw.isOfficeHead(head)))) head = null;
      if (head) role = [mod, body, head].filter(Boolean).join(' ');
      if (head || honorificWord(next.text)) strong = true;
    }
    // "소설가 박생강의", "배우 남상미": a bare title just before, in the same sentence.
    const prev = ws[k - 1];
    if (prev && !ws[k].sentenceStart && HANGUL.test(prev.text) && rw.isHead(prev.text)) strong = true;
    const occ = byStem.get(p.stem) ?? [];
    occ.push({ k, p, role, strong });
    byStem.set(p.stem, occ);
  }
  const named = new Map<number, Occurrence>();
  for (const occ of byStem.values()) {
    const p = occ[0].p;
    const strong = occ.some((o) => o.strong);
    const weak =
      looksLikeName(p) &&
      ((occ.length >= 2 && occ.some((o) => o.p.rest)) || occ.some((o) => PERSON_PARTICLES.has(o.p.rest)));
    if (strong || weak) for (const o of occ) named.set(o.k, o);
  }
  if (!named.size) return { ws, cands: [] };
  // "문 대통령은", "김 씨는": the family name alone with a title or honorific after it is short for the one
  // person of that family named here in full (joinMentions joins it to that name).
  const families = new Map<string, number>();
  for (const o of new Set([...named.values()].map((o) => o.p.stem.slice(0, o.p.family))))
    families.set(o, (families.get(o) ?? 0) + 1);
  for (let k = 0; k + 1 < ws.length; k++) {
    const t = ws[k].text;
    if (named.has(k) || families.get(t) !== 1 || ws[k + 1].sentenceStart) continue;
    const head = titleOf(ws[k + 1].text, rw);
    if (!head && !honorificWord(ws[k + 1].text)) continue;
    const p: KoreanParse = { stem: t, rest: '', family: t.length };
    named.set(k, { k, p, role: head && !NOT_AFTER_NAME.has(head) ? head : null, strong: true });
  }
  const at = new Set(named.keys());
  for (const o of named.values())
    if (!o.role && (o.p.rest === '은' || o.p.rest === '는')) o.role = copularRole(ws, o.k, at, rw);
  const out: Word[] = [];
  const cands: Candidate[] = [];
  ws.forEach((w, k) => {
    const o = named.get(k);
    if (!o) {
      out.push(w);
      return;
    }
    const end = w.start + o.p.stem.length;
    cands.push({
      first: out.length,
      last: out.length,
      type: 'person',
      role: o.role,
      titled: false,
      why: [o.strong ? 'Korean name with a title' : 'Korean name', ...(o.role ? ['Korean role'] : [])],
    });
    out.push({ text: o.p.stem, start: w.start, end, sentenceStart: w.sentenceStart });
    if (o.p.rest) out.push({ text: o.p.rest, start: end, end: w.end, sentenceStart: false });
  });
  return { ws: out, cands };
}
