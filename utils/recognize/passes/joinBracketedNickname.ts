import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

const CAPITAL = /^\p{Lu}\p{Ll}/u;

// The marks a nickname is set in between the given names and the surname, and the one that closes each.
const CLOSE: Record<string, string> = { '(': ')', '“': '”', '"': '"', '‘': '’' };

/**
 * "Ray Leander (Leo) Lund", "Joko “Jokowi” Widodo": a nickname an agency puts in brackets or quotes between
 * someone's given names and surname is inside the one name. The tagger cuts such a name at the mark, into a
 * given-name run and a surname (with or without the nickname); they join into one person whose name runs to the
 * surname.
 */
export function joinBracketedNickname(ws: Word[], cands: Candidate[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const a of cands) {
    // (the tagger may call a lone given name before the mark a thing: "Al" in "Al “Bunchy” Carter")
    const given = a.type === 'misc' && a.first === a.last && LEX.firstNames.has(ws[a.first].text);
    if ((a.type !== 'person' && !given) || gone.has(a)) continue;
    const open = a.last + 1;
    const nick = ws[open + 1]?.text ?? '';
    const close = CLOSE[ws[open]?.text ?? ''];
    if (!close || ws[open + 2]?.text !== close || !CAPITAL.test(nick)) continue;
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
    a.type = 'person';
    a.why.push(close === ')' ? 'nickname in brackets' : 'nickname in quotes');
  }
  return cands.filter((c) => !gone.has(c));
}
