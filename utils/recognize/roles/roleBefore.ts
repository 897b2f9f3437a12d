import type { Word } from '../words';
import { LEX, isListedPlace, isRoleHead, isTitleWord, isPosition } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import { CLAUSE_END, DETERMINER, NOT_MODIFIER, POSSESSIVE, PREP } from './roleGrammar';
import type { RoleWords } from '../roleWords';

/**
 * Title words just before a name: "Kremlin spokesperson Dmitry Peskov", "the legendary film critic
 * Pauline Kael", "Whole Foods co-founder and CEO John Mackey".
 */
export function roleBefore(ws: Word[], first: number, rw: RoleWords | null = null): string | null {
  // (a name that opens a sentence or a line has no title before it: "…, 7:09 PM⏎⏎London Rene is claiming"; but an
  // abbreviation's full stop, "Georgia Rep.⏎Cynthia McKinney" as CoNLL's lines break it, ends no sentence)
  if (ws[first]?.sentenceStart && !/\.$/.test(ws[first - 1]?.text ?? '')) return null;
  const at = (i: number) => ws[i]?.text;
  let k = first - 1;
  // "Coach (Frank) Vogel": a given name in brackets, as agencies add it inside a quote, stands between.
  if (ws[k]?.text === ')' && ws[k - 2]?.text === '(' && LEX.firstNames.has(ws[k - 1]?.text ?? '')) k -= 3;
  let end = k;
  if (k >= 0 && ws[k].text === ')') {
    k--;
    end = k;
  }
  // Title words and capitalised modifiers ("Kremlin", "North Korean"), but not
  // a sentence's first word that is no name ("After North Korean Foreign Minister").
  // "and" joins two titles ("co-founder and CEO").
  // A role does not run back across a sentence or a line ("BY JANE DOE⏎Senior correspondent X").
  while (
    k >= 0 &&
    !(k < end && ws[k + 1].sentenceStart) &&
    (((isTitleWord(ws[k].text) || /^\p{Lu}/u.test(ws[k].text)) &&
      ws[k].text.length > 1 &&
      // (a preposition in lower case is no title word: "Under Secretary X", but "ambassador under Obama")
      !PREP.has(ws[k].text) &&
      // (the article's own function words, capitalised to open a sentence: "Il premier X", "El expresidente X")
      !rw?.stop.has(ws[k].text.toLowerCase()) &&
      !(LEX.notNames.has(ws[k].text) && (ws[k].sentenceStart || !isTitleWord(ws[k].text)) && !opensPlace(ws, k))) ||
      // ("COO and president X": an acronym title in capitals joins too, though a capitalised word may be a name)
      (ws[k].text === 'and' && k < end && k > 0 && isRoleHead(ws[k - 1].text) && lowerOrAcronym(ws[k - 1].text)) ||
      // ("Sheriff's Search and Rescue members X and Y": "and" inside a body's capitalised name; not between a name
      // and a title, "Bill Clinton and President X", "Ruch and French President X")
      (!rw && ws[k].text === 'and' && k < end && k > 0 && innerAnd(ws, k)) ||
      // "Apple founder and legendary CEO X": a modifier of the second title, after that "and".
      (k < end && modifierAfterAnd(ws, k)) ||
      // "Secretary of Defense", "Minister for Foreign Affairs", "Ambassador to the European Union",
      // "special envoy to Ukraine": an office and its body, the body capitalised.
      (k < end && k > 0 && bodyConnector(ws, k)) ||
      // "Kansas City Chiefs tight end X", "Chelsea left back X": a position in two words, the last no role alone.
      isPosition(at(k - 1), at(k)) ||
      isPosition(at(k), at(k + 1)) ||
      // ("chief product officer X", "chief content officer": a firm's officer names the field between)
      (k < end &&
        /^(chief|Chief)$/.test(at(k - 1) ?? '') &&
        /^officers?$/i.test(at(k + 1) ?? '') &&
        /^\p{Ll}+$/u.test(ws[k].text)))
  )
    k--;
  // "pro-establishment nonpartisan X": a party label in lower case, which the title words above leave out.
  if (k === end)
    return LEX.partyMembers.has(ws[end]?.text ?? '') && /^\p{Ll}/u.test(ws[end].text) ? ws[end].text : null;
  // "Undersecretary for Trade Mr. Lund": an honorific between the title and the surname is the
  // name's, not the role's.
  while (end > k + 1 && LEX.honorifics.has(ws[end].text)) end--;
  const words = ws.slice(k + 1, end + 1);
  // "l'ex-ministre de la Justice Rachida Dati": in another language a capitalised English title after the
  // language's "de" (and article) is the body of the office before it, which roleBeforeIntl reads.
  if (rw && afterPreposition(ws, k, rw) && !words.some((w) => rw.isHead(w.text))) return null;
  // A rank alone is a role too ("Sen. X", "Rep. X" when the tagger leaves the rank out of the name).
  const position = isPosition(at(end - 1), at(end));
  if (!position && !words.some((w) => isRoleHead(w.text) || LEX.ranks.has(w.text))) {
    // "Republican Phil Bryant won", "Kentucky Democrat X": a party's member, named before the name.
    const party = LEX.partyMembers.has(ws[end].text);
    return party ? phrase(ws, Math.max(k + 1, end - 1), end) : null;
  }
  // The head noun must be last ("President Putin", not "Kremlin Putin"), or last before the office's
  // body ("Deputy Director of Public Prosecution X").
  const conn = words.findIndex((w, i) => i > 0 && CONNECTOR.test(w.text));
  if (!position && !isTitleWord(words[conn > 0 ? conn - 1 : words.length - 1].text)) return null;
  // (English modifiers come before the head; another language's words before its title are no modifiers of
  // it: "Mais la candidate X" is the candidate)
  return phrase(ws, rw ? k + 1 : premodifiers(ws, k) + 1, end, LEX.honorifics);
}

const CONNECTOR = /^(of|for|to|at)$/;

/** "New York Attorney General X", "New Zealand Prime Minister Y": a sentence word that opens a listed place's name. */
function opensPlace(ws: Word[], k: number): boolean {
  const two = `${ws[k].text} ${ws[k + 1]?.text}`;
  return isListedPlace(two) || isListedPlace(`${two} ${ws[k + 2]?.text}`);
}
// Prepositions proper (not "as", "who", "named", which PREP also holds): a noun phrase may open after one.
const OPENS_NP = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'to', 'from', 'by', 'about', 'into', 'among']);

/** ws[k] is the language's preposition ("de", "du", "della"), or an article right after one ("de la"). */
function afterPreposition(ws: Word[], k: number, rw: RoleWords): boolean {
  const w = (i: number) => ws[i]?.text.toLowerCase() ?? '';
  const prep = (i: number) => rw.isOf(w(i));
  return prep(k) || (rw.articles.has(w(k)) && prep(k - 1));
}

/** A title word in lower case ("president") or an acronym in capitals ("CEO", "COO"), not a capitalised word that may be a name. */
const lowerOrAcronym = (t: string) => !/^\p{Lu}/u.test(t) || /^\p{Lu}{2,4}$/u.test(t);

/** ws[k] is one of at most two lower-case modifiers right after "and" that joins two titles. */
function modifierAfterAnd(ws: Word[], k: number): boolean {
  for (let j = k - 1; j >= k - 2 && j > 0; j--) {
    const t = ws[j + 1].text;
    if (!/^\p{Ll}/u.test(t) || NOT_MODIFIER.has(t) || DETERMINER.has(t)) return false;
    if (ws[j].text === 'and') return isRoleHead(ws[j - 1].text) && lowerOrAcronym(ws[j - 1].text);
  }
  return false;
}

/**
 * ws[k] joins an office to the capitalised body it holds: "of"/"for"/"to" right after an office head
 * ("Director of Public Prosecution", "envoy to Ukraine"), or "the" between such a connector and the body
 * ("Ambassador to the European Union"). "to" only after the lower-case or capitalised head itself, so
 * "spoke to Ukraine President X" reads no further back than "Ukraine".
 */
function bodyConnector(ws: Word[], k: number): boolean {
  const t = ws[k].text;
  if (t === 'the') return CONNECTOR.test(ws[k - 1].text) && /^\p{Lu}/u.test(ws[k + 1].text) && bodyConnector(ws, k - 1);
  if (!CONNECTOR.test(t)) return false;
  const next = ws[k + 1].text === 'the' ? ws[k + 2] : ws[k + 1];
  // (or a firm's chief in capitals: "CEO of the Housing Trust")
  const head = ws[k - 1].text;
  // (or any capitalised job's before "at" its employer: "Marketing Manager at Ocean Florida Abby Dunn")
  const office =
    LEX.officeHeads.has(head.toLowerCase()) ||
    (/^\p{Lu}{3}$/u.test(head) && isRoleHead(head)) ||
    (t === 'at' && /^\p{Lu}/u.test(head) && isRoleHead(head));
  return !!next && /^\p{Lu}/u.test(next.text) && office;
}

/**
 * Lower-case modifiers in front of a title, back to the determiner that opens
 * the noun phrase: "the legendary film critic" → "legendary film"; or to a
 * name that owns the title: "Snopes fact checker". Returns the index before
 * the role's first word (k itself when there are none).
 */
function premodifiers(ws: Word[], k: number): number {
  let j = k;
  // ("Bulgarian 19th seed X", "No 26 seed X": a rank in a draw or a list, an ordinal or "No" and a number)
  const ranked = (i: number) =>
    /^\d+(st|nd|rd|th)$/.test(ws[i].text) ||
    (/^\d+$/.test(ws[i].text) && /^No\.?$/.test(ws[i - 1]?.text ?? '')) ||
    (/^No\.?$/.test(ws[i].text) && /^\d+$/.test(ws[i + 1]?.text ?? ''));
  while (
    j >= 0 &&
    k - j < 3 &&
    ((/^[\p{Ll}]/u.test(ws[j].text) &&
      !NOT_MODIFIER.has(ws[j].text) &&
      // ("Wikinews interviews academic X", "Acme hires engineer Y": a headline's verb and its subject are no
      // modifiers of the title after them)
      !LEX.objectVerbs.has(ws[j].text) &&
      !DETERMINER.has(ws[j].text)) ||
      ranked(j))
  )
    j--;
  // A capitalised owner with its possessive opens the role: "China’s ambassador to Britain X",
  // "Hong Kong’s police commissioner X" (the owner's run, back to a sentence's start).
  // (right before the title words: in "questioned Vindman's judgment Republican counsel X" the owner's noun
  // is no modifier of the role)
  if (j === k && k >= 1 && POSSESSIVE.test(ws[k].text)) {
    const o = ownerStart(ws, k);
    if (o >= 0) return o - 1;
  }
  // Or before lower-case modifiers of a lower-case head, one "and" joining two of them: "France’s trade
  // minister X", "Peru’s energy and mines minister X".
  const m = modifiersToOwner(ws, k);
  if (m >= 0) return m - 1;
  if (j === k || j < 0) return k;
  // A participle may lead the modifiers ("the acclaimed director"), not follow them: "The talks involved ...".
  if (ws.slice(j + 2, k + 1).some((w) => /(ed|ing)$/.test(w.text))) return k;
  if (DETERMINER.has(ws[j].text.toLowerCase())) return j;
  // A preposition opens the noun phrase as a determiner does: "from politicians such as A to media
  // figures such as B", "spoke with film critic X": one noun before the head is the role's. Not before a
  // capitalised title, where the word after the preposition is a verb as often ("voted to impeach President
  // X"), nor a compound adjective, which grades rather than names the role ("for lower-tier candidates").
  if (OPENS_NP.has(ws[j].text) && k - j === 1 && !ws[k].text.includes('-') && /^\p{Ll}/u.test(ws[k + 1]?.text ?? ''))
    return j;
  // One modifier after a capitalised owner that is no sentence word ("Snopes fact checker").
  // (not a verb in the past: "Wikinews interviewed academic X")
  if (k - j === 1 && /^\p{Lu}/u.test(ws[j].text) && !LEX.notNames.has(ws[j].text) && !/\p{Ll}ed$/u.test(ws[k].text)) {
    while (j - 1 >= 0 && /^\p{Lu}/u.test(ws[j - 1].text) && !LEX.notNames.has(ws[j - 1].text) && !ws[j].sentenceStart)
      j--;
    return j - 1;
  }
  return k;
}

/**
 * Where the capitalised owner ends by the possessive ws[p] starts ("Hong Kong’s" → "Hong"), back to a
 * sentence's start; -1 when no capitalised owner is there. A sentence word opens the owner only where the
 * lexicon knows the whole owner: "New Zealand’s".
 */
function ownerStart(ws: Word[], p: number): number {
  if (!/^\p{Lu}/u.test(ws[p - 1]?.text ?? '') || LEX.notNames.has(ws[p - 1].text)) return -1;
  const owner = (from: number) =>
    ws
      .slice(from, p)
      .map((w) => w.text)
      .join(' ');
  let o = p - 1;
  while (
    o - 1 >= 0 &&
    /^\p{Lu}/u.test(ws[o - 1].text) &&
    !ws[o].sentenceStart &&
    (!LEX.notNames.has(ws[o - 1].text) || LEX.placeNames.has(owner(o - 1)) || LEX.orgNames.has(owner(o - 1)))
  )
    o--;
  return o;
}

/**
 * Lower-case modifiers from ws[k] back, at most one "and" between two of them, then a capitalised owner's
 * possessive, before a lower-case head: where the owner starts, or -1.
 */
function modifiersToOwner(ws: Word[], k: number): number {
  if (!/^\p{Ll}/u.test(ws[k + 1]?.text ?? '')) return -1;
  const modifier = (t: string) => /^\p{Ll}/u.test(t) && !NOT_MODIFIER.has(t) && !DETERMINER.has(t);
  let j = k;
  let and = 0;
  while (j >= 0 && k - j < 4) {
    const t = ws[j].text;
    if (modifier(t)) j--;
    else if (t === 'and' && !and++ && j < k && modifier(ws[j - 1]?.text ?? '')) j--;
    else break;
  }
  if (j === k || j < 1 || !POSSESSIVE.test(ws[j].text)) return -1;
  return ownerStart(ws, j);
}

/** "a meteorologist named Edward Lorenz", "a colleague called Barry Saltzman". */
export function roleNamed(ws: Word[], first: number): string | null {
  if (!/^(named|called)$/.test(ws[first - 1]?.text ?? '')) return null;
  const end = first - 2;
  if (end < 0 || !isRoleHead(ws[end].text)) return null;
  return phrase(ws, premodifiers(ws, end - 1) + 1, end);
}

/**
 * "lower-tier candidates including Kamala Harris, Klobuchar and Steyer", "officials such as X", "celebrity
 * guests like X": a plural role, then "including", "such as" or "like", then the list; the role is the first
 * name's (and, being plural, the rest of the list's). A comma may set the list off, after the plural or after
 * a relative clause on it: "painters who worked in oils, such as X".
 */
export function roleIncluding(ws: Word[], first: number): string | null {
  let k = first - 1;
  if (ws[k]?.text === 'including' || ws[k]?.text === 'like') k--;
  else if (ws[k]?.text === 'as' && ws[k - 1]?.text === 'such') k -= 2;
  else return null;
  if (ws[k]?.text === ',') k = relativeHead(ws, k - 1);
  const plural = (t: string) => /^\p{Ll}.*[^s]s$/u.test(t) && isRoleHead(t);
  // "defectors from the party including X", "officials of both parties including X": a phrase after
  // the plural, opened by a preposition, goes with it.
  if (!plural(ws[k]?.text ?? '')) {
    for (let j = k - 1; j > 0 && k - j < 6 && !CLAUSE_END.has(ws[j].text) && !ws[j + 1].sentenceStart; j--)
      if (PP_OPENS.has(ws[j].text) && plural(ws[j - 1].text)) {
        return phrase(ws, premodifiers(ws, j - 2) + 1, k);
      }
    return null;
  }
  return phrase(ws, premodifiers(ws, k - 1) + 1, k);
}

// Prepositions that open a phrase on a plural role: "defectors from …", "officials of …", "experts at …".
const PP_OPENS = new Set(['from', 'of', 'at', 'in', 'with']);

/**
 * Back from ws[k], the end of a relative clause ("who worked in oils"), to the plural it is on: the index
 * of the word before "who" or "that", or k itself when no relative clause of at most eight words ends there.
 */
function relativeHead(ws: Word[], k: number): number {
  for (let j = k; j > k - 9 && j > 0; j--) {
    const t = ws[j].text;
    if (t === 'who' || t === 'that') return j - 1;
    if (CLAUSE_END.has(t) || ws[j].sentenceStart) break;
  }
  return k;
}

/** ws[k] is an "and" between two capitalised words of a body's name ("Search and Rescue", "Fish and Wildlife"). */
function innerAnd(ws: Word[], k: number): boolean {
  const [a, b] = [ws[k - 1].text, ws[k + 1]?.text ?? ''];
  const plain = (w: string) =>
    /^\p{Lu}\p{Ll}/u.test(w) && !isTitleWord(w) && !LEX.demonyms.has(w) && !LEX.firstNames.has(w) && !LEX.ranks.has(w);
  return plain(a) && plain(b);
}
