import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import wordsData from '../lexicon/words.json';
import { phrase } from '../passes/stripTitles';
import { isPersonNoun } from './rolePersonNoun';
import type { RoleWords } from '../roleWords';
import { ARTICLE, CLAUSE_END, DETERMINER, POSSESSIVE, PREP, headOk, shortBracketEnd } from './roleGrammar';

// A verb in the past tense right before the phrase's article: "who kidnapped the child".
const RELATIVE_VERB = /^\p{Ll}{3,}ed$/u;
// A count opens a plural phrase as an article does: "granted asylum to two opposition leaders, A and B".
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
// Stages of life ("child", "teenager"): after an opening "As" they say when, not what ("As a child, X lived").
const LIFE_STAGE = new Set(wordsData.lifeStageNouns);

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
  // ("my favorite actor - Heath Ledger", "his deputy — Ann Lee — said": a dash sets the name off as a comma does)
  const dash = /^[—–-]$/.test(ws[first - 1]?.text ?? '');
  if (ws[first - 1]?.text !== ',' && !colon && !dash) return null;
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
    // ("l'un des écrivains sud-coréens les plus célèbres, X": a superlative's article is inside the phrase)
    const superlative = !!rw && /^(plus|moins|más|menos|mais|più|meno)$/i.test(ws[k + 1]?.text ?? '');
    if ((articles.has(t.toLowerCase()) || (plural && COUNT.test(t))) && !inPP && !superlative) {
      [start, opensClause] = [
        k + 1,
        k === 0 || ws[k].sentenceStart || CLAUSE_END.has(ws[k - 1].text) || asOpener(ws, k - 1),
      ];
      break;
    }
    // ("la candidature du conseiller recherche de X, Y": a contraction before a head opens the phrase as its
    // article would; a plural one, "des", "aux", names a group inside a longer title, "Présidente de la Délégation
    // aux droits des femmes")
    if (
      rw?.contractions.has(t.toLowerCase()) &&
      !/[sx]$/i.test(t) &&
      rw.isHead(ws[k + 1]?.text ?? '') &&
      k + 1 <= end
    ) {
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
      // ("As chief executive of Apple, Tim Cook": the opening "As" is no part of the role)
      [start, opensClause] = [asOpener(ws, k) ? k + 1 : k, true];
      break;
    }
    k--;
  }
  if (start < 0 || start > end) return null;
  // ("le conseiller recherche d'Emmanuel Macron, Thierry Coulhon", "the wife of Tom Hale, Ann Hale": someone named
  // after a head and its "of", at the phrase's end, is whose the role is)
  const ownerFrom = ownerAtEnd(ws, start, end, rw, inName);
  for (let k = Math.max(start, owner); k <= end && k < ownerFrom; k++) if (inName.has(k)) return null;
  // ("Taiwan's president, Tsai Ing-wen of the Democratic Progressive party, as she …": the name's party or
  // body after "of" is set off with it)
  // ("two daughters, A (b. 2009) and B (b. 2013)": a short aside in brackets after the name is the name's)
  const tail = shortBracketEnd(ws, affiliationEnd(ws, last));
  // (after a colon the name is an item of a list, not a clause's subject: "Insiders: Trump will sink Pence" is a
  // headline's kicker)
  const item =
    /^[,.;)]$/.test(ws[tail + 1]?.text ?? '.') ||
    !!ws[tail + 1]?.sentenceStart ||
    (dash && ws[tail + 1]?.text === ws[first - 1].text);
  if (colon && !item && !/^(and|&)$/.test(ws[tail + 1]?.text ?? '')) return null;
  const closed = colon || item;
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
  // Inside the remit after a head's "of" or "for" it joins two things the post is over, written in lower case ("the
  // head of search and rescue", "the minister of health and social affairs"). (A phrase with a determiner of its own
  // after it, "the president of Acme and his wife", never gets here: the determiner opens the phrase.)
  const remitFrom = words.findIndex((w, i) => i > 0 && /^(of|for)$/.test(w.text) && isRoleHead(words[i - 1].text));
  const inRemit = (i: number) => remitFrom >= 0 && i > remitFrom && /^\p{Ll}/u.test(words[i + 1]?.text ?? '');
  if (
    words.some(
      (w, i) =>
        /^(said|says|told|or)$/.test(w.text) ||
        (w.text === 'and' && !(i > 0 && isRoleHead(words[i - 1].text)) && !(!rw && inRemit(i))),
    )
  )
    return null;
  // "... of the Golden Dawn included William Yeats, X": a verb, so a clause, not a noun phrase.
  if (words.some((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w.text) && !articles.has(words[i - 1].text.toLowerCase())))
    return null;
  // ("The alleged slasher, Rodolfo Lopez, fled": a clause opened by an article and any noun for a person, the name
  // set off after it, is the name's description)
  const described = !rw && opensClause && closed && ARTICLE.has(ws[start - 1]?.text.toLowerCase() ?? '');
  if (!headOk(words, rw) && !(described && isPersonNoun(ws[end].text, null))) return null;
  // ("the four players in front of him — A, B": a phrase that ends on a pronoun places people, it names no role)
  if (!rw && /^(him|her|them|me|us|it)$/i.test(ws[end].text)) return null;
  // ("As a child, X lived in Leeds", "As a mother, X worried": a stage of life or a kin word after "As" says when or
  // how, not what X is)
  const head = ws[end].text.toLowerCase();
  if (asOpener(ws, start - 1) || asOpener(ws, start - 2))
    if (LIFE_STAGE.has(head) || LEX.kinHeads.has(head)) return null;
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

/**
 * ws[k] is an "As" that opens a clause: "As a lung biologist at Penn, Andrew Vaughan followed", "As chief executive
 * of Apple, Tim Cook met". The phrase after it is what the name after the comma is (the clause's subject).
 */
function asOpener(ws: Word[], k: number): boolean {
  if (!/^as$/i.test(ws[k]?.text ?? '')) return false;
  return k === 0 || ws[k].sentenceStart || CLAUSE_END.has(ws[k - 1].text);
}

/**
 * Where a name that ends the phrase [start, end] opens, when "of" ("de", "d'", "to") and a head before it make it the
 * owner of the role ("conseiller recherche d'Emmanuel Macron"); end + 1 otherwise.
 */
function ownerAtEnd(ws: Word[], start: number, end: number, rw: RoleWords | null, inName: Set<number>): number {
  if (!inName.has(end)) return end + 1;
  let k = end;
  while (k > start && inName.has(k - 1)) k--;
  const of = ws[k - 1]?.text.toLowerCase() ?? '';
  const elided = /^d['’]\p{Lu}/u.test(ws[k].text);
  if (!elided && !(rw ? rw.isOf(of) || /^d['’]$/.test(of) : of === 'of' || of === 'to')) return end + 1;
  const before = ws.slice(start, elided ? k : k - 1);
  return before.some((w) => isRoleHead(w.text) || !!rw?.isHead(w.text)) ? k : end + 1;
}
