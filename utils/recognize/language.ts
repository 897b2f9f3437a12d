import intl from './lexicon/titles-intl.json';

/** Languages with a role lexicon; 'en' uses titles.json alone. */
export type Lang = 'en' | keyof typeof intl;

// Frequent English function words, to weigh against the other languages' lists.
const EN = new Set(
  'the and of to is was that with for said it his her he she they has have are from this by'.split(' '),
);
// Each function word → the languages it belongs to, so a word costs one lookup.
const LANGS_OF = new Map<string, Lang[]>();
for (const [lang, l] of Object.entries(intl))
  for (const w of l.detect) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), lang as Lang]);
for (const w of EN) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), 'en']);

/**
 * The article's language from its function words ("le", "der", "que"...), so
 * the role passes know which titles and articles to read. The text alone is
 * used (the recognizer gets no page metadata); a short or mixed text is 'en'.
 */
export function detectLanguage(text: string): Lang {
  // Korean is told by its script: it writes its function words glued to the word before (particles), so
  // few stand alone to be counted. Hangul letters making up most of the letters make an article Korean.
  const sample = text.slice(0, 20_000);
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (hangul >= 20 && hangul > (sample.match(/\p{L}/gu)?.length ?? 0) / 2) return 'ko';
  const counts = new Map<Lang, number>([['en', 0]]);
  let n = 0;
  // The first 20,000 characters are plenty to tell a language.
  for (const w of text
    .slice(0, 20_000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (!w) continue;
    n++;
    for (const lang of LANGS_OF.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Lang = 'en';
  for (const [lang, c] of counts) if (c > counts.get(best)!) best = lang;
  // A handful of words proves nothing: stay with English, the tagger's own language.
  return best !== 'en' && counts.get(best)! >= Math.max(5, n * 0.08) ? best : 'en';
}
