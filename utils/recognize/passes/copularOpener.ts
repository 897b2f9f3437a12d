import type { Word } from '../words';
import { coveredWords, type Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX, isRoleHead } from '../lexicon';
import { roleCopular } from '../roles/roleCopular';

// A word of a surname: "Herzog", "O'Brien", "Al-Sadr".
const SURNAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;

/**
 * "Herzog fut élu président d'Israël", "Antinori est le premier parrain officiel de Tampa", "Okafor was the
 * club's captain": one capitalised word opening a sentence, then a copula or an appointment and a role, is
 * someone's surname. A tagger reads no evidence in a sentence's first capital, and leaves such a word out. The word
 * is written in lower case nowhere in the text, is no function word, nationality, place or body the lexicons
 * know, and the role read after it has a head of someone's job or office ("Paris est la capitale" has none).
 */
export function copularOpener(ws: Word[], cands: Candidate[], rw: RoleWords | null, lower: Set<string>): Candidate[] {
  const covered = coveredWords(cands);
  const out = [...cands];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (!w.sentenceStart || covered.has(k) || !SURNAME.test(w.text)) continue;
    const l = w.text.toLowerCase();
    if (lower.has(l) || rw?.stop.has(l) || LEX.notNames.has(w.text) || LEX.demonyms.has(w.text)) continue;
    if (rw?.demonyms.has(w.text) || LEX.placeNames.has(w.text) || LEX.orgNames.has(w.text)) continue;
    if (LEX.firstNames.has(w.text) || ws[k + 1]?.sentenceStart) continue;
    const role = roleCopular(ws, k, rw, k);
    if (!role) continue;
    const words = role.split(/\s+/);
    if (!words.some((x) => isRoleHead(x) || !!rw?.isHead(x))) continue;
    out.push({ first: k, last: k, type: 'person', role: null, titled: false, why: ['a role after a copula'] });
  }
  return out.sort((a, b) => a.first - b.first);
}
