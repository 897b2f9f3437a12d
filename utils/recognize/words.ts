import titles from './lexicon/titles.json';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence or paragraph (capitalisation is then no evidence). */
  sentenceStart: boolean;
}

/** French and Spanish honorifics written with a full stop ("MM. Roux et Brun", "la Sra. Ortega"). */
export const INTL_HONORIFIC_ABBREV = 'MM. Mmes. Mlles. Sra. Srta. Dra. Dña. Sres. Sras. Dres.'.split(' ');

// Abbreviations that keep their full stop (and so do not end a sentence).
const ABBREV = new Set([
  ...titles.honorifics,
  ...titles.ranks.filter((r) => !r.includes(' ')),
  ...INTL_HONORIFIC_ABBREV,
  ...'Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. St. Mt. Jr. Sr. No. vs. etc. Inc. Corp. Co. Ltd. Bros. Ft.'.split(
    ' ',
  ),
]);

// A topic in capitals, a hyphen and a word in capitals ("SOCCER-FERGUSON", "UNION-LYNAGH"), each of three letters or more.
const SLUG = /^(\p{Lu}{3,})-(\p{Lu}{3,}(?:['’]\p{Lu}+)?)$/u;
const FIRM_ABBREV = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Bros.']);
const SENTENCE_OPENER = /^\s+(?:["“‘]|(?:He|She|It|They|We|I|The|A|An|But|This|That|In|On|Its|His|Her|Their)\b)/u;

// Soft hyphens (U+00AD) sit inside words ("Netan\u00adyahu"): part of the word.
// (a number keeps its decimal comma or thousands separator: "2,45", "1,000" are one word, no clause's end; a
// hyphen between a number and a capitalised word joins nothing: "2-Lilian Thuram" in a line-up)
const WORD =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\u00ad]+(?:(?:['’]|-(?!(?<=\p{N}-)\p{Lu}))[\p{L}\p{N}\u00ad]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Words and punctuation with exact offsets. Keeps "U.S." and "Maj." whole,
 * "Kim Jong-un" hyphens inside a word, and splits possessive 's off.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let sentenceStart = true;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    if (start < last) continue; // the full stop of an abbreviation, already taken
    let w = m[0];
    if (/\n/.test(text.slice(last, start))) sentenceStart = true;
    // "Putin's" → "Putin" + "'s"; in a headline in capitals, "SWIFT'S" → "SWIFT" + "'S"
    const poss = /^(.+)(['’]s)$/u.exec(w) ?? (w === w.toUpperCase() ? /^(.+)(['’]S)$/u.exec(w) : null);
    if (poss && /^\p{Lu}/u.test(w)) {
      out.push({ text: poss[1], start, end: start + poss[1].length, sentenceStart });
      out.push({ text: poss[2], start: start + poss[1].length, end: start + w.length, sentenceStart: false });
      sentenceStart = false;
      last = start + w.length;
      continue;
    }
    // "SOCCER-FERGUSON BACK IN SCOTTISH SQUAD": an agency's slug opens a headline in capitals with its topic and a
    // hyphen glued to the story's first word, often a surname; the slug is a word of its own.
    const slug = SLUG.exec(w);
    if (slug && (sentenceStart || out[out.length - 1]?.sentenceStart)) {
      const a = slug[1].length;
      out.push({ text: slug[1], start, end: start + a, sentenceStart });
      out.push({ text: '-', start: start + a, end: start + a + 1, sentenceStart: false });
      out.push({ text: slug[2], start: start + a + 1, end: start + w.length, sentenceStart: false });
      sentenceStart = false;
      last = start + w.length;
      continue;
    }
    let end = start + w.length;
    // An initial inside a name ("Dana F. Besecker") keeps its full stop: the sentence goes on; so does one that
    // opens a name at a line's or a sentence's start or after a colon ("Viera (4-0): K. Hupfer 1 goal. L. Patikas"),
    // and one that ends a reference list's author before the date or the next author ("Johnson, Charles R. (1985)",
    // "Horn, Roger A.;").
    const initial =
      /^\p{Lu}$/u.test(w) &&
      ((/^\. \p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) &&
        /(\p{Lu}\p{Ll}* |^|\n|: |[.!?] )$/u.test(text.slice(Math.max(0, start - 30), start))) ||
        (/^\.(;| \(\d)/u.test(text.slice(end, end + 4)) &&
          /, \p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, start - 30), start))));
    // Hyphenated initials of a compound given name ("J.-P. Bruneau", "J.-M. Roux") keep theirs too.
    const hyphenInitial =
      /^\p{Lu}$/u.test(w) &&
      (/^\.-\p{Lu}\./u.test(text.slice(end, end + 4)) ||
        (/\p{Lu}\.-$/u.test(text.slice(Math.max(0, start - 3), start)) &&
          /^\. \p{Lu}/u.test(text.slice(end, end + 3))));
    // "(b. 2009)", "(d. 1990)", "c. 347": born, died, circa before a year keep their full stop.
    const lifeAbbrev = /^[bdc]$/.test(w) && /^\. \d/.test(text.slice(end, end + 3));
    if (text[end] === '.' && (ABBREV.has(w + '.') || initial || hyphenInitial || lifeAbbrev)) {
      w += '.';
      end += 1;
    }
    out.push({ text: w, start, end, sentenceStart });
    // An opening quote keeps the sentence start for the word after it.
    // (a full stop inside a word, "thespacereview.com", "jeff@x.org", ends no sentence)
    sentenceStart =
      ((w === '.' || w === '!' || w === '?') && !/^[\p{Ll}\p{N}]/u.test(text[end] ?? ' ')) ||
      (sentenceStart && /^["“‘(]$/.test(w));
    // A firm's "Corp." or "Inc." that ends a sentence takes its full stop along: the sentence still ends when a
    // pronoun, an article or a quote opens the next ("… at First Albany Corp. He said …").
    if (FIRM_ABBREV.has(w) && SENTENCE_OPENER.test(text.slice(end, end + 8))) sentenceStart = true;
    last = end;
  }
  return out;
}
