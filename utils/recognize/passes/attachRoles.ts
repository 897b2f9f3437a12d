import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from './stripTitles';

const ARTICLE = new Set(['the', 'a', 'an']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '”', '“', '?', '!']);
// Words that end a role phrase read after a copula ("is the ambassador to the EU and ...").
const PHRASE_STOP = new Set(['and', 'who', 'which', 'that', 'but', 'when', 'since', 'until', 'said', 'says', 'told']);

/**
 * Pass 4: roles worded around a person's name, tried in this order:
 * - already found inside the name's capitalised run ("Russian President Vladimir Putin")
 * - title words just before: "Kremlin spokesperson Dmitry Peskov", "(North Korean leader) Kim Jong-un"
 * - appositive before: "the Taliban's deputy leader, Sirajuddin Haqqani"
 * - appositive after: "John Kirby, the National Security Council coordinator for strategic
 *   communications, said"; "Tim Morrison, a former National Security Council official,"
 * - relative or copular: "X, who is the chairman of the Joint Chiefs of Staff"; "X is the ambassador to the EU"
 * A role needs an office or job head noun, so "John, the man who ..." is no role.
 */
export function attachRoles(ws: Word[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'person' && c.type !== null) continue;
    const found: [string | null, string][] = [
      [c.role, ''],
      [roleBefore(ws, c.first), 'role before name'],
      [roleApposBefore(ws, c.first), 'appositive before'],
      [roleAfter(ws, c.last), 'appositive after'],
      [roleCopular(ws, c.last), 'copular'],
    ];
    const hit = found.find(([r]) => r);
    if (!hit || hit[0] === c.role) continue;
    c.role = hit[0];
    c.type = 'person';
    c.why.push(hit[1]);
  }
}

const hasHead = (words: Word[]) => words.some((w) => isRoleHead(w.text));

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
    !(LEX.notNames.has(ws[k].text) && (ws[k].sentenceStart || !isTitleWord(ws[k].text)))
  )
    k--;
  if (k === end) return null;
  const words = ws.slice(k + 1, end + 1);
  if (!hasHead(words)) return null;
  // The head noun must be last: "President Putin", not "Kremlin Putin".
  if (!isTitleWord(words[words.length - 1].text)) return null;
  return phrase(ws, k + 1, end, LEX.honorifics);
}

/** "the Taliban's deputy leader, Sirajuddin Haqqani": a noun phrase ending in a head noun, then a comma. */
function roleApposBefore(ws: Word[], first: number): string | null {
  if (ws[first - 1]?.text !== ',') return null;
  const end = first - 2;
  if (end < 0 || !isRoleHead(ws[end].text)) return null;
  let k = end;
  while (k - 1 >= 0 && end - k < 10 && !CLAUSE_END.has(ws[k - 1].text) && ws[k - 1].text !== ',') {
    const prev = ws[k - 1].text.toLowerCase();
    if (ARTICLE.has(prev)) break;
    k--;
  }
  // Must be introduced by an article or open a clause: "said the minister, John ..." is fine,
  // "met Jones, Smith" is not (no head noun there anyway).
  const before = ws[k - 1]?.text.toLowerCase();
  if (k - 1 >= 0 && !ARTICLE.has(before ?? '') && !CLAUSE_END.has(ws[k - 1].text) && !ws[k].sentenceStart) return null;
  return phrase(ws, k, end);
}

function roleAfter(ws: Word[], last: number): string | null {
  if (ws[last + 1]?.text !== ',') return null;
  let a = last + 2;
  if (a < ws.length && ARTICLE.has(ws[a].text.toLowerCase())) a++;
  let b = a;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && b - a < 16) b++;
  // Closed by a comma, or by the sentence's end ("..., said Jeffrey Frankel, an economist at Harvard.").
  if (b >= ws.length || !/^[,.;]$/.test(ws[b].text) || b === a) return null;
  const words = ws.slice(a, b);
  if (!hasHead(words)) return null;
  // A verb-led clause ("Kirby, speaking to reporters,") or a relative one is not an appositive.
  if (/(ing|ed)$/.test(words[0].text) && !/^\p{Lu}/u.test(words[0].text)) return null;
  if (words[0].text.toLowerCase() === 'who') return null;
  return phrase(ws, a, b - 1);
}

/** "X, who is the chairman of the Joint Chiefs of Staff," / "X is the ambassador to the European Union." */
function roleCopular(ws: Word[], last: number): string | null {
  let a = last + 1;
  if (ws[a]?.text === ',') a++;
  if (ws[a]?.text.toLowerCase() === 'who') a++;
  else if (a !== last + 1) return null;
  // One- or two-word copulas: "is", "has been", "serves as".
  const two = `${ws[a]?.text.toLowerCase()} ${ws[a + 1]?.text.toLowerCase()}`;
  if (LEX.copulas.has(two)) a += 2;
  else if (LEX.copulas.has(ws[a]?.text.toLowerCase() ?? '')) a++;
  else return null;
  if (a < ws.length && ARTICLE.has(ws[a].text.toLowerCase())) a++;
  let b = a;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && !PHRASE_STOP.has(ws[b].text.toLowerCase()) && b - a < 12) b++;
  if (b === a) return null;
  const words = ws.slice(a, b);
  // The phrase must start with its head or a modifier of it, not a verb or adverb ("is also expected").
  if (!hasHead(words.slice(0, 5))) return null;
  if (/(ly|ing|ed)$/.test(words[0].text) && !isTitleWord(words[0].text)) return null;
  return phrase(ws, a, b - 1);
}

// Heads that are offices wherever they appear...
const STRONG_OFFICE =
  /\b(minister|senator|congress(wo)?man|ambassador|envoy|governor|mayor|spokes(person|man|woman)|secretary|chancellor|premier|king|queen|prince|emperor|pope|lawmaker|legislator|diplomat|general|admiral|colonel|commander|prosecutor|attorney-general|secretary-general|sheriff|ayatollah|sultan|emir|speaker|rep\.|sen\.|gov\.)(?![\p{L}])/iu;
// ...and heads that are offices only in a public body ("FBI director", not "film director").
const WEAK_OFFICE =
  /\b(president|vice-president|director|chairman|chairwoman|chair|chief|head|leader|official|officer|coordinator|adviser|advisor|commissioner|deputy|judge|justice|representative)\b/i;
const PUBLIC_BODY =
  /\b(government|ministry|department|state|federal|national|council|agency|commission|parliament|congress|senate|house|kremlin|pentagon|white house|police|army|navy|air force|military|intelligence|nato|un|united nations|eu|european union|party|opposition|supreme|court|cabinet|presidential|foreign|defen[cs]e|interior|treasury|security|country's|nation's)\b/i;

/** True when a role names a public office or military rank rather than a job. */
export function isOfficialRole(role: string | null): boolean {
  if (!role) return false;
  const parts = role.split(/[\s,]+/);
  if (parts.some((w) => LEX.ranks.has(w))) return true;
  const office = STRONG_OFFICE.test(role) || WEAK_OFFICE.test(role);
  // "Russian President", "North Korean leader": an office of a country.
  if (office && LEX.demonymCountry.some(([d]) => role.startsWith(d + ' '))) return true;
  // A press secretary of a film or a company is a job, of a government an office.
  if (STRONG_OFFICE.test(role)) return !/\b(film|movie|team|club|company|firm)\b/i.test(role) || PUBLIC_BODY.test(role);
  return WEAK_OFFICE.test(role) && PUBLIC_BODY.test(role);
}

/**
 * The organisation or country a role belongs to, where the role states it:
 * "Kremlin spokesperson" → Kremlin; "North Korean Foreign Minister" → North
 * Korea; "ambassador to the European Union" → European Union.
 */
export function roleOrganisation(role: string | null): string | null {
  if (!role) return null;
  for (const [demonym, country] of LEX.demonymCountry) if (new RegExp(`^${esc(demonym)}\\b`).test(role)) return country;
  // Runs of capitalised words, joined across "of"/"for"/"the"/"and" ("Joint Chiefs of Staff").
  const words = role.split(/\s+/).map((w) => w.replace(/['’]s$|,$/u, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      (/^\p{Lu}/u.test(words[j + 1]) ||
        (/^(of|for|the|and)$/.test(words[j + 1]) && /^\p{Lu}/u.test(words[j + 2] ?? '')))
    )
      j++;
    const run = words.slice(i, j + 1);
    // Office heads and ranks lead ("Secretary of State"), title words trail ("Pentagon Press Secretary").
    while (
      run.length &&
      (LEX.officeHeads.has(run[0].toLowerCase()) || LEX.ranks.has(run[0]) || /^(of|for|the|and)$/.test(run[0]))
    )
      run.shift();
    while (run.length && isTitleWord(run[run.length - 1]) && !LEX.orgHeads.has(run[run.length - 1])) run.pop();
    const name = run.join(' ');
    if (name && !(run.length === 1 && isTitleWord(name))) return name;
    i = j;
  }
  return null;
}

/** "Pentagon Press Secretary Maj. Gen." → "Pentagon Press Secretary, Maj. Gen.": the office, then the rank. */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  const m = /^(.*?\S)\s+((?:(?:Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?\s*)+)$/.exec(role);
  if (m && !/(Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?$/.test(m[1])) return `${m[1]}, ${m[2].trim()}`;
  return role;
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
