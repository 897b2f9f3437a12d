import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord as isTitle } from '../lexicon';

/**
 * Pass 2: a title is never part of a name. "Russian President Vladimir Putin"
 * becomes the name "Vladimir Putin" with the role "Russian President";
 * "Mr. Kirby" the name "Kirby", marked as titled (a person), no role.
 * A prefix that is itself a known organisation ("Pentagon" in "Pentagon Press
 * Secretary ...") is kept as an organisation mention of its own.
 */
export function stripTitles(ws: Word[], cands: Candidate[], notTitles: Set<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  // "Jaime Mayor Oreja", "Ann Bishop Lee": a title word between a given name and a capitalised word is a surname;
  // "Mayor" in a Spanish article is no English title at all (the language's `notTitles`).
  const isTitleWord = (k: number, first = k) =>
    isTitle(ws[k].text) &&
    !notTitles.has(ws[k].text) &&
    // ("3:33 PM ET": after a time "PM" is the afternoon, no prime minister)
    !(ws[k].text === 'PM' && /\d/.test(ws[k - 1]?.text ?? '')) &&
    !givenNameNotTitle(ws, k, first) &&
    !(
      k > first &&
      LEX.firstNames.has(ws[k - 1].text) &&
      /^\p{Lu}/u.test(ws[k + 1]?.text ?? '') &&
      !LEX.ranks.has(ws[k].text) &&
      !LEX.honorifics.has(ws[k].text)
    );
  // Last words of the people the article names in full ("Ray Lund", or "Professor Ray Lund" however the
  // tagger typed it): "Professor Lund" after "Ray Lund" is him.
  const titledFull = (c: Candidate) =>
    isTitleWord(c.first) && c.last - c.first >= 2 && !isTitleWord(c.first + 1, c.first);
  const surnames = new Set(
    cands.filter((c) => (c.type === 'person' && c.last > c.first) || titledFull(c)).map((c) => ws[c.last].text),
  );
  for (const c of cands) {
    let cut = -1;
    for (let k = c.first; k < c.last; k++) if (isTitleWord(k, c.first)) cut = k;
    // "Gen Z", "Plan B": a single letter after a title-like word is no name.
    if (cut < 0 || (cut === c.last - 1 && /^\p{Lu}\.?$/u.test(ws[c.last].text))) {
      out.push(c);
      continue;
    }
    // "Pentagon Press Secretary Maj." before "Gen. Patrick Ryder": the tagger ran a body into the title after
    // it and stopped at an abbreviated rank or honorific, which ends no name. No name is in the span; only a
    // leading known body or place is kept (the role is read from the text before the name).
    const last = ws[c.last].text;
    if (c.type && c.type !== 'person' && last.endsWith('.') && (LEX.ranks.has(last) || LEX.honorifics.has(last))) {
      const known = leadingKnown(ws, c.first, c.last - 1);
      if (known) out.push(known);
      continue;
    }
    const prefix = ws.slice(c.first, cut + 1);
    const hasHead = prefix.some((w) => isRoleHead(w.text));
    const hasRank = prefix.some((w) => LEX.ranks.has(w.text) || LEX.honorifics.has(w.text));
    // "National Security Council": office words but no office head: not a title. "General Motors",
    // "U.N. General Assembly", "Star Wars": a name the tagger typed as a thing, or one ending in an
    // organisation's head, keeps its title-like word when only one word would be left.
    // (unless that word is the surname of someone named in full: "Professor Lund" typed an organisation)
    const thing =
      cut === c.last - 1 &&
      !hasRank &&
      ((c.type && c.type !== 'person') || LEX.orgHeads.has(ws[c.last].text)) &&
      !(hasHead && surnames.has(ws[c.last].text) && !LEX.orgHeads.has(ws[c.last].text));
    // ("Star Wars Uncharted", "Star Wars Souls": one title-like word opening a thing's name the tagger typed, and
    // no given name after it, keeps it however many words follow)
    const starOf =
      cut === c.first &&
      cut < c.last - 1 &&
      !hasRank &&
      !!c.type &&
      c.type !== 'person' &&
      !LEX.firstNames.has(ws[cut + 1].text) &&
      // (not the surname of someone else named in full: "Professor Ray Lund" typed a thing after "Ray Lund")
      !cands.some(
        (d) =>
          d !== c &&
          ((d.type === 'person' && d.last > d.first) || titledFull(d)) &&
          ws[d.last].text === ws[c.last].text,
      ) &&
      // (nor one a title stands before elsewhere: "Professor Cres Eastman", then "Professor Eastman says")
      !ws.some((w, k) => k !== c.last && w.text === ws[c.last].text && k > 0 && isTitleWord(k - 1));
    if ((!hasHead && !hasRank) || thing || starOf) {
      out.push(c);
      continue;
    }
    // "Inspector-General of Police": an office and its body, no name after the title.
    if (/^\p{Ll}/u.test(ws[cut + 1].text) && hasHead) continue;
    // "Mr." is no role; "Sen.", "Maj. Gen." and "Foreign Minister" are.
    const roleWords = prefix.filter((w) => !LEX.honorifics.has(w.text));
    const rankRole = roleWords.some((w) => LEX.ranks.has(w.text));
    const role = roleWords.length && (hasHead || rankRole) ? phrase(ws, c.first, cut, LEX.honorifics) : null;
    out.push({ ...c, first: cut + 1, type: 'person', role, titled: true, why: [...c.why, 'title stripped'] });
    // A leading known organisation or place keeps its own mention.
    const known = leadingKnown(ws, c.first, cut);
    if (known) out.push(known);
  }
  return out;
}

/** The longest known organisation or place that words first..(at most) last open with, as a candidate. */
function leadingKnown(ws: Word[], first: number, last: number): Candidate | null {
  for (let k = last; k >= first; k--) {
    const name = ws
      .slice(first, k + 1)
      .map((w) => w.text)
      .join(' ');
    const type = LEX.orgNames.has(name) ? 'org' : LEX.placeNames.has(name) ? 'place' : null;
    if (type) return { first, last: k, type, role: null, titled: false, why: ['title prefix', 'lexicon'] };
  }
  return null;
}

/** The words first..last joined as in the text, skipping leading words in `skip`. */
export function phrase(ws: Word[], first: number, last: number, skip: Set<string> = new Set()): string | null {
  let a = first;
  while (a <= last && skip.has(ws[a].text)) a++;
  if (a > last) return null;
  return ws
    .slice(a, last + 1)
    .map((w, i, arr) => (i > 0 && arr[i - 1].end === w.start ? w.text : (i ? ' ' : '') + w.text))
    .join('');
}

/**
 * "Dean Yates said", "said Dean Smith": a title word that is also a common given name ("Dean"; not a royal's or a
 * cleric's title, "King Charles", "Mother Teresa", nor a rank) opening the name, with no body or determiner before it
 * to make it an office ("Harvard Law School Dean John Manning", "the Dean"), is the given name.
 */
function givenNameNotTitle(ws: Word[], k: number, first: number): boolean {
  const w = ws[k].text;
  if (k !== first || !LEX.newsFirstNames.has(w) || LEX.royalTitles.has(w) || LEX.clericalTitles.has(w)) return false;
  if (LEX.ranks.has(w) || LEX.honorifics.has(w)) return false;
  const before = ws[k - 1];
  // (at a sentence's start nothing before it makes it an office)
  if (!before || ws[k].sentenceStart) return true;
  return !/^(?:\p{Lu}|(?:the|a|an|its|their|his|her)$|['’]s?$)/u.test(before.text);
}
