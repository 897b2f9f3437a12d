import type { Word } from '../words';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { isPersonNoun } from './rolePersonNoun';
import {
  ARTICLE,
  CLAUSE_END,
  DETERMINER,
  PREP,
  WHO,
  headOk,
  opensTimeAdjunct,
  lifeBracketEnd,
  partyBracketEnd,
  partyTag,
  asideBracketEnd,
  skipAge,
} from './roleGrammar';
import { singularOf } from '../singularOf';

const RELATIVE = new Set(['who', 'which', 'whose']);
const DASH = new Set(['—', '–']);
// A people's names: "Malawian", "Australian" ("North Korean" is two words, never one appositive's only word).
const DEMONYMS = new Set([...LEX.demonyms, ...LEX.demonymCountry.map(([d]) => d)]);

/**
 * An appositive after the name: "John Kirby, the National Security Council coordinator for strategic
 * communications, said"; "Tim Morrison, a former National Security Council official,".
 */
export function roleAfter(
  ws: Word[],
  last: number,
  rw: RoleWords | null,
  inName: Set<number> = new Set(),
): string | null {
  // "Juan Pérez —portavoz del partido— aseguró", "Ann Lee – the mayor – said": dashes set it off too.
  // "Rep. Jim Jordan (R-Ohio), the chairman", "Rep. X, D-Calif., chairman of": the appositive after the party.
  last = partyTag(ws, last)?.end ?? last;
  // "Ana Gil (PSOE), alcaldesa de …", "X (PSDB-SP), relator da …": a party in brackets, as Romance papers
  // give it, stands between the name and the appositive.
  if (rw && partyBracketEnd(ws, last + 1) > 0) last = partyBracketEnd(ws, last + 1);
  // ("fils d'Edward Willis Scripps (1854--1926), dirigeant de l'Empire": so do a life's years)
  else {
    const life = lifeBracketEnd(ws, last);
    if (life !== null && ws[life + 1]?.text === ',') last = life;
  }
  // ("Tom Smith (pictured), the committee chairman", "Katherine (née Buckley), a dancer": a caption's pointer or a
  // maiden name in brackets)
  last = asideBracketEnd(ws, last) ?? last;
  const dash = DASH.has(ws[last + 1]?.text ?? '') ? ws[last + 1].text : null;
  if (ws[last + 1]?.text !== ',' && !dash) return null;
  // "Mary Ellis, 54, a nurse from Leeds", "Hélène Caron, 52 ans, infirmière": an age before the appositive.
  if (!dash) last = skipAge(ws, last);
  let a = last + 2;
  // "Christian Estrosi, aujourd'hui président de la métropole,": an adverb before the appositive.
  if (
    rw?.adverbs.has(ws[a]?.text.toLowerCase().replace(/’/g, "'") ?? '') &&
    ws[a + 1] &&
    !CLAUSE_END.has(ws[a + 1].text)
  )
    a++;
  const a0 = a; // ("una" of "una de las dirigentes" is no article)
  // (in another language the article is the language's own: French "a" is a verb, "X, a présenté ...")
  if (a < ws.length && (rw ? rw.articles : ARTICLE).has(ws[a].text.toLowerCase())) a++;
  let b = a;
  // (an appositive does not run on into the next line or sentence: "Clarkston, MI⏎Aug. 4 -- Riverbend")
  while (
    b < ws.length &&
    !CLAUSE_END.has(ws[b].text) &&
    !RELATIVE.has(ws[b].text) &&
    !(b > a && ws[b].sentenceStart) &&
    b - a < 16
  ) {
    b++;
    // ("X, maire (LR) de Nice,": a party in brackets inside the title, which goes on after it)
    if (rw && partyGoesOn(ws, b, rw)) b = partyBracketEnd(ws, b) + 1;
  }
  // Closed by a comma, the sentence's end ("..., said Jeffrey Frankel, an economist at Harvard."),
  // a bracket, a relative clause ("Fernando Caudevilla, a Spanish physician who ...") or the line's end
  // ("Caroline Hale, BBC diplomatic correspondent⏎").
  // (an opening dash is closed by another: "X — a claim she denies, said Y" is no appositive)
  const closed = dash
    ? ws[b]?.text === dash || (!rw && dashClosesLater(ws, b, dash))
    : // (or a colon before the words quoted: "Selon Jeff Knott, responsable de la politique de la nature : « … »")
      /^[,.;(:]$/.test(ws[b]?.text ?? '') ||
      RELATIVE.has(ws[b]?.text ?? '') ||
      !!ws[b]?.sentenceStart ||
      // the text's end, as a story's last line: "..., said Ray Lund, analyst at Smith & Co."
      (b === ws.length && b - a < 16);
  // (", l'écrivain (et lauréat du Prix Nobel en 1912) Gerhart Hauptmann": a bracket, then a name, makes the words
  // before it that name's title)
  if (rw && ws[b]?.text === '(') {
    let c = b + 1;
    while (c < ws.length && c - b <= 12 && ws[c].text !== ')') c++;
    if (ws[c]?.text === ')' && inName.has(c + 1)) return null;
  }
  // "Milosevic, el presidente de Yugoslavia requerido como criminal de guerra y derrotado …": a Romance appositive
  // that runs on past its length ends before a participle that qualifies it (not a noun after an article or "de":
  // "el abogado", "del partido").
  const cut = !closed && rw ? participleEnd(ws, a, b, rw) : -1;
  if (cut > 0) b = cut;
  else if (b > ws.length || b === a || !closed) {
    // "Jennifer Williams, a top national security aide to Vice President Pence on Trump's July 25 phone
    // call with …": a long appositive runs past the limit; after an article, its head and what comes
    // before it are the role.
    if (rw || b - a < 16 || a === last + 2) return null;
    const h = ws.slice(a, a + 6).findIndex((w, i) => isRoleHead(w.text) && PREP.has(ws[a + i + 1]?.text ?? ''));
    return h >= 0 ? phrase(ws, a, a + h) : null;
  }
  // "fuentes de Moncloa, el presidente del Gobierno, Pedro Sánchez, …": a title set off before another
  // name is that name's; unless the phrase holds two titles, the second that name's ("X, a brother of the
  // Taliban's deputy leader, Y,": X is the brother).
  const heads = ws.slice(a, b).filter((w) => isRoleHead(w.text) || !!rw?.isHead(w.text)).length;
  if (ws[b]?.text === ',' && inName.has(b + 1) && heads < 2) return null;
  // "X, ambassador to Japan from 2010 to 2014, said": the post, not when it was held.
  if (!rw) for (let k = a + 1; k < b; k++) if (opensTimeAdjunct(ws, k)) b = k;
  let words = ws.slice(a, b);
  // ("[Murray, Norrie, Evans] have been role models": an editor's list in square brackets, no appositive)
  if (words.some((w) => w.text === ']' || w.text === '[')) return null;
  // "X, uno de los cosecretarios generales de la CGT,", "X, l'une des fondatrices du collectif,": one of the
  // holders of a plural title.
  if (rw && oneOfHolders(ws.slice(a0, b), rw)) return phrase(ws, a0, b - 1);
  // ("Mythobisi Sabelo, one of the protesters, told": one of a group of people the plural names)
  if (!rw && oneOfGroup(ws.slice(a0, b))) return phrase(ws, a0, b - 1);
  if (rw) {
    // Romance appositives open with their head, a modifier of it or a capitalised title ("ancien Premier
    // ministre", "presidenta de la Comisión", "Premier ministre"), never with a verb or an adverb ("X,
    // nacido en Lima, ..."); and they name no one else ("X, la concejala Rita Maestre y ...": a list).
    // (or with a count: "A et B, deux activistes pacifistes,", "X, deux fois champion du monde,")
    const w = unElide(words[0].text);
    const counted = rw.numberWords.has(w.toLowerCase()) && words.length > 1;
    if (!rw.isHead(w) && !isRoleHead(w) && !rw.modifiers.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w) && !counted)
      return null;
    // (a name right after "de" is the body or the kin the head names: "capitán de River", "hija de Pérez")
    // (or after "de" and an article, "consejero de Hacienda de la Junta"; a tagger's span that opens with a
    // lower-case "de" opens with no name)
    const ofThe = (k: number) =>
      rw.articles.has(ws[k - 1].text.toLowerCase()) && rw.connectors.has(ws[k - 2]?.text.toLowerCase() ?? '');
    const named = (k: number) => inName.has(k) && /^\p{Lu}/u.test(unElide(ws[k].text));
    // (or after "de" and a title: "portavoz del comisario Mario Monti", "conseiller du ministre Paul Roux")
    const ofTitled = (k: number) => {
      const p = ws[k - 2]?.text.toLowerCase() ?? '';
      return k - 2 >= a && rw.isHead(ws[k - 1].text) && rw.isOf(p);
    };
    for (let k = a; k < b; k++)
      if (named(k) && !named(k - 1) && !rw.connectors.has(ws[k - 1].text.toLowerCase()) && !ofThe(k) && !ofTitled(k))
        return null;
  }
  if (!headOk(words, rw) && !rw && titleThenBody(words)) return phrase(ws, a, b - 1);
  // ("Sayiba John, 33, a Malawian who fled", "X, a Malawian national,": a people's name as a noun, or with
  // "national" or "citizen", after an article)
  if (!rw && a > a0 && DEMONYMS.has(words[0].text))
    if (words.length === 1 || (words.length === 2 && /^(national|citizen)$/.test(words[1].text)))
      return phrase(ws, a, b - 1);
  if (!headOk(words, rw)) {
    // "X, a French Freemason and Protestant pastor published a book": the role ends where a verb starts ("X,
    // acclaimed London-based designer born in Cyprus,": a participle too).
    const h = words.findIndex((w, i) => isRoleHead(w.text) && /^(\p{Ll}+ed|born)$/u.test(words[i + 1]?.text ?? ''));
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
    !isTitleWord(words[0].text) &&
    !modifiesHead(words)
  )
    return null;
  if (words[0].text.toLowerCase() === 'who' || (rw && WHO.has(words[0].text.toLowerCase()))) return null;
  // "Baltimore Sun and Hartford Courant, and the former owner of ...": "and" after the comma goes on a
  // list or a clause; an appositive never opens with it.
  if (a === last + 2 && /^(and|or|but)$/.test(words[0].text)) return null;
  // "Jorge Ibarra, de 45 años, es el director": a copula makes it a clause (read by roleCopular).
  const w0 = words[0].text.toLowerCase();
  if (LEX.copulas.has(w0) || rw?.copulas.has(w0)) return null;
  // ("Pat Ryder, told reporters the aid would go on": a comma before the verb, as some papers write it, sets off no
  // appositive; the verb's object, "reporters", is no role)
  if (a === last + 2 && (LEX.speechVerbs.has(w0) || rw?.speechVerbs.has(w0))) return null;
  // "Lorenz, his secretary, his programmer and his graduate students": a list, not an appositive.
  const next = ws[b + 1]?.text.toLowerCase();
  if (ws[b]?.text === ',' && DETERMINER.has(words[0].text.toLowerCase()) && next === words[0].text.toLowerCase())
    return null;
  return phrase(ws, a, b - 1);
}

// Spanish, Portuguese, Italian and French past participles ("requerido", "nombrada", "eleito", "condannato",
// "reconnu", "chargée").
const PARTICIPLE =
  /^(\p{Ll}+(ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|uto|uta|é|ée|és|ées)|(re)?connue?s?|élue?s?|morte?s?)$/u;

/** The index of a participle after the appositive's head, between a and b, that ends it; or -1. */
function participleEnd(ws: Word[], a: number, b: number, rw: RoleWords): number {
  for (let k = a + 1; k < Math.min(b + 1, ws.length) && k - a < 16; k++) {
    if (CLAUSE_END.has(ws[k].text) || ws[k].sentenceStart) return -1;
    if (!PARTICIPLE.test(ws[k].text) || rw.isHead(ws[k].text)) continue;
    const prev = ws[k - 1].text.toLowerCase();
    if (rw.articles.has(prev) || rw.isOf(prev)) continue;
    return ws.slice(a, k).some((w) => rw.isHead(w.text)) ? k : -1;
  }
  return -1;
}

/**
 * "X, banking analyst at Y", "X, marketing director of Y", "X, acclaimed London-based designer": an -ing or -ed
 * word that a role head follows within two words, lower-case words between, names the head's field or praises
 * it; "X, speaking to reporters," does not.
 */
function modifiesHead(words: Word[]): boolean {
  for (let i = 1; i <= 2 && i < words.length; i++) {
    if (isRoleHead(words[i].text)) return true;
    // (a compound ending in lower case modifies it too: "acclaimed London-based designer")
    if (!/^(\p{Ll}+|\p{L}+(-\p{Ll}+)+)$/u.test(words[i].text) || PREP.has(words[i].text) || ARTICLE.has(words[i].text))
      return false;
  }
  return false;
}

/**
 * "Lina Wu — head of sales at Kora, the app maker owned by Zeta — denied it": inside a pair of dashes a
 * comma sets off a phrase about the role's body; the role ends at the comma when the dash closes later in
 * the sentence.
 */
function dashClosesLater(ws: Word[], b: number, dash: string): boolean {
  if (ws[b]?.text !== ',') return false;
  for (let j = b + 1; j < ws.length && j - b < 20 && !ws[j].sentenceStart; j++) {
    if (ws[j].text === dash) return true;
    if (/^[.;:!?]$/.test(ws[j].text) || DASH.has(ws[j].text)) return false;
  }
  return false;
}

/** A party in brackets opens at ws[b] and the title goes on after it with its "de": "maire (LR) de Nice". */
function partyGoesOn(ws: Word[], b: number, rw: RoleWords): boolean {
  const close = partyBracketEnd(ws, b);
  return close > 0 && rw.connectors.has(ws[close + 1]?.text.toLowerCase() ?? '');
}

/**
 * "Rob Goldman, President Ascom North America, says": a press release's title, then the capitalised name of
 * the body, with no "of" between; the title opens the appositive right after the comma and only capitalised
 * words follow, up to five.
 */
function titleThenBody(words: Word[]): boolean {
  if (words.length < 2 || words.length > 6 || !isRoleHead(words[0].text) || !/^\p{Lu}/u.test(words[0].text))
    return false;
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w.text) && !isTitleWord(w.text));
}

// "uno", "l'une", "um": "one" before "of" and a plural; and the "of" that follows it.
const ONE = /^(?:uno|una|l['’]un|l['’]une|um|uma)$/i;
const OF_THE = new Set(['de', 'des', 'dos', 'das', 'dei', 'degli', 'delle', 'di']);

/** words open with "one of (the)" and a plural head of the article's language ("uno de los mandatarios"). */
function oneOfHolders(words: Word[], rw: RoleWords): boolean {
  // ("l'une" may come as two words, "l'" and "une")
  if (/^l['’]$/i.test(words[0]?.text ?? '') && /^une?$/i.test(words[1]?.text ?? '')) words = words.slice(1);
  const one = words[0]?.text ?? '';
  if (words.length < 3 || !(ONE.test(one) || /^une?$/i.test(one)) || !OF_THE.has(words[1].text.toLowerCase()))
    return false;
  let h = 2;
  if (rw.pluralArticles.has(words[h].text.toLowerCase())) h++;
  const plural = (w: string) =>
    /^\p{Ll}/u.test(w) &&
    (rw.isHead(w) || rw.pluralEndings.some((e) => w.endsWith(e) && rw.isHead(w.slice(0, w.length - e.length))));
  // (an adjective may come first: "uno de los principales dirigentes")
  return plural(words[h]?.text ?? '') || (/^\p{Ll}/u.test(words[h]?.text ?? '') && plural(words[h + 1]?.text ?? ''));
}

/**
 * words are "one of the" (or "his", "their"; "another of") and a plural of a noun for a person, and nothing after
 * but its modifiers: "one of the protesters", "one of his lawyers", "one of the organisers of the march", "another of
 * her private secretaries".
 */
function oneOfGroup(words: Word[]): boolean {
  if (words.length < 4 || !/^(one|another)$/i.test(words[0].text) || words[1].text !== 'of') return false;
  if (!DETERMINER.has(words[2].text.toLowerCase())) return false;
  // (an adjective may come first: "one of the young protesters")
  const h = /^\p{Ll}+$/u.test(words[3].text) && words[4] && /s$/.test(words[4].text) ? 4 : 3;
  const w = words[h]?.text ?? '';
  if (!/^\p{Ll}+s$/u.test(w)) return false;
  // (the singular: "protesters" → "protester", "coaches" → "coach", "secretaries" → "secretary")
  return isPersonNoun(singularOf(w), null);
}
