import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { phrase } from '../passes/stripTitles';
import { roleAfter } from './roleAfter';

// Possessives that open an appositive about the body just named: "son président", "su presidenta", "its chairman".
const POSSESSIVE = new Set(['son', 'sa', 'su', 'seu', 'sua', 'suo', 'its']);
// English nouns of private bodies (the other languages list theirs: `privateBodies`).
const PRIVATE_EN = /^(association|club|society|federation|foundation|company|firm|charity|union|team)$/i;
const MAX_BACK = 40;

/**
 * The appositive after a name (`roleAfter`); when it opens with a possessive ("J.-P. Roux, son président,",
 * "Jo Park, its chairman,") and the body it points back to, named earlier in the sentence, is a private one
 * ("l'association des Jardiniers de Metz", "the angling club"), that body is written after the role: "président,
 * association des Jardiniers de Metz", whose holder has no public office.
 */
export function roleAfterOwner(ws: Word[], last: number, rw: RoleWords | null, inName: Set<number>): string | null {
  const role = roleAfter(ws, last, rw, inName);
  if (!role || ws[last + 1]?.text !== ',' || !POSSESSIVE.has(ws[last + 2]?.text.toLowerCase() ?? '')) return role;
  const priv = (t: string) => {
    const l = unElide(t).toLowerCase();
    return rw ? rw.privateBodies.has(l) : PRIVATE_EN.test(l);
  };
  // The nearest noun of a body before the name, in its sentence.
  let k = last;
  while (k > 0 && last - k < MAX_BACK && !ws[k].sentenceStart && !priv(ws[k].text)) k--;
  if (!priv(ws[k].text)) return role;
  // Its name after it: "des Jardiniers de France", "of Leeds" (connectors, articles and capitalised words).
  const joins = (t: string) =>
    /^(de|des|du|del|de la|of|the|d['’]\p{Lu}.*)$/iu.test(t) || !!rw?.articles.has(t.toLowerCase());
  let e = k;
  while (
    e + 1 < last &&
    (joins(ws[e + 1].text) || /^\p{Lu}/u.test(unElide(ws[e + 1].text))) &&
    !ws[e + 1].sentenceStart
  )
    e++;
  while (e > k && joins(ws[e].text)) e--;
  const body = phrase(ws, k, e) ?? ws[k].text;
  return `${role}, ${unElide(body)}`;
}
