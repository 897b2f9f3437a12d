import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

/**
 * "Agregó que Bush …", "Protagonizó Josep Borrell el debate", "Actualmente Lorenzo Fernández dirige": Spanish,
 * Portuguese, French and Italian open sentences with a verb or an adverb, which the English-trained tagger takes into
 * the name after it. A sentence's first word with a verb's or an adverb's ending of the language (`verbEndings`) is
 * cut from a longer span, and a span of that word alone is dropped when a lower-case word follows it ("Agregó que");
 * not when the word is a given name ("Fernando", "Amadou"), a listed name, or written capitalised inside a sentence
 * elsewhere in the text (then it is someone's: "Miró").
 */
export function verbOpener(ws: Word[], cands: Candidate[], rw: RoleWords): Candidate[] {
  if (!rw.verbEndings.length) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    // "Interrogé par Le Monde, X a dit", "Consultado por este diario": a participle opening a sentence, before its
    // agent's or its place's preposition, names nothing, whatever the tagger typed it.
    if (c.first === c.last && isParticipleOpener(ws, c.first, rw)) continue;
    if ((c.type !== 'person' && c.type !== null) || !isVerbOpener(ws, c.first, rw)) out.push(c);
    else if (c.last > c.first && /^\p{Lu}/u.test(ws[c.first + 1].text))
      out.push({ ...c, first: c.first + 1, why: [...c.why, `sentence's verb "${ws[c.first].text}" cut`] });
    else if (c.last > c.first || !/^\p{Ll}/u.test(ws[c.first + 1]?.text ?? '')) out.push(c);
  }
  return out;
}

function isVerbOpener(ws: Word[], k: number, rw: RoleWords): boolean {
  const w = ws[k].text;
  if (!ws[k].sentenceStart || !/^\p{Lu}\p{Ll}{3,}$/u.test(w)) return false;
  if (!rw.verbEndings.some((e) => w.length >= e.length + 3 && w.endsWith(e))) return false;
  if (LEX.firstNames.has(w) || LEX.personNames.has(w) || LEX.placeNames.has(w) || LEX.orgNames.has(w)) return false;
  return !ws.some((x) => x.text === w && !x.sentenceStart);
}

function isParticipleOpener(ws: Word[], k: number, rw: RoleWords): boolean {
  const w = ws[k].text;
  if (!ws[k].sentenceStart || !/^\p{Lu}\p{Ll}{4,}$/u.test(w) || !rw.participleNext.has(ws[k + 1]?.text ?? ''))
    return false;
  if (!rw.participleEndings.some((e) => w.endsWith(e))) return false;
  if (LEX.firstNames.has(w) || LEX.personNames.has(w) || LEX.placeNames.has(w) || LEX.orgNames.has(w)) return false;
  return !ws.some((x) => x.text === w && !x.sentenceStart);
}
