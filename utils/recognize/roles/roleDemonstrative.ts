import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import { NOT_MODIFIER, adverbAfterVerb } from './roleGrammar';

// Singular demonstratives that point back at someone already named: "ce correspondant", "cette élue", "este
// periodista", "this correspondent".
const DEMONSTRATIVE = new Set([
  'ce',
  'cet',
  'cette',
  'este',
  'esta',
  'ese',
  'esa',
  'esse',
  'essa',
  'questo',
  'questa',
  'this',
]);
// How far the description may come: the sentences after the name's, up to this many sentence starts.
const SENTENCES = 3;
const MAX_WORDS = 120;

/**
 * "… une exposition de Fabrice Roux. […] Le public découvrira le travail de ce correspondant de Météo France.",
 * "… said Dana Fisk. […] The work of this correspondent for the Courier …": a demonstrative and a role head in
 * the next sentences re-describe the one person the text has just named, when no one else is named between
 * and the head noun was not said before (after "un policier", "ce policier" is that policeman). The role is
 * the head, its modifiers and the capitalised body after its "de" / "of": "correspondant de Météo France".
 */
export function roleDemonstrative(ws: Word[], people: Candidate[], c: Candidate, rw: RoleWords | null): string | null {
  // ("Ce Meusien": a capitalised word after a demonstrative is a description, no one named)
  if (c.role || DEMONSTRATIVE.has(ws[c.first - 1]?.text.toLowerCase() ?? '')) return null;
  if (people.some((d) => d.role && ws[d.last].text === ws[c.last].text)) return null;
  const named = (d: Candidate) =>
    ws[d.last].text !== ws[c.last].text && !DEMONSTRATIVE.has(ws[d.first - 1]?.text.toLowerCase() ?? '');
  // c's sentence names no one else before c.
  let a = c.first;
  while (a > 0 && !ws[a].sentenceStart) a--;
  if (people.some((d) => d.first >= a && d.first < c.first && named(d))) return null;
  const starts = new Map(people.map((d) => [d.first, d]));
  let sentences = 0;
  for (let j = c.last + 1; j < ws.length && j - c.last <= MAX_WORDS; j++) {
    if (ws[j].sentenceStart && ++sentences > SENTENCES) return null;
    const d = starts.get(j);
    if (d && named(d)) return null;
    if (!DEMONSTRATIVE.has(ws[j].text.toLowerCase())) continue;
    const role = describedAt(ws, j + 1, rw);
    if (!role) continue;
    // (a head said before is that earlier mention's: "un policier … ce policier")
    const head = role.head.toLowerCase();
    if (ws.slice(a, j).some((w) => unElide(w.text).toLowerCase() === head)) return null;
    return role.text;
  }
  return null;
}

/** A role head right after a demonstrative (at most two lower-case modifiers before it), with its body. */
function describedAt(ws: Word[], s: number, rw: RoleWords | null): { text: string; head: string } | null {
  const isHead = (t: string) => /^\p{Ll}/u.test(t) && (rw ? rw.isHead(t) : isRoleHead(t));
  let h = s;
  // (modifiers: no function word, no verb: "this district were localist" is a clause)
  const modifier = (t: string) => /^\p{Ll}+$/u.test(t) && (rw ? !rw.stop.has(t) : !NOT_MODIFIER.has(t));
  while (h < s + (rw ? 2 : 1) && ws[h] && !isHead(ws[h].text) && modifier(ws[h].text)) h++;
  if (!ws[h] || !isHead(ws[h].text) || adverbAfterVerb(ws[h - 1]?.text, ws[h].text)) return null;
  // The body: "de Météo France", "du club", "for the Courier" (a preposition, an article, capitalised words).
  let e = h;
  const w = (k: number) => ws[k]?.text ?? '';
  const prep = (t: string) => /^(de|du|des|del|da|do|di|of|for|at)$/i.test(t);
  let k = h + 1;
  if (prep(w(k)) || /^d['’]\p{Lu}/u.test(w(k))) {
    if (/^d['’]/.test(w(k))) k--;
    else if (/^(la|le|les|el|los|las|the|l['’])$/i.test(w(k + 1))) k++;
    let m = k + 1;
    while (m < ws.length && m - k <= 4 && /^\p{Lu}/u.test(unElide(w(m))) && !ws[m].sentenceStart) m++;
    if (m > k + 1) e = m - 1;
  }
  return { text: phrase(ws, s, e) ?? ws[h].text, head: ws[h].text };
}
