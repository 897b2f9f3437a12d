// Scoring for the roles benchmark (scripts/bench-roles.ts): hand annotations in tests/fixtures/roles/
// against a system's entities. Pure functions, no I/O.

export interface GoldPerson {
  name: string;
  aliases: string[];
  role: string | null;
  roleKeywords: string[];
  official: boolean;
}

export interface GoldPage {
  source: string;
  split: 'dev' | 'test';
  /** Language of the article text (BCP 47); the benchmark also reports English pages alone. */
  lang?: string;
  people: GoldPerson[];
  orgs: string[];
  places: string[];
  /** Person-like names left out of the gold on purpose (fictional characters, user handles, photo credits
   * glued to a caption word): a system person entity with one of these names counts neither way. */
  ignore?: string[];
}

/** What a system returns, reduced to what the benchmark reads. */
export interface SysEntity {
  name: string;
  type: 'person' | 'org' | 'place' | 'misc';
  role: string | null;
  official: boolean;
  mentions: { start: number; end: number; text: string }[];
}

export interface PageScore {
  gold: number; // gold people
  found: number; // gold people matched by a system person entity
  sysPeople: number; // system person entities
  sysPeopleRight: number; // system person entities that are some gold person
  withRole: number; // found gold people that have a gold role
  roleRight: number | null; // null: the system has no roles
  withoutRole: number; // found gold people the article gives no role
  roleInvented: number | null; // of those, how many the system gives a role anyway (null: no roles)
  officialRight: number | null;
  oneEntity: number | null; // found gold people whose mentions all land in one entity of their own
  orgs: number;
  orgsFound: number;
  places: number;
  placesFound: number;
  misses: string[]; // gold people not found
  roleErrors: string[]; // "Name: system role ≠ keywords"
  inventedRoles: string[]; // "Name: system role" where the article gives none
  splitErrors: string[]; // "Name: why"
  spurious: string[]; // system person entities matching nobody
  orgMisses: string[];
  placeMisses: string[];
  officialErrors: string[];
}

// Titles and honorifics that may precede a name; "ignoring titles" when matching names.
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative gov governor ' +
    'pres president vice prime minister gen general lt col colonel maj major adm admiral rear capt captain ' +
    'cmdr sgt sergeant cpl pvt gov. mayor judge justice rev reverend father sister brother king queen prince ' +
    'princess chancellor secretary ambassador chairman chairwoman chief ceo coach director spokesperson ' +
    'spokesman spokeswoman former the st saint m mme mlle sr sra don dona'
  ).split(' '),
);

/** Case-folded, accent-folded, punctuation-free, title-free form of a name. */
export function normName(s: string): string {
  const words = s
    .normalize('NFKD')
    .replace(/[\p{M}\u00ad]/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Strip leading titles, but never the whole name.
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i])) i++;
  return words.slice(i).join(' ');
}

/** Org/place names: also drop a leading "the". */
function normThing(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\p{M}\u00ad]/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function forms(p: GoldPerson): Set<string> {
  return new Set([p.name, ...p.aliases].map(normName).filter(Boolean));
}

function entityForms(e: SysEntity): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => m.text)].map(normName).filter(Boolean));
}

interface Occ {
  start: number;
  end: number;
  person: number;
}

/**
 * Where each gold person is mentioned: every occurrence of the name and its aliases as whole words,
 * longest forms first, never overlapping (so "Kirby" inside "John Kirby" counts once), and never inside a
 * gold org or place name.
 */
export function goldOccurrences(text: string, people: GoldPerson[], blockers: string[] = []): Occ[] {
  const all: { form: string; person: number }[] = [];
  people.forEach((p, i) => {
    for (const f of new Set([p.name, ...p.aliases])) if (f.trim()) all.push({ form: f, person: i });
  });
  // Gold org/place names that contain a person's form ("Instituto Lula") are not mentions of the person.
  for (const b of blockers) if (b.trim()) all.push({ form: b, person: -1 });
  all.sort((a, b) => b.form.length - a.form.length);
  const taken: Occ[] = [];
  const overlaps = (s: number, e: number) => taken.some((o) => s < o.end && o.start < e);
  for (const { form, person } of all) {
    const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const s = m.index!,
        e = s + m[0].length;
      if (inUrl(text, s, e)) continue;
      if (!overlaps(s, e)) taken.push({ start: s, end: e, person });
    }
  }
  return taken.filter((o) => o.person >= 0).sort((a, b) => a.start - b.start);
}

// A web address or a path of one ("https://…/Deval-Patrick-takes-…", "/world/article/Esper-says-…"):
// a name in its slug is no mention in the article's prose.
const URL_TOKEN = /^(https?:\/\/|www\.)|\.(com|org|net|php|html?)\b|\/[a-z0-9-]+\/[A-Za-z0-9-]+/;

/** True when text[start, end) lies inside a whitespace-delimited token that is a web address. */
function inUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return URL_TOKEN.test(text.slice(a, b));
}

/**
 * The two texts share a word, in lower case: of four letters or more, an acronym ("DAB"), or in a script without
 * an alphabet's short function words, two or more (배우).
 */
function sharesWord(a: string, b: string): boolean {
  const words = (t: string) =>
    new Set(
      (t.match(/\p{L}+/gu) ?? [])
        .filter((w) => (/^\p{Script=Latin}/u.test(w) ? w.length >= 4 || /^\p{Lu}{2,}$/u.test(w) : w.length >= 2))
        .map((w) => w.toLowerCase()),
    );
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}

export function scorePage(text: string, gold: GoldPage, sys: SysEntity[], hasRoles: boolean): PageScore {
  const persons = sys.filter((e) => e.type === 'person');
  const gforms = gold.people.map(forms);
  // Each gold person → the system person entity that best carries it (full name first, then most mentions).
  const match: (SysEntity | null)[] = gold.people.map((p, i) => {
    const full = normName(p.name);
    const cands = persons.filter((e) => [...entityForms(e)].some((f) => gforms[i].has(f)));
    if (!cands.length) return null;
    cands.sort(
      (a, b) =>
        Number(entityForms(b).has(full)) - Number(entityForms(a).has(full)) || b.mentions.length - a.mentions.length,
    );
    return cands[0];
  });
  const allGoldForms = new Set(gforms.flatMap((s) => [...s]));
  const right = persons.filter((e) => [...entityForms(e)].some((f) => allGoldForms.has(f)));
  const ignored = new Set((gold.ignore ?? []).map(normName));
  const scored = persons.filter((e) => right.includes(e) || ![...entityForms(e)].some((f) => ignored.has(f)));

  const s: PageScore = {
    gold: gold.people.length,
    found: match.filter(Boolean).length,
    sysPeople: scored.length,
    sysPeopleRight: right.length,
    withRole: 0,
    roleRight: hasRoles ? 0 : null,
    withoutRole: 0,
    roleInvented: hasRoles ? 0 : null,
    officialRight: hasRoles ? 0 : null,
    oneEntity: 0,
    orgs: gold.orgs.length,
    orgsFound: 0,
    places: gold.places.length,
    placesFound: 0,
    misses: gold.people.filter((_, i) => !match[i]).map((p) => p.name),
    roleErrors: [],
    inventedRoles: [],
    splitErrors: [],
    spurious: scored.filter((e) => !right.includes(e)).map((e) => e.name),
    orgMisses: [],
    placeMisses: [],
    officialErrors: [],
  };

  const occs = goldOccurrences(text, gold.people, [...gold.orgs, ...gold.places]);
  // Which system entity covers an occurrence: the one with a mention overlapping it (a person first).
  const covers = (e: SysEntity, o: Occ) => e.mentions.some((m) => m.start < o.end && o.start < m.end);
  const owner = (o: Occ) => {
    const k = sys.findIndex((e) => e.type === 'person' && covers(e, o));
    return k >= 0 ? k : sys.findIndex((e) => covers(e, o));
  };
  const ownersOf = gold.people.map((_, i) => occs.filter((o) => o.person === i).map(owner));

  gold.people.forEach((p, i) => {
    const e = match[i];
    if (!e) return;
    if (p.role) {
      s.withRole++;
      if (hasRoles) {
        const role = (e.role ?? '').toLowerCase();
        // No keywords: the article gives two unrelated roles; any of them counts, none does not. "Any of them":
        // the role shares a word with the gold roles (until session 16 any role at all counted, so a reader's
        // junk "pesar del respaldo mayoritario" was credited).
        const ok = p.roleKeywords.length
          ? p.roleKeywords.every((k) => role.includes(k.toLowerCase()))
          : sharesWord(e.role ?? '', p.role);
        if (ok) s.roleRight!++;
        else s.roleErrors.push(`${p.name}: ${JSON.stringify(e.role)} lacks [${p.roleKeywords.join(', ')}]`);
      }
    } else {
      // A role the article never gives is wrong on the card: the reader sees it, so it is counted too.
      s.withoutRole++;
      if (hasRoles && e.role) {
        s.roleInvented!++;
        s.inventedRoles.push(`${p.name}: ${JSON.stringify(e.role)}`);
      }
    }
    if (hasRoles && e.official === p.official) s.officialRight!++;
    else if (hasRoles) s.officialErrors.push(`${p.name}: official=${e.official} (role ${JSON.stringify(e.role)})`);
    // One entity per person: every mention of this person lands in one system entity, and that entity
    // holds no mention of another gold person.
    const owners = new Set(ownersOf[i]);
    const [only] = [...owners];
    if (owners.size === 1 && only >= 0) {
      const others = ownersOf.some((os, j) => j !== i && os.includes(only));
      if (!others) s.oneEntity!++;
      else s.splitErrors.push(`${p.name}: merged with another person in "${sys[only].name}"`);
    } else if (owners.size === 0) {
      // The person's forms never occur verbatim (e.g. only in possessive form handled elsewhere): count by match.
      s.oneEntity!++;
    } else {
      const mine = occs.filter((o) => o.person === i);
      const unrec = mine
        .filter((_, k) => ownersOf[i][k] < 0)
        .map((o) => text.slice(Math.max(0, o.start - 15), o.end + 15));
      const names = [...owners].map((k) =>
        k < 0
          ? `(unrecognised: ${unrec.map((u) => JSON.stringify(u.replace(/\s+/g, ' '))).join(', ')})`
          : JSON.stringify(sys[k].name) + (sys[k].type === 'person' ? '' : ` (${sys[k].type})`),
      );
      s.splitErrors.push(`${p.name}: mentions in ${names.join(' + ')}`);
    }
  });

  const typed = (t: SysEntity['type']) =>
    new Set(sys.filter((e) => e.type === t).flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)].map(normThing)));
  const orgs = typed('org'),
    places = typed('place');
  s.orgMisses = gold.orgs.filter((o) => !orgs.has(normThing(o)));
  s.placeMisses = gold.places.filter((o) => !places.has(normThing(o)));
  s.orgsFound = gold.orgs.length - s.orgMisses.length;
  s.placesFound = gold.places.length - s.placeMisses.length;
  return s;
}
