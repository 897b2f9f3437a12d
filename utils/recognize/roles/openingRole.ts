import type { Word } from '../words';
import { LEX, isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { CLAUSE_END, NOT_MODIFIER, POSSESSIVE, PREP, articlesOf, plainWord } from './roleGrammar';

/**
 * A role that opens a sentence as its subject: "The Kremlin spokesman added", "Le ministre des Affaires
 * étrangères a dit", "Anglický mladík okořenil". Not a title before a name ("The minister John Smith"),
 * not a plural ("The ministers").
 */
export function openingRole(
  ws: Word[],
  s: number,
  rw: RoleWords | null,
  starts: Set<number>,
): { role: string; end: number } | null {
  const articles = articlesOf(rw);
  let k = s;
  const article = articles.has(unElide(ws[k].text).toLowerCase()) || /^(l|d)['’]/i.test(ws[k].text);
  if (articles.has(ws[k].text.toLowerCase())) k++;
  // Czech has no articles: a capitalised adjective opens the phrase there.
  if (!article && !(rw && !rw.articles.size) && !LEX.demonyms.has(ws[k].text)) return null;
  let head = -1;
  for (let j = k; j < ws.length && j - k < 5; j++) {
    const t = ws[j].text;
    if (isRoleHead(t) || rw?.isHead(t)) {
      head = j;
      // Romance and Czech nouns come first, adjectives after: the first head is the noun.
      if (rw) break;
      continue;
    }
    if (head >= 0) break;
    if (CLAUSE_END.has(t) || POSSESSIVE.test(t) || NOT_MODIFIER.has(t.toLowerCase()) || rw?.stop.has(t.toLowerCase()))
      return null;
  }
  if (head < 0) return null;
  // (in another language the noun comes first: a head after another word that is no modifier of it is an
  // adjective, "El alivio fiscal beneficiará" is no prosecutor's)
  if (rw && ws.slice(k, head).some((w) => !rw.modifiers.has(unElide(w.text).toLowerCase()) && !/^\p{Lu}/u.test(w.text)))
    return null;
  const h = ws[head].text.toLowerCase();
  if (/[^s]s$/.test(h) && (isRoleHead(h.slice(0, -1)) || rw?.isHead(h.slice(0, -1)))) return null;
  let e = head;
  // "of the Joint Chiefs of Staff", "des Affaires étrangères": the body the role belongs to.
  const joins = (t: string) => PREP.has(t) || !!rw?.connectors.has(t) || /^(the|of|for|and)$/.test(t);
  while (e + 1 < ws.length && e - head < 8) {
    const t = ws[e + 1].text;
    // "de la Santé", "de l'Etat": an article of the language may follow the connector.
    const article = e > head && !!rw?.articles.has(t.toLowerCase()) && joins(ws[e].text.toLowerCase());
    if (
      (joins(t.toLowerCase()) || article) &&
      /^\p{Lu}|^(the|of|des|de|du|del|la|le)$/u.test(unElide(ws[e + 2]?.text ?? ''))
    )
      e++;
    else if (e > head && /^\p{Lu}/u.test(unElide(t)) && !ws[e + 1].sentenceStart) e++;
    else if (
      e > head &&
      rw &&
      /^\p{Ll}/u.test(t) &&
      joins(ws[e].text.toLowerCase()) === false &&
      /^\p{Lu}/u.test(ws[e].text) &&
      !rw.stop.has(t)
    ) {
      e++; // "Affaires étrangères": a lower-case adjective after a capitalised word of the body
      break;
    } else break;
  }
  while (e > head && joins(ws[e].text.toLowerCase())) e--;
  // "L'allenatore bianconero Massimiliano Allegri": a name after the head's adjectives is the title's too.
  if (rw && e === head) {
    let j = e + 1;
    while (j <= e + 2 && isAdjective(ws, j, rw)) j++;
    if (starts.has(j)) return null;
    // "Il tecnico nerazzurro ha contestato": one adjective before the verb belongs to the role.
    if (j === e + 2 && (rw.stop.has(ws[j]?.text.toLowerCase() ?? '') || CLAUSE_END.has(ws[j]?.text ?? ''))) e++;
  }
  // A name right after the role: it is that name's title, not a description of the last sentence's person.
  const next = ws[e + 1];
  if (!next || starts.has(e + 1) || (/^\p{Lu}/u.test(next.text) && !next.sentenceStart)) return null;
  // ("La diputada de Unión por la Patria Cecilia Moreau habló": the body's name runs on, through small words and
  // capitals, into a name, whose title it is)
  for (let k = e + 1; k <= e + 6 && k < ws.length; k++) {
    if (starts.has(k)) return null;
    if (!/^\p{Lu}/u.test(ws[k].text) && !/^\p{Ll}{1,4}$/u.test(ws[k].text)) break;
  }
  // "La porte-parole du gouvernement, Sophie Martin, a confirmé": the role is set off before its own name.
  let j = e + 1;
  while (j < ws.length && j - e < 8 && !CLAUSE_END.has(ws[j].text)) j++;
  if (ws[j]?.text === ',' && starts.has(j + 1)) return null;
  // (an article glued to the head, "l’ambassadeur", stays in the phrase)
  const role = phrase(ws, k, e);
  return role ? { role, end: e } : null;
}

/** ws[j] may be an adjective after a Romance head ("bianconero", "socialiste"): one plain lower-case word. */
function isAdjective(ws: Word[], j: number, rw: RoleWords): boolean {
  const t = ws[j]?.text ?? '';
  return /^\p{Ll}+$/u.test(t) && plainWord(t, rw);
}
