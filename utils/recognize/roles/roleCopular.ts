import type { Word } from '../words';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import {
  ARTICLE,
  CLAUSE_END,
  DETERMINER,
  HAVE,
  WHO,
  articlesOf,
  opensTimeAdjunct,
  opensTimeAdjunctIntl,
  skipSetOff,
} from './roleGrammar';

// Participles of an appointment: "was named", "has been appointed", "were elected".
const APPOINTED = /^(named|appointed|elected|nominated|promoted|confirmed|installed|chosen|hired|made)$/;

// The same participles in Spanish, French, Portuguese and Italian: "fue nombrado", "a été nommée", "foi eleito".
// (and the rites that make a priest, a king or an officer: "est ordonné prêtre", "fue coronado rey", "promu général")
const APPOINTED_INTL =
  /^(nombrad[oa]s?|designad[oa]s?|elegid[oa]s?|reelegid[oa]s?|nommée?s?|élue?s?|réélue?s?|désignée?s?|nomead[oa]s?|eleit[oa]s?|nominat[oia]|elett[oia]|ordonnée?s?|sacrée?s?|couronnée?s?|proclamée?s?|promue?s?|ordenad[oa]s?|coronad[oa]s?|proclamad[oa]s?|ascendid[oa]s?|coroad[oa]s?|empossad[oa]s?|ordinat[oia]|incoronat[oia]|proclamat[oia])$/u;

// Adverbs between a copula and the role it gives.
const COPULA_ADVERB = new Set([
  'still',
  'also',
  'now',
  'currently',
  'already',
  'again',
  'once',
  'formerly',
  'previously',
]);

// Words that end a role phrase read after a copula ("is the ambassador to the EU and ...").
// (and conjunctions that open a clause of why or when: "resigned as minister after it became known that …")
const PHRASE_STOP = new Set([
  'and',
  'who',
  'which',
  'that',
  'but',
  'when',
  'since',
  'until',
  'said',
  'says',
  'told',
  'after',
  'before',
  'because',
  'while',
  'following',
]);

/**
 * "X, who is the chairman of the Joint Chiefs of Staff," / "X is the ambassador to the European Union.";
 * in the article's language too: "X est le directeur de l'hôpital", "X, quien es columnista del diario".
 */
export function roleCopular(ws: Word[], last: number, rw: RoleWords | null = null, first = last): string | null {
  // ("If Kamala Harris becomes the next American president": a condition's copula says what may be, not what is)
  if (!rw && /^(if|unless|whether)$/i.test(ws[first - 1]?.text ?? '')) return null;
  // ("Those guys [Murray, Norrie, Evans] have been role models": names an editor adds in square brackets are not
  // the verb's subject, the words before them are)
  if (ws[last + 1]?.text === ']') return null;
  const aged = skipSetOff(ws, last);
  let a = aged + 1;
  if (ws[a]?.text === ',') a++;
  const who = ws[a]?.text.toLowerCase() ?? '';
  const relative = who === 'who' || (!!rw && WHO.has(who));
  if (relative) a++;
  // After a comma only a relative or an age ("X, de 45 años, es el director").
  else if (a !== last + 1 && aged === last) return null;
  // "X worked as a senior economist", "X, who stepped down as finance minister,": a verb whose post
  // follows "as" (English); a post left ("stepped down", "resigned", "was fired") is a former one.
  const viaAs = rw ? null : asVerb(ws, a);
  const isCopula = (t: string | undefined) =>
    !!t && (LEX.copulas.has(t.toLowerCase()) || !!rw?.copulas.has(t.toLowerCase()));
  // One- or two-word copulas: "is", "has been", "serves as", "a été", "ha sido".
  const two = `${ws[a]?.text.toLowerCase()} ${ws[a + 1]?.text.toLowerCase()}`;
  if (viaAs) a = viaAs.next;
  else if (LEX.copulas.has(two)) a += 2;
  else if (isCopula(ws[a]?.text)) {
    // ("a été", "ha sido": a copula only with the participle; "X a un avocat" gives X no role)
    const have = !!rw && HAVE.test(ws[a].text);
    a++;
    if (rw && isCopula(ws[a]?.text)) a++;
    else if (have && !APPOINTED_INTL.test(ws[a]?.text ?? '')) return null;
  } else if (relative && who === 'who' && andCopula(ws, a, isCopula) > 0) {
    // "X, who worked at SpaceX in its earliest days and is now CEO of Phantom Space,": the clause's second verb
    // is the copula.
    a = andCopula(ws, a, isCopula);
  } else if (relative && who === 'who') {
    // "X, who follows Amazon as a managing director at ...": "as" a role within a short clause.
    let k = a;
    while (k < ws.length && k - a < 5 && !CLAUSE_END.has(ws[k].text) && ws[k].text !== 'as') k++;
    if (ws[k]?.text !== 'as' || !ARTICLE.has(ws[k + 1]?.text.toLowerCase() ?? '')) return null;
    a = k + 1;
  } else if (rw && !relative && asIntl(ws, a, rw, rw.conjunctions.has(ws[first - 1]?.text ?? ''), first) > 0) {
    // "Durán agit en tant que porte-parole et Pintado comme trésorier", "X actúa como portavoz": "as" a post.
    a = asIntl(ws, a, rw, true, first);
  } else return null;
  // "X was named chief of staff", "X has been appointed as the new coach": the verb of an appointment
  // after the copula (English only) gives the role that follows it.
  if (!rw && APPOINTED.test(ws[a]?.text ?? '')) {
    a++;
    if (ws[a]?.text === 'as') a++;
  }
  // "X, quien fue nombrado ministro de Educación,", "X a été élue présidente": so in other languages, with
  // "como"/"comme" before the post at most.
  // ("est alors nommée porte-parole": an adverb before the participle)
  if (rw && rw.adverbs.has(ws[a]?.text.toLowerCase() ?? '') && APPOINTED_INTL.test(ws[a + 1]?.text ?? '')) a++;
  if (rw && APPOINTED_INTL.test(ws[a]?.text ?? '')) {
    a++;
    if (/^(como|comme|come)$/.test(ws[a]?.text ?? '')) a++;
  }
  return rolePhraseAt(ws, a, rw, viaAs?.leaving ?? false);
}

/**
 * Where the post starts after "and" and a copula later in a relative clause from ws[a] (twelve words at most, no
 * comma; "now", "currently" skipped): "who worked at SpaceX in its earliest days and is now CEO of …"; or 0.
 */
function andCopula(ws: Word[], a: number, isCopula: (t: string | undefined) => boolean): number {
  for (let k = a + 1; k < ws.length && k - a <= 12 && !CLAUSE_END.has(ws[k].text) && !ws[k].sentenceStart; k++) {
    if (ws[k].text !== 'and' || !isCopula(ws[k + 1]?.text)) continue;
    return /^(now|currently|also)$/.test(ws[k + 2]?.text ?? '') ? k + 3 : k + 2;
  }
  return 0;
}

// The indefinite article, one person's: "un", "une", "una", "um", "uma".
const ONE = /^(un|une|una|um|uma)$/i;

/**
 * Whether lower-case words from ws[a] (a noun, "et"/"y" and another, "de" and its complement) reach a nationality
 * adjective within six words: "psychothérapeute et critique d'art brésilienne".
 */
function nationalityAfter(ws: Word[], a: number, rw: RoleWords | null): boolean {
  if (!rw || !/^\p{Ll}/u.test(ws[a]?.text ?? '')) return false;
  for (let k = a + 1; k < ws.length && k - a <= 6; k++) {
    const t = ws[k].text;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(t)) return false;
    if (rw.demonyms.has(t[0].toUpperCase() + t.slice(1))) return true;
  }
  return false;
}

// Prepositions that open what a copula says of where or how someone is, not of a post.
const AT_PLACE = /^(at|in|on|with|by|from|into|near|under|over|behind|beside|among|without|out|off|up|down)$/;

/**
 * After a name: a verb of serving (`asVerbs`), then "como"/"comme"/"come"/"enquanto"/"en tant que": where the post starts, or 0.
 * Without the verb only when `bare` (the name follows "and", the verb left out: "et Pintado comme trésorier"); else
 * "apoyará a X como responsable de …" would make a post of what X is backed for.
 */
function asIntl(ws: Word[], a: number, rw: RoleWords, bare: boolean, first: number): number {
  const verb = rw.asVerbs.has(ws[a]?.text.toLowerCase() ?? '');
  // ("El debut de Guus Hiddink como técnico del Betis": right after the name, "como" and a listed head is the post;
  // not after a verb's "a": "apoyará a X como responsable de …" is what X is backed for)
  const post =
    /^(como|comme|come)$/.test(ws[a]?.text ?? '') &&
    rw.isHead(ws[a + 1]?.text ?? '') &&
    !/^(a|à|al|au)$/i.test(ws[first - 1]?.text ?? '');
  if (!verb && !bare && !post) return 0;
  const k = verb ? a + 1 : a;
  if (/^(como|comme|come|enquanto)$/.test(ws[k]?.text ?? '')) return k + 1;
  if (ws[k]?.text === 'en' && ws[k + 1]?.text === 'tant' && ws[k + 2]?.text === 'que') return k + 3;
  return 0;
}

/**
 * "Acme named Tom Bell its new chief executive", "the board appointed X as chairman", "hired X as head
 * coach": the object of an appointment (English only), then the post, after "as" or a determiner.
 */
export function roleAppointed(ws: Word[], first: number, last: number): string | null {
  const verb = ws[first - 1]?.text ?? '';
  // (a subject before the verb: "a man named X" is roleNamed's, "was named X" no object)
  if (!ACTIVE_APPOINT.test(verb) || !/^[\p{L}’']/u.test(ws[first - 2]?.text ?? '')) return null;
  if (/^(was|were|is|are|been|be|being|man|woman|person|someone)$/i.test(ws[first - 2].text)) return null;
  let a = last + 1;
  const as = ws[a]?.text === 'as';
  if (as) a++;
  // Without "as", a determiner opens the post ("its new chief executive"); "named X chairman" too, the head first.
  if (!as && !DETERMINER.has(ws[a]?.text ?? '') && !isRoleHead(ws[a]?.text ?? '')) return null;
  if (!as && DETERMINER.has(ws[a]?.text ?? '') && !ARTICLE.has(ws[a].text)) a++;
  return rolePhraseAt(ws, a, null, false);
}

// Verbs that give their object a post: "named X its chief", "appointed X as coach", "hired X as".
const ACTIVE_APPOINT = /^(named|appointed|elected|hired|tapped|picked|chose|installed|nominated)$/;

/** The role phrase that starts at ws[a] after a copula or an appointment, or null. */
function rolePhraseAt(ws: Word[], a: number, rw: RoleWords | null, leaving: boolean): string | null {
  // "X is still a front-runner", "Y was also the party's treasurer": an adverb before the role.
  if (rw ? rw.adverbs.has(ws[a]?.text.toLowerCase().replace(/’/g, "'") ?? '') : COPULA_ADVERB.has(ws[a]?.text ?? ''))
    a++;
  const indefinite = !!rw && ONE.test(ws[a]?.text ?? '') && !HAVE.test(ws[a - 1]?.text ?? '');
  if (a < ws.length && articlesOf(rw).has(ws[a].text.toLowerCase())) a++;
  // ("fue uno de los traductores rusos", "est l'un des fondateurs": one of the holders of a plural role)
  const oneOf =
    !!rw && /^(uno|una|un|une|l['’]un|l['’]une|um|uma)$/i.test(ws[a]?.text ?? '') && rw.isOf(ws[a + 1]?.text ?? '');
  // In other languages the phrase opens with its head, a modifier or a capitalised title ("Premier
  // ministre"), never a verb: "Macron a reçu le ministre" gives Macron no role.
  // "est une psychothérapeute et critique d'art brésilienne", "es un orfebre español": any lower-case noun a
  // nationality follows after "un"/"une" describes someone, listed or not.
  const described = indefinite && nationalityAfter(ws, a, rw);
  if (rw && !oneOf && !described) {
    const t = ws[a]?.text ?? '';
    if (
      !rw.isHead(t) &&
      !rw.isAgentNoun(t) &&
      !isRoleHead(t) &&
      !rw.modifiers.has(unElide(t).toLowerCase()) &&
      !/^\p{Lu}/u.test(t)
    )
      return null;
  }
  // The phrase ends at a clause word of the language ("depuis", "cuando"), not at its articles or "de".
  const stops = (t: string) =>
    PHRASE_STOP.has(t) ||
    // (a negation opens the clause's verb: "técnico del Betis no fue afortunado")
    (!!rw && /^(no|ne|n'|não|non)$/.test(t)) ||
    (!!rw && rw.stop.has(t) && !rw.connectors.has(t) && !rw.articles.has(t) && !WHO.has(t));
  let b = a;
  while (
    b < ws.length &&
    !CLAUSE_END.has(ws[b].text) &&
    !stops(ws[b].text.toLowerCase()) &&
    !(b > a && (rw ? opensTimeAdjunctIntl(ws, b) : opensTimeAdjunct(ws, b))) &&
    b - a < 12
  )
    b++;
  if (b === a) return null;
  const words = ws.slice(a, b);
  // The phrase must start with its head or a modifier of it, not a verb or adverb ("is also expected").
  // A capitalised body may stand before the head ("is the White House National Security Council Ukraine
  // expert"): its words count as modifiers.
  let reach = 0;
  while (reach < words.length && reach < 10 && /^\p{Lu}/u.test(words[reach].text)) reach++;
  // (or, in another language, a noun whose ending makes it someone's: "est un coureur cycliste")
  if (
    !described &&
    !words
      .slice(0, Math.max(5, reach + 1))
      .some((w) => isRoleHead(w.text) || !!rw?.isHead(w.text) || !!rw?.isAgentNoun(w.text))
  )
    return null;
  if (/(ly|ing|ed)$/.test(words[0].text) && !isTitleWord(words[0].text)) return null;
  // ("Chelsea, 16, was at President Bill Clinton's side": a place or a state after the copula, no post)
  if (!rw && AT_PLACE.test(words[0].text)) return null;
  const role = phrase(ws, a, b - 1);
  return role && leaving && !/^(former|ex-)/i.test(role) ? `former ${role}` : role;
}

// Verbs and adjectives that take "to" and a verb: "forced to resign", "expected to return", "set to take over".
const GOVERNS_TO = /^(forced|asked|expected|set|due|going|about|compelled|obliged|made|ordered|told|pressed|allowed)$/;

/** "worked as", "will take over as", "has stepped down as", "was fired as": where the post after "as" starts. */
function asVerb(ws: Word[], a: number): { next: number; leaving: boolean } | null {
  let k = a;
  if (/^(will|would|to|has|had|have|is|was|were)$/.test(ws[k]?.text ?? '')) k++;
  if (ws[k]?.text === 'been') k++;
  // "was forced to resign as", "is expected to return as": the verb after a verb that governs it.
  if (GOVERNS_TO.test(ws[k]?.text ?? '') && ws[k + 1]?.text === 'to') k += 2;
  for (const [seq, leaving] of LEX.asVerbs) {
    if (!seq.every((w, i) => ws[k + i]?.text === w)) continue;
    const n = k + seq.length;
    if (ws[n]?.text === 'as') return { next: n + 1, leaving };
  }
  return null;
}
