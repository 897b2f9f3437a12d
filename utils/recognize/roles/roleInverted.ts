import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { phrase } from '../passes/stripTitles';
import { CLAUSE_END, HAVE, POSSESSIVE, POSSESSIVE_INTL, WHO } from './roleGrammar';

// Determiners a role's noun phrase opens with before the copula: the definite article and possessives, in English
// and in the Romance languages ("The company's chief executive is", "Son avocat est", "El presidente del club es").
const OPENS = new Set([
  'the',
  'its',
  'his',
  'her',
  'their',
  ...['le', 'la', "l'", 'l’', 'les', 'el', 'los', 'las', 'o', 'a', 'os', 'as', 'il', 'lo'],
  ...POSSESSIVE_INTL,
]);

// The plural copulas, which the lists (read after a name, one person's) leave out: "Its founders are A and B".
const PLURAL_BE = /^(are|were|sont|étaient|furent|son|eran|fueron|são|eram|foram|sono|erano)$/;

// An English noun for a person (WordNet's), singular or plural: "drummer", "founders".
const isNoun = (t: string) => LEX.personNouns.has(t) || (/s$/.test(t) && LEX.personNouns.has(t.slice(0, -1)));

/**
 * "The company's chief executive is John Smith", "Le directeur de l'hôpital est X", "El presidente del club es X",
 * "Les principaux représentants de ce mouvement sont X et Y": a role's noun phrase opening its clause, a copula,
 * then the name. The phrase's words after its determiner are the role.
 */
export function roleInverted(ws: Word[], first: number, rw: RoleWords | null): string | null {
  const copula = ws[first - 1]?.text.toLowerCase() ?? '';
  if (HAVE.test(copula) || !(LEX.copulas.has(copula) || !!rw?.copulas.has(copula) || PLURAL_BE.test(copula)))
    return null;
  const end = first - 2;
  let head = -1;
  let k = end;
  for (; k >= 0 && end - k < 10; k--) {
    const t = ws[k].text;
    const l = unElide(t).toLowerCase();
    // (a free relative is no role: "el que concentra mayor atención es X")
    if (CLAUSE_END.has(t) || WHO.has(l)) return null;
    // (an article after a preposition is inside the phrase: "de l'hôpital", "of the board")
    const inner = /^(of|for|at|in|on|to)$/i.test(ws[k - 1]?.text ?? '') || !!rw?.isOf(ws[k - 1]?.text ?? '');
    if ((OPENS.has(l) || OPENS.has(t.toLowerCase())) && !inner) break;
    if (ws[k].sentenceStart) return null;
    if (head < 0 && /^\p{Ll}/u.test(t) && (isRoleHead(t) || (rw ? rw.isHead(t) || rw.isAgentNoun(t) : isNoun(t))))
      head = k;
    // (lower-case words, a body's capitalised name and "'s": "the Pentagon's press secretary")
    if (!/^[\p{L}'’-]+$/u.test(t) && !POSSESSIVE.test(t)) return null;
  }
  if (head < 0 || k < 0 || k === end) return null;
  // The phrase opens its clause: a sentence, a comma or a conjunction before it ("…, and the chairman is X").
  const before = ws[k - 1]?.text.toLowerCase() ?? '';
  const opens =
    ws[k].sentenceStart ||
    k === 0 ||
    CLAUSE_END.has(before) ||
    /^(and|but|while|et|mais|y|pero|e|mas|ma)$/.test(before);
  if (!opens) return null;
  return phrase(ws, k + 1, end);
}
