import type { Word } from '../words';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { ARTICLE, CLAUSE_END, DETERMINER, POSSESSIVE, PREP, headOk, shortBracketEnd } from './roleGrammar';

// A verb in the past tense right before the phrase's article: "who kidnapped the child".
const RELATIVE_VERB = /^\p{Ll}{3,}ed$/u;
// A count opens a plural phrase as an article does: "granted asylum to two opposition leaders, A and B".
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/**
 * "the Taliban's deputy leader, Sirajuddin Haqqani", "Sudan's president, Omar al-Bashir,", "The
 * leader of Ennahda, Rachid Ghannouchi,": a noun phrase with a head noun, then a comma. The phrase
 * opens a clause, or the name is set off by a comma after it too; so "After meeting the president,
 * Smith said" gives Smith no role.
 */
export function roleApposBefore(
  ws: Word[],
  first: number,
  last: number,
  rw: RoleWords | null,
  inName: Set<number> = new Set(),
): string | null {
  // A colon introduces a list under a plural role ("the other editors: A, B and C").
  const colon = ws[first - 1]?.text === ':';
  if (ws[first - 1]?.text !== ',' && !colon) return null;
  const end = first - 2;
  if (end < 0 || (colon && !/[^s]s$/.test(ws[end].text))) return null;
  const articles = rw ? new Set([...DETERMINER, ...rw.articles]) : DETERMINER;
  let k = end;
  // "The secretary general of the NEC (Nordic Episcopal Conference), X": a body's name or acronym in
  // brackets after it is inside the phrase.
  if (ws[end].text === ')') {
    let j = end - 1;
    while (j > 0 && end - j < 7 && ws[j].text !== '(' && /^\p{Lu}/u.test(ws[j].text)) j--;
    if (ws[j]?.text === '(' && j < end - 1 && /^\p{Lu}/u.test(ws[j - 1]?.text ?? '')) k = j - 1;
  }
  // A plural head may be the role of a list of names after it ("the union leaders, A and B").
  const plural = /[^s]s$/.test(ws[end].text);
  let start = -1;
  let opensClause = false;
  // The owner of a possessive role may be a person named here: "the senator's chief of staff, X".
  let owner = -1;
  while (k >= 0 && end - k < 12) {
    const t = ws[k].text;
    if (CLAUSE_END.has(t)) {
      [start, opensClause] = [k + 1, true];
      break;
    }
    // "Speaker, A and member, B": "and" right after another name opens the next item of a list.
    if (t === 'and' && inName.has(k - 1)) {
      [start, opensClause] = [k + 1, true];
      break;
    }
    // "The leader of the Harbour Party": an article after a preposition is inside the phrase.
    const inPP =
      (PREP.has(ws[k - 1]?.text.toLowerCase() ?? '') || !!rw?.connectors.has(ws[k - 1]?.text.toLowerCase() ?? '')) &&
      (isRoleHead(ws[k - 2]?.text ?? '') || !!rw?.isHead(ws[k - 2]?.text ?? ''));
    if ((articles.has(t.toLowerCase()) || (plural && COUNT.test(t))) && !inPP) {
      [start, opensClause] = [k + 1, k === 0 || ws[k].sentenceStart || CLAUSE_END.has(ws[k - 1].text)];
      break;
    }
    // "Sudan's president": the owner's capitalised run opens the phrase.
    if (POSSESSIVE.test(t) && k > 0 && /^\p{Lu}/u.test(ws[k - 1].text)) {
      let j = k - 1;
      while (j - 1 >= 0 && /^\p{Lu}/u.test(ws[j - 1].text) && !ws[j].sentenceStart) j--;
      [start, opensClause, owner] = [j, ws[j].sentenceStart || CLAUSE_END.has(ws[j - 1]?.text ?? '.'), k];
      break;
    }
    if (ws[k].sentenceStart) {
      [start, opensClause] = [k, true];
      break;
    }
    k--;
  }
  if (start < 0 || start > end) return null;
  for (let k = Math.max(start, owner); k <= end; k++) if (inName.has(k)) return null;
  // ("Taiwan's president, Tsai Ing-wen of the Democratic Progressive party, as she …": the name's party or
  // body after "of" is set off with it)
  // ("two daughters, A (b. 2009) and B (b. 2013)": a short aside in brackets after the name is the name's)
  const tail = shortBracketEnd(ws, affiliationEnd(ws, last));
  const closed = colon || /^[,.;)]$/.test(ws[tail + 1]?.text ?? '.');
  // "to two opposition leaders, A and B": a plural phrase set off before names joined by "and" is theirs.
  const listed = plural && ws[tail + 1]?.text === 'and' && inName.has(tail + 2);
  if (!opensClause && !closed && !listed) return null;
  // "In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau,
  // said": a phrase inside a clause (here after "to") is that clause's, when the name has an
  // appositive of its own after it.
  if (!opensClause && !colon && ws[last + 1]?.text === ',' && ARTICLE.has(ws[last + 2]?.text.toLowerCase() ?? ''))
    return null;
  // "the man who kidnapped the child, Michael Webb,": the phrase is the object of a relative clause; the
  // name is the one the clause describes, and that whole description its role.
  if (
    !rw &&
    !opensClause &&
    start >= 4 &&
    ARTICLE.has(ws[start - 1].text.toLowerCase()) &&
    RELATIVE_VERB.test(ws[start - 2].text) &&
    /^(who|that)$/.test(ws[start - 3].text)
  ) {
    let j = start - 4;
    while (j >= 0 && start - 4 - j < 3 && /^\p{Ll}+$/u.test(ws[j].text) && !DETERMINER.has(ws[j].text)) j--;
    return j >= 0 && j < start - 4 && DETERMINER.has(ws[j].text.toLowerCase()) ? phrase(ws, j + 1, end) : null;
  }
  const words = ws.slice(start, end + 1);
  // "and" joins two roles of one person ("the firm's founder and former chief executive"), not two clauses.
  if (
    words.some(
      (w, i) => /^(said|says|told|or)$/.test(w.text) || (w.text === 'and' && !(i > 0 && isRoleHead(words[i - 1].text))),
    )
  )
    return null;
  // "... of the Golden Dawn included William Yeats, X": a verb, so a clause, not a noun phrase.
  if (words.some((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w.text) && !articles.has(words[i - 1].text.toLowerCase())))
    return null;
  if (!headOk(words, rw)) return null;
  return phrase(ws, start, end);
}

/**
 * The last word of "of (the) <capitalised body>" right after a name ("Tsai Ing-wen of the Democratic
 * Progressive party", "Ann Lee of Acme Corp"), British style's lower-case "party" included; `last` when
 * none follows.
 */
function affiliationEnd(ws: Word[], last: number): number {
  if (ws[last + 1]?.text !== 'of') return last;
  let j = ws[last + 2]?.text === 'the' ? last + 3 : last + 2;
  if (!/^\p{Lu}/u.test(ws[j]?.text ?? '')) return last;
  const inBody = (t: string) => /^\p{Lu}/u.test(t) || /^(of|and|&|party)$/.test(t);
  while (j + 1 < ws.length && j - last < 10 && !ws[j + 1].sentenceStart && inBody(ws[j + 1].text)) j++;
  return /^(and|of|&)$/.test(ws[j].text) ? last : j;
}
