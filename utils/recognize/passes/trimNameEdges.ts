import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import { joinHyphenatedInitials } from './joinHyphenatedInitials';
import { phrase } from './stripTitles';

// A capitalised contraction: a negative verb ("Didn’t", "Can't") or a pronoun and its verb ("We’ll", "They're").
const CONTRACTION = /^\p{Lu}\p{Ll}*(?:n['’]t|['’](?:ll|re|ve))$/u;

/**
 * Words a tagger takes into a person's name that are no part of it:
 * - a nationality adjective before a given name ("Australian Timothy Weeks", "the Kenyan Ruth Chepngetich"), or a
 *   double one before any name ("la Franco-Britannique Nazanin Zaghari-Ratcliffe", "the Anglo-Iranian X");
 * - a listed place that is no one's given name before a person's name of two words or more ("Cae en Francia Izaskun
 *   Lesaka", "le président de Serbie Milan Milutinovic"): where, not who;
 * - a news agency's credit right after the name in a caption ("... his colleague Timothy Weeks AP");
 * - a caption's first word after a photo credit's name ("© Jane Holm Protesters at the gate");
 * - a thing named by someone the article names in full elsewhere, after an article ("a Margaret Hamilton Lego
 *   minifigure" after "Margaret Hamilton"): the thing keeps a mention of its own;
 * - a headline's capitalised contraction after the name ("Mark Zuckerberg Didn’t Want To …").
 * The span keeps the name; an agency keeps a mention of its own as an organisation.
 */
export function trimNameEdges(ws: Word[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const joined = joinHyphenatedInitials(ws, cands);
  const fullNames = new Set(
    joined.filter((c) => c.type === 'person' && c.last > c.first).map((c) => phrase(ws, c.first, c.last)),
  );
  for (const c of joined) {
    const named =
      c.type === 'person' && /^(a|an|the)$/i.test(ws[c.first - 1]?.text ?? '') ? namedPrefix(ws, c, fullNames) : -1;
    if (named > 0) {
      out.push({
        first: named + 1,
        last: c.last,
        type: 'misc',
        role: null,
        titled: false,
        why: ['a thing named by someone'],
      });
      c.last = named;
      c.why.push('thing cut from the name');
    }
    if (
      c.last - c.first >= 2 &&
      ((LEX.demonyms.has(ws[c.first].text) &&
        !LEX.firstNames.has(ws[c.first].text) &&
        LEX.firstNames.has(ws[c.first + 1].text)) ||
        COMPOUND_DEMONYM.test(ws[c.first].text))
    ) {
      c.first++;
      c.type = 'person';
      c.why.push('nationality cut from the name');
    } else if (
      c.type === 'person' &&
      c.last - c.first >= 2 &&
      LEX.placeNames.has(ws[c.first].text) &&
      !LEX.firstNames.has(ws[c.first].text) &&
      /^\p{Lu}\p{Ll}/u.test(ws[c.first + 1].text)
    ) {
      c.first++;
      c.why.push('place cut from the name');
    }
    // "© Jane Holm Protesters at the gate ...": a caption's first word glued after the credit's name.
    if (
      ws[c.first - 1]?.text === '©' &&
      c.last - c.first === 2 &&
      LEX.firstNames.has(ws[c.first].text) &&
      !LEX.firstNames.has(ws[c.first + 1].text) &&
      /^\p{Ll}/u.test(ws[c.last + 1]?.text ?? '')
    ) {
      c.last--;
      c.type = 'person';
      c.why.push('caption cut from the credit');
    }
    // "Why Mark Zuckerberg Didn’t Want To …": a headline's capitalised contraction ("Didn’t", "Won’t", "We’ll")
    // after the name is the sentence's verb.
    if (c.last > c.first && CONTRACTION.test(ws[c.last].text)) {
      c.last--;
      c.why.push('a verb cut from the name');
    }
    const credit = ws[c.last].text;
    if (
      (c.type === 'person' || LEX.firstNames.has(ws[c.first].text)) &&
      c.last - c.first >= 2 &&
      /^\p{Lu}{2,4}$/u.test(credit) &&
      LEX.orgNames.has(credit) &&
      /^\p{Lu}\p{Ll}/u.test(ws[c.last - 1].text)
    ) {
      c.last--;
      c.type = 'person';
      c.why.push('agency credit cut from the name');
      out.push({ first: c.last + 1, last: c.last + 1, type: 'org', role: null, titled: false, why: ['agency credit'] });
    }
    out.push(c);
  }
  return out;
}

/**
 * The last word of the longest opening of `c`, two words or more but not all of it, that is the whole name of another
 * person span (`fullNames`); -1 if none. At most two words may follow it.
 */
function namedPrefix(ws: Word[], c: Candidate, fullNames: ReadonlySet<string | null>): number {
  for (let k = c.last - 1; k > c.first && c.last - k <= 2; k--) if (fullNames.has(phrase(ws, c.first, k))) return k;
  return -1;
}

// A double nationality, its first part in the combining form ("Franco-Britannique", "Anglo-Iranian", "Italo-Argentine").
const COMPOUND_DEMONYM =
  /^(Franco|Anglo|Italo|Germano|Hispano|Luso|Greco|Gréco|Russo|Sino|Nippo|Austro|Belgo|Irano|Israélo|Israelo|Syro|Libano|Turco|Polono|Afro|Indo|Arabo|Judéo|Americano|Américano|Canado|Suizo|Helvéto)-\p{Lu}\p{Ll}+$/u;
