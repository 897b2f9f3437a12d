import type { Entity, EntityType } from '../../types';
import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { entityId, normaliseName } from '../entityId';
import { listedAliases } from './listedAliases';
import { suffixedName } from './suffixedName';
import { LEX, isPlaceEnd } from '../lexicon';
import { isOfficialRole, roleOrganisation, tidyRole } from './attachRoles';
import type { RoleWords } from '../roleWords';
import { initials, joinAcronyms } from './joinAcronyms';
import { koreanFamilyName } from './findKoreanNames';
import { mergeMisspelt } from './mergeMisspelt';
import { honorificGender, personGender } from './personGender';
import { DETERMINER } from '../roles/roleGrammar';

// Spellings of one Slavic surname in Latin letters: "Zelensky", "Zelenskiy", "Zelenskyy", "Zelenskii".
const SLAVIC_ENDING = /(sk|ck|zk)(?:iy|yy|ii|ij|yi|y|i)(?=-|$)/g;
/** A name's key: the normalised name, with transliteration variants of a surname's ending made one. */
export function nameKey(name: string): string {
  // "Mu’awiyah" and "Muawiyah": an apostrophe inside a transliterated name is a spelling, not a break.
  return normaliseName(name.replace(/(?<=\p{L})['’‘](?=\p{Ll})/gu, '')).replace(SLAVIC_ENDING, '$1y');
}

// Generational suffixes after a surname: "Patrick Carlineo Jr." is "Patrick W. Carlineo".
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;
/** A person's name words without a trailing generational suffix ("Jr.", "III"). */
function nameWords(name: string): string[] {
  const words = name.split(/\s+/);
  while (words.length > 2 && SUFFIX.test(normaliseName(words[words.length - 1]))) words.pop();
  return words;
}

function suffixOf(name: string): string | null {
  const last = normaliseName(name.split(/\s+/).pop()!);
  return SUFFIX.test(last) ? last : null;
}

interface Group {
  name: string;
  type: EntityType | null;
  cands: Candidate[];
}

/**
 * Pass 5: one entity per real-world thing. Exact (normalised) names join
 * first; then a short form joins the one full name it can belong to: "Kirby"
 * and "Mr. Kirby" join "John Kirby" (surname), "Kim" joins "Kim Jong-un"
 * (family name first). A short form that fits two people stays apart, unless it is the surname of
 * both and one of them was named in full before it ("Biden" after "Joe Biden", "Hunter Biden").
 * Untyped single words with no full name to join are dropped.
 */
export function joinMentions(text: string, ws: Word[], cands: Candidate[], rw: RoleWords | null = null): Entity[] {
  // The name a candidate files under: its text, or the full form of a known short form ("US").
  const rawOf = (c: Candidate) => text.slice(ws[c.first].start, ws[c.last].end);
  const aliased = listedAliases(cands, rawOf);
  // (a reference list's "Zawinski, Jamie" files under "Jamie Zawinski", the name the article gives elsewhere)
  for (const c of cands)
    if (c.why.includes('a cited author')) {
      const [surname, given] = rawOf(c).split(/,\s*/);
      // ("Fleming, Mike Jr." is "Mike Fleming Jr.")
      const gen = /\s+(Jr|Sr)\.?$/.exec(given);
      aliased.set(c, gen ? `${given.slice(0, gen.index)} ${surname}${gen[0]}` : `${given} ${surname}`);
    }
  const nameOf = (c: Candidate) => {
    const raw = rawOf(c);
    return aliased.get(c) ?? (c.type !== 'person' ? (LEX.aliases.get(raw) ?? raw) : raw);
  };
  const groups = new Map<string, Group>();
  const order = [...cands].sort((a, b) => ws[a.first].start - ws[b.first].start);

  // Last words of the people named in full: a known organisation's name ("Bloomberg") that the tagger
  // read as a person and that is such a surname is that person's short form ("Michael Bloomberg").
  const personLast = new Set(cands.filter((c) => c.type === 'person' && c.last > c.first).map((c) => ws[c.last].text));
  // Full names (2+ words) and names from the lexicons first.
  const short: Candidate[] = [];
  const asSurname = new Set<Candidate>();
  for (const c of order) {
    const name = nameOf(c);
    // So is a known place's name that is such a surname where the text uses it as no place ("Lima claims",
    // "Lima's father" after "Ann Lima"; not "in Lima", "to Lima", "Lima, Peru").
    const retyped =
      c.first === c.last &&
      personLast.has(name) &&
      (c.why.includes('org lexicon') || (c.type === 'place' && !usedAsPlace(ws, c)));
    const known = (LEX.orgNames.has(name) || LEX.placeNames.has(name)) && !retyped;
    if (retyped) asSurname.add(c);
    // (a Korean full name is one word: "문재인" is a full name, "문" its short form)
    const koreanFull = c.type === 'person' && name.length >= 3 && koreanFamilyName(name) !== null;
    // ("Kennedy Jr." after "Robert F. Kennedy Jr.": a surname and its generational suffix is a surname alone)
    // (whatever the tagger typed it: "Trump Jr." is no body, "Basile II" no thing)
    const suffixed = suffixedName(text, ws, c);
    if ((c.last === c.first && !known && !koreanFull) || suffixed) {
      short.push(c);
      continue;
    }
    // A tagger may file "Florence Pugh" as a place; a known first name says person,
    // unless the whole name is a known organisation or place ("Jordan Valley" is not in them, alas).
    // A given name from the wider list ("Vale") before a plural ("Vale Foods") is a company's name.
    if (
      c.type !== 'person' &&
      c.last > c.first &&
      !known &&
      !c.typedByContext &&
      LEX.firstNames.has(ws[c.first].text) &&
      !LEX.orgHeads.has(ws[c.last].text) &&
      // ("the Stanley Cup": a prize or a law named after someone is no person, given name or not)
      !LEX.eponymHeads.has(ws[c.last].text) &&
      // ("the Anna & Carl Berg Museum of Art": "&" and "of" join the words of a body's name, not a person's)
      !ws.slice(c.first + 1, c.last).some((w) => w.text === '&' || w.text === 'of') &&
      !isPlaceEnd(ws[c.last].text) &&
      // ("Santiago de Cuba", "San José de Costa Rica": a given name "of" a known place is a city of it)
      !(
        c.type === 'place' &&
        /^(de|del|do|da|di)$/.test(ws[c.first + 1].text) &&
        LEX.placeNames.has(ws[c.last].text)
      ) &&
      (LEX.newsFirstNames.has(ws[c.first].text) ||
        !/[^su]s$/.test(ws[c.last].text) ||
        surnameInS(ws, c) ||
        // ("José Ramón Guimaraens": two given names, then a surname in "s", name no business)
        (c.last - c.first === 2 && LEX.firstNames.has(ws[c.first + 1].text)))
    ) {
      c.type = 'person';
      c.why.push('first name');
    }
    add(groups, nameKey(name), name, c);
  }
  // (the first word after the headline's line: a headline names people short, the body in full)
  const nl = text.indexOf('\n');
  const bodyFrom = nl < 0 ? ws.length : ws.findIndex((w) => w.start > nl);
  mergeShortForms(groups, rw?.nameEndings ?? [], rw?.lang === 'es' || rw?.lang === 'pt', bodyFrom);
  mergeMaidenNames(ws, groups);
  // Which person groups a one-word mention could be short for: family name first or last.
  const byPart = new Map<string, string[]>();
  // ...and those whose last name it is: "Claude" of "Georges Claude", not of "Claude Debussy".
  const byLast = new Map<string, string[]>();
  const anyLast = new Map<string, string[]>();
  for (const [key, g] of groups)
    if (g.type === 'person') {
      for (const p of personParts(g.name)) byPart.set(p, [...(byPart.get(p) ?? []), key]);
      const last = nameKey(nameWords(g.name).pop()!);
      if (/\s/.test(g.name)) byLast.set(last, [...(byLast.get(last) ?? []), key]);
      // Every full form's last name, a married name too ("Ellen Gille" of "Ellen Fetter").
      for (const n of new Set(g.cands.map(nameOf)))
        if (/\s/.test(n)) {
          const l = nameKey(nameWords(n).pop()!);
          if (!anyLast.get(l)?.includes(key)) anyLast.set(l, [...(anyLast.get(l) ?? []), key]);
        }
    }
  // One word the tagger typed a person at one mention and a place at another ("This fight with Taylor",
  // "Big Machine owes Taylor $7.9 million") is one name in one article: the place reading of a word that
  // opens a person's name yields to the person reading the text also gave it.
  const calledByGiven = new Map<string, number>();
  const calledPerson = new Set(short.filter((c) => c.type === 'person').map((c) => nameKey(nameOf(c))));
  // Bare surnames no one person could be given when they were met ("Clinton" in a headline above Bill's, Hillary's
  // and Chelsea's full names): a later "Clinton" is read for itself, not sent to that leftover group.
  const undecided = new Set<string>();
  for (const c of short) {
    const key = nameKey(c.last > c.first ? ws[c.first].text : nameOf(c));
    // (a surname read as no place here does not join the place of that name: "Lima claims" and "in Lima")
    if (groups.has(key) && !undecided.has(key) && !(asSurname.has(c) && groups.get(key)!.type === 'place')) {
      add(groups, key, nameOf(c), c);
      continue;
    }
    // In a language that declines names ("Moyesem", "Součka"), the stem may be the part.
    const stems = (rw?.nameEndings ?? [])
      .filter((e) => key.endsWith(e))
      .flatMap((e) => [key.slice(0, -e.length), refleet(key.slice(0, -e.length))]);
    let owners = byPart.get(key) ?? stems.map((k) => byPart.get(k) ?? []).find((o) => o.length === 1) ?? [];
    // ("King Hussein" beside "Hussein Khalaf": a royal title goes with a given name alone, a person of that name,
    // not the given name of another; only a surname may join then, "Queen Elizabeth" … "Elizabeth Windsor" aside)
    // ("Prince Mohammed" after "Saudi Crown Prince Mohammed bin Salman": unless the one person of that given name
    // holds a royal title himself)
    if (LEX.royalTitles.has(ws[c.first - 1]?.text ?? '')) {
      const royal = owners.filter((k) => groups.get(k)!.cands.some((d) => d.role && ROYAL_ROLE.test(d.role)));
      owners = owners.filter((k) => nameKey(nameWords(groups.get(k)!.name).pop()!) === key);
      if (!owners.length && royal.length === 1) owners = royal;
    }
    // Both declined ("Динару" of "Динара Снижевская"): the one person with a part of the same stem.
    const endings = rw?.nameEndings ?? [];
    if (!owners.length && endings.length) {
      const hits = [...byPart].filter(([p]) => sameDeclined(p, key, endings));
      const keys = new Set(hits.flatMap(([, o]) => o));
      if (keys.size === 1) owners = [...keys];
    }
    // ("Smith Jr." is John Smith Jr., not his father John Smith)
    const suffix = c.last > c.first ? suffixOf(nameOf(c)) : null;
    const sameSuffix = suffix ? owners.filter((k) => suffixOf(groups.get(k)!.name) === suffix) : [];
    if (sameSuffix.length === 1) owners = sameSuffix;
    // "Mrs Yeltsin" after "Naina Yeltsin, wife of the Russian president" and "Boris Yeltsin": an honorific's gender
    // leaves out the people of that surname the article gives the other.
    const hon = owners.length > 1 ? honorificGender(ws, c.first) : null;
    if (hon) {
      const fit = owners.filter((k) => personGender(ws, groups.get(k)!.cands) !== (hon === 'f' ? 'm' : 'f'));
      // (not before the person is named: "Mr. Meyer opened the meeting. Ruth Meyer … Carl Meyer" may be a third)
      const namedBefore = (k: string) => groups.get(k)!.cands.some((d) => d.first < c.first);
      if (fit.length > 1 || (fit.length === 1 && namedBefore(fit[0]))) owners = fit;
    }
    // A news article calls people by their surname: one owner by surname wins over first names.
    if (owners.length > 1 && byLast.get(key)?.length === 1) owners = byLast.get(key)!;
    // A surname two people named here share ("Joe Biden", "Hunter Biden") is, alone, the one the
    // article named first: news introduces its main figure first and names relatives in full.
    else if (owners.length > 1 && (anyLast.get(key)?.length ?? 0) > 1)
      owners = firstNamed(ws, groups, anyLast.get(key)!, c.first, calledByGiven, rw);
    // "Lorenz" typed as a place, "Lladanosa" as an organisation: the surname of a
    // person named in full here is that person.
    // "the North" in an article about North Korea: the one place named here that it opens.
    const region = c.type === 'place' && COMPASS.has(nameOf(c)) ? placesOpenedBy(groups, nameOf(c)) : [];
    if (region.length === 1) {
      c.why.push('short for a place named here');
      add(groups, region[0], groups.get(region[0])!.name, c);
    } else if (
      owners.length === 1 &&
      !(c.type === 'place' && onlyOpens(groups.get(owners[0])!, key, nameOf(c)) && !calledPerson.has(key))
    ) {
      if (c.type !== 'person') c.why.push('surname of a named person');
      add(groups, owners[0], groups.get(owners[0])!.name, c);
    } else if (
      c.type === 'person' ||
      c.type === 'org' ||
      c.type === 'place' ||
      c.type === 'misc' ||
      (owners.length === 0 && c.titled)
    ) {
      if (owners.length > 1 && c.type === 'person' && !groups.has(key)) undecided.add(key);
      add(groups, key, nameOf(c), c);
    }
  }

  addUntaggedSurnames(text, ws, cands, groups);
  joinAcronyms(ws, cands, groups);
  // (again, now that one-word names have groups: "Katherine (née Buckley)")
  mergeMaidenNames(ws, groups);
  mergeMisspelt(groups);

  // Acronyms of the organisations named here ("CPUC" → "California Public Utilities Commission"): a role
  // that names a body by its acronym is an office when the body's full name says so ("CPUC President").
  const fullNames = new Map<string, string>();
  for (const g of groups.values())
    if (g.type === 'org' && /\s/.test(g.name))
      for (const i of initials(g.name)) if (i.length >= 2) fullNames.set(i, g.name);
  const expand = (role: string) => role.replace(/\b\p{Lu}{2,6}\b/gu, (a) => fullNames.get(a) ?? a);
  const out: Entity[] = [];
  for (const g of groups.values()) {
    const type = g.type ?? g.cands.find((c) => c.type)?.type ?? null;
    if (!type) continue;
    const role = tidyRole(roleOfGroup(g.cands));
    const mentions = g.cands
      .map((c) => ({
        start: ws[c.first].start,
        end: ws[c.last].end,
        text: text.slice(ws[c.first].start, ws[c.last].end),
      }))
      .sort((a, b) => a.start - b.start);
    out.push({
      id: entityId(type, g.name),
      name: g.name,
      type,
      role,
      roleOf: roleOrganisation(role),
      // (an officer named in a committee list, "trésorière : X ;", is an association's or a club's)
      official:
        type === 'person' &&
        !g.cands.some((c) => c.why.includes('committee list')) &&
        (isOfficialRole(role, rw) || (!!role && isOfficialRole(expand(role), rw))),
      mentions,
      why: [...new Set(g.cands.flatMap((c) => c.why))],
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const COMPASS = new Set(['North', 'South', 'East', 'West']);

// Prepositions of place and motion: a name right after one is a place ("in Lima", "from Lima").
const TO_FROM = new Set(['to', 'from', 'at', 'of', 'via', 'into']);

/** A one-word place mention read as a place: after a preposition of place or motion, or before ", <place>". */
function usedAsPlace(ws: Word[], c: Candidate): boolean {
  const before = ws[c.first - 1]?.text.toLowerCase() ?? '';
  if (LEX.placePrepositions.has(before) || TO_FROM.has(before)) return true;
  return ws[c.last + 1]?.text === ',' && LEX.placeNames.has(ws[c.last + 2]?.text ?? '');
}

/** Keys of the place groups whose name opens with `word` and goes on ("North Korea" for "North"). */
function placesOpenedBy(groups: Map<string, Group>, word: string): string[] {
  return [...groups.entries()].filter(([, g]) => g.type === 'place' && g.name.startsWith(word + ' ')).map(([k]) => k);
}

function add(groups: Map<string, Group>, key: string, name: string, c: Candidate) {
  const g = groups.get(key);
  if (!g) {
    groups.set(key, { name, type: c.type, cands: [c] });
    return;
  }
  g.cands.push(c);
  if (!g.type && c.type) g.type = c.type;
  // The same name of two or more words typed by what the text says around it ("led Forest Hill police
  // officers") outweighs the tagger's guess at another mention ("Forest Hill's hotel"), unless the text also
  // said otherwise or the name opens with a given name ("Taylor Swift" listed after "artists like" is still
  // someone elsewhere). So does one word set among places ("Denver, CO" beside the tagger's person "Denver").
  else if (
    c.typedByContext &&
    c.type &&
    (c.last > c.first || c.placedByGeography) &&
    name === g.name &&
    !LEX.firstNames.has(name.split(/\s/)[0]) &&
    !g.cands.some((x) => x.typedByContext && x.type !== c.type)
  )
    g.type = c.type;
  // The longest form names the group, but one written in capitals (a headline's "TAYLOR SWIFT") only
  // until the text writes it in mixed case.
  const caps = (n: string) => /\p{Lu}{2}/u.test(n) && n === n.toUpperCase();
  if ((caps(g.name) && !caps(name)) || (caps(g.name) === caps(name) && name.length > g.name.length)) g.name = name;
}

/**
 * The parts of a person's name a short mention may use: family name first or
 * last, a middle name ("Lula" of "Luiz Inácio Lula da Silva"), and the name
 * after a particle ("Bashir" of "al-Bashir").
 */
function personParts(name: string): string[] {
  const words = nameWords(name);
  const parts = words.map(nameKey);
  // A Korean name is one word; its family name alone ("문 대통령") is a short form of it.
  const family = words.length === 1 ? koreanFamilyName(name) : null;
  if (family) return [...parts, nameKey(family)];
  if (parts.length === 1) return parts;
  const out = new Set([parts[0], parts[parts.length - 1]]);
  for (const w of words.slice(1, -1)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) out.add(nameKey(w));
  const tail = /^\p{Ll}{1,3}-(\p{Lu}.*)$/u.exec(words[words.length - 1]);
  if (tail) out.add(nameKey(tail[1]));
  return [...out];
}

// Czech drops an "e" before the last consonant when a name is declined: "Karel" → "Karla", "Souček" → "Součka".
const unfleet = (w: string) => w.replace(/e([^aeiouy])$/u, '$1');
const refleet = (w: string) => w.replace(/([^aeiouy])([^aeiouy])$/u, '$1e$2');

/**
 * Two forms of one name word in a language that declines names (`endings`,
 * longest first): one is the other plus an ending ("Moyes", "Moyesem"), or
 * both are one stem with two endings ("Declanem" and "Declana"; "Динару" and
 * "Динара").
 */
function sameDeclined(a: string, b: string, endings: string[]): boolean {
  // (a stem of two letters at least: "Ася" and "Асю" share "ас")
  const stem = (w: string, e: string) => (w.length >= e.length + 2 && w.endsWith(e) ? w.slice(0, -e.length) : null);
  return (
    a === b ||
    endings.some((e) => a === b + e || b === a + e || unfleet(a) + e === b || unfleet(b) + e === a) ||
    endings.some((e) => {
      const sa = stem(a, e);
      return !!sa && endings.some((f) => f !== e && stem(b, f) === sa);
    })
  );
}

/** `short` is `full` cut short by two or more letters ("josh" of "joshua"), three letters at least. */
function shortGiven(short: string, full: string): boolean {
  // (or a pet form no cut makes: "Bill Clinton" of "William Clinton", "Paco" of "Francisco"; `full` is a name key)
  if (LEX.diminutives.get(short)?.some((f) => nameKey(f) === full)) return true;
  return short.length >= 3 && full.length - short.length >= 2 && full.startsWith(short);
}

/**
 * A two-word or longer person name whose words all appear, in order, in one
 * longer person name with the same last word is that person: "Forrest Jones"
 * of "Michael Forrest Jones", "Bin Laden" of "Osama bin Laden". With name
 * endings (declined languages) "Davida Moyese" is "David Moyes".
 */
function mergeShortForms(groups: Map<string, Group>, endings: string[], twoSurnames = false, bodyFrom = 0): void {
  const same = (a: string, b: string) => sameDeclined(a, b, endings);
  const memo = new Map<Group, string[]>();
  const words = (g: Group) => {
    let w = memo.get(g);
    // (without initials: "Patrick W. Carlineo" holds "Patrick Carlineo Jr.")
    if (!w)
      memo.set(
        g,
        (w = nameWords(g.name)
          .map(nameKey)
          .filter((x, i, all) => x.length > 1 || i === all.length - 1)),
      );
    return w;
  };
  const people = [...groups.entries()].filter(([, g]) => g.type === 'person');
  // "B. U. Nzeribe" and "Benjamin Nzeribe": initials and a surname are the one person named in full with
  // that surname and a given name of that initial.
  const byInitials = (g: Group, key: string): boolean => {
    const parts = g.name.split(/\s+/);
    const inits = parts.slice(0, -1);
    if (!inits.length || !inits.every((p) => /^\p{Lu}\.?$/u.test(p))) return false;
    const owners = people.filter(([k, h]) => {
      if (k === key || !groups.has(k)) return false;
      const hs = h.name.split(/\s+/);
      return (
        hs.length > 1 &&
        hs[0].length > 2 &&
        hs[0][0] === inits[0][0] &&
        same(nameKey(hs[hs.length - 1]), nameKey(parts[parts.length - 1]))
      );
    });
    if (owners.length !== 1) return false;
    for (const c of g.cands) {
      c.why.push('initials of a named person');
      owners[0][1].cands.push(c);
    }
    groups.delete(key);
    return true;
  };
  // (two rounds: "Pat Carlineo" has one owner once "Patrick W. Carlineo" has joined "Patrick Carlineo Jr.")
  for (const [key, g] of [...people, ...people]) {
    if (!groups.has(key) || groups.get(key) !== g) continue;
    const ws = words(g);
    if (ws.length === 1 && byInitials(g, key)) continue;
    if (ws.length < 2) continue;
    const owners = people.filter(([k, h]) => {
      if (k === key || !groups.has(k)) return false;
      // ("George W. Bush" and "George H.W. Bush": two middle initials that differ tell two people apart)
      const [ig, ih] = [middleInitials(g.name), middleInitials(h.name)];
      if (ig && ih && ig !== ih) return false;
      const hs = words(h);
      // ("Carrie Lam Cheng Yuet-ngor" … "Carrie Lam", "Juan José Lobato del Valle" … "Juan José Lobato": the first
      // words of a longer name named earlier, as news names someone in full once and shorter after, or in the
      // headline above the body that names them in full; in Spanish and Portuguese, where a full name adds a second
      // surname, "Izaskun Lesaka" of "Izaskun Lesaka Argüelles" wherever it comes)
      if (hs.length > ws.length && ws.every((w, i) => w === hs[i])) {
        const [short, full] = [firstAt(g), firstAt(h)];
        const headline = short < bodyFrom && full >= bodyFrom;
        if (full < short || headline || (twoSurnames && hs.length === ws.length + 1)) return true;
      }
      if (hs.length < ws.length || !same(ws[ws.length - 1], hs[hs.length - 1])) return false;
      if (hs.length === ws.length) {
        // "Patrick Carlineo Jr." and "Patrick W. Carlineo": one person, unless two suffixes tell them apart
        // ("John Smith Jr." and "John Smith Sr.").
        // ("John Smith" and "John Smith Jr." stay apart: only a middle initial tells of one person).
        const [sg, sh] = [suffixOf(g.name), suffixOf(h.name)];
        const initial = (n: string) => /\s\p{Lu}\.?\s/u.test(n);
        if (ws.every((w, i) => w === hs[i]) && initial(g.name) !== initial(h.name) && (!sg || !sh || sg === sh))
          return k < key;
        // "Josh Apte" and "Joshua Apte", "Chris Early" and "Christopher Early": a given name cut short is
        // the full one's (two or more letters cut, so "Joe" and "Joel", "Dan" and "Dana" stay apart).
        if (ws.length > 1 && ws.slice(1).every((w, i) => w === hs[i + 1]) && shortGiven(ws[0], hs[0])) return true;
        // Declined forms of one name ("Дарьи Калугиной", "Дарья Калугина"): the shorter one (the
        // nominative, as a rule) owns the other; of two as long, the first by key.
        return (
          endings.length > 0 &&
          ws.every((w, i) => same(w, hs[i])) &&
          (h.name.length < g.name.length || (h.name.length === g.name.length && k < key))
        );
      }
      // ("Pat Carlineo" of "Patrick Carlineo Jr.": the first word may be a short given name of the full one's first)
      let i = 0;
      for (const [j, w] of hs.entries())
        if (i < ws.length && (same(ws[i], w) || (i === 0 && j === 0 && shortGiven(ws[0], w)))) i++;
      return i === ws.length;
    });
    // ("Abu Amer" of "Sadeq Abu Amer", beside "Abu Hassan Amer": of several longer names, the one that ends in these
    // words, in this order, with none between)
    const ends = owners.filter(([, h]) =>
      words(h)
        .slice(-ws.length)
        .every((w, i) => same(w, ws[i])),
    );
    if (owners.length > 1 && ends.length === 1) owners.splice(0, owners.length, ends[0]);
    if (owners.length !== 1) continue;
    const [, owner] = owners[0];
    for (const c of g.cands) {
      c.why.push('short form of a named person');
      owner.cands.push(c);
    }
    groups.delete(key);
  }
}

/** The first word of the group's first mention. */
const firstAt = (g: Group) => Math.min(...g.cands.map((c) => c.first));

/**
 * "Ellen Gille, née Fetter" (or "(née Fetter)"): the person named with her maiden name ("Ellen Fetter")
 * is the one named with her married name; the group mentioned first keeps its name.
 */
function mergeMaidenNames(ws: Word[], groups: Map<string, Group>): void {
  const people = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const groupEndingAt = (k: number) => people.find(([, g]) => g.cands.some((c) => c.last === k));
  for (let k = 2; k + 1 < ws.length; k++) {
    if (
      ws[k].text.length !== 3 ||
      !/^n[ée]e$/i.test(ws[k].text) ||
      !/^[,(]$/.test(ws[k - 1].text) ||
      !/^\p{Lu}/u.test(ws[k + 1].text)
    )
      continue;
    const married = groupEndingAt(k - 2);
    if (!married) continue;
    const first = married[1].name.split(/\s+/)[0];
    // (the name written after "née" itself, "Katherine (née Buckley)", or the given name with it elsewhere)
    const maiden = people.find(
      ([key, g]) =>
        key !== married[0] &&
        groups.has(key) &&
        (g.name === `${first} ${ws[k + 1].text}` || g.cands.some((c) => c.first === k + 1)),
    );
    if (!maiden) continue;
    const start = (g: Group) => Math.min(...g.cands.map((c) => ws[c.first].start));
    const [keep, gone] = start(maiden[1]) < start(married[1]) ? [maiden, married] : [married, maiden];
    for (const c of gone[1].cands) {
      c.why.push('maiden name');
      keep[1].cands.push(c);
    }
    groups.delete(gone[0]);
  }
}

// A surname joined to a lower-case word after it: "Braun-owned", "Trump-appointed", "Merkel-era".
const POST = new RegExp(`^(\\p{Lu}\\p{Ll}[\\p{L}'’]*)-(${LEX.nameCompoundHeads.join('|')})$`, 'u');

/**
 * The tagger misses a known person's surname now and then ("Moyes je ...",
 * "Earnest added"), and a surname inside "anti-Trump" is no word of its own:
 * capitalised words equal to the last name of exactly one person found here,
 * not next to another capitalised word, join that person; so does the surname in "Braun-owned".
 */
function addUntaggedSurnames(text: string, ws: Word[], cands: Candidate[], groups: Map<string, Group>): void {
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered.add(k);
  const byLast = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.type !== 'person') continue;
    const last = nameWords(g.name).pop()!;
    const key = last.replace(/^\p{Ll}{1,3}-/u, '');
    if (key.length < 3 || !/^\p{Lu}\p{Ll}/u.test(key) || LEX.notNames.has(key)) continue;
    byLast.set(key, byLast.has(key) && byLast.get(key) !== g ? null : g);
  }
  const isCapWord = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);
  // "Braun-owned", "Trump-appointed": one word that is not a person's name as a whole (the tagger may
  // have typed it a thing) holds a surname before a lower-case participle or noun.
  const compounds = new Map<number, Group>();
  for (const g of groups.values())
    if (g.type !== 'person')
      for (const c of g.cands) if (c.first === c.last && POST.test(ws[c.first].text)) compounds.set(c.first, g);
  const n = ws.length;
  for (let k = 0; k < n; k++) {
    const post = POST.exec(ws[k].text);
    if (covered.has(k) && !(post && compounds.has(k))) continue;
    const w = ws[k];
    // "anti-Trump", "post-Mugabe": the name after a lower-case prefix.
    const pre = /^(\p{Ll}+-)(\p{Lu}[\p{L}'’-]*)$/u.exec(w.text);
    const name = pre ? pre[2] : post ? post[1] : w.text;
    const g = byLast.get(name);
    if (!g) continue;
    if (
      !pre &&
      !post &&
      (isCapWord(ws[k + 1]) ||
        (isCapWord(ws[k - 1]) && !w.sentenceStart && ws[k - 1].text !== 'Mr.' && !ws[k - 1].text.endsWith('.')))
    )
      continue;
    let idx = k;
    if (pre || post) {
      // A word of its own for the name inside the hyphenated one, so the mention's offsets are the name's.
      const start = pre ? w.start + pre[1].length : w.start;
      idx = ws.push({ text: name, start, end: start + name.length, sentenceStart: false }) - 1;
    }
    const thing = compounds.get(k);
    if (thing) {
      thing.cands = thing.cands.filter((c) => c.first !== k);
      if (!thing.cands.length) for (const [key, h] of groups) if (h === thing) groups.delete(key);
    }
    g.cands.push({
      first: idx,
      last: idx,
      type: 'person',
      role: null,
      titled: false,
      why: ['surname of a named person (untagged)'],
    });
  }
}

/**
 * Of the groups `keys` (people who share a surname), the one a bare surname at word `at` stands for:
 * the only one the article does not also call by the given name alone (twice, or once when that person is named
 * first and as no one's relative); else the one named first, if it was
 * named before `at` and either in an earlier sentence than the others or, by then, more often than any of
 * them. Two people introduced together and named as often ("John Smith met Mary Smith") leave the surname
 * to neither. `calledByGiven` keeps each group's answer: the text is read once per group, not per mention.
 */
function firstNamed(
  ws: Word[],
  groups: Map<string, Group>,
  keys: string[],
  at: number,
  calledByGiven: Map<string, number>,
  rw: RoleWords | null,
): string[] {
  // "Boris Yeltsin visited his wife Naina ... Yeltsin said": a person the article also calls by the given
  // name alone is told apart by it, so the bare surname is the one other person who shares it.
  const start = (k: string) => Math.min(...groups.get(k)!.cands.map((c) => c.first));
  const earliest = keys.reduce((a, b) => (start(b) < start(a) ? b : a));
  const byGiven = keys.filter((k) => {
    let n = calledByGiven.get(k);
    if (n === undefined) calledByGiven.set(k, (n = givenNameAlone(ws, groups.get(k)!.name)));
    // (once, for the person named first, is no habit: "Jared Tristan Padalecki ... Jared decided to move ...
    // to Gerald and Sherri Padalecki ... Padalecki starred": a biography's subject keeps the bare surname)
    // (but a wife, a son, introduced as another's kin, is the one the bare surname is not: "Naina Yeltsin, wife
    // of the Russian president, ... Naina was ... Yeltsin is expected to go on holiday")
    return n > 1 || (n === 1 && (k !== earliest || kinRole(groups.get(k)!)));
  });
  if (byGiven.length && keys.length - byGiven.length === 1) return keys.filter((k) => !byGiven.includes(k));
  // (with three or more, those called by the given name are out of the running all the same: "Chelsea" is never
  // the bare "Clinton" of an article that also names Bill and Hillary Clinton)
  const pool = byGiven.length && byGiven.length < keys.length ? keys.filter((k) => !byGiven.includes(k)) : keys;
  const count = (k: string) => groups.get(k)!.cands.filter((c) => c.first < at).length;
  const sentence = (k: number) => {
    while (k > 0 && !ws[k].sentenceStart) k--;
    return k;
  };
  const [best, ...rest] = [...pool].sort((a, b) => start(a) - start(b));
  // (undecided by order: the one of them who holds a public office, as news calls the office holder by the bare
  // surname and the family in full, "Clinton train trip" above "President Bill Clinton", "Hillary Rodham Clinton")
  const inOffice = pool.filter((k) => groups.get(k)!.cands.some((c) => isOfficialRole(c.role, rw)));
  const byOffice = inOffice.length === 1 ? inOffice : pool;
  if (start(best) >= at) return byOffice;
  const earlier = rest.every((k) => sentence(start(best)) < sentence(start(k)));
  const oftener = rest.every((k) => count(best) > count(k));
  return earlier || oftener ? [best] : byOffice;
}

/** A role that makes its holder someone's relative: "wife of the Russian president", "his son". */
function kinRole(g: Group): boolean {
  return g.cands.some((c) => {
    const w = (c.role ?? '').toLowerCase().split(/\s+/);
    return LEX.kinHeads.has(DETERMINER.has(w[0]) ? w[1] : w[0]);
  });
}

/** The text writes the given name of `name` on its own somewhere ("his wife Naina"), not before the surname. */
function givenNameAlone(ws: Word[], name: string): number {
  const parts = nameWords(name).map(nameKey);
  if (parts.length < 2) return 0;
  const [given, last] = [parts[0], parts[parts.length - 1]];
  return ws.filter(
    (w, i) =>
      /^\p{Lu}/u.test(w.text) &&
      nameKey(w.text) === given &&
      nameKey(ws[i + 1]?.text ?? '') !== last &&
      // ("Joe and Hunter Biden": a given name joined to another's full name is no name of its own)
      !/^(and|or|&|y|e|et|und|i)$/i.test(ws[i + 1]?.text ?? '') &&
      !/^\p{Lu}/u.test(ws[i + 1]?.text ?? ''),
  ).length;
}

/**
 * A word typed a place that is only the first word of a person's name, and no given name, is not that
 * person ("Hanoi" is no part of "Hanoi Hilton"), unless the name is written family name first with an
 * East Asian hyphenated given name ("Park" of "Park Geun-hye"). (A first name typed an organisation,
 * "Taylor" of "Taylor Swift", is the person: taggers often misfile a given name alone.)
 */
function onlyOpens(g: Group, key: string, word: string): boolean {
  const words = nameWords(g.name);
  const last = words[words.length - 1];
  return (
    words.length > 1 &&
    nameKey(words[0]) === key &&
    nameKey(last) !== key &&
    !LEX.firstNames.has(word) &&
    !/-\p{Ll}/u.test(last)
  );
}

/**
 * The last word of a name typed a place or an organisation ends in "s" yet is a surname, not a business's
 * plural ("Vale Foods"): a given name and "s" ("Kristine Phillips", "Ann Williams", "Jo Roberts"; English
 * surnames made from a father's name), or any such word after a given name typed a place ("the staff of
 * Devin Nunes"): a place is seldom named by a given name and a plural, a business often is.
 */
function surnameInS(ws: Word[], c: Candidate): boolean {
  const last = ws[c.last].text;
  return c.type === 'place' || (last.length > 3 && LEX.firstNames.has(last.slice(0, -1)));
}

/**
 * A group's role: its first mention's that has one; but a royal title ("Prince", "the real Prince") says
 * less than a role another mention is given ("Andrew, Queen Elizabeth II's third child,"), which wins, as it
 * does beside the titled name itself (attachRoles).
 */
function roleOfGroup(cands: Candidate[]): string | null {
  const roles = cands.map((c) => c.role).filter((r): r is string => !!r);
  // (a role that ends in the title, "real Prince", "Britain's Prince", is the title with its modifiers)
  const bareTitle = (r: string) => LEX.royalTitles.has(r.split(/\s+/).pop() ?? '');
  return (bareTitle(roles[0] ?? '') && roles.find((r) => !bareTitle(r))) || roles[0] || null;
}

// A royal title inside a role ("Saudi Crown Prince", "the Emir of Qatar").
const ROYAL_ROLE = /\b(prince|princess|king|queen|emir|sheikh|sultan|emperor|empress)\b/i;

/** The middle initials of a name, letters only ("George H.W. Bush" → "HW"; "" when it has none). */
function middleInitials(name: string): string {
  return name
    .split(/\s+/)
    .slice(1, -1)
    .filter((t) => /^(?:\p{Lu}\.?)+$/u.test(t))
    .join('')
    .replace(/\./g, '');
}
