import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isTitleWord } from '../lexicon';
import { phrase } from './stripTitles';

const ARTICLE = new Set(['the', 'a', 'an']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')', '—', '–', '"', '”']);

/**
 * Pass 4: roles worded around a person's name.
 * - before: "Kremlin spokesperson Dmitry Peskov", "(North Korean leader) Kim Jong-un"
 * - appositive after: "John Kirby, the National Security Council coordinator for
 *   strategic communications, said"; "Tim Morrison, a former ... official,"
 * A role needs an office or job head noun, so "John, the man who ..." is no role.
 */
export function attachRoles(ws: Word[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'person' && c.type !== null) continue;
    const role = c.role ?? roleBefore(ws, c.first) ?? roleAfter(ws, c.last);
    if (role && role !== c.role) {
      c.role = role;
      c.type = 'person';
      c.why.push('role');
    }
  }
}

function roleBefore(ws: Word[], first: number): string | null {
  let k = first - 1;
  let end = k;
  if (k >= 0 && ws[k].text === ')') {
    k--;
    end = k;
  }
  // Title words and capitalised modifiers ("Kremlin", "North Korean"), but not
  // a sentence's first word that is no name ("After North Korean Foreign Minister").
  while (
    k >= 0 &&
    (isTitleWord(ws[k].text) || /^\p{Lu}/u.test(ws[k].text)) &&
    ws[k].text.length > 1 &&
    !LEX.notNames.has(ws[k].text)
  )
    k--;
  if (k === end) return null;
  const words = ws.slice(k + 1, end + 1);
  if (!words.some((w) => LEX.officeHeads.has(w.text.toLowerCase()))) return null;
  // The head noun must be last: "President Putin", not "Kremlin Putin".
  if (!isTitleWord(words[words.length - 1].text)) return null;
  return phrase(ws, k + 1, end, LEX.honorifics);
}

function roleAfter(ws: Word[], last: number): string | null {
  if (ws[last + 1]?.text !== ',') return null;
  let a = last + 2;
  if (a < ws.length && ARTICLE.has(ws[a].text.toLowerCase())) a++;
  let b = a;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && b - a < 16) b++;
  if (b >= ws.length || ws[b].text !== ',' || b === a) return null;
  const words = ws.slice(a, b);
  if (!words.some((w) => LEX.officeHeads.has(w.text.toLowerCase()) || LEX.nonOfficialHeads.has(w.text.toLowerCase())))
    return null;
  // A verb-led clause ("Kirby, speaking to reporters,") is not a role.
  if (/(ing|ed)$/.test(words[0].text) && !/^\p{Lu}/u.test(words[0].text)) return null;
  return phrase(ws, a, b - 1);
}

/** True when a role names a public office or military rank rather than a job. */
export function isOfficialRole(role: string | null): boolean {
  if (!role) return false;
  const parts = role.split(/\s+/);
  if (parts.some((w) => LEX.ranks.has(w))) return true;
  const lower = parts.flatMap((w) => w.toLowerCase().split('-'));
  return lower.some((w) => LEX.officeHeads.has(w)) && !lower.some((w) => LEX.nonOfficialHeads.has(w));
}
