import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import {
  ARTICLE,
  CLAUSE_END,
  DETERMINER,
  NOT_MODIFIER,
  POSSESSIVE,
  POSSESSIVE_INTL,
  PREP,
  WHO,
  plainWord,
  skipAge,
} from './roleGrammar';
import type { Candidate } from '../candidate';

// The role readers before this one know offices and trades by a list of head nouns. These read the same shapes
// (a noun right before a name, an appositive after it) with any noun that names a kind of person, so that a
// description the lists lack ("Epstein's madame-procurer Ghislaine Maxwell", "Valeska Paris, an Australian woman
// and former Scientologist,") is still the person's role. They are the last resort: attachRoles tries them only when no
// other reader found a role.

// Nouns for a person that, right before a name, are an endearment or an adjective rather than a description.
const NOT_BEFORE_NAME = new Set(['dear', 'poor', 'little', 'darling', 'sweet', 'baby', 'honey', 'old', 'young']);

/**
 * A noun for a kind of person: a role head, or (in English) one of WordNet's person nouns; "pan-democrat" by its
 * last part. In another language, where no such list is at hand, any lower-case word that is no function word,
 * verb of saying or copula: the shapes these readers read (an article, the noun, then the name; an appositive
 * opening on an article) put a noun there.
 */
export function isPersonNoun(w: string, rw: RoleWords | null): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  // (only in a language with articles, whose nouns they mark, and that does not capitalise every noun)
  // (never a noun of a quality or an act: "la agresividad del surafricano X" describes no one)
  if (rw)
    return (
      rw.isHead(w) || (!rw.nounsCapitalised && rw.articles.size > 0 && contentWord(w, rw) && !rw.isAbstractNoun(w))
    );
  if (isRoleHead(w) || LEX.personNouns.has(w)) return true;
  const last = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
  return !!last && (isRoleHead(last) || LEX.personNouns.has(last));
}

// Determiners of a noun phrase that is no description of the name after it ("in the name of whatever deity Jason").
const NOT_DESCRIPTION = new Set([
  'whatever',
  'which',
  'what',
  'whose',
  'any',
  'every',
  'no',
  'some',
  'each',
  'another',
]);

/** A plain word of the article's language (`plainWord`) that is no contraction, adverb, verb of a post or time noun. */
function contentWord(w: string, rw: RoleWords): boolean {
  const l = w.toLowerCase();
  return (
    /^\p{Ll}[\p{Ll}-]+$/u.test(w) &&
    plainWord(w, rw) &&
    !rw.contractions.has(l) &&
    !rw.adverbs.has(l) &&
    !rw.objectVerbs.has(l) &&
    !TIME_INTL.test(l)
  );
}
// Time nouns before a name ("el domingo Juan", "la semaine dernière Paul"): no description of it.
const TIME_INTL =
  /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|año|mes|semana|día|an|année|mois|semaine|jour|soir|matin|ano|dia|anno|mese|giorno)s?$/u;

// The first word of a correlative pair ("tanto … como", "tant … que", "sia … sia"), before the first title of two.
const CORRELATIVE = /^(tanto|tant|sia)$/i;

/**
 * Another language: "dice su biógrafo Greg Barton", "La operadora de turismo peruana Gloria Mancisidor": an
 * article or a possessive, a noun, its adjectives or "de" and a body, then the name.
 */
export function nounBeforeIntl(ws: Word[], first: number, rw: RoleWords): string | null {
  if (ws[first].sentenceStart) return null;
  // Back over at most six words of the noun's complement to the noun right after the determiner.
  for (let n = first - 1; n >= first - 7 && n > 0; n--) {
    const t = ws[n].text;
    // (a modifier between the article and the noun, "el ex auditor del Atlético de Madrid X", is read as the noun
    // itself, and the noun as its complement)
    const det = ws[n - 1].text.toLowerCase();
    const opens = (rw.articles.has(det) && !rw.pluralArticles.has(det)) || POSSESSIVE_INTL.has(det);
    if (opens && isPersonNoun(t, rw) && !/s$/.test(t)) {
      // The words between the noun and the name: adjectives, or "de" and what it governs; never a preposition
      // or an honorific last ("la muerte de Cervantes", "la classe de Mme Galotte": the name is the noun's
      // complement, not what it describes).
      const between = ws.slice(n + 1, first);
      const ok = between.every(
        (w) =>
          rw.connectors.has(w.text.toLowerCase()) ||
          rw.contractions.has(w.text.toLowerCase()) ||
          contentWord(w.text, rw) ||
          /^\p{Lu}\p{Ll}/u.test(w.text),
      );
      const lastBetween = between.at(-1)?.text.toLowerCase() ?? '';
      if (!ok || between.some((w) => w.sentenceStart || rw.honorifics.has(w.text.replace(/\.$/, '')))) return null;
      if (!contentWord(lastBetween || t, rw)) return null;
      // A noun the lexicon does not know right before the name is a thing's ("el efecto Cúper", "le parc
      // Verneau") unless a possessive says whose it is ("su biógrafo Greg Barton") or its ending makes it
      // someone's ("el neogaullista Jacques Chirac").
      if (!between.length && !rw.isHead(t) && !POSSESSIVE_INTL.has(det) && !rw.isAgentNoun(t)) return null;
      return phrase(ws, n, first - 1);
    }
    if (CLAUSE_END.has(t) || ws[n].sentenceStart) return null;
  }
  return null;
}

const lowerWord = (t: string) => /^\p{Ll}[\p{L}'’-]*$/u.test(t) && !NOT_MODIFIER.has(t) && !/ly$/.test(t);

/**
 * English: "Epstein's madame-procurer Ghislaine Maxwell", "Ohio native Dana Cole", "longtime supporter X": a
 * person noun right before the name, with up to three modifiers and one owner before it.
 */
export function personNounBefore(ws: Word[], first: number, inName: Set<number>): string | null {
  const h = first - 1;
  const head = ws[h];
  if (!head || ws[first].sentenceStart || !isPersonNoun(head.text, null) || NOT_BEFORE_NAME.has(head.text)) return null;
  if (LEX.speechVerbs.has(head.text) || LEX.objectVerbs.has(head.text)) return null;
  let k = h;
  // Lower-case modifiers ("retired", "veteran", "30-year-old").
  while (k - 1 >= 0 && h - (k - 1) <= 3 && !ws[k].sentenceStart && lowerWord(ws[k - 1].text)) {
    if (DETERMINER.has(ws[k - 1].text) || LEX.speechVerbs.has(ws[k - 1].text)) break;
    if (NOT_DESCRIPTION.has(ws[k - 1].text.toLowerCase())) return null;
    k--;
  }
  if (NOT_DESCRIPTION.has(ws[k - 1]?.text.toLowerCase() ?? '')) return null;
  // An owner: one capitalised word that is no other name ("Lakers", "Tutsi"), or a name and its "'s".
  const j = POSSESSIVE.test(ws[k - 1]?.text ?? '') ? k - 2 : k - 1;
  const owner = ws[j];
  if (owner && !ws[k].sentenceStart && /^\p{Lu}/u.test(owner.text) && !owner.sentenceStart && !inName.has(j)) k = j;
  return phrase(ws, k, h);
}

/**
 * "Valeska Paris, an Australian woman and former Scientologist, has claimed", "X, a fisherman from Brest,":
 * an appositive after the name, set off by commas, opening on an article and a person noun.
 */
export function personNounAfter(ws: Word[], last: number, rw: RoleWords | null, inName: Set<number>): string | null {
  const comma = skipAge(ws, last) + 1;
  if (ws[comma]?.text !== ',') return null;
  // (the article's own articles only: Spanish "a" is a preposition, "X, a pesar de …")
  const articles = rw ? rw.articles : ARTICLE;
  const k = comma + 1;
  const open = ws[k] ? unElide(ws[k].text).toLowerCase() : '';
  // In another language the appositive may open on its noun, bare, when the lexicon knows it: "X, ex presidente
  // del club," (an unknown word there is as often a participle: "X, lesionado en el tobillo,", "X, née en 1926").
  // (or a noun whose ending makes it someone's: "X, plusmarquista mundial con 2,45,")
  const bare =
    !!rw &&
    !!ws[k] &&
    (rw.isHead(ws[k].text) ||
      rw.isAgentNoun(ws[k].text) ||
      (rw.modifiers.has(open) && rw.isHead(ws[k + 1]?.text ?? '')));
  if (!bare && !articles.has(open) && !/^(l|d)['’]/i.test(ws[k]?.text ?? '')) return null;
  const start = articles.has(ws[k].text.toLowerCase()) ? k + 1 : k;
  // The first person noun within four words, the words before it modifiers (capitalised nationalities too).
  let head = -1;
  for (let j = start; j < ws.length && j - start < 5; j++) {
    const t = j === k ? unElide(ws[j].text) : ws[j].text;
    if (CLAUSE_END.has(t) || NOT_MODIFIER.has(t) || WHO.has(t)) break;
    if (isPersonNoun(t, rw)) {
      head = j;
      break;
    }
  }
  if (head < 0) return null;
  // ("according to Fran Finney, the FBI agents working the case believe": a plural noun after one person's name
  // opens the sentence's own subject; it describes a list of names, "A and B, the farmers,", not one)
  if (!rw && pluralNoun(ws[head].text) && !/^(and|&)$/.test(ws[firstOfName(ws, last, inName) - 1]?.text ?? ''))
    return null;
  // The phrase runs on to the comma or full stop that closes it, through a body ("from Brest", "de la ville"),
  // a second noun ("woman and former Scientologist"); never past a verb's clause.
  let e = head;
  while (e + 1 < ws.length && e - head < 10 && !CLAUSE_END.has(ws[e + 1].text) && !WHO.has(ws[e + 1].text)) {
    const t = ws[e + 1].text;
    // ("a nurse working at the clinic": a participle opens a clause of its own; the role is the noun phrase)
    if (!rw && /^\p{Ll}+(ing|ed)$/u.test(t) && !LEX.personNouns.has(t)) return phrase(ws, start, e);
    if (!(PREP.has(t) || t === 'and' || rw?.connectors.has(t) || lowerWord(t) || /^\p{Lu}/u.test(t) || /^\d/.test(t)))
      return null;
    if (NOT_MODIFIER.has(t) && !PREP.has(t) && t !== 'and') return null;
    e++;
  }
  if (!CLAUSE_END.has(ws[e + 1]?.text ?? '.') && !WHO.has(ws[e + 1]?.text ?? '')) return null;
  // No other name inside ("X, la concejala Y y el edil Z"), and none right after its closing comma: "fuentes de
  // Moncloa, el presidente del Gobierno, Pedro Sánchez," sets the title off before its own name.
  // (another language names whose the role is after its "de": "X, l'imitateur de Donald Trump,", "assistante
  // spéciale d'Obama")
  const owner = (j: number) => !!rw && j > head && inName.has(j) && (inName.has(j - 1) || rw.isOf(ws[j - 1].text));
  for (let j = start; j <= e; j++) if (inName.has(j) && !owner(j)) return null;
  if (ws[e + 1]?.text === ',' && inName.has(e + 2)) return null;
  // (a word the lexicon does not know, alone, may be a nationality or an adjective: "X, el brasileño,"; and a
  // long phrase on such a word is more likely a clause than a description: "James Baker, un compromiso para acabar
  // con la crisis actual por el que …"; not so a noun of someone who does something, "l’enquêteur principal
  // canadien de l’accident d’avion")
  if (rw && !rw.isHead(ws[head].text) && !rw.isAgentNoun(ws[head].text)) {
    if (e === start || e - start > 4 || !CLAUSE_END.has(ws[e + 1]?.text ?? '.')) return null;
    if (rw.stop.has(ws[e].text.toLowerCase()) || rw.articles.has(ws[e].text.toLowerCase())) return null;
  }
  return phrase(ws, start, e);
}

/**
 * "La vicepresidenta de la Comisión Europea y comisaria de Transportes, Loyola de Palacio,", "The chairman of Acme and
 * president of its foundation, X,": two titles joined by "and", set off before the name. The readers of one title
 * stop at the "and"; here each side must open on a role head (after an article for the first).
 */
export function twoTitlesBefore(ws: Word[], first: number, rw: RoleWords | null, inName: Set<number>): string | null {
  if (ws[first - 1]?.text !== ',') return null;
  let p = first - 2;
  while (p > 0 && first - p <= 16 && !CLAUSE_END.has(ws[p - 1].text) && !ws[p].sentenceStart) p--;
  if (!(ws[p].sentenceStart || CLAUSE_END.has(ws[p - 1]?.text ?? ''))) return null;
  // ("tanto el ministro de Fomento y diputado por Asturias, X, como …": the first of a correlative pair opens it)
  if (rw && CORRELATIVE.test(ws[p].text) && p < first - 2) p++;
  const head = (t: string) => (rw ? rw.isHead(t) : isRoleHead(t)) && /^\p{Ll}/u.test(unElide(t));
  const article = (t: string) => (rw ? rw.articles.has(t.toLowerCase()) : ARTICLE.has(t.toLowerCase()));
  const and = (t: string) => (rw ? rw.conjunctions.has(t) : t === 'and');
  const words = ws.slice(p, first - 1);
  // (no one named inside, though a body after its preposition may have been taken for someone: "de Transportes")
  const named = (i: number) =>
    inName.has(p + i) &&
    !(rw ? rw.connectors.has(ws[p + i - 1]?.text ?? '') : /^(of|for)$/.test(ws[p + i - 1]?.text ?? ''));
  if (words.some((w, i) => named(i)) || words.filter((w) => and(w.text)).length !== 1) return null;
  const j = words.findIndex((w) => and(w.text));
  // (the first title after its article, or an elided one glued to it; the second right after "and", or its article)
  const firstHead = article(words[0].text) ? words[1] : /^l['’]/i.test(words[0].text) ? words[0] : null;
  const second = article(words[j + 1]?.text ?? '') ? words[j + 2] : words[j + 1];
  if (!firstHead || !second || !head(firstHead.text) || !head(second.text)) return null;
  return phrase(ws, article(words[0].text) ? p + 1 : p, first - 2);
}

/**
 * The last resort, after every other reader: a person with no role at any mention takes the description a
 * person noun gives beside one of its mentions.
 */
export function personNounRoles(ws: Word[], people: Candidate[], rw: RoleWords | null, inName: Set<number>): void {
  const lastWord = (c: { last: number }) => ws[c.last].text;
  // Whose role is read already. A surname alone stands for anyone of that name who has a role; a full name for that
  // person, or for the one person named in full with that surname whose surname alone has one ("Perry, a Liberian
  // Senate member" is Ruth Perry), but not for another of that surname ("first lady Hillary Rodham Clinton" after
  // "President Bill Clinton").
  const full = (c: Candidate) => `${ws[c.first].text} ${lastWord(c)}`;
  const fullNamed = new Map<string, Set<string>>();
  for (const c of people)
    if (c.type === 'person' && c.last > c.first)
      fullNamed.set(lastWord(c), (fullNamed.get(lastWord(c)) ?? new Set()).add(full(c)));
  const keys = (c: Candidate) => (c.last > c.first ? [lastWord(c), full(c)] : [lastWord(c), `alone ${lastWord(c)}`]);
  const withRole = new Set(people.filter((c) => c.role).flatMap(keys));
  const hasRole = (c: Candidate) =>
    c.last === c.first
      ? withRole.has(lastWord(c))
      : withRole.has(full(c)) || (withRole.has(`alone ${lastWord(c)}`) && fullNamed.get(lastWord(c))!.size === 1);
  const surnames = new Set(fullNamed.keys());
  for (const c of people) {
    if (c.type !== 'person' || c.role || hasRole(c)) continue;
    // (one capitalised word opening a sentence may be no name at all: "Además, el …"; unless it is the surname of
    // someone named in full: "Sotomayor, plusmarquista mundial, …" after "Javier Sotomayor")
    if (
      c.first === c.last &&
      ws[c.first].sentenceStart &&
      !LEX.firstNames.has(ws[c.first].text) &&
      !surnames.has(ws[c.first].text)
    )
      continue;
    const before =
      twoTitlesBefore(ws, c.first, rw, inName) ??
      (rw ? nounBeforeIntl(ws, c.first, rw) : personNounBefore(ws, c.first, inName));
    const role = before ?? personNounAfter(ws, c.last, rw, inName);
    if (!role) continue;
    c.role = role;
    c.why.push(before ? 'person noun before' : 'appositive after, person noun');
    for (const k of keys(c)) withRole.add(k);
  }
}

/** An English plural of a noun for people ("agents", "farmers", "secretaries"), not a noun that ends in "s" itself. */
function pluralNoun(t: string): boolean {
  const l = t.toLowerCase();
  return (
    /[^s]s$/.test(l) &&
    !LEX.personNouns.has(l) &&
    !LEX.jobHeads.has(l) &&
    !LEX.officeHeads.has(l) &&
    !LEX.nonOfficialHeads.has(l)
  );
}

/** Where the name that ends at ws[last] opens (the words inName holds before it). */
function firstOfName(ws: Word[], last: number, inName: Set<number>): number {
  let k = last;
  while (k > 0 && inName.has(k - 1)) k--;
  return k;
}
