import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { CLAUSE_END, partyBracketEnd, plainWord } from './roleGrammar';
import { partyEndingAt } from '../passes/widenListedNames';

const isCap = (w: Word) => /^\p{Lu}/u.test(unElide(w.text));

// A body's acronym set off after its name ("UAGA-COAG", "CNMV"), and the dashes that may set one off.
const ACRONYM_ASIDE = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const DASHES = new Set(['-', '–', '—']);

// A preposition and an article in one word: "al" (a el), "au"/"aux" (à le/les), "ao" (a o).
const CONTRACTED = new Set(['al', 'au', 'aux', 'ao', 'à']);

// Subject pronouns (French, Portuguese, Italian): a word right after one is a verb ("il épouse", "ela preside").
const SUBJECT = new Set([
  'il',
  'elle',
  'on',
  'ils',
  'elles',
  'je',
  'tu',
  'nous',
  'vous',
  'ele',
  'ela',
  'eles',
  'elas',
  'lui',
  'lei',
]);

/**
 * Titles in languages that write them in lower case before the name, with the
 * body after the head: "o técnico Tite", "o presidente eleito Jair Bolsonaro",
 * "le ministre des Affaires étrangères Laurent Fabius", and the same followed by
 * a comma when the name is set off ("El ministro de Economía, Luis Caputo,").
 */
export function roleBeforeIntl(
  ws: Word[],
  first: number,
  last: number,
  rw: RoleWords,
  inName: ReadonlySet<number> = new Set(),
): string | null {
  let k = first - 1;
  // (or dashes, closed after the name: "al representante del arquero -- Jorge Mendes --")
  const dashed = DASHES.has(ws[k]?.text ?? '') && DASHES.has(ws[last + 1]?.text ?? '');
  const comma = ws[k]?.text === ',' || dashed;
  if (comma) k--;
  if (dashed && ws[k]?.text === '-') k--;
  // "el presidente de la Comisión Nacional de Aguas, o Aguanal, X,": the body's other name, set off after
  // "or", is an aside inside the title, which ends before it.
  if (comma) {
    let j = k;
    while (j >= 0 && k - j < 3 && isCap(ws[j]) && !ws[j].sentenceStart) j--;
    if (j < k && /^(o|ou|ossia|ovvero)$/.test(ws[j]?.text ?? '') && ws[j - 1]?.text === ',') k = j - 2;
    // (so is its acronym, set off by commas or dashes: "de la Unión de Agricultores y Ganaderos, UAGA-COAG, X",
    // "de Titulados Náutico Pesqueros - Aetinape -, X")
    else if (ACRONYM_ASIDE.test(ws[k]?.text ?? '') && ws[k - 1]?.text === ',' && k > 1) k -= 2;
    else if (DASHES.has(ws[k]?.text ?? '') && isCap(ws[k - 1] ?? ws[k]) && DASHES.has(ws[k - 2]?.text ?? '')) k -= 3;
  }
  const end = k;
  let head = -1;
  let loose = 0; // lower-case words between the head and the name ("ruso", "étrangères")
  let bracketed = 0; // words of a bracket skipped ("(CNMV)"), which the title's length does not count
  while (k >= 0 && end - k - bracketed < 14) {
    // (a title that opens its sentence or line has no words before it: "… Musuh Islam\n\nPresiden X")
    if (k < end && ws[k + 1].sentenceStart && head >= 0) break;
    // "le maire (LR) de Nice, X", "la sénatrice (PS) X": a party in brackets inside the title.
    // ("l'écrivain (et lauréat du Prix Nobel en 1912) X": an aside in brackets right before the name)
    // ("al director del FBI (policía federal de Estados Unidos), X", "de la Organización de Estados Americanos (OEA),
    // X": a gloss or an acronym in brackets after the body's capitalised name, the title set off)
    const open =
      ws[k].text === ')'
        ? k === end && !comma
          ? asideStart(ws, k)
          : Math.max(partyBracketStart(ws, k), k === end ? glossStart(ws, k) : -1)
        : -1;
    if (open > 0) {
      bracketed += k - open + 1;
      k = open - 1;
      continue;
    }
    // "Le député La France insoumise X", "la diputada de Unión por la Patria X": a listed party's name, its lower-case
    // words too, is the office's body.
    const party = head < 0 ? partyEndingAt(ws, k) : -1;
    if (party > 0) {
      k = party - 1;
      continue;
    }
    // ("Les musiciens Tom Waits, Nick Cave et …": another person's name is no body of a title before this one)
    if (inName.has(k)) break;
    const t = ws[k].text;
    const l = unElide(t).toLowerCase();
    // "de Seguridad y Protección Ciudadana", "de l'Industrie et de l'Energie": "and" inside the office's body,
    // between its capitalised words.
    if (
      head < 0 &&
      k < end &&
      rw.conjunctions.has(l) &&
      isCap(ws[k - 1] ?? ws[k]) &&
      k > 0 &&
      isBodyNext(ws, k + 1, rw)
    ) {
      k--;
      continue;
    }
    // "la vicepresidenta primera y ministra de Hacienda, X": two titles joined by "and" are one role.
    if (head >= 0 && k === head - 1 && rw.conjunctions.has(l) && headJustBefore(ws, k - 1, rw)) {
      k--;
      continue;
    }
    // ("sus dos delanteros, A y B": a number before a plural head)
    const counted =
      head >= 0 && k < head && rw.numberWords.has(l) && rw.pluralEndings.some((e) => ws[head].text.endsWith(e));
    // ("il épouse Antonie Busquet": after a subject pronoun the noun's twin is a verb; Italian "il" is an article,
    // "Il presidente della Regione")
    const subject = ws[k - 1]?.text.toLowerCase() ?? '';
    if (SUBJECT.has(subject) && !rw.articles.has(subject) && head < 0) break;
    // ("Sophie Binet met en garde Emmanuel Macron": in French a bare noun after "en" right before the name is a verb's
    // idiom or a manner, "en tête", "en charge", not a title; "le juge en chef de la Cour, X" is one)
    if (rw.lang === 'fr' && subject === 'en' && k === first - 1) break;
    // (or a noun whose ending makes it someone's: "Le coureur de l'équipe X Damien Gaudin", "Les observateurs
    // espagnols, A et B,")
    if ((rw.isHead(t) && !bodyWord(ws, k, rw)) || (isRoleHead(t) && !/^\p{Lu}/u.test(t)) || rw.isAgentNoun(t)) head = k;
    // ("l'historien très controversé X": an adverb of degree before an adjective after the head)
    else if (head < 0 && loose > 0 && rw.degreeAdverbs.has(l)) {
      /* "très", "muy" */
    } else if (rw.modifiers.has(l) || counted) {
      /* "ancien", "eleito" */
    } else if (rw.connectors.has(l) || (rw.articles.has(l) && rw.connectors.has(ws[k - 1]?.text.toLowerCase() ?? ''))) {
      // "la hija del empresario, X", "o filho do presidente, X": the title is the complement of a head
      // noun before it (kin, a lawyer, a spokesman), and X is that noun's; the role reads on to it.
      // (through one more noun only when the title is set off: "el jefe de la misión de observadores de la OEA, X", but
      // "directeur de cabinet du Premier ministre Jean Castex" is the prime minister)
      const outer = head >= 0 && k < head ? outerHead(ws, k, rw, !comma) : -1;
      if (outer >= 0) {
        head = outer;
        k = outer - 1;
        continue;
      }
      if (head >= 0 && k < head) break; // "de" before the head belongs to another phrase
      // (the words after a preposition are its own phrase's: "le candidat républicain à l'élection présidentielle, X",
      // two loose words before "à" and one after)
      loose = 0;
    } else if (isCap(ws[k]) && !rw.stop.has(l) && !LEX.notNames.has(t) && !(ws[k].sentenceStart && head >= 0)) {
      /* "Affaires", "Economía", "Premier" */
    } else if (
      head < 0 &&
      /^\p{Ll}/u.test(t) &&
      (!rw.stop.has(l) || (rw.numberWords.has(l) && rw.isHead(ws[k - 1]?.text ?? ''))) &&
      !CLAUSE_END.has(t) &&
      // ("l'ancienne ministre de la justice taxait X": a verb's ending marks a clause, not the title's adjective)
      (plainWord(t, rw) || rw.numberWords.has(l)) &&
      // ("le président nancéien invita Pablo X": a verb ends the clause the title is subject of)
      !rw.objectVerbs.has(l) &&
      ++loose <= 2
    ) {
      /* post-head adjective, or a rank: "numéro un" */
    } else break;
    if (head >= 0 && k < head && !rw.modifiers.has(l) && !counted && !isCap(ws[k]) && !rw.isHead(t)) break;
    k--;
  }
  if (head < 0) return null;
  let start = k + 1;
  while (
    start < head &&
    !rw.isHead(ws[start].text) &&
    !rw.modifiers.has(unElide(ws[start].text).toLowerCase()) &&
    !isCap(ws[start])
  )
    start++;
  if (comma) {
    // Set off by commas, or opening its clause: "selon le ministre, X" is no role for X.
    // A preposition may govern the phrase ("le travail de l'ambassadeur de France, X,", "recibió al
    // mandatario chileno, X,"): the phrase opens with its article then, glued ("l'") or contracted ("al").
    const w = ws[k]?.text.toLowerCase() ?? '';
    const opens =
      k < 0 ||
      CLAUSE_END.has(ws[k].text) ||
      ws[k].sentenceStart ||
      rw.articles.has(w) ||
      CONTRACTED.has(w) ||
      rw.contractions.has(w) ||
      (rw.connectors.has(w) && /^(l|d)['’]/i.test(ws[start].text));
    // (closed by a comma, a full stop, a bracket, a dash opening an aside, or a colon before a quote: "la leader
    // di FdI, X: «…»", "el alcalde, el conservador X - candidato a su reelección -,")
    // "sus dos delanteros, Luis Mora y Pedro Sanz,", "ses deux adjoints, A et B,": a plural title set off before
    // two names joined by "and" is the first's too (the second's comes from the list, `listedAfter`).
    const h = ws[head].text;
    const pair =
      rw.conjunctions.has(ws[last + 1]?.text ?? '') &&
      !!ws[last + 2] &&
      isCap(ws[last + 2]) &&
      rw.pluralEndings.some((e) => h.endsWith(e));
    // (a title that opens its sentence with its article needs no closing comma: "Le dernier meunier, Paul Lemonnier
    // cesse son activité")
    const fronted = k >= 0 && ws[k].sentenceStart && rw.articles.has(w);
    if (!opens || !(pair || fronted || /^[,.;:()\-–—]$/.test(ws[last + 1]?.text ?? '.'))) return null;
  }
  return phrase(ws, start, end);
}

/** ws[k] goes on an office's body: a capitalised word, or a preposition before one ("de l'Energie"). */
function isBodyNext(ws: Word[], k: number, rw: RoleWords): boolean {
  if (ws[k] && isCap(ws[k])) return true;
  let j = k;
  while (
    j < k + 3 &&
    ws[j] &&
    (rw.connectors.has(ws[j].text.toLowerCase()) || rw.articles.has(ws[j].text.toLowerCase()))
  )
    j++;
  return j > k && !!ws[j] && isCap(ws[j]);
}

/** A lower-case title head ends at ws[k], after at most two modifiers ("vicepresidenta primera"). */
function headJustBefore(ws: Word[], k: number, rw: RoleWords): boolean {
  for (let j = k; j >= 0 && k - j <= 2; j--) {
    const t = ws[j].text;
    if (!/^\p{Ll}/u.test(unElide(t))) return false;
    if (rw.isHead(t)) return true;
    if (!rw.modifiers.has(unElide(t).toLowerCase())) return false;
  }
  return false;
}

/**
 * A capitalised word after a preposition is the office's body, though it names a trade too: "jefe del
 * Ejecutivo", "ministre de la Culture". (A capitalised head after an article opens the title: "o
 * Presidente da República".)
 */
function bodyWord(ws: Word[], k: number, rw: RoleWords): boolean {
  if (!isCap(ws[k])) return false;
  const p = ws[k - 1]?.text.toLowerCase() ?? '';
  // (after "of", not after "to the": "al Gobernador Arturo Suarez", "au Président X" are titles)
  if (rw.isOf(p) && !CONTRACTED.has(p)) return true;
  // (or after "and" between a body's capitalised words: "de Política Económica y Defensa de la Competencia")
  if (rw.conjunctions.has(p) && ws[k - 2] && isCap(ws[k - 2]) && !ws[k - 2].sentenceStart) return true;
  return rw.articles.has(p) && rw.connectors.has(ws[k - 2]?.text.toLowerCase() ?? '');
}

/**
 * The head noun that governs the preposition at ws[k] ("hija" in "hija del", "avocat" in "avocat de la"),
 * lower case and no office body, or -1.
 */
function outerHead(ws: Word[], k: number, rw: RoleWords, nested = false): number {
  let j = k - 1;
  // (ws[k] may be the article after the preposition: "de la", "de los")
  if (rw.articles.has(ws[k].text.toLowerCase()) && rw.connectors.has(ws[j]?.text.toLowerCase() ?? '')) j--;
  const t = ws[j]?.text ?? '';
  if (j < 0 || !/^\p{Ll}/u.test(unElide(t)) || ws[j + 1].sentenceStart) return -1;
  // (a plural is no one's title: "les Réflexions critiques de l'abbé X", "critiques" an adjective there)
  if (rw.isHead(t) && !rw.isPlural(t)) return j;
  // ("el jefe de la misión de observadores de la OEA, X": one noun that is no head between two "de"s, the head
  // before it)
  const l = t.toLowerCase();
  if (nested || rw.stop.has(l) || rw.articles.has(l) || !plainWord(t, rw)) return -1;
  const p = j - 1;
  const of =
    rw.isOf(ws[p]?.text ?? '') || (rw.articles.has(ws[p]?.text.toLowerCase() ?? '') && rw.isOf(ws[p - 1]?.text ?? ''));
  return of ? outerHead(ws, p, rw, true) : -1;
}

/** The opening bracket of an aside that closes at ws[close] right after a capitalised word (a body's name), or -1. */
function glossStart(ws: Word[], close: number): number {
  const open = asideStart(ws, close);
  // (one phrase, no list: "del Partido Socialista Búlgaro (BSP, ex comunista), X" is no title)
  if (ws.slice(open + 1, close).some((w) => w.text === ',')) return -1;
  return open > 0 && isCap(ws[open - 1]) && !ws[open - 1].sentenceStart ? open : -1;
}

/** The opening bracket of an aside of up to twelve words that closes at ws[close], or -1. */
function asideStart(ws: Word[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= 12; k--) {
    if (ws[k].text === ')' || ws[k].sentenceStart) return -1;
    if (ws[k].text === '(') return k;
  }
  return -1;
}

/** The opening bracket of a party label that closes at ws[close], after a title word, or -1. */
function partyBracketStart(ws: Word[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 5; k--)
    if (ws[k].text === '(') return partyBracketEnd(ws, k) === close && k > 0 ? k : -1;
  return -1;
}
