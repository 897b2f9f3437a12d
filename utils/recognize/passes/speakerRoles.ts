import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { openingRole } from './attachRoles';

// Definite singular articles: "the minister" is someone the story names; "a minister", "les ministres" are not.
const DEFINITE = new Set(['the', 'le', 'la', 'l’', "l'", 'el', 'o', 'il', 'lo', 'der', 'die', 'das']);
// Auxiliaries of compound tenses between a subject and its speech verb ("Fabius a ajouté", "has said").
const AUX = new Set(['a', 'has', 'had', 'have', 'ha', 'había', 'tem', 'è', 'hat']);
// Words that open a reported-speech inversion: "», a ajouté X", "," said the minister".
const QUOTE_END = new Set([',', '”', '"', '»', '«', '—', '–', ':']);
// Verbs whose object, not whose subject, follows them ("told the minister").
const OBJECT_VERBS = new Set(['told', 'tells', 'asked']);
// A role and its name must be this close (in words) to be read as one speaker.
const REACH = 70;

/**
 * Pass 4b: news often gives a speaker's role and name in different sentences, as the subject of
 * a speech verb each time:
 * - role first: "…, a déclaré jeudi le ministre des Affaires étrangères. […] «…», a ajouté Laurent Fabius."
 * - name first: "Tom Baxter said the plan was sound. "It works," the company's chief executive added."
 * A definite singular role that speaks ("said the minister", "el portavoz afirmó", "selon le ministre")
 * goes to the nearest person who speaks too, when that person has no role and nobody else is named
 * between them (for the name before, nobody else in that name's sentence either). A title before a
 * name ("the minister Jean Dupont") is not such a role: the name has it already.
 */
export function speakerRoles(ws: Word[], cands: Candidate[], rw: RoleWords | null): void {
  // (not a sentence's opening adverb the tagger took for a name: "Luego, …", "Later, …")
  const opener = (c: Candidate) => c.first === c.last && ws[c.first].sentenceStart && ws[c.last + 1]?.text === ',';
  const people = cands.filter((c) => c.type === 'person' && !opener(c)).sort((a, b) => a.first - b.first);
  if (!people.length) return;
  const speech = rw ? new Set([...LEX.speechVerbs, ...rw.speechVerbs]) : LEX.speechVerbs;
  const isSpeech = (k: number) => speech.has(ws[k]?.text.toLowerCase() ?? '');
  const key = (c: Candidate) => ws[c.last].text;
  const withRole = new Set(people.filter((c) => c.role).map(key));
  const starts = new Set(people.map((c) => c.first));
  const sentenceOf = (k: number) => {
    while (k > 0 && !ws[k].sentenceStart) k--;
    return k;
  };
  const speaks = (first: number, last: number): boolean => {
    // After: "Fabius said", "Fabius a ajouté", "the minister has said".
    if (isSpeech(last + 1) || (AUX.has(ws[last + 1]?.text.toLowerCase() ?? '') && isSpeech(last + 2))) return true;
    // Before: "a ajouté Laurent Fabius", "said the minister", "selon M. Fabius", "according to the minister".
    let b = first - 1;
    if (b >= 0 && (LEX.honorifics.has(ws[b].text) || rw?.honorifics.has(ws[b].text.replace(/\.$/, '')))) b--;
    // A day or adverb may stand between an inverted verb and its subject ("a déclaré jeudi le ministre").
    for (let v = b; v >= 0 && b - v < 3; v--) {
      const t = ws[v].text.toLowerCase();
      if (v === b && t === 'to' && ws[v - 1]?.text.toLowerCase() === 'according') return true;
      if (speech.has(t) && !OBJECT_VERBS.has(t)) {
        // "according", "selon", "según" need no quote; an inverted verb follows one.
        if (v === b && /^(according|selon|según|segundo|secondo)$/.test(t)) return true;
        const before = ws[v - 1]?.text.toLowerCase() ?? '';
        // (an adverb may split the auxiliary from its participle: "», ha poi aggiunto X", "a ensuite ajouté")
        const split = !AUX.has(before) && /^\p{Ll}+$/u.test(before) && AUX.has(ws[v - 2]?.text.toLowerCase() ?? '');
        const q = split ? ws[v - 3]?.text : AUX.has(before) ? ws[v - 2]?.text : ws[v - 1]?.text;
        return !!q && QUOTE_END.has(q);
      }
      if (v < b && !/^\p{Ll}/u.test(ws[v + 1].text)) return false;
      if (!/^\p{Ll}/u.test(ws[v].text) || AUX.has(t) || DEFINITE.has(t)) return false;
    }
    return false;
  };
  let p = 0; // people[p] is the first person after the role
  for (let k = 0; k < ws.length; k++) {
    const t = ws[k].text.toLowerCase();
    if (rw ? !DEFINITE.has(t) && !/^l['’]\p{L}/u.test(t) : t !== 'the') continue;
    while (p < people.length && people[p].first <= k) p++;
    if (starts.has(k + 1)) continue;
    const found = openingRole(ws, k, rw, starts);
    if (!found || !speaks(k, found.end)) continue;
    let q = p;
    while (q < people.length && people[q].first <= found.end) q++;
    const before = p > 0 ? people[p - 1] : null;
    const after = q < people.length ? people[q] : null;
    let target: Candidate | null = null;
    let why = '';
    if (before && k - before.last <= REACH && !withRole.has(key(before)) && speaks(before.first, before.last)) {
      // Nobody else named in the sentence of the name or after it.
      const s = sentenceOf(before.first);
      const others = people.some((c) => c.first >= s && c.first < k && key(c) !== key(before));
      if (!others) [target, why] = [before, 'role of the speaker, later sentence'];
    }
    // The role may name someone introduced before with that title ("President X … the president said"):
    // a later name gets it only when no one was named in the two sentences before, nor given that title.
    const isHead = (w: string) => isRoleHead(w) || !!rw?.isHead(w);
    const head = found.role.split(/\s+/).find(isHead)?.toLowerCase();
    const titledBefore = people
      .slice(0, p)
      .some((c) => !!head && !!c.role && c.role.toLowerCase().split(/\s+/).includes(head));
    const recent = before && before.first >= sentenceOf(sentenceOf(k) - 1);
    if (
      !target &&
      after &&
      !recent &&
      !titledBefore &&
      after.first - found.end <= REACH &&
      !withRole.has(key(after)) &&
      speaks(after.first, after.last)
    )
      [target, why] = [after, 'role of the speaker, earlier sentence'];
    if (!target) continue;
    target.role = found.role;
    target.why.push(why);
    withRole.add(key(target));
  }
}
