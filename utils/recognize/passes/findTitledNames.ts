import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import type { RoleWords } from '../roleWords';

const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/**
 * Pass 3b: a capitalised name right after a lower-case title is a person,
 * whatever the tagger made of it: "o técnico Tite", "le cinéaste Jean Dupont",
 * "his daughter Sybil". The tagger is trained on English news, so on other
 * languages this is the strongest cue there is; a span it typed as an
 * organisation or place is retyped, a name it missed is added.
 */
export function findTitledNames(ws: Word[], cands: Candidate[], rw: RoleWords | null): Candidate[] {
  const owner = new Map<number, Candidate>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) owner.set(k, c);
  const out = [...cands];
  for (let i = 0; i + 1 < ws.length; i++) {
    const t = ws[i].text;
    if (capitalTitle(ws, i, owner)) {
      const c: Candidate = {
        first: i + 1,
        last: i + 1,
        type: 'person',
        role: null,
        titled: true,
        why: ['name after title'],
      };
      out.push(c);
      owner.set(i + 1, c);
      i++;
      continue;
    }
    if (!/^\p{Ll}/u.test(t) || !(isRoleHead(t) || rw?.isHead(t))) continue;
    let a = i + 1;
    // Post-head modifiers: "presidente eleito Jair Bolsonaro".
    while (a < ws.length && a - i <= 2 && rw?.modifiers.has(ws[a].text.toLowerCase())) a++;
    let b = a;
    while (b < ws.length && b - a < 4) {
      const w = ws[b];
      const nameish =
        NAME_WORD.test(w.text) &&
        !isTitleWord(w.text) &&
        !LEX.notNames.has(w.text) &&
        !rw?.stop.has(w.text.toLowerCase());
      if (nameish && !w.sentenceStart) b++;
      else if (b > a && LEX.nameParticles.has(w.text) && NAME_WORD.test(ws[b + 1]?.text ?? '')) b++;
      else break;
    }
    const last = b - 1;
    if (last < a) continue;
    // ("la abogada Dña. Lucía Ferrer": an honorific after the title is the name's, not a name)
    if (last === a && rw?.honorifics.has(ws[a].text.replace(/\.$/, ''))) continue;
    // One word after a title is a name only where an article opens the phrase ("o técnico Tite",
    // "his daughter Sybil"), not in "útočník Liverpoolu" (striker of Liverpool).
    const opener = ws[i - 1]?.text.toLowerCase() ?? '';
    // (or a preposition and an article in one word: "el fichaje del delantero Endrick")
    if (last === a && !(DETERMINER.has(opener) || rw?.articles.has(opener) || rw?.contractions.has(opener))) continue;
    const name = ws
      .slice(a, b)
      .map((w) => w.text)
      .join(' ');
    if (LEX.orgNames.has(name) || LEX.placeNames.has(name) || LEX.demonyms.has(name) || LEX.orgHeads.has(ws[last].text))
      continue;
    const hit = owner.get(a);
    if (!hit && [...Array(b - a).keys()].every((k) => !owner.has(a + k))) {
      const c: Candidate = { first: a, last, type: 'person', role: null, titled: true, why: ['name after title'] };
      out.push(c);
      for (let k = a; k <= last; k++) owner.set(k, c);
    } else if (hit && hit.first === a && hit.last === last && hit.type !== 'person') {
      hit.type = 'person';
      hit.why.push('name after title');
    }
    i = last;
  }
  return out;
}

/**
 * "Vice President Pence", "Chairman Schiff": a capitalised office or rank, then one capitalised word
 * that no span covers and no capitalised word follows, is a surname the tagger missed. (Only a word
 * that names nothing else: not a place, an organisation, a demonym, a sentence word or a title.)
 */
function capitalTitle(ws: Word[], i: number, owner: Map<number, Candidate>): boolean {
  const t = ws[i].text;
  if (!/^\p{Lu}\p{Ll}/u.test(t) || !(LEX.officeHeads.has(t.toLowerCase()) || LEX.ranks.has(t)) || /s$/.test(t))
    return false;
  const w = ws[i + 1];
  const next = ws[i + 2]?.text ?? '';
  if (!w || w.sentenceStart || owner.has(i + 1) || owner.has(i)) return false;
  // ("the President Hotel", "the Chairman Award": after "the" the title opens a thing's name)
  if (/^the$/i.test(ws[i - 1]?.text ?? '') || /^the$/i.test(ws[i - 2]?.text ?? '')) return false;
  if (!NAME_WORD.test(w.text) || /^\p{Lu}/u.test(next) || /^['’]/u.test(next)) return false;
  return (
    !isTitleWord(w.text) &&
    !LEX.notNames.has(w.text) &&
    !LEX.orgNames.has(w.text) &&
    !LEX.placeNames.has(w.text) &&
    !LEX.demonyms.has(w.text) &&
    !LEX.orgHeads.has(w.text) &&
    !LEX.placeHeads.has(w.text)
  );
}
