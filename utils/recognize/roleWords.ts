import intl from './lexicon/titles-intl.json';
import type { Lang } from './language';

/** One language's role vocabulary (lexicon/titles-intl.json), as sets. */
export interface RoleWords {
  /** The language these words are of. */
  lang: Lang;
  articles: Set<string>;
  connectors: Set<string>;
  stop: Set<string>;
  /** Lower-case words no name runs through, as "and" in English ("dan", "di", "dari"): a span splits there. */
  nameBreaks: Set<string>;
  /** Lower-case prepositions no person's name runs through ("Boric en Calama", "X avec Y"): a person span splits there. */
  personBreaks: Set<string>;
  modifiers: Set<string>;
  copulas: Set<string>;
  /** Verbs that report speech ("a déclaré", "dijo") and "selon"/"según": their subject is a speaker. */
  speechVerbs: Set<string>;
  /** Verbs of serving in a post before "como"/"comme" ("agit en tant que", "actúa como"): the post follows. */
  asVerbs: Set<string>;
  /** Verbs whose object is someone named with a title ("invita", "reçoit", "nombró"): a title before a name never ends in one. */
  objectVerbs: Set<string>;
  /** Nationality nouns and adjectives, capitalised as the language writes them ("Français", "Argentinos"). */
  demonyms: Set<string>;
  /** Honorifics written before a name ("M.", "Mme", "Sra."), without their full stop. */
  honorifics: Set<string>;
  /** Case endings a name takes in a declined language ("Moyes" → "Moyesem"): longest first. */
  nameEndings: string[];
  /** A preposition and an article in one word ("al", "du", "pelo", "della"): a noun phrase may open after it. */
  contractions: Set<string>;
  /** Offices named by a phrase whose head alone is no office ("garde des Sceaux", "defensor del pueblo"), lower case. */
  officePhrases: string[];
  /** Small numbers that follow a head as its rank ("numéro un", "número dos"), though "un" is an article. */
  numberWords: Set<string>;
  /** The language's "and" ("et", "y", "e"): a list of names goes on after it. */
  conjunctions: Set<string>;
  /** Endings of a plural head ("ministres", "senadores", "ministri"): a plural title is every listed name's. */
  pluralEndings: string[];
  /** Plural articles ("les", "los", "os", "gli"): one capitalised word after one is a plural noun, no one. */
  pluralArticles: Set<string>;
  /** Adverbs that may open an appositive or follow a copula before the role ("aujourd'hui", "actualmente"). */
  adverbs: Set<string>;
  /** Adverbs of degree before an adjective ("très controversé", "muy conocido"): inside a title before a name. */
  degreeAdverbs: Set<string>;
  /** Capitalised names of ministries' remits ("Economía", "Intérieur", "Saúde", "Esteri"): a body, never a name. */
  officeBodies: Set<string>;
  /** Nouns of private bodies ("empresa", "club", "société"): an office head of one is no public office. */
  privateBodies: Set<string>;
  /** The private bodies of more than one word ("comisiones obreras", "ordre des avocats") as one pattern, or null. */
  privateBodyPhrases: RegExp | null;
  /** Nouns of kinship ("hijo", "épouse", "filha"): "el hijo del alcalde X" names the son, not the mayor. */
  kinNouns: Set<string>;
  /** English title words that are ordinary words or surnames in this language ("Mayor" in Spanish): no title here. */
  notTitles: Set<string>;
  /** The language writes every noun with a capital (German): capitals are no evidence of a name there. */
  nounsCapitalised: boolean;
  /**
   * Endings of the verb forms and adverbs that open a sentence with a capital ("Agregó", "Destacou", "Actualmente",
   * "Finalement"): such a word the tagger took in before a name is no part of it (`passes/verbOpener.ts`).
   */
  verbEndings: string[];
  /**
   * A past participle's endings ("Interrogé", "Consultado") and the prepositions after one that opens a sentence
   * ("Interrogé par", "Consultado por"): such a word alone is no name, whatever the tagger typed (`passes/verbOpener.ts`).
   */
  participleEndings: string[];
  participleNext: Set<string>;
  /**
   * A lower-case noun whose ending makes it an agent, someone who does something ("imitateur", "plusmarquista",
   * "enquêtrice"): `agentSuffixes` minus the things so named (`notAgents`: "moteur", "lista").
   */
  isAgentNoun(w: string): boolean;
  /** A lower-case noun whose ending names a quality or an act, never someone ("agresividad", "élection"). */
  isAbstractNoun(w: string): boolean;
  /** The language's "of", alone or with its article: a connector ("de", "d'") or a contraction ("del", "du"). */
  isOf(w: string): boolean;
  /** A plural by its ending, the ending leaving three letters at least ("ministres", "jugadores"; not "les"). */
  isPlural(w: string): boolean;
  /** A noun a role is built on ("ministre", "portavoz", "Bundeskanzler", "manažera"). */
  isHead(w: string): boolean;
  /** A head that names a public office ("ministre", not "actrice"). */
  isOfficeHead(w: string): boolean;
}

const cache = new Map<Lang, RoleWords | null>();

/** Elided articles and prepositions glued to the next word ("l’ancien", "d’État") are not part of it. */
export function unElide(w: string): string {
  return w.replace(/^(?:l|d|qu|j|n|s|c|m|t|dell|dall|nell|sull|all)['’](?=\p{L})/iu, '');
}

/** The role vocabulary of a language other than English, or null (English roles use titles.json). */
export function roleWords(lang: Lang): RoleWords | null {
  if (lang === 'en') return null;
  if (cache.has(lang)) return cache.get(lang)!;
  const l = intl[lang] as unknown as Partial<Record<string, string[]>>;
  const low = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  const office = low(l.officeHeads);
  const heads = new Set([...office, ...low(l.jobHeads)]);
  const suffixes = (l.headSuffixes ?? []).map((s) => s.toLowerCase());
  const stems = (l.stems ?? []).map((s) => s.toLowerCase());
  const officeStems = new Set((l.officeStems ?? []).map((s) => s.toLowerCase()));
  const plurals = l.pluralEndings ?? [];
  const one = (x: string, officeOnly: boolean): boolean => {
    if ((officeOnly ? office : heads).has(x)) return true;
    // German compounds: "Regierungssprecher", "Außenministerin", "CDU-Vorsitzende".
    if (suffixes.some((s) => x.length > s.length + 2 && x.endsWith(s))) return true;
    // Declined forms (Czech): "manažera", "premiérem" start with the stem and add a short ending.
    return stems.some((s) => x.startsWith(s) && x.length - s.length <= 4 && (!officeOnly || officeStems.has(s)));
  };
  const test = (w: string, officeOnly: boolean) => {
    const x = unElide(w).toLowerCase().replace(/[.,]$/, '');
    if (!x) return false;
    if (one(x, officeOnly)) return true;
    // "mandatarios", "secretarios": a plural of a listed head.
    if (x.length > 5 && plurals.some((e) => x.endsWith(e) && one(x.slice(0, x.length - e.length), officeOnly)))
      return true;
    // "exministro", "exvicepresidenta", "exjefe": a former office written as one word.
    if (x.startsWith('ex') && x.length >= 6 && one(x.slice(2), officeOnly)) return true;
    // "cosecretario", "coprésidente": a head shared with another holder, written as one word.
    if (x.startsWith('co') && x.length > 8 && one(x.slice(2), officeOnly)) return true;
    // "ex-presidente", "vice-ministre": a hyphenated form of a head.
    return x.includes('-') && x.split('-').some((p) => p.length > 2 && one(p, officeOnly));
  };
  const agents = l.agentSuffixes ?? [];
  const abstracts = l.abstractSuffixes ?? [];
  const notAgents = low(l.notAgents);
  // (a lower-case word longer than its ending by three letters at least: "lista" is no "-ista" of anyone)
  const endsIn = (w: string, ends: string[]) => {
    const x = unElide(w);
    return /^\p{Ll}+$/u.test(x) && ends.some((e) => x.length >= e.length + 3 && x.endsWith(e));
  };
  const words: RoleWords = {
    lang,
    articles: low(l.articles),
    connectors: low(l.connectors),
    stop: low(l.stop),
    nameBreaks: new Set(l.nameBreaks ?? []),
    personBreaks: new Set(l.personBreaks ?? []),
    modifiers: low(l.modifiers),
    copulas: low(l.copulas),
    speechVerbs: low(l.speechVerbs),
    objectVerbs: low(l.objectVerbs),
    asVerbs: low(l.asVerbs),
    demonyms: new Set(l.demonyms ?? []),
    honorifics: new Set((l.honorifics ?? []).map((h) => h.replace(/\.$/, ''))),
    nameEndings: [...(l.nameEndings ?? [])].sort((a, b) => b.length - a.length),
    contractions: low(l.contractions),
    officePhrases: (l.officePhrases ?? []).map((p) => p.toLowerCase().replace(/’/g, "'")),
    privateBodies: low(l.privateBodies),
    privateBodyPhrases: phrasePattern([...low(l.privateBodies)].filter((b) => b.includes(' '))),
    numberWords: low(l.numberWords),
    conjunctions: low(l.conjunctions),
    pluralArticles: low(l.pluralArticles),
    officeBodies: new Set(l.officeBodies ?? []),
    adverbs: new Set((l.adverbs ?? []).map((x) => x.toLowerCase().replace(/’/g, "'"))),
    degreeAdverbs: new Set(l.degreeAdverbs ?? []),
    pluralEndings: l.pluralEndings ?? [],
    notTitles: new Set(l.notTitles ?? []),
    kinNouns: low(l.kinNouns),
    nounsCapitalised: (intl[lang] as { nounsCapitalised?: boolean }).nounsCapitalised === true,
    verbEndings: l.verbEndings ?? [],
    participleEndings: l.participleEndings ?? [],
    participleNext: new Set(l.participleNext ?? []),
    isAgentNoun: (w) => endsIn(w, agents) && !notAgents.has(unElide(w).toLowerCase()),
    isAbstractNoun: (w) => endsIn(w, abstracts),
    isOf: (w) => words.connectors.has(w.toLowerCase()) || words.contractions.has(w.toLowerCase()),
    isPlural: (w) => words.pluralEndings.some((e) => w.length > e.length + 2 && w.endsWith(e)),
    isHead: (w) => test(w, false),
    isOfficeHead: (w) => test(w, true),
  };
  cache.set(lang, words);
  return words;
}

/** Whole-word alternatives, built once per language (the official test runs once per person). */
function phrasePattern(phrases: string[]): RegExp | null {
  if (!phrases.length) return null;
  const esc = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})(?:${esc.join('|')})(?!\\p{L})`, 'u');
}
