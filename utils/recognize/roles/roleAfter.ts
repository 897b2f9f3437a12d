import type { Word } from '../words';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { ARTICLE, CLAUSE_END, DETERMINER, WHO, headOk, skipAge } from './roleGrammar';

const RELATIVE = new Set(['who', 'which', 'whose']);

/**
 * An appositive after the name: "John Kirby, the National Security Council coordinator for strategic
 * communications, said"; "Tim Morrison, a former National Security Council official,".
 */
export function roleAfter(ws: Word[], last: number, rw: RoleWords | null): string | null {
  if (ws[last + 1]?.text !== ',') return null;
  // "Mary Ellis, 54, a nurse from Leeds", "Hélène Caron, 52 ans, infirmière": an age before the appositive.
  last = skipAge(ws, last);
  let a = last + 2;
  if (a < ws.length && (ARTICLE.has(ws[a].text.toLowerCase()) || rw?.articles.has(ws[a].text.toLowerCase()))) a++;
  let b = a;
  // (an appositive does not run on into the next line or sentence: "Clarkston, MI⏎Aug. 4 -- Riverbend")
  while (
    b < ws.length &&
    !CLAUSE_END.has(ws[b].text) &&
    !RELATIVE.has(ws[b].text) &&
    !(b > a && ws[b].sentenceStart) &&
    b - a < 16
  )
    b++;
  // Closed by a comma, the sentence's end ("..., said Jeffrey Frankel, an economist at Harvard."),
  // a bracket, a relative clause ("Fernando Caudevilla, a Spanish physician who ...") or the line's end
  // ("Caroline Hale, BBC diplomatic correspondent⏎").
  if (b >= ws.length || !(/^[,.;(]$/.test(ws[b].text) || RELATIVE.has(ws[b].text) || ws[b].sentenceStart) || b === a)
    return null;
  let words = ws.slice(a, b);
  if (!headOk(words, rw)) {
    // "X, a French Freemason and Protestant pastor published a book": the role ends where a verb starts.
    const h = words.findIndex((w, i) => isRoleHead(w.text) && /^\p{Ll}+ed$/u.test(words[i + 1]?.text ?? ''));
    if (h < 0 || !headOk(words.slice(0, h + 1), rw)) return null;
    words = words.slice(0, h + 1);
    b = a + h + 1;
  }
  // A verb-led clause ("Kirby, speaking to reporters,") or a relative one is not an appositive;
  // after an article the word is an adjective ("a retired surgeon").
  if (
    a === last + 2 &&
    /(ing|ed)$/.test(words[0].text) &&
    !/^\p{Lu}/u.test(words[0].text) &&
    !isTitleWord(words[0].text)
  )
    return null;
  if (words[0].text.toLowerCase() === 'who' || (rw && WHO.has(words[0].text.toLowerCase()))) return null;
  // "Baltimore Sun and Hartford Courant, and the former owner of ...": "and" after the comma goes on a
  // list or a clause; an appositive never opens with it.
  if (a === last + 2 && /^(and|or|but)$/.test(words[0].text)) return null;
  // "Jorge Ibarra, de 45 años, es el director": a copula makes it a clause (read by roleCopular).
  const w0 = words[0].text.toLowerCase();
  if (LEX.copulas.has(w0) || rw?.copulas.has(w0)) return null;
  // "Lorenz, his secretary, his programmer and his graduate students": a list, not an appositive.
  const next = ws[b + 1]?.text.toLowerCase();
  if (ws[b].text === ',' && DETERMINER.has(words[0].text.toLowerCase()) && next === words[0].text.toLowerCase())
    return null;
  return phrase(ws, a, b - 1);
}
