import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { openingRole } from './openingRole';
import { roleCopular } from './roleCopular';
import { LEX, isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import { NOT_MODIFIER } from './roleGrammar';

// "They", "They’re": the subject of a sentence about the people just listed.
const THEY = /^They(['’]re)?$/;
// Words that join names into one list: "A and B", "either A or B", "A, B and C".
const LIST_JOIN = new Set([',', 'and', 'or', 'either', 'nor', 'both']);
// What may follow "They" before a plural role: "are", "were", "both", "all".
const PLURAL_COPULA = new Set(['are', 'were', 'both', 'all', 'each']);

/**
 * The people named in the sentence from `a` to `s` when they are all one list ("either A or B") of two
 * or more, with no role yet, and no one else is named there; else null.
 */
function listedTogether(ws: Word[], people: Candidate[], i: number, a: number, s: number): Candidate[] | null {
  let lo = i;
  while (lo > 0 && people[lo - 1].first >= a) lo--;
  let hi = i;
  while (hi + 1 < people.length && people[hi + 1].first < s) hi++;
  const group = people.slice(lo, hi + 1);
  if (group.length < 2 || group.some((d) => d.role)) return null;
  for (let j = 1; j < group.length; j++) {
    const between = ws.slice(group[j - 1].last + 1, group[j].first);
    if (!between.length || !between.every((w) => LIST_JOIN.has(w.text.toLowerCase()))) return null;
  }
  return group;
}

/** "They’re both true freshmen that …", "They are former ministers.": the plural role after the copula. */
function pluralCopular(ws: Word[], s: number): string | null {
  let a = s + 1;
  if (ws[s].text === 'They' && !/^(are|were)$/.test(ws[a]?.text ?? '')) return null;
  while (PLURAL_COPULA.has(ws[a]?.text ?? '')) a++;
  let b = a;
  while (b < ws.length && b - a < 5 && /^[\p{L}-]+$/u.test(ws[b].text) && !NOT_MODIFIER.has(ws[b].text)) b++;
  if (b === a) return null;
  const head = ws[b - 1].text;
  // (a plural head ends the phrase: "true freshmen", "former ministers")
  if (!isRoleHead(head) || !/(s|men)$/.test(head) || /^\p{Lu}/u.test(ws[a].text)) return null;
  return phrase(ws, a, b - 1);
}

/** The role's head noun (its last lower-case word before "of") names a person first, or an office. */
function personHead(role: string): boolean {
  const words = role.split(/\s+(?:of|for|at)\s+/)[0].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  return LEX.personNouns.has(head) || LEX.officeHeads.has(head) || !/^\p{Ll}/u.test(words[words.length - 1]);
}

// Subject pronouns that open a sentence about the person just named.
const PRONOUN = new Set(['He', 'She', 'Il', 'Elle', 'Él', 'Ella', 'Ele', 'Ela', 'Er', 'Sie', 'Lui', 'Lei']);

/**
 * The article's next sentence describes the person it has just named, when no role stands by the name:
 * - a sentence that opens with a role of its own right after a sentence that ends in the name: "... said
 *   Dmitry Peskov. The Kremlin spokesman added ...", "... rozjetý Ben Johnson. Anglický mladík ..."; in
 *   another language than English, after a sentence that names that person only, anywhere in it;
 * - a pronoun and a copula right after a sentence naming one person: "Peskov spoke. He is the
 *   Kremlin's spokesman." (the pronoun must have that one person to refer to).
 * The role goes to the person only when no other mention of that name has one.
 */
export function roleNextSentence(ws: Word[], people: Candidate[], rw: RoleWords | null): void {
  const lastWord = (c: Candidate) => ws[c.last].text;
  const withRole = new Set(people.filter((c) => c.role).map(lastWord));
  const starts = new Set(people.map((c) => c.first));
  for (let i = 0; i < people.length; i++) {
    const c = people[i];
    if (c.role || withRole.has(lastWord(c))) continue;
    // The sentence after the one c is in.
    let s = c.last + 1;
    while (s < ws.length && s - c.last <= 40 && !ws[s].sentenceStart) s++;
    if (s >= ws.length || s - c.last > 40) continue;
    // Everyone named between c and the next sentence, and in c's own sentence before c, is c.
    let a = c.first;
    while (a > 0 && c.first - a < 60 && !ws[a].sentenceStart) a--;
    // (people are in text order: look at the neighbours only)
    let others = false;
    for (let j = i - 1; j >= 0 && people[j].first >= a && !others; j--) others = lastWord(people[j]) !== lastWord(c);
    for (let j = i + 1; j < people.length && people[j].first < s && !others; j++)
      others = lastWord(people[j]) !== lastWord(c);
    let role: string | null = null;
    let why = '';
    if (THEY.test(ws[s].text)) {
      // "either Jacob Clark or Cole Kramer would start. They’re both true freshmen": a plural role for
      // the names listed together in the sentence before, and only them.
      const listed = listedTogether(ws, people, i, a, s);
      role = listed ? pluralCopular(ws, s) : null;
      if (!role || !listed) continue;
      for (const d of listed)
        if (!d.role) Object.assign(d, { role, type: 'person', why: [...d.why, 'plural copular, next sentence'] });
      for (const d of listed) withRole.add(lastWord(d));
      continue;
    } else if (PRONOUN.has(ws[s].text) && !rw?.articles.has(ws[s].text.toLowerCase())) {
      // (Italian "Il" is the article, French "Il" the pronoun)
      if (others) continue;
      role = roleCopular(ws, s, rw);
      why = 'copular, next sentence';
    } else if (
      // (in English with no one else named in it: "Murray won over Frenchman Corentin Moutet. The two-time Wimbledon
      // champion …" is Murray, the sentence's subject)
      (/^[.!?]$/.test(ws[c.last + 1]?.text ?? '') && c.last + 2 === s && (!!rw || !others)) ||
      // (Romance wire copy names the speaker inside the sentence: "«…», a déclaré X en conférence de presse.
      // L'entraîneur espagnol a salué …"; the only person named in it)
      (rw && !others)
    ) {
      role = openingRole(ws, s, rw, starts)?.role ?? null;
      // (in English, a head whose first sense is a person: "The coach said", not "The model does not include")
      if (role && !rw && !personHead(role)) role = null;
      why = 'description, next sentence';
    }
    if (!role) continue;
    c.role = role;
    c.type = 'person';
    c.why.push(why);
    withRole.add(lastWord(c));
  }
}
