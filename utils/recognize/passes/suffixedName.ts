import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import { normaliseName } from '../entityId';

// Generational suffixes and regnal numbers after a name, normalised ("Jr." → "jr").
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;
const GENERATION = /^(jr|sr)$/;
// Articles before a capitalised word make it a thing's ("a Schedule IV substance", "une Schedule IV").
const ARTICLE = /^(a|an|the|un|une|una|uno|um|uma|le|la|el|il|les|los|las|des)$/i;

/**
 * "Kennedy Jr." after "Robert F. Kennedy Jr.", "Basile II": a capitalised word and a generational suffix or a regnal
 * number is a person's short form, whatever the tagger typed it ("Trump Jr." is no body). A regnal number makes one
 * only of a word that is no listed place or body, that the text never writes in lower case, and that is no word of a
 * longer name or a thing's ("Lyon II", "Led Zeppelin IV", "a Schedule IV").
 */
export function suffixedName(text: string, ws: Word[], c: Candidate): boolean {
  const suffix = c.last === c.first + 1 ? normaliseName(ws[c.last].text) : '';
  if (!SUFFIX.test(suffix)) return false;
  if (c.type === 'person') return true;
  if (!/^\p{Lu}\p{Ll}/u.test(ws[c.first].text)) return false;
  const prev = ws[c.first - 1]?.text ?? '';
  const alone = !ARTICLE.test(prev) && !(/^\p{Lu}/u.test(prev) && !ws[c.first].sentenceStart);
  if (GENERATION.test(suffix) || (alone && regnal(text, ws[c.first].text))) {
    [c.type, c.why] = ['person', [...c.why, 'a name and its generation or number']];
    return true;
  }
  return false;
}

function regnal(text: string, w: string): boolean {
  if (LEX.placeNames.has(w) || LEX.orgNames.has(w) || LEX.wordnetPlaces.has(w)) return false;
  return !new RegExp(`(^|[^\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}
