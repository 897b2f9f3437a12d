import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { openingRole } from './openingRole';
import { LEX } from '../lexicon';
import { isPersonNoun } from './rolePersonNoun';
import { phrase } from '../passes/stripTitles';

// Singular definite articles: "the coach", "le technicien", "el técnico", "il tecnico". A description after one
// points back at someone already in the story; after "a", "un", "una" it brings in someone new.
const DEFINITE = new Set(['the', 'el', 'la', 'le', 'il', 'lo']);
// How far back the person may be named: within this many sentence starts, and words.
const SENTENCES = 2;
const MAX_WORDS = 80;

/** ws[d] opens a definite noun phrase: "the", "el", "la", or an elided "l'" glued to the noun ("L'entraîneur"). */
const definiteAt = (ws: Word[], d: number) =>
  DEFINITE.has(ws[d].text.toLowerCase()) || /^l['’]\p{L}*$/iu.test(ws[d].text);

/**
 * The description is a clause's subject: it opens a sentence, or follows the verb of saying after a quote
 * ("», a regretté le technicien italien", "\", said the coach"). As an object ("the prestige of the coach") it
 * may be anyone's.
 */
function subjectAt(ws: Word[], d: number): boolean {
  if (ws[d].sentenceStart) return true;
  // The verb between a quote and the description is one of saying: '", escribió el centrocampista', '», a
  // regretté le technicien'; not after a name ("X told the chief executive": the description is the object).
  for (let k = d - 1; k >= d - 2 && /^\p{Ll}+$/u.test(ws[k]?.text ?? ''); k--)
    if (ws[k - 1]?.text === ',' && QUOTE_END.test(ws[k - 2]?.text ?? '')) return true;
  return false;
}
const QUOTE_END = /^["”»'’]$/;

/** ws[k] stands inside a quotation that opens after ws[a] (the sentence's start): straight quotes counted. */
function quoted(ws: Word[], a: number, k: number): boolean {
  let depth = 0,
    straight = 0;
  for (let j = a; j < k; j++) {
    const t = ws[j].text;
    if (t === '"') straight++;
    else if (t === '«' || t === '“') depth++;
    else if ((t === '»' || t === '”') && depth > 0) depth--;
  }
  return depth > 0 || straight % 2 === 1;
}

/**
 * After the verb that closes a quote, the speaker described by any noun for a person: '», a regretté le
 * technicien italien', '", said the veteran winger'. The slot says the noun is the speaker, so the noun need be
 * on no list (a person noun in English, any noun of the language elsewhere); one or two adjectives, or "de" and a
 * body, may follow.
 */
function nounAfterQuote(ws: Word[], d: number, rw: RoleWords | null): { role: string; end: number } | null {
  // (the elided article is glued to the noun, "l'entraîneur", or a word of its own, "l'" "entraîneur")
  const k = /^l['’]\p{L}/iu.test(ws[d].text) ? d : d + 1;
  const noun = k === d ? ws[d].text.replace(/^l['’]/i, '') : (ws[k]?.text ?? '');
  if (!isPersonNoun(noun, rw) || /s$/.test(noun)) return null;
  let e = k;
  for (let n = 0; n < 2 && e + 1 < ws.length; n++) {
    const t = ws[e + 1].text;
    if (rw && isPersonNoun(t, rw) && !rw.isHead(t)) e++;
    else if ((t === 'of' || rw?.connectors.has(t)) && /^\p{Lu}/u.test(ws[e + 2]?.text ?? '')) {
      e += 2;
      while (e + 1 < ws.length && /^\p{Lu}/u.test(ws[e + 1].text)) e++;
      break;
    } else break;
  }
  // (the role without its article, as openingRole reads it)
  return { role: phrase(ws, k, e) ?? noun, end: e };
}

/**
 * A definite description re-names the person the story has just named, when nothing else stands between:
 * "… a déclaré Luis Enrique en conférence de presse. L'entraîneur espagnol du PSG a salué …", "… Roberto De
 * Zerbi n'a pas caché sa déception : « … », a regretté le technicien italien", "… prestige del técnico
 * argentino". Wire copy avoids repeating a name this way; the role lists before this one read it only where
 * the description opens the very next sentence. The description goes to the person only when:
 * - no mention of that person has a role yet, and no other person is named between the name and it;
 * - it comes in the name's sentence or the next two;
 * - its head noun is in no other person's role ("the president" after a senator's name is the president the
 *   article named earlier, not the senator).
 */
export function roleAnaphora(ws: Word[], people: Candidate[], rw: RoleWords | null): void {
  const lastWord = (c: Candidate) => ws[c.last].text;
  const withRole = new Set(people.filter((c) => c.role).map(lastWord));
  const starts = new Set(people.map((c) => c.first));
  const nameAt = new Set<number>();
  for (const c of people) for (let k = c.first; k <= c.last; k++) nameAt.add(k);
  for (let i = 0; i < people.length; i++) {
    const c = people[i];
    if (c.type !== 'person' || withRole.has(lastWord(c))) continue;
    // The words up to the next person named who is someone else, within the window.
    // (rivals are people: an untyped capitalised word, "Côté marseillais, X", is none)
    const next = people.slice(i + 1).find((d) => d.type === 'person' && lastWord(d) !== lastWord(c));
    // (nor anyone else earlier in the name's own sentence: "A told B …; the minister" could be either)
    let a = c.first;
    while (a > 0 && !ws[a].sentenceStart) a--;
    // (the sentence may open on a quote, which passes its start to the word after it)
    while (a > 0 && /^["“«]$/.test(ws[a - 1].text)) a--;
    // (a name quoted inside the sentence is no rival: '"Ousmane joue …", a déclaré Luis Enrique.')
    const rival = (d: Candidate) =>
      d.type === 'person' && d.first >= a && lastWord(d) !== lastWord(c) && !quoted(ws, a, d.first);
    if (people.slice(0, i).some(rival)) continue;
    let sentences = 0;
    for (let d = c.last + 1; d < ws.length && d - c.last <= MAX_WORDS; d++) {
      if (next && d >= next.first) break;
      if (ws[d].sentenceStart && ++sentences > SENTENCES) break;
      if (nameAt.has(d) || !definiteAt(ws, d) || !subjectAt(ws, d)) continue;
      const found = openingRole(ws, d, rw, starts) ?? (ws[d].sentenceStart ? null : nounAfterQuote(ws, d, rw));
      if (!found) continue;
      const head = found.role.split(/\s+/).find((w) => /^\p{Ll}/u.test(w.replace(/^l['’]/i, '')));
      // (a capitalised "head" is a name's: "The Hollywood Reporter")
      if (!head) continue;
      const key = head.replace(/^l['’]/i, '').toLowerCase();
      // (in English, a head whose first sense is a person: "the coach", not "the model" of a study)
      if (!rw && !LEX.personNouns.has(key)) continue;
      const othersRole = people.some(
        (o) =>
          o.role &&
          lastWord(o) !== lastWord(c) &&
          o.role
            .toLowerCase()
            .split(/[\s']+/)
            .includes(key),
      );
      if (othersRole) break;
      c.role = found.role;
      c.why.push('definite description after');
      withRole.add(lastWord(c));
      break;
    }
  }
}
