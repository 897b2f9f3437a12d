import type { Word } from '../words';
import { LEX } from '../lexicon';
import { phrase } from '../passes/stripTitles';

// What joins a player's instruments: "(batterie/chant)", "(guitar, vocals)", "(bass and vocals)".
const JOIN = /^(\/|,|&|and|et|y|e)$/;
// "à la basse", "au chant", "on drums", "a la guitarra", "al bajo", "alla chitarra": the preposition of a part played.
const PLAYS = /^(à|au|on|a|al|alla|no|na|en)$/;

/**
 * A band's line-up: "Phil Hartley (chant), Mike Bryson (basse)", "Paul Christensen (batterie/chant)", "Tim Bogert à la
 * basse", "Charlie Watts on drums": the instruments right after the name are the player's role.
 */
export function roleInstrument(ws: Word[], last: number): string | null {
  let a = last + 1;
  const bracket = ws[a]?.text === '(';
  if (bracket) a++;
  else {
    if (!PLAYS.test(ws[a]?.text ?? '')) return null;
    a++;
    if (/^(la|le|l'|l’|el|o|a|the)$/i.test(ws[a]?.text ?? '')) a++;
  }
  let b = a;
  while (
    b < ws.length &&
    b - a < 6 &&
    (LEX.instruments.has(ws[b].text.toLowerCase()) || (b > a && JOIN.test(ws[b].text)))
  )
    b++;
  while (b > a && JOIN.test(ws[b - 1].text)) b--;
  if (b === a || !LEX.instruments.has(ws[b - 1].text.toLowerCase())) return null;
  if (bracket && ws[b]?.text !== ')') return null;
  return phrase(ws, a, b - 1);
}
