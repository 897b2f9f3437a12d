import type { Word } from '../words';
import { phrase } from '../passes/stripTitles';
import { LEX } from '../lexicon';
import { CLAUSE_END, skipSetOff } from './roleGrammar';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';

// Verbs of a standing tie to someone or to a body: a lawyer "represents" a client, a founder "runs" a firm.
const TIE = new Set([
  'represents',
  'represented',
  'advises',
  'advised',
  'coaches',
  'coached',
  'manages',
  'managed',
  'owns',
  'owned',
  'runs',
  'founded',
  'co-founded',
  'heads',
  'headed',
  'leads',
  'led',
  'chairs',
  'chaired',
]);

// The same verbs in Spanish, French, Portuguese and Italian, present, imperfect and simple past: "qui préside", "que
// dirige", "que dirigió la Kosovo Trust Agency", "qui fonda la société X" (founding, as English "founded").
const TIE_INTL = new Set(
  (
    'préside présidait dirige dirigeait représente représentait conseille entraîne entraînait gouverne gouvernait ' +
    'anime animait coordonne pilote preside presidía dirigía encabeza encabezaba lidera lideraba representa ' +
    'representaba asesora entrena entrenaba gobierna gobernaba coordina comanda chefia presiede guida rappresenta ' +
    'allena governa présida dirigea fonda fonde fondait presidió dirigió encabezó lideró representó entrenó ' +
    'gobernó fundó funda fundaba presidiu dirigiu chefiou liderou fundou diresse fondò'
  ).split(' '),
);

/**
 * "Dana Kirk, who represents the Lowell family, said", "said Ian Moss, who runs Moss & Daughters.": a
 * relative clause whose verb ties the person to someone or to a body the text names (a capitalised word
 * in its object) is the role, worded as the article does: "represents the Lowell family". English only;
 * "who leads the race" names no one and gives no role.
 */
export function roleRelative(ws: Word[], last: number, intl = false): string | null {
  const aged = skipSetOff(ws, last);
  // (in Spanish, French, Portuguese and Italian: "X, qui préside le collectif Y,", "X, que dirige el Grupo Z,")
  const who = intl ? /^(qui|que|quien|che)$/i : /^who$/;
  if (ws[aged + 1]?.text !== ',' || !who.test(ws[aged + 2]?.text ?? '')) return null;
  const v = aged + 3;
  if (!(intl ? TIE_INTL : TIE).has(ws[v]?.text ?? '')) return null;
  // (the body's name runs longer there: "le groupe d'opposition Une volonté pour Marseille au conseil")
  const max = intl ? 12 : 8;
  let b = v + 1;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && !ws[b].sentenceStart && b - v <= max) b++;
  if (b === v + 1 || b - v > max) return null;
  // ("who heads the regional administration": or a body named in lower case, by its noun)
  const body = LEX.bodyNouns.has(ws[b - 1].text) || /^(administration|government)$/.test(ws[b - 1].text);
  if (!body && !ws.slice(v + 1, b).some((w) => /^\p{Lu}/u.test(w.text))) return null;
  return phrase(ws, v, b - 1);
}

/**
 * "la Sala de lo Penal, que preside Concepción Espejel,", "le club, que dirige X depuis 2019,": a body named
 * with capitals, then a relative clause whose verb ties its subject, the name, to it. The role is the verb
 * and the body, as the article words them: "preside la Sala de lo Penal".
 */
export function roleRelativeObject(ws: Word[], first: number, last: number, rw: RoleWords): string | null {
  const v = first - 1;
  if (!TIE_INTL.has(ws[v]?.text ?? '') || !/^(que|qui|che)$/i.test(ws[v - 1]?.text ?? '')) return null;
  // (the clause closes after the name: "…, que preside X, deberá …", "…, que preside X.")
  if (!/^[,.;:)]$/.test(ws[last + 1]?.text ?? '')) return null;
  // Without a comma the body is the noun phrase right before "que", in lower case too: "al club de fútbol que
  // preside Jesús Gil", "l'association que préside X".
  if (ws[v - 2]?.text !== ',') return bodyNounBefore(ws, v, rw);
  // The body before the comma: capitalised words, with the prepositions and articles between them.
  const end = v - 3;
  let k = end;
  while (k >= 0 && end - k < 10) {
    const t = ws[k].text;
    const l = unElide(t).toLowerCase();
    if (/^\p{Lu}/u.test(unElide(t))) k--;
    // (and short function words between capitals: "Sala de lo Penal")
    else if ((rw.connectors.has(l) || rw.articles.has(l) || rw.contractions.has(l)) && k < end) k--;
    else if (rw.stop.has(l) && l.length <= 3 && k < end && /^\p{Lu}/u.test(ws[k + 1].text)) k--;
    else break;
  }
  let start = k + 1;
  // (it opens with its article or its capitalised head, never with a preposition: "de la Audiencia")
  while (start <= end && !/^\p{Lu}/u.test(unElide(ws[start].text)) && !rw.articles.has(ws[start].text.toLowerCase()))
    start++;
  if (start > end || !/^\p{Lu}/u.test(unElide(ws[end].text))) return null;
  if (!ws.slice(start, end + 1).some((w) => /^\p{Lu}/u.test(unElide(w.text)) && !w.sentenceStart)) return null;
  return `${ws[v].text} ${phrase(ws, start, end)}`;
}

/** "el club de fútbol que preside X": the article-opened noun phrase ending right before "que", as "preside el club de fútbol". */
function bodyNounBefore(ws: Word[], v: number, rw: RoleWords): string | null {
  const end = v - 2;
  for (let k = end; k >= end - 4 && k >= 0; k--) {
    const l = unElide(ws[k].text).toLowerCase();
    if (CLAUSE_END_WORD.test(ws[k].text) || ws[k].sentenceStart) return null;
    // (the article opens it: "el", "la", "l'association"; a contraction too, "al club")
    const glued = /^l['’]\p{L}/iu.test(ws[k].text);
    if (rw.articles.has(ws[k].text.toLowerCase()) || rw.contractions.has(ws[k].text.toLowerCase()) || glued) {
      const from = glued ? k : k + 1;
      if (from > end || !/^\p{Ll}/u.test(unElide(ws[from].text))) return null;
      return `${ws[v].text} ${phrase(ws, from, end)}`;
    }
    if (!/^\p{L}/u.test(l)) return null;
  }
  return null;
}
const CLAUSE_END_WORD = /^[,.;:!?()"«»“”]$/;
