import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

// The words that end a device's model name ("iPhone 11 Pro Max", "Chromecast Ultra", "Echo Dot", "Galaxy S10 Plus").
const MODEL_END = new Set(['Pro', 'Max', 'Plus', 'Ultra', 'Mini', 'Lite', 'Dot']);

/**
 * A device's model name the tagger took for someone: a listed product opens it ("Chromecast Ultra"), or a model's
 * last word ends it after a word that is no given name ("Echo Dot"), or stands alone after a model's number or
 * another such word ("iPhone 11 Pro Max" spanned "Max"). ("Peter Max" keeps his given name.)
 */
export function isProductModel(ws: Word[], c: Candidate): boolean {
  const first = ws[c.first].text,
    last = ws[c.last].text;
  if (c.last > c.first && LEX.productNames.has(first)) return true;
  if (!MODEL_END.has(last)) return false;
  if (c.last > c.first) return !LEX.firstNames.has(first);
  const before = ws[c.first - 1]?.text ?? '';
  return !ws[c.first].sentenceStart && (/^\d+[A-Za-z]?$/.test(before) || MODEL_END.has(before));
}
