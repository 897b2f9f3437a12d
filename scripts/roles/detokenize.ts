// Turns a tokenized sentence (a space between every token: "visa snags , all - girl") back into the prose a
// reader would see. Shared by the roles benchmark's corpus readers (scripts/roles/gumText.ts,
// scripts/roles/conllText.ts): the recognizer reads punctuation and spacing ("X, the mayor"; "Afghan-born"), so
// tokenized text would not measure what the product sees.

// Tokens glued to the word before them.
const CLOSE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...']);
// Tokens the next word is glued to.
const OPEN = new Set(['(', '[', '{', '$', '#']);
// Clitics GUM splits off ("it 's", "do n't", "they 're"; some texts type the apostrophe as a backtick).
const CLITIC = /^(?:['’`](?:s|re|ve|ll|d|m)|n['’`]t)$/i;
// Words after a spaced hyphen that show it is a dash between clauses ("iodine - which can lead"),
// not a compound ("all - girl", "out - of - date").
const DASH_NEXT = new Set(['which', 'who', 'where', 'when', 'that', 'we', 'was', 'were', 'and', 'but', 'despite']);
const isWord = (t: string | undefined) => !!t && /[\p{L}\p{N}]$/u.test(t);
const startsWord = (t: string | undefined) => !!t && /^[\p{L}\p{N}]/u.test(t);

// Quotes open in one sentence may close in a later one, so their state lives across sentences.
export interface Quotes {
  double: boolean;
  single: boolean;
}

/** One sentence's tokens as prose. */
export function detokenize(tokens: string[], q: Quotes): string {
  let out = '';
  let glueNext = false; // the previous token wants no space after it
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let glue = glueNext; // no space before t
    glueNext = false;
    if (CLOSE.has(t) || CLITIC.test(t)) glue = true;
    else if (t === '"' || t === '“' || t === '”') {
      // A quote opening a sentence opens (a quotation running over paragraphs reopens at each one without
      // closing), one ending a sentence closes; inside a sentence, straight quotes alternate.
      const closes = i === tokens.length - 1 || (i > 0 && q.double);
      if (closes) glue = true;
      else glueNext = true;
      q.double = !closes;
    } else if (t === "'" || t === '‘' || t === '’') {
      if (q.single) {
        glue = true;
        q.single = false;
      } else if (prev && /s$/i.test(prev) && startsWord(next)) {
        // "the parents ' defense": the apostrophe of a plural possessive.
        glue = true;
      } else {
        glueNext = true;
        q.single = true;
      }
    } else if ((t === '-' || t === '/') && isWord(prev) && startsWord(next) && !(t === '-' && DASH_NEXT.has(next!))) {
      glue = true;
      glueNext = true;
    } else if (t === '–' && /\d$/.test(prev ?? '') && /^\d/.test(next ?? '')) {
      glue = true; // a range, "8 – 10"
      glueNext = true;
    }
    if (OPEN.has(t)) glueNext = true;
    out += (out && !glue ? ' ' : '') + t;
  });
  return out;
}
