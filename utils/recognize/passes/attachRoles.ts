import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import { phrase } from './stripTitles';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';

const ARTICLE = new Set(['the', 'a', 'an']);
// Words that open a noun phrase: a role before a name may start right after one ("the legendary film critic").
const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '”', '“', '?', '!']);
// Words that end a role phrase read after a copula ("is the ambassador to the EU and ...").
const PHRASE_STOP = new Set(['and', 'who', 'which', 'that', 'but', 'when', 'since', 'until', 'said', 'says', 'told']);
const RELATIVE = new Set(['who', 'which', 'whose']);
// Relative pronouns that open "X, who is the …" in each language.
const WHO = new Set(['who', 'qui', 'quien', 'que', 'che', 'der', 'die', 'který', 'která']);
// The head of a role is the last word before its first preposition: "a senior fellow AT ...", "chairman OF ...".
const PREP = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'with',
  'to',
  'from',
  'by',
  'since',
  'about',
  'under',
  'over',
  'during',
  'after',
  'before',
  'as',
  'into',
  'between',
  'among',
  'who',
  'which',
  'that',
  'whose',
  'named',
  'called',
]);
// Lower-case words that are no part of a title: a role read backwards from a name stops at them.
const NOT_MODIFIER = new Set([
  ...PREP,
  'and',
  'or',
  'but',
  'not',
  'also',
  'said',
  'says',
  'told',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'met',
  'when',
  'while',
  'than',
  'then',
  'there',
  'here',
  'this',
  'these',
  'those',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'them',
  'us',
  'me',
  'like',
  'including',
  'such',
  'between',
  'against',
]);
const POSSESSIVE = /^['’]s?$/;
// A role that ends in a connector ("ministre des", "jefe de", "Secretary of") lost its body to the name.
const DANGLING = /\s(of|for|of the|de|de la|du|des|del|da|do|das|dos|di|della|von|der)$/iu;
const isCap = (w: Word) => /^\p{Lu}/u.test(unElide(w.text));

/**
 * Pass 4: roles worded around a person's name, tried in this order:
 * - already found inside the name's capitalised run ("Russian President Vladimir Putin")
 * - title words just before: "Kremlin spokesperson Dmitry Peskov", "the legendary film critic Pauline Kael",
 *   "Whole Foods co-founder and CEO John Mackey", "a meteorologist named Edward Lorenz"
 * - appositive before: "the Taliban's deputy leader, Sirajuddin Haqqani", "The leader of Ennahda, Rachid Ghannouchi,"
 * - appositive after: "John Kirby, the National Security Council coordinator for strategic
 *   communications, said"; "Tim Morrison, a former National Security Council official,"
 * - relative or copular: "X, who is the chairman of the Joint Chiefs of Staff"; "X is the ambassador to the EU"
 * In other languages (`rw`, the article's role lexicon) the same shapes with that language's titles:
 * "o presidente eleito Jair Bolsonaro", "le ministre des Affaires étrangères, Laurent Fabius", "X, el
 * ministro de Economía,". A role needs an office or job head noun, so "John, the man who ..." is no role.
 * A plural role before a list gives it to every name listed: "cabinet ministers A and B".
 */
export function attachRoles(ws: Word[], cands: Candidate[], rw: RoleWords | null = null): void {
  const people = cands.filter((c) => c.type === 'person' || c.type === null).sort((a, b) => a.first - b.first);
  // Words of the people's names: an appositive before a name holds no other name ("El presidente
  // Mauricio Macri recibió al mandatario chileno, X" is a clause, not X's role).
  const inName = new Set<number>();
  for (const c of people) for (let k = c.first; k <= c.last; k++) inName.add(k);
  let prev: Candidate | null = null;
  for (const c of people) {
    const found: [string | null, string][] = [
      [c.role, ''],
      [roleBefore(ws, c.first), 'role before name'],
      [rw ? roleBeforeIntl(ws, c.first, c.last, rw) : null, 'role before name'],
      [roleNamed(ws, c.first), 'role before "named"'],
      [roleApposBefore(ws, c.first, c.last, rw, inName), 'appositive before'],
      [roleAfter(ws, c.last, rw), 'appositive after'],
      [roleCopular(ws, c.last, rw), 'copular'],
      [prev ? listedAfter(ws, prev, c) : null, 'listed after a plural role'],
    ];
    prev = c;
    // "el jefe de Gabinete", "le ministre des Affaires": a one-word "name" after an office and its
    // connector is the office's body, not someone.
    const bodyOf = found.find(([r]) => r && DANGLING.test(r));
    if (bodyOf && c.first === c.last && !c.titled) {
      c.type = 'org';
      c.role = null;
      c.why.push('body of an office');
      continue;
    }
    const hit = found.find(([r]) => r && !DANGLING.test(r));
    if (!hit || hit[0] === c.role) continue;
    c.role = hit[0];
    c.type = 'person';
    c.why.push(hit[1]);
  }
  roleNextSentence(ws, people, rw);
}

// Subject pronouns that open a sentence about the person just named.
const PRONOUN = new Set(['He', 'She', 'Il', 'Elle', 'Él', 'Ella', 'Ele', 'Ela', 'Er', 'Sie', 'Lui', 'Lei']);

/**
 * The article's next sentence describes the person it has just named, when no role stands by the name:
 * - a sentence that opens with a role of its own right after a sentence that ends in the name: "... said
 *   Dmitry Peskov. The Kremlin spokesman added ...", "... rozjetý Ben Johnson. Anglický mladík ...";
 * - a pronoun and a copula right after a sentence naming one person: "Peskov spoke. He is the
 *   Kremlin's spokesman." (the pronoun must have that one person to refer to).
 * The role goes to the person only when no other mention of that name has one.
 */
function roleNextSentence(ws: Word[], people: Candidate[], rw: RoleWords | null): void {
  const lastWord = (c: Candidate) => ws[c.last].text;
  const withRole = new Set(people.filter((c) => c.role).map(lastWord));
  const starts = new Set(people.map((c) => c.first));
  for (let i = 0; i < people.length; i++) {
    const c = people[i];
    if (c.role || withRole.has(lastWord(c))) continue;
    // The sentence after the one c is in.
    let s = c.last + 1;
    while (s < ws.length && s - c.last <= 40 && !ws[s].sentenceStart) s++;
    if (s >= ws.length || s - c.last > 40) continue;
    // Everyone named between c and the next sentence, and in c's own sentence before c, is c.
    let a = c.first;
    while (a > 0 && c.first - a < 60 && !ws[a].sentenceStart) a--;
    // (people are in text order: look at the neighbours only)
    let others = false;
    for (let j = i - 1; j >= 0 && people[j].first >= a && !others; j--) others = lastWord(people[j]) !== lastWord(c);
    for (let j = i + 1; j < people.length && people[j].first < s && !others; j++)
      others = lastWord(people[j]) !== lastWord(c);
    let role: string | null = null;
    let why = '';
    if (PRONOUN.has(ws[s].text)) {
      if (others) continue;
      role = roleCopular(ws, s, rw);
      why = 'copular, next sentence';
    } else if (/^[.!?]$/.test(ws[c.last + 1]?.text ?? '') && c.last + 2 === s) {
      role = openingRole(ws, s, rw, starts)?.role ?? null;
      why = 'description, next sentence';
    }
    if (!role) continue;
    c.role = role;
    c.type = 'person';
    c.why.push(why);
    withRole.add(lastWord(c));
  }
}

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
  // A name right after the role: it is that name's title, not a description of the last sentence's person.
  const next = ws[e + 1];
  if (!next || starts.has(e + 1) || (/^\p{Lu}/u.test(next.text) && !next.sentenceStart)) return null;
  // "La porte-parole du gouvernement, Sophie Martin, a confirmé": the role is set off before its own name.
  let j = e + 1;
  while (j < ws.length && j - e < 8 && !CLAUSE_END.has(ws[j].text)) j++;
  if (ws[j]?.text === ',' && starts.has(j + 1)) return null;
  // (an article glued to the head, "l’ambassadeur", stays in the phrase)
  const role = phrase(ws, k, e);
  return role ? { role, end: e } : null;
}

const ARTICLES = new WeakMap<RoleWords, Set<string>>();
/** English articles and the article's language's ones, as one set built once per language. */
function articlesOf(rw: RoleWords | null): Set<string> {
  if (!rw) return ARTICLE;
  let a = ARTICLES.get(rw);
  if (!a) ARTICLES.set(rw, (a = new Set([...ARTICLE, ...rw.articles])));
  return a;
}

/** True when the phrase's head (its last word before a preposition) is a role noun. */
function headOk(words: Word[], rw: RoleWords | null): boolean {
  let p = words.findIndex(
    (w, i) => i > 0 && (PREP.has(w.text.toLowerCase()) || !!rw?.connectors.has(w.text.toLowerCase())),
  );
  if (p < 0) p = words.length;
  const region = words.slice(0, p).filter((w) => !POSSESSIVE.test(w.text));
  if (!region.length) return false;
  if (isRoleHead(region[region.length - 1].text)) return true;
  // Romance adjectives follow the noun ("presidente eleito", "ministre délégué"): any head counts.
  return !!rw && region.some((w) => rw.isHead(w.text));
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
  // "and" joins two titles ("co-founder and CEO").
  // A role does not run back across a sentence or a line ("BY JANE DOE⏎Senior correspondent X").
  while (
    k >= 0 &&
    !(k < end && ws[k + 1].sentenceStart) &&
    (((isTitleWord(ws[k].text) || /^\p{Lu}/u.test(ws[k].text)) &&
      ws[k].text.length > 1 &&
      !(LEX.notNames.has(ws[k].text) && (ws[k].sentenceStart || !isTitleWord(ws[k].text)))) ||
      (ws[k].text === 'and' && k < end && k > 0 && isRoleHead(ws[k - 1].text) && !/^\p{Lu}/u.test(ws[k - 1].text)) ||
      // "Secretary of Defense", "Minister for Foreign Affairs": a capitalised office and its body.
      (/^(of|for)$/.test(ws[k].text) &&
        k < end &&
        k > 0 &&
        /^\p{Lu}/u.test(ws[k + 1].text) &&
        /^\p{Lu}/u.test(ws[k - 1].text) &&
        LEX.officeHeads.has(ws[k - 1].text.toLowerCase())))
  )
    k--;
  if (k === end) return null;
  const words = ws.slice(k + 1, end + 1);
  // A rank alone is a role too ("Sen. X", "Rep. X" when the tagger leaves the rank out of the name).
  if (!words.some((w) => isRoleHead(w.text) || LEX.ranks.has(w.text))) return null;
  // The head noun must be last: "President Putin", not "Kremlin Putin".
  if (!isTitleWord(words[words.length - 1].text)) return null;
  return phrase(ws, premodifiers(ws, k) + 1, end, LEX.honorifics);
}

/**
 * Lower-case modifiers in front of a title, back to the determiner that opens
 * the noun phrase: "the legendary film critic" → "legendary film"; or to a
 * name that owns the title: "Snopes fact checker". Returns the index before
 * the role's first word (k itself when there are none).
 */
function premodifiers(ws: Word[], k: number): number {
  let j = k;
  while (
    j >= 0 &&
    k - j < 3 &&
    /^[\p{Ll}]/u.test(ws[j].text) &&
    !NOT_MODIFIER.has(ws[j].text) &&
    !DETERMINER.has(ws[j].text)
  )
    j--;
  if (j === k || j < 0) return k;
  // A participle may lead the modifiers ("the acclaimed director"), not follow them: "The talks involved ...".
  if (ws.slice(j + 2, k + 1).some((w) => /(ed|ing)$/.test(w.text))) return k;
  if (DETERMINER.has(ws[j].text.toLowerCase())) return j;
  // One modifier after a capitalised owner that is no sentence word ("Snopes fact checker").
  if (k - j === 1 && /^\p{Lu}/u.test(ws[j].text) && !LEX.notNames.has(ws[j].text)) {
    while (j - 1 >= 0 && /^\p{Lu}/u.test(ws[j - 1].text) && !LEX.notNames.has(ws[j - 1].text) && !ws[j].sentenceStart)
      j--;
    return j - 1;
  }
  return k;
}

/** "a meteorologist named Edward Lorenz", "a colleague called Barry Saltzman". */
function roleNamed(ws: Word[], first: number): string | null {
  if (!/^(named|called)$/.test(ws[first - 1]?.text ?? '')) return null;
  const end = first - 2;
  if (end < 0 || !isRoleHead(ws[end].text)) return null;
  return phrase(ws, premodifiers(ws, end - 1) + 1, end);
}

/**
 * "the Taliban's deputy leader, Sirajuddin Haqqani", "Sudan's president, Omar al-Bashir,", "The
 * leader of Ennahda, Rachid Ghannouchi,": a noun phrase with a head noun, then a comma. The phrase
 * opens a clause, or the name is set off by a comma after it too; so "After meeting the president,
 * Smith said" gives Smith no role.
 */
function roleApposBefore(
  ws: Word[],
  first: number,
  last: number,
  rw: RoleWords | null,
  inName: Set<number> = new Set(),
): string | null {
  // A colon introduces a list under a plural role ("the other editors: A, B and C").
  const colon = ws[first - 1]?.text === ':';
  if (ws[first - 1]?.text !== ',' && !colon) return null;
  const end = first - 2;
  if (end < 0 || (colon && !/[^s]s$/.test(ws[end].text))) return null;
  const articles = rw ? new Set([...DETERMINER, ...rw.articles]) : DETERMINER;
  let k = end;
  let start = -1;
  let opensClause = false;
  while (k >= 0 && end - k < 12) {
    const t = ws[k].text;
    if (CLAUSE_END.has(t)) {
      [start, opensClause] = [k + 1, true];
      break;
    }
    // "The leader of the Harbour Party": an article after a preposition is inside the phrase.
    const inPP =
      (PREP.has(ws[k - 1]?.text.toLowerCase() ?? '') || !!rw?.connectors.has(ws[k - 1]?.text.toLowerCase() ?? '')) &&
      (isRoleHead(ws[k - 2]?.text ?? '') || !!rw?.isHead(ws[k - 2]?.text ?? ''));
    if (articles.has(t.toLowerCase()) && !inPP) {
      [start, opensClause] = [k + 1, k === 0 || ws[k].sentenceStart || CLAUSE_END.has(ws[k - 1].text)];
      break;
    }
    // "Sudan's president": the owner's capitalised run opens the phrase.
    if (POSSESSIVE.test(t) && k > 0 && /^\p{Lu}/u.test(ws[k - 1].text)) {
      let j = k - 1;
      while (j - 1 >= 0 && /^\p{Lu}/u.test(ws[j - 1].text) && !ws[j].sentenceStart) j--;
      [start, opensClause] = [j, ws[j].sentenceStart || CLAUSE_END.has(ws[j - 1]?.text ?? '.')];
      break;
    }
    if (ws[k].sentenceStart) {
      [start, opensClause] = [k, true];
      break;
    }
    k--;
  }
  if (start < 0 || start > end) return null;
  for (let k = start; k <= end; k++) if (inName.has(k)) return null;
  const closed = colon || /^[,.;)]$/.test(ws[last + 1]?.text ?? '.');
  if (!opensClause && !closed) return null;
  const words = ws.slice(start, end + 1);
  if (words.some((w) => /^(said|says|told|and|or)$/.test(w.text))) return null;
  // "... of the Golden Dawn included William Yeats, X": a verb, so a clause, not a noun phrase.
  if (words.some((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w.text) && !articles.has(words[i - 1].text.toLowerCase())))
    return null;
  if (!headOk(words, rw)) return null;
  return phrase(ws, start, end);
}

function roleAfter(ws: Word[], last: number, rw: RoleWords | null): string | null {
  if (ws[last + 1]?.text !== ',') return null;
  // "Mary Ellis, 54, a nurse from Leeds", "Hélène Caron, 52 ans, infirmière": an age before the appositive.
  last = skipAge(ws, last);
  let a = last + 2;
  if (a < ws.length && (ARTICLE.has(ws[a].text.toLowerCase()) || rw?.articles.has(ws[a].text.toLowerCase()))) a++;
  let b = a;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && !RELATIVE.has(ws[b].text) && b - a < 16) b++;
  // Closed by a comma, the sentence's end ("..., said Jeffrey Frankel, an economist at Harvard."),
  // a bracket or a relative clause ("Fernando Caudevilla, a Spanish physician who ...").
  if (b >= ws.length || !(/^[,.;(]$/.test(ws[b].text) || RELATIVE.has(ws[b].text)) || b === a) return null;
  let words = ws.slice(a, b);
  if (!headOk(words, rw)) {
    // "X, a French Freemason and Protestant pastor published a book": the role ends where a verb starts.
    const h = words.findIndex((w, i) => isRoleHead(w.text) && /^\p{Ll}+ed$/u.test(words[i + 1]?.text ?? ''));
    if (h < 0 || !headOk(words.slice(0, h + 1), rw)) return null;
    words = words.slice(0, h + 1);
    b = a + h + 1;
  }
  // A verb-led clause ("Kirby, speaking to reporters,") or a relative one is not an appositive;
  // after an article the word is an adjective ("a retired surgeon").
  if (
    a === last + 2 &&
    /(ing|ed)$/.test(words[0].text) &&
    !/^\p{Lu}/u.test(words[0].text) &&
    !isTitleWord(words[0].text)
  )
    return null;
  if (words[0].text.toLowerCase() === 'who' || (rw && WHO.has(words[0].text.toLowerCase()))) return null;
  // "Jorge Ibarra, de 45 años, es el director": a copula makes it a clause (read by roleCopular).
  const w0 = words[0].text.toLowerCase();
  if (LEX.copulas.has(w0) || rw?.copulas.has(w0)) return null;
  // "Lorenz, his secretary, his programmer and his graduate students": a list, not an appositive.
  const next = ws[b + 1]?.text.toLowerCase();
  if (ws[b].text === ',' && DETERMINER.has(words[0].text.toLowerCase()) && next === words[0].text.toLowerCase())
    return null;
  return phrase(ws, a, b - 1);
}

/**
 * "X, who is the chairman of the Joint Chiefs of Staff," / "X is the ambassador to the European Union.";
 * in the article's language too: "X est le directeur de l'hôpital", "X, quien es columnista del diario".
 */
function roleCopular(ws: Word[], last: number, rw: RoleWords | null = null): string | null {
  const aged = skipAge(ws, last);
  let a = aged + 1;
  if (ws[a]?.text === ',') a++;
  const who = ws[a]?.text.toLowerCase() ?? '';
  const relative = who === 'who' || (!!rw && WHO.has(who));
  if (relative) a++;
  // After a comma only a relative or an age ("X, de 45 años, es el director").
  else if (a !== last + 1 && aged === last) return null;
  const isCopula = (t: string | undefined) =>
    !!t && (LEX.copulas.has(t.toLowerCase()) || !!rw?.copulas.has(t.toLowerCase()));
  // One- or two-word copulas: "is", "has been", "serves as", "a été", "ha sido".
  const two = `${ws[a]?.text.toLowerCase()} ${ws[a + 1]?.text.toLowerCase()}`;
  if (LEX.copulas.has(two)) a += 2;
  else if (isCopula(ws[a]?.text)) {
    a++;
    if (rw && isCopula(ws[a]?.text)) a++;
  } else if (relative && who === 'who') {
    // "X, who follows Amazon as a managing director at ...": "as" a role within a short clause.
    let k = a;
    while (k < ws.length && k - a < 5 && !CLAUSE_END.has(ws[k].text) && ws[k].text !== 'as') k++;
    if (ws[k]?.text !== 'as' || !ARTICLE.has(ws[k + 1]?.text.toLowerCase() ?? '')) return null;
    a = k + 1;
  } else return null;
  if (a < ws.length && articlesOf(rw).has(ws[a].text.toLowerCase())) a++;
  // In other languages the phrase opens with its head, a modifier or a capitalised title ("Premier
  // ministre"), never a verb: "Macron a reçu le ministre" gives Macron no role.
  if (rw) {
    const t = ws[a]?.text ?? '';
    if (!rw.isHead(t) && !isRoleHead(t) && !rw.modifiers.has(unElide(t).toLowerCase()) && !/^\p{Lu}/u.test(t))
      return null;
  }
  // The phrase ends at a clause word of the language ("depuis", "cuando"), not at its articles or "de".
  const stops = (t: string) =>
    PHRASE_STOP.has(t) || (!!rw && rw.stop.has(t) && !rw.connectors.has(t) && !rw.articles.has(t) && !WHO.has(t));
  let b = a;
  while (b < ws.length && !CLAUSE_END.has(ws[b].text) && !stops(ws[b].text.toLowerCase()) && b - a < 12) b++;
  if (b === a) return null;
  const words = ws.slice(a, b);
  // The phrase must start with its head or a modifier of it, not a verb or adverb ("is also expected").
  if (!words.slice(0, 5).some((w) => isRoleHead(w.text) || !!rw?.isHead(w.text))) return null;
  if (/(ly|ing|ed)$/.test(words[0].text) && !isTitleWord(words[0].text)) return null;
  return phrase(ws, a, b - 1);
}

// Words that say a number before them is an age: "52 ans", "45 años", "30 anos", "41 years old".
const AGE = /^(ans|años|anos|anni|jahre|let|years)$/i;

/**
 * "Mary Ellis, 54, a nurse", "Hélène Caron, 52 ans, infirmière", "Jorge Ibarra, de 45 años, es": the
 * index of the comma that closes an age set off after the name (`last` when there is none).
 */
function skipAge(ws: Word[], last: number): number {
  if (ws[last + 1]?.text !== ',') return last;
  let k = last + 2;
  if (/^(de|aged)$/i.test(ws[k]?.text ?? '')) k++;
  if (!/^\d{1,3}$/.test(ws[k]?.text ?? '')) return last;
  k++;
  if (AGE.test(ws[k]?.text ?? '')) k++;
  if (ws[k]?.text === 'old') k++;
  return ws[k]?.text === ',' ? k - 1 : last;
}

// A preposition and an article in one word: "al" (a el), "au"/"aux" (à le/les), "ao" (a o).
const CONTRACTED = new Set(['al', 'au', 'aux', 'ao', 'à']);

/**
 * Titles in languages that write them in lower case before the name, with the
 * body after the head: "o técnico Tite", "o presidente eleito Jair Bolsonaro",
 * "le ministre des Affaires étrangères Laurent Fabius", and the same followed by
 * a comma when the name is set off ("El ministro de Economía, Luis Caputo,").
 */
function roleBeforeIntl(ws: Word[], first: number, last: number, rw: RoleWords): string | null {
  let k = first - 1;
  const comma = ws[k]?.text === ',';
  if (comma) k--;
  const end = k;
  let head = -1;
  let loose = 0; // lower-case words between the head and the name ("ruso", "étrangères")
  while (k >= 0 && end - k < 10) {
    const t = ws[k].text;
    const l = unElide(t).toLowerCase();
    if (rw.isHead(t) || (isRoleHead(t) && !/^\p{Lu}/u.test(t))) head = k;
    else if (rw.modifiers.has(l)) {
      /* "ancien", "eleito" */
    } else if (rw.connectors.has(l) || (rw.articles.has(l) && rw.connectors.has(ws[k - 1]?.text.toLowerCase() ?? ''))) {
      if (head >= 0 && k < head) break; // "de" before the head belongs to another phrase
    } else if (isCap(ws[k]) && !rw.stop.has(l) && !LEX.notNames.has(t) && !(ws[k].sentenceStart && head >= 0)) {
      /* "Affaires", "Economía", "Premier" */
    } else if (head < 0 && /^\p{Ll}/u.test(t) && !rw.stop.has(l) && !CLAUSE_END.has(t) && ++loose <= 2) {
      /* post-head adjective */
    } else break;
    if (head >= 0 && k < head && !rw.modifiers.has(l) && !isCap(ws[k]) && !rw.isHead(t)) break;
    k--;
  }
  if (head < 0) return null;
  let start = k + 1;
  while (
    start < head &&
    !rw.isHead(ws[start].text) &&
    !rw.modifiers.has(unElide(ws[start].text).toLowerCase()) &&
    !isCap(ws[start])
  )
    start++;
  if (comma) {
    // Set off by commas, or opening its clause: "selon le ministre, X" is no role for X.
    // A preposition may govern the phrase ("le travail de l'ambassadeur de France, X,", "recibió al
    // mandatario chileno, X,"): the phrase opens with its article then, glued ("l'") or contracted ("al").
    const w = ws[k]?.text.toLowerCase() ?? '';
    const opens =
      k < 0 ||
      CLAUSE_END.has(ws[k].text) ||
      ws[k].sentenceStart ||
      rw.articles.has(w) ||
      CONTRACTED.has(w) ||
      (rw.connectors.has(w) && /^(l|d)['’]/i.test(ws[start].text));
    if (!opens || !/^[,.;)]$/.test(ws[last + 1]?.text ?? '.')) return null;
  }
  return phrase(ws, start, end);
}

/**
 * "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "the other editors: A, B, and C": a
 * name right after another in a list ("," / "and") shares its plural role.
 */
function listedAfter(ws: Word[], prev: Candidate, c: Candidate): string | null {
  if (!prev.role || prev.type !== 'person') return null;
  const between = ws.slice(prev.last + 1, c.first).map((w) => w.text);
  if (!between.length || !between.every((t) => t === ',' || t === 'and' || t === '&')) return null;
  const head =
    prev.role
      .split(/\s+/)
      .filter((w) => !PREP.has(w))
      .pop() ?? '';
  const plural = /s$/i.test(head) && !/ss$/i.test(head) && isRoleHead(head);
  return plural ? prev.role : null;
}

// Heads that are offices wherever they appear...
const STRONG_OFFICE =
  /\b(ministers?|senator|congress(wo)?man|ambassador|envoy|governor|mayor|spokes(person|man|woman)|secretary|chancellor|premier|king|queen|prince|emperor|pope|lawmaker|legislator|diplomat|general|admiral|colonel|commander|prosecutor|attorney-general|secretary-general|sheriff|coroner|magistrate|ombudsman|council(l)?or|council(wo)?man|alderman|ayatollah|sultan|emir|speaker|constable|mp|mep|msp|rep\.|sen\.|gov\.)(?![\p{L}])/iu;
// ...and heads that are offices only in a public body ("FBI director", not "film director").
const WEAK_OFFICE =
  /\b(president|vice-president|director|chairman|chairwoman|chair|chief|head|leader|official|officer|coordinator|adviser|advisor|commissioner|deputy|judge|justice|representative)\b/i;
// Weak office heads that name jobs as often as offices.
const JOB_LIKE = /\b(director|chairman|chairwoman|chair|head|coordinator|adviser|advisor)\b/i;
const PUBLIC_BODY =
  /\b(government|ministry|department|state|federal|national|council|agency|commission|parliament|congress|senate|house|kremlin|pentagon|white house|police|army|navy|air force|military|intelligence|nato|un|united nations|eu|european union|party|opposition|supreme|court|cabinet|presidential|foreign|defen[cs]e|interior|treasury|security|country's|nation's|labour|labor|conservative|tory|liberal democrats?)\b/i;

/** True when a role names a public office or military rank rather than a job. */
export function isOfficialRole(role: string | null, rw: RoleWords | null = null): boolean {
  if (!role) return false;
  const parts = role.split(/[\s,]+/);
  if (parts.some((w) => LEX.ranks.has(w))) return true;
  // "presidente eleito", "ministre des Affaires étrangères", "Bundeskanzler".
  if (rw && parts.some((w) => rw.isOfficeHead(w))) return true;
  // A head of state or government's title, capitalised on its own: "President", "President-elect", "Prime Minister".
  if (/^(former |ex-)?(Vice[- ])?(President|Prime Minister|Premier)([- ]elect)?$/i.test(role) && /^\p{Lu}/u.test(role))
    return true;
  // A country's director or chairman may run a film or a firm ("French director"): not enough alone.
  const office = STRONG_OFFICE.test(role) || (WEAK_OFFICE.test(role) && !JOB_LIKE.test(role));
  // "Russian President", "North Korean leader": an office of a country.
  if (office && LEX.demonymCountry.some(([d]) => role.startsWith(d + ' '))) return true;
  // "Zimbabwe President", "Sudan's president": an office of a named country.
  if (office && parts.some((w) => LEX.placeNames.has(w.replace(/['’]s?$/u, '')))) return true;
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
  // "L'acteur américain", "l’ancien ministre": the glued article is no part of the role.
  role = role.replace(/^[LlDd]['’](?=\p{L})/u, '');
  const m = /^(.*?\S)\s+((?:(?:Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?\s*)+)$/.exec(role);
  if (m && !/(Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?$/.test(m[1])) return `${m[1]}, ${m[2].trim()}`;
  return role;
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
