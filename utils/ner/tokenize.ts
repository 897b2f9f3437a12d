// News-text tokenizer with exact offsets into the original string.
// Pure TypeScript, no DOM. Token texts always equal text.slice(start, end).

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that keep their final period (lowercased, without the period).
const ABBR = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col maj capt cpt sgt adm cmdr gov rep sen pres rev fr hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd bros vs etc no nos vol dept univ assn mt ft ave blvd rd est approx ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

// A word: letters/marks/digits, joined by internal - ' ’ . & / , (comma and period only between digits).
// A slash before a capitalised word, or between a lower-case letter and a capital, separates two names
// ("AP Photo/David Zalubowski", "Zalubowski/AP", "Paris/London"), so it joins only what it joins inside
// a word ("and/or", "km/h", "24/7", "AC/DC").
// A hyphen between a number and a capitalised word is a list's ("2-Lilian Thuram", "France-1-Bernard Lama" in a
// line-up): it joins nothing.
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:-(?!(?<=\p{N}-)\p{Lu})|['’.&·]|\/(?!\p{Lu}\p{Ll})(?!(?<=\p{Ll}\/)\p{Lu})|,(?=\d))[\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/uy;
const CLITIC = /['’](?:s|m|d|ll|re|ve)(?![\p{L}\p{M}\p{N}])/iuy;
const DECIMAL = /^\.\d/;
const MAX_TOKEN = 64;

function isWordChar(c: number): boolean {
  // fast ASCII path; non-ASCII falls back to the regex
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function push(out: Token[], text: string, start: number, end: number): void {
  // very long runs (no spaces, binary junk) are cut into bounded pieces
  while (end - start > MAX_TOKEN) {
    let cut = start + MAX_TOKEN;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
    out.push({ text: text.slice(start, cut), start, end: cut });
    start = cut;
  }
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c > 127 || c < 32) {
      SPACE.lastIndex = i;
      if (SPACE.test(text)) {
        i = SPACE.lastIndex;
        continue;
      }
    }
    // word
    if (isWordChar(c) || c > 127) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (m) {
        let end = i + m[0].length;
        let w = m[0];
        // possessive / negation clitics split off: Putin's -> Putin 's ; don't -> do n't
        // (each needs an apostrophe, which lower-casing neither makes nor takes away: most words skip the tests)
        const lw = w.indexOf("'") < 0 && w.indexOf('’') < 0 ? '' : w.toLowerCase();
        let clitic = 0;
        if (lw.length > 2 && (lw.endsWith("'s") || lw.endsWith('’s'))) clitic = 2;
        else if (lw.length > 3 && (lw.endsWith("n't") || lw.endsWith('n’t'))) clitic = 3;
        else if (lw.length > 3 && /['’](re|ve|ll)$/.test(lw)) clitic = 3;
        else if (lw.length > 2 && /['’][md]$/.test(lw)) clitic = 2;
        if (clitic) {
          push(out, text, i, end - clitic);
          push(out, text, end - clitic, end);
          i = end;
          continue;
        }
        // currency prefixes: US$, C$, HK$
        if (text.charCodeAt(end) === 36 && /^[A-Z]{1,3}$/.test(w)) {
          push(out, text, i, end + 1);
          i = end + 1;
          continue;
        }
        // trailing period: abbreviations and initials keep it
        if (text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) !== 46) {
          const bare = w.toLowerCase();
          if (
            (ABBR.has(bare) && (w.charCodeAt(0) < 97 || bare === 'etc' || bare === 'vs')) ||
            (w.length === 1 && /\p{L}/u.test(w)) || // initial: J. / j.
            (w.indexOf('.') > 0 && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(w)) // U.S / U.N / e.g
          ) {
            end++;
            w += '.';
          }
        }
        push(out, text, i, end);
        i = end;
        continue;
      }
      if (c < 128) {
        // should not happen (ASCII word char always matches)
        push(out, text, i, i + 1);
        i++;
        continue;
      }
    }
    // a detached clitic ("Putin 's", "I 'm") or a decimal without leading zero (.496)
    if (c === 39 || c === 0x2019) {
      CLITIC.lastIndex = i;
      const m = CLITIC.exec(text);
      if (m) {
        push(out, text, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    } else if (c === 46 && DECIMAL.test(text.slice(i, i + 2)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      push(out, text, i, j);
      i = j;
      continue;
    }
    // runs of the same punctuation (--, ..., ``, '') form one token
    if (c === 45 || c === 46 || c === 96 || c === 39 || c === 42 || c === 61 || c === 95) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === c) j++;
      push(out, text, i, j);
      i = j;
      continue;
    }
    // any other single code point (emoji, symbols, quotes, dashes, controls)
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (c < 32 || c === 127) {
      i += len; // control characters are skipped
      continue;
    }
    push(out, text, i, i + len);
    i += len;
  }
  return out;
}

const SENT_END = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', "''"]);

// Sentence boundaries as token indices [start, end) pairs.
// Breaks after . ! ? (plus closing quotes/brackets) when the next token starts a new sentence,
// and at every line break.
export function splitSentences(text: string, tokens: Token[], maxLen = 400): number[] {
  const bounds: number[] = [0];
  const n = tokens.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let brk = false;
    if (i + 1 < n) {
      const t = tokens[i];
      const nx = tokens[i + 1];
      // line break between tokens
      let nl = false;
      for (let k = t.end; k < nx.start; k++) {
        const ch = text.charCodeAt(k);
        if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) {
          nl = true;
          break;
        }
      }
      const gap = nx.start - t.end;
      if (nl) brk = true;
      else if (SENT_END.has(t.text)) {
        if (!CLOSERS.has(nx.text)) brk = true;
      } else if (CLOSERS.has(t.text) && i > 0 && SENT_END.has(tokens[i - 1].text)) {
        brk = gap > 0;
      }
      if (i + 1 - s >= maxLen) brk = true;
    }
    if (brk) {
      bounds.push(i + 1);
      s = i + 1;
    }
  }
  if (bounds[bounds.length - 1] !== n) bounds.push(n);
  return bounds;
}
