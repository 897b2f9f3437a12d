import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { openingRole } from './openingRole';
import { roleCopular } from './roleCopular';

// Subject pronouns that open a sentence about the person just named.
const PRONOUN = new Set(['He', 'She', 'Il', 'Elle', 'Él', 'Ella', 'Ele', 'Ela', 'Er', 'Sie', 'Lui', 'Lei']);

/**
 * The article's next sentence describes the person it has just named, when no role stands by the name:
 * - a sentence that opens with a role of its own right after a sentence that ends in the name: "... said
 *   Dmitry Peskov. The Kremlin spokesman added ...", "... rozjetý Ben Johnson. Anglický mladík ...";
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
    if (PRONOUN.has(ws[s].text)) {
      if (others) continue;
      role = roleCopular(ws, s, rw);
      why = 'copular, next sentence';
    } else if (/^[.!?]$/.test(ws[c.last + 1]?.text ?? '') && c.last + 2 === s) {
      role = openingRole(ws, s, rw, starts)?.role ?? null;
      why = 'description, next sentence';
    }
    if (!role) continue;
    c.role = role;
    c.type = 'person';
    c.why.push(why);
    withRole.add(lastWord(c));
  }
}
