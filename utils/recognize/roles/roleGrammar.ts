import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import type { RoleWords } from '../roleWords';

// The word sets and small readers that the role readers share.

export const ARTICLE = new Set(['the', 'a', 'an']);
// Words that open a noun phrase: a role before a name may start right after one ("the legendary film critic").
export const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one']);
export const CLAUSE_END = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '”', '“', '?', '!']);
// The auxiliaries the copula lists hold for their perfect tenses ("a été", "avait été", "ha sido"): no copula alone
// ("X a un avocat", "Le groupe a Tim Bogert").
export const HAVE = /^(a|avait|ha|había)$/i;
// Relative pronouns that open "X, who is the …" in each language.
export const WHO = new Set(['who', 'qui', 'quien', 'que', 'che', 'der', 'die', 'který', 'která']);
// The head of a role is the last word before its first preposition: "a senior fellow AT ...", "chairman OF ...".
export const PREP = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'with',
  'to',
  'from',
  'by',
  'since',
  'about',
  'under',
  'over',
  'during',
  'after',
  'before',
  'as',
  'into',
  'between',
  'among',
  'who',
  'which',
  'that',
  'whose',
  'named',
  'called',
]);
// Lower-case words that are no part of a title: a role read backwards from a name stops at them.
export const NOT_MODIFIER = new Set([
  ...PREP,
  'and',
  'or',
  'but',
  'not',
  'also',
  'said',
  'says',
  'told',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'met',
  'when',
  'while',
  'than',
  'then',
  'there',
  'here',
  'this',
  'these',
  'those',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'them',
  'us',
  'me',
  'like',
  'including',
  'such',
  'between',
  'against',
  // Past tenses that end in no "-ed" ("The panel heard Lt Col X"): a verb, no modifier of a title.
  'heard',
  'saw',
  'gave',
  'took',
  'made',
  'left',
  'sent',
  'brought',
  'found',
  'kept',
  'held',
  'won',
  'lost',
  'beat',
  'chose',
]);
export const POSSESSIVE = /^['’]s?$/;
// Possessive determiners of the Romance languages: "su biógrafo X", "son avocat X", "Su abogado es X".
export const POSSESSIVE_INTL = new Set(['su', 'sus', 'son', 'sa', 'ses', 'leur', 'seu', 'sua', 'suo']);

const ARTICLES = new WeakMap<RoleWords, Set<string>>();
/** English articles and the article's language's ones, as one set built once per language. */
export function articlesOf(rw: RoleWords | null): Set<string> {
  if (!rw) return ARTICLE;
  let a = ARTICLES.get(rw);
  if (!a) ARTICLES.set(rw, (a = new Set([...ARTICLE, ...rw.articles])));
  return a;
}

/**
 * "Moving forward, Swift has …", "acquisitions like this going forward": a player's position after a verb in -ing is
 * an adverb, no role.
 */
export function adverbAfterVerb(prev: string | undefined, head: string): boolean {
  return /^(forward|back)$/i.test(head) && /\p{L}ing$/iu.test(prev ?? '');
}

/** True when the phrase's head (its last word before a preposition) is a role noun. */
export function headOk(words: Word[], rw: RoleWords | null): boolean {
  if (headBeforePrep(words, rw, false)) return true;
  // "Washington State Department of Health public information officer", "House of Representatives
  // Speaker": an "of" between two capitalised words is inside a body's name, not after the role's head.
  return !rw && headBeforePrep(words, rw, true);
}

const CAPITAL = /^\p{Lu}/u;

/** A head, then one to four lower-case nouns with at most one "and", then "at" or nothing. */
function remitAfterHead(region: Word[], next: string | undefined): boolean {
  if (next !== undefined && next !== 'at') return false;
  const h = region.findIndex((w) => isRoleHead(w.text));
  const rest = region.slice(h + 1).map((w) => w.text);
  if (h < 0 || !rest.length || rest.length > 4 || rest[0] === 'and' || rest[rest.length - 1] === 'and') return false;
  if (rest.filter((t) => t === 'and').length > 1) return false;
  // (a word in -ing only after "and", a noun there: "sales and marketing", not "nurse working at")
  return rest.every(
    (t, i) =>
      t === 'and' ||
      (/^\p{Ll}+$/u.test(t) &&
        !NOT_MODIFIER.has(t) &&
        !/(ed|ly)$/.test(t) &&
        (!t.endsWith('ing') || rest[i - 1] === 'and')),
  );
}

function headBeforePrep(words: Word[], rw: RoleWords | null, skipNamed: boolean): boolean {
  let p = words.findIndex(
    (w, i) =>
      i > 0 &&
      (PREP.has(w.text.toLowerCase()) || !!rw?.connectors.has(w.text.toLowerCase())) &&
      !(skipNamed && CAPITAL.test(words[i - 1].text) && CAPITAL.test(words[i + 1]?.text ?? '')),
  );
  if (p < 0) p = words.length;
  const region = words.slice(0, p).filter((w) => !POSSESSIVE.test(w.text));
  if (!region.length) return false;
  const head = region[region.length - 1].text;
  if (adverbAfterVerb(region[region.length - 2]?.text, head)) return false;
  // "Pepsi Center", "Coast Guard": a capitalised head that ends a body's name after another capitalised word.
  if (
    region.length > 1 &&
    CAPITAL.test(head) &&
    CAPITAL.test(region[region.length - 2].text) &&
    (LEX.orgHeads.has(head) || LEX.placeHeads.has(head))
  )
    return false;
  if (isRoleHead(head)) return true;
  // "X, a Democrat from Ohio,", "Sen. X, a Texas Republican,": a party's member.
  if (!rw && LEX.partyMembers.has(head)) return true;
  // "senior vp partnerships and revenue at Ubisoft", "vice president sales and marketing": a business title
  // names its remit in bare nouns after the head, up to the firm after "at".
  if (!rw && remitAfterHead(region, words[p]?.text)) return true;
  // Romance adjectives follow the noun ("presidente eleito", "ministre délégué"): any head counts.
  return !!rw && region.some((w) => rw.isHead(w.text));
}

// Words that say a number before them is an age: "52 ans", "45 años", "30 anos", "41 years old".
const AGE = /^(ans|años|anos|anni|jahre|let|years)$/i;

/**
 * "Mary Ellis, 54, a nurse", "Hélène Caron, 52 ans, infirmière", "Jorge Ibarra, de 45 años, es": the
 * index of the comma that closes an age set off after the name (`last` when there is none).
 */
export function skipAge(ws: Word[], last: number): number {
  // "Mary Pierce (4), campeona en 1995": a seed or a ranking in brackets stands between a name and its appositive.
  if (
    ws[last + 1]?.text === '(' &&
    /^\d{1,3}$/.test(ws[last + 2]?.text ?? '') &&
    ws[last + 3]?.text === ')' &&
    ws[last + 4]?.text === ','
  )
    last += 3;
  if (ws[last + 1]?.text !== ',') return last;
  let k = last + 2;
  if (/^(de|aged)$/i.test(ws[k]?.text ?? '')) k++;
  if (!/^\d{1,3}$/.test(ws[k]?.text ?? '')) return last;
  k++;
  if (AGE.test(ws[k]?.text ?? '')) k++;
  if (ws[k]?.text === 'old') k++;
  return ws[k]?.text === ',' ? k - 1 : last;
}

// Words of time that follow "in", "on", "from", "last", "next"...: "on Tuesday", "last year", "in March".
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|week|weekend|month|year|season|spring|summer|autumn|fall|winter|decade|term|night|morning|afternoon|evening)s?\.?$/i;

/**
 * ws[b] opens a phrase of time or of whose time it was, which ends an English role phrase read after a
 * name: "ambassador to Japan from 2010 to 2014", "chief executive of Acme on Tuesday", "finance minister
 * last year", "ambassador under Obama". The role is the post, dated by the article, not the clause.
 */
export function opensTimeAdjunct(ws: Word[], b: number): boolean {
  const t = ws[b]?.text ?? '';
  const n = ws[b + 1]?.text ?? '';
  if (/^(yesterday|today|tomorrow|tonight|during)$/.test(t)) return true;
  if (/^(from|since|until|between|in|on|by)$/.test(t)) return /^\d/.test(n) || TIME_WORD.test(n);
  if (/^(last|next|this|earlier|later)$/.test(t)) return TIME_WORD.test(n);
  // "under Obama", "under President Trump": whose government it was.
  return t === 'under' && /^\p{Lu}/u.test(n);
}

/**
 * A date or a year opening a time adjunct in a Romance language ("le 5 juillet 1922", "el 3 de mayo", "en 1990",
 * "desde 2010", "de 1990 à 1995"): where a role read after a copula ends.
 */
export function opensTimeAdjunctIntl(ws: Word[], b: number): boolean {
  return (
    /^(le|el|o|il|en|em|in|depuis|desde|dès|dal|da|de|du|entre|au|al)$/i.test(ws[b]?.text ?? '') &&
    /^\d/.test(ws[b + 1]?.text ?? '')
  );
}

// A lawmaker's party and state: "R-Texas", "D-Calif", "D-W" (of "D-W.Va.").
const PARTY = /^[RDI]-\p{Lu}\p{L}*$/u;

/**
 * A party and state set off right after a lawmaker's name, "(R-Texas)" or ", D-Calif.,": the tag's text
 * ("D-W.Va.") and the index after which the sentence goes on as if the name ended there (the closing
 * bracket, or the tag's last word before its closing comma); null when there is none.
 */
export function partyTag(ws: Word[], last: number): { end: number; text: string } | null {
  const open = ws[last + 1]?.text;
  if (open !== '(' && open !== ',') return null;
  let k = last + 2;
  if (!PARTY.test(ws[k]?.text ?? '')) return null;
  let text = ws[k++].text;
  while (k < ws.length && k - last < 8 && (ws[k].text === '.' || /^\p{Lu}\p{L}{0,3}$/u.test(ws[k].text)))
    text += ws[k++].text;
  if (ws[k]?.text !== (open === '(' ? ')' : ',')) return null;
  return { end: open === '(' ? k : k - 1, text };
}

/**
 * The closing bracket of a short aside in brackets right after ws[k] (up to five words: "(b. 2009)", "(R-Texas)",
 * "(Reuters)"), else k.
 */
export function shortBracketEnd(ws: Word[], k: number): number {
  if (ws[k + 1]?.text !== '(') return k;
  for (let j = k + 2; j < ws.length && j - k <= 6 && !ws[j].sentenceStart; j++) if (ws[j].text === ')') return j;
  return k;
}

// A caption's pointer to the person in the picture, or the word before a maiden or former name, in brackets.
const ASIDE_WORD = /^(pictured|left|right|center|centre|above|below|inset|top|bottom|née|nee|geb|born|formerly|aka)$/iu;

/**
 * "Tom Smith (pictured), the chairman", "Katherine (née Buckley), a dancer", "Sam Lee (left) is": the closing bracket
 * of such an aside right after ws[last] (up to four words, the first a pointer or "née"), or null.
 */
export function asideBracketEnd(ws: Word[], last: number): number | null {
  if (ws[last + 1]?.text !== '(' || !ASIDE_WORD.test(ws[last + 2]?.text ?? '')) return null;
  for (let k = last + 3; k < ws.length && k - last <= 6; k++) if (ws[k].text === ')') return k;
  return null;
}

/** The name's last word with a party tag, an age or a contact set off after it skipped (see `partyTag`, `skipAge`). */
export function skipSetOff(ws: Word[], last: number): number {
  // ("Dame Zaha Hadid DBE RA (…) was", "Jo Cox MP was": honours and offices in letters after the name)
  while (POST_NOMINAL.test(ws[last + 1]?.text ?? '')) last++;
  // ("Félix Gray (de son vrai nom Félix Boutboul), né le 28 juin 1958 à Tunis, est": asides one after another)
  let end = last;
  for (let n = 0; n < 3; n++) {
    const next = lifeAside(ws, end) ?? knownAsAside(ws, end);
    if (next === null) break;
    end = next;
  }
  return skipAge(
    ws,
    end !== last ? end : (contactAfter(ws, last) ?? partyTag(ws, last)?.end ?? discourseAside(ws, last) ?? last),
  );
}

// The words that open an aside of the name a person goes by: ", better known (by her pseudonym)", ", also known as".
const KNOWN_AS_OPENER = /^(better|also|commonly|popularly|widely|formerly|professionally|known|aka)$/i;

/**
 * "X (born …), better known by her pseudonym Jenna Marbles, is", "X, also known as Diddy, was": the aside set off by
 * commas that gives the name the person goes by; its last word (before the closing comma), or null.
 */
function knownAsAside(ws: Word[], last: number): number | null {
  if (ws[last + 1]?.text !== ',' || !KNOWN_AS_OPENER.test(ws[last + 2]?.text ?? '')) return null;
  const words = ws.slice(last + 2, last + 8).map((w) => w.text.toLowerCase());
  if (!words.includes('known') && words[0] !== 'aka') return null;
  for (let k = last + 3; k < ws.length && k - last < 16; k++) {
    if (ws[k].text === '.' || ws[k].sentenceStart) return null;
    if (ws[k].text === ',') return /^\p{Lu}/u.test(ws[k - 1].text) ? k - 1 : null;
  }
  return null;
}

// British honours and offices written in letters after a name.
const POST_NOMINAL = /^(OBE|MBE|CBE|KBE|DBE|GBE|KCMG|GCMG|KCB|FRS|FRSA|RA|QC|KC|MP|MEP|MSP|MS|MLA|AM|AC|AO|PC)$/;

/** "X, however, is", "X, por ejemplo, fue": the last word of a discourse aside set off after ws[last], or null. */
function discourseAside(ws: Word[], last: number): number | null {
  if (ws[last + 1]?.text !== ',') return null;
  for (let k = last + 2; k < ws.length && k - last <= 5; k++) {
    if (ws[k].text !== ',') continue;
    const aside = ws
      .slice(last + 2, k)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    return LEX.discourseAsides.has(aside) ? k - 1 : null;
  }
  return null;
}

/** The closing bracket of an aside in brackets right after ws[last] that holds a year ("(1854--1926)"), or null. */
export function lifeBracketEnd(ws: Word[], last: number): number | null {
  if (ws[last + 1]?.text !== '(') return null;
  const end = lifeAside(ws, last);
  return end !== null && ws.slice(last + 2, end).some((w) => /\d{4}/.test(w.text)) ? end : null;
}

// Words that open an aside of someone's birth: "né le 14 mars 1975", "nacida en Lima", "born in 1950".
// (and of a death, which follows the birth: "né à Limoges le …, décédé à Neuilly le …, est")
const BORN =
  /^(né|née|nés|nées|nacido|nacida|nascido|nascida|nato|nata|born|décédée?|morte?|fallecid[oa]|muert[oa]|falecid[oa]|mort[oa]|died)$/u;

/**
 * "Simon Kessler (né le 14 mars 1975 à Johannesburg) est", "Charles Monginot (1825-1900) est", "Anne Mathis, née le 13
 * juin 1977 à Nancy, est": a birth, or the years of a life, set off after the name; the aside's last word, or null.
 * In brackets, any aside (birthplace and dates: "(Santpoort, 26 octobre 1914--…, 14 août 2006)", a birth name).
 */
function lifeAside(ws: Word[], last: number): number | null {
  const open = ws[last + 1]?.text;
  // ("Pantelís Voúlgaris né le 2 octobre 1940 à Athènes est un réalisateur": no comma, the copula ends the aside)
  if (BORN.test(open ?? '') && /^\p{Ll}/u.test(open ?? '')) {
    for (let k = last + 2; k < ws.length && k - last < 25; k++) {
      if (CLAUSE_END.has(ws[k].text) || ws[k].sentenceStart) return null;
      if (LIFE_COPULA.test(ws[k].text)) return k - 1;
    }
    return null;
  }
  if (open !== '(' && open !== ',') return null;
  const first = ws[last + 2]?.text ?? '';
  // (in brackets, any aside, a bracket inside it too: "(1914-2002)", "(Santpoort, 26 octobre 1914--Schiermonnikoog, 14
  // août 2006)", "(de son nom de naissance François de Chateleux)", "(né en 1947 à Vienne (Autriche))"; the readers
  // after it ask for a copula or a relative next)
  if (open === '(') {
    let depth = 0;
    for (let k = last + 2; k < ws.length && k - last < 40; k++) {
      if (ws[k].text === '.' || ws[k].sentenceStart) return null;
      if (ws[k].text === '(') depth++;
      else if (ws[k].text === ')' && depth-- === 0) return k > last + 2 ? k : null;
    }
    return null;
  }
  if (!BORN.test(first)) return null;
  // The aside ends at its first comma, or at a later one a copula follows: "né le 27 mai 1944 à Casablanca, au
  // Maroc, est un auteur-compositeur" (the place's country set off inside it).
  let end: number | null = null;
  for (let k = last + 3; k < ws.length && k - last < 30; k++) {
    if (ws[k].text === '.' || ws[k].sentenceStart) break;
    if (ws[k].text !== ',') continue;
    if (LIFE_COPULA.test(ws[k + 1]?.text ?? '')) return k - 1;
    end ??= k - 1;
  }
  return end;
}

// The copula that follows a life's aside: "X, né à Lyon en 1950, est …", "nacido en 1940, fue", "born in 1950, is".
const LIFE_COPULA = /^(est|était|fut|es|era|fue|é|foi|è|fu|is|was|ist|war)$/u;

/**
 * "Jeff Foust (jeff@thespacereview.com) is the editor": an author box's e-mail address or handle in brackets after
 * the name; the closing bracket, or null.
 */
function contactAfter(ws: Word[], last: number): number | null {
  if (ws[last + 1]?.text !== '(') return null;
  for (let k = last + 2; k < ws.length && k - last < 14; k++) {
    if (ws[k].text === ')') return ws.slice(last + 2, k).some((w) => w.text === '@') ? k : null;
  }
  return null;
}

/**
 * The closing bracket of a party label that opens at ws[open] ("(PSOE)", "(PSDB-SP)", "(LR)", "(Forza
 * Italia)": one to four capitalised words or acronyms), or -1. Romance papers write one after a name or
 * inside a title: "le maire (LR) de Nice".
 */
export function partyBracketEnd(ws: Word[], open: number): number {
  if (ws[open]?.text !== '(') return -1;
  for (let k = open + 1; k < ws.length && k - open <= 5; k++) {
    if (ws[k].text === ')') return k > open + 1 ? k : -1;
    if (!/^(\p{Lu}|-$)/u.test(ws[k].text)) return -1;
  }
  return -1;
}

// Past tenses and imperfects by their ending ("viajó", "parlò", "falou", "disait", "llegaban"): a verb, no noun
// or adjective. French "-a" past tenses share their ending with nouns; those come from the lexicon's verbs.
// (and the Spanish future and plural preterite: "beneficiará", "dimitieron")
const VERB_SHAPED = /(ó|ò|ù|ou|eu|iu|ait|aient|aba|aban|ían|rá|rán|aron|ieron)$/u;

/**
 * A lower-case word of the article's language that may be a noun or an adjective: no function word, verb of
 * saying, copula, nor shaped like a past tense. Shared by the readers of Romance descriptions ("le technicien
 * italien", "su biógrafo X").
 */
export function plainWord(w: string, rw: RoleWords): boolean {
  const l = w.toLowerCase();
  return (
    /^\p{Ll}/u.test(w) &&
    !rw.stop.has(l) &&
    !rw.connectors.has(l) &&
    !rw.speechVerbs.has(l) &&
    !rw.copulas.has(l) &&
    !VERB_SHAPED.test(l)
  );
}
