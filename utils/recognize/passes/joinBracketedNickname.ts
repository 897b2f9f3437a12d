import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

const CAPITAL = /^\p{Lu}\p{Ll}/u;

/**
 * "Ray Leander (Leo) Lund": a nickname an agency puts in brackets between someone's given names and
 * surname is inside the one name. The tagger cuts such a name at the bracket, into a given-name run and a
 * surname (with or without the nickname); they join into one person whose name runs to the surname.
 */
export function joinBracketedNickname(ws: Word[], cands: Candidate[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const a of cands) {
    if (a.type !== 'person' || gone.has(a)) continue;
    const open = a.last + 1;
    const nick = ws[open + 1]?.text ?? '';
    if (ws[open]?.text !== '(' || ws[open + 2]?.text !== ')' || !CAPITAL.test(nick)) continue;
    // ("Ann Lee (Denver)": a place or a body in brackets is where or whom she is from)
    if (LEX.placeNames.has(nick) || LEX.orgNames.has(nick)) continue;
    if (cands.some((c) => c.first === open + 1 && (c.type === 'place' || c.type === 'org'))) continue;
    // The surname after the bracket: a person span that starts on the nickname or right after the bracket.
    const b = cands.find(
      (b) =>
        b !== a &&
        b.type !== 'org' &&
        b.type !== 'place' &&
        (b.first === open + 1 || b.first === open + 3) &&
        b.last >= open + 3,
    );
    if (!b || !CAPITAL.test(ws[open + 3]?.text ?? '')) continue;
    for (const c of cands) if (c !== a && c.first >= open + 1 && c.last <= b.last) gone.add(c);
    a.last = b.last;
    a.why.push('nickname in brackets');
  }
  return cands.filter((c) => !gone.has(c));
}
