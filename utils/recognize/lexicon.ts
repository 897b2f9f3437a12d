import titles from './lexicon/titles.json';
import wordsData from './lexicon/words.json';
import firstNames from './lexicon/first-names.json';
import givenNames from './lexicon/given-names.json';
import givenNamesIntl from './lexicon/given-names-intl.json';
import places from './lexicon/places.json';
import countries from './lexicon/countries.json';
import wordnetPlaces from './lexicon/wordnet-places.json';
import orgs from './lexicon/orgs.json';
import personNouns from './lexicon/person-nouns.json';
import { singularOf } from './singularOf';

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The lexicons as sets, built once per context. */
export const LEX = {
  honorifics: new Set(titles.honorifics),
  ranks: new Set(titles.ranks),
  /** Military ranks written out ("Rear Admiral", "Lieutenant General"), beside the abbreviated `ranks`. */
  rankWords: new Set(titles.rankWords),
  // (a cleric's title, which an appositive after the name completes: "Father James Martin, a Jesuit priest")
  clericalTitles: new Set(titles.clericalTitles),
  officeWords: lower(titles.officeWords),
  officeHeads: lower(titles.officeHeads),
  nonOfficialHeads: lower(titles.nonOfficialHeads),
  jobHeads: lower(titles.jobHeads),
  /** A player's position in two words whose last is no role of its own ("tight end", "left back", "first baseman"). */
  positions: lower(titles.positions),
  demonyms: new Set(titles.demonyms),
  notNames: new Set(wordsData.notNames),
  orgHeads: new Set(wordsData.orgHeads),
  /** People of current news the 1996-trained tagger misses or mistypes ("Obama declined", "Nancy Pelosi" as an org). */
  personNames: new Set(wordsData.personNames),
  /** Short forms news writes for some of them ("AMLO", "MBS", "AOC"): that person where the text names them in full. */
  personAliases: new Map(Object.entries(wordsData.personAliases as Record<string, string>)),
  orgNames: new Set([...wordsData.orgNames, ...wordsData.partyNames, ...orgs]),
  /** Places: ours, CoNLL train's, and the countries and continents in nine languages (CLDR, countries.json). */
  placeNames: new Set([...wordsData.placeNames, ...places, ...wordsData.exonyms, ...countries]),
  /** Names WordNet knows only as places ("Vladivostok", "Chapel Hill"): a tagger's person of that name is the place. */
  wordnetPlaces: new Set(wordnetPlaces),
  /** Words that open an organisation's name in Romance and German usage ("Instituto Lula", "Copa América"). */
  orgHeadsFirst: new Set(wordsData.orgHeadsFirst),
  productNames: new Set(wordsData.productNames),
  /** Nouns that end ("Attu Island", "City Hall") or open ("Mount Holyoke", "Boulevard Montmartre") a place's name. */
  placeHeads: new Set(wordsData.placeHeads),
  /** Words of a government named after its head ("el Gobierno de Pedro Sánchez", "le gouvernement de X"). */
  governmentHeads: new Set(wordsData.governmentHeads),
  placeHeadsFirst: new Set(wordsData.placeHeadsFirst),
  /** Words that open the name of a storm or other event ("Hurricane Sandy"). */
  eventHeads: new Set(wordsData.eventHeads),
  /** Faiths and churches, nouns and adjectives ("Roman Catholic", "Wicca"): no one's name. */
  faiths: new Set(wordsData.faiths),
  /** Last words of things named after someone ("Stanley Cup", "Kuznets Curve", "Asperger Syndrome"). */
  eponymHeads: new Set(wordsData.eponymHeads),
  /** Words of a page's furniture that end no one's name ("Enlarge Image", "Watch Video"). */
  furnitureWords: new Set(wordsData.furnitureWords),
  /** Given names: the CoNLL list, the common given names from compromise's lexicon, and the Spanish, French,
   * Portuguese and West African given names with accents or hyphens that both lack ("Andrés", "Jean-Luc"). */
  firstNames: new Set([...firstNames, ...givenNames, ...givenNamesIntl]),
  /** Particles inside or opening a surname, lower case ("da Silva", "van Beethoven", "Le Pen", "bin Salman"). */
  nameParticles: new Set(wordsData.nameParticles),
  /** The CoNLL given names alone: seen opening a person's name in news, rarely an organisation's. */
  newsFirstNames: new Set(firstNames),
  demonymCountry: Object.entries(titles.demonymCountry as Record<string, string>).sort(
    (a, b) => b[0].length - a[0].length,
  ),
  copulas: new Set(titles.copulas),
  /** Titles of nobility written before "of" and a place ("the Duke of Sussex"): a title there, no one's name. */
  nobilityTitles: new Set(titles.nobilityTitles),
  /** Role heads only in lower case ("Ohio native X"): capitalised they open other names ("Native Apps"). */
  lowerCaseHeads: new Set(titles.lowerCaseHeads),
  /** Kinship nouns among the job heads: never the last word of a job's name, but surnames too ("Son"). */
  kinHeads: new Set(titles.kinHeads),
  /** Nouns for a party's members written before a name as its only title ("Republican Phil Bryant"). */
  partyMembers: new Set(titles.partyMembers),
  /** Lower-case nouns that end the name of a body written without capitals ("the California avocado group"). */
  bodyNouns: new Set(wordsData.bodyNouns),
  /** Nouns of businesses written right before their name ("beauty company Coty", "the retailer Target"). */
  orgNouns: new Set(wordsData.orgNouns),
  /** Staff of firms ("analyst", "economist"): a name right before one and another name is a firm's ("Wells Fargo analyst X"). */
  firmStaffNouns: new Set(wordsData.firmStaffNouns),
  /** Heads of a body written between its one-word name and the head's name ("Mossad chief David Barnea"). */
  bodyChiefNouns: new Set(wordsData.bodyChiefNouns),
  /** Nouns whose name a person's name is not ("an app called X", "a film named Y"). */
  thingNouns: new Set(wordsData.thingNouns),
  /** Prepositions of place: a lone capitalised word after them is no one ("in Westbury", "en Quilmes"). */
  placePrepositions: new Set(wordsData.placePrepositions),
  townNouns: new Set(wordsData.townNouns),
  /** Nouns of streets and squares in lower case before the name they take ("rue Victor Hugo", "calle X"). */
  streetNouns: new Set(wordsData.streetNouns),
  /** Discourse words set off by commas after a name ("X, however, is", "X, por ejemplo, fue"): no role between. */
  discourseAsides: new Set(wordsData.discourseAsides),
  /** Instruments a band's line-up names after a player ("X (guitare)", "Y on drums"), in five languages. */
  instruments: new Set(wordsData.instruments),
  /** Given names' pet forms that are no cut of them ("Bill" of "William", "Paco" of "Francisco"), keyed lower case. */
  diminutives: new Map(
    Object.entries(wordsData.diminutives as Record<string, string[]>).map(([k, v]) => [
      k.toLowerCase(),
      v.map((x) => x.toLowerCase()),
    ]),
  ),
  /** Offices of a town or a province, whose body after "de" / "of" is that place ("maire de Nice", "Mayor of London"). */
  placeOfficeNouns: new Set(wordsData.placeOfficeNouns),
  /** States and provinces (US, Canada, Australia), with AP's abbreviations ("Tenn."), and their postal codes ("TN"):
   * the region after a town's name and a comma ("Nashville, Tennessee", "Denver, CO"). */
  regionNames: new Set(wordsData.regionNames),
  /** Heads of the bodies, prizes and places Romance languages name after someone, head first ("Institut Jacques
   * Delors", "Hospital Gregorio Marañón", "rue Victor Hugo"); an office's body ("Comisión") is not one: the name
   * after it is its holder's ("la vicepresidenta de la Comisión Teresa Ribera"). */
  namedAfterHeads: new Set(wordsData.namedAfterHeads),
  regionCodes: new Set(wordsData.regionCodes),
  /** Verbs that report speech ("said", "added") and "according" (to): their subject is a speaker. */
  speechVerbs: new Set(titles.speechVerbs),
  /** Verbs with a person for object, in headlines ("Wikinews interviews", "Acme hires"): never a title's modifier. */
  objectVerbs: new Set(titles.objectVerbs),
  /** Verbs (one or two words) whose post follows "as": held ("worked as", "took over as") or left ("stepped down as"). */
  asVerbs: [
    ...titles.asVerbsHeld.map((v) => [v.split(' '), false] as [string[], boolean]),
    ...titles.asVerbsLeft.map((v) => [v.split(' '), true] as [string[], boolean]),
  ],
  /** Lower-case words joined after a surname in one word ("Braun-owned", "Trump-appointed", "Merkel-era"). */
  nameCompoundHeads: wordsData.nameCompoundHeads,
  /** Nicknames of North American professional sports teams ("Lakers", "Wild", "Sabres"): "the Wild" is a team. */
  teamNames: new Set(wordsData.teamNames),
  /** Royal and religious titles written before a given name ("Queen Elizabeth", "Pope Francis"). */
  royalTitles: new Set(titles.royalTitles),
  /** Function words that titles of works capitalise and names never hold after their first word ("Trek Into Darkness"). */
  titleInnerWords: new Set(wordsData.titleInnerWords),
  /** English nouns whose first sense is a kind of person, from WordNet ("procurer", "woman", "coach"; not "model"):
   * read as a role only where a sentence's shape already sets the noun beside a name. */
  personNouns: new Set(personNouns),
  /** Short forms of one name ("US" → "United States"): one entity, one id, under the full name. */
  aliases: new Map(Object.entries(wordsData.aliases as Record<string, string>)),
};

/**
 * The noun a role is built on: an office ("minister", "spokesperson") or a
 * job ("economist", "skipper", "wife"), singular or plural, and hyphenated
 * forms of them ("Attorney-General", "President-elect", "writer-director").
 */
export function isRoleHead(w: string): boolean {
  const l = w.toLowerCase().replace(/[.,]$/, '');
  const one = (x: string) =>
    LEX.officeHeads.has(x) ||
    LEX.nonOfficialHeads.has(x) ||
    LEX.jobHeads.has(x) ||
    (x.endsWith('s') && LEX.jobHeads.has(x.slice(0, -1))) ||
    // (a plural in -ies: "deputies", "secretaries")
    (/ies$/.test(x) && (LEX.jobHeads.has(singularOf(x)) || LEX.officeHeads.has(singularOf(x))) && w.startsWith(x)) ||
    // (a sibilant's plural in -es: "actresses", "coaches", "bosses", "witnesses")
    (/(ss|ch|sh|x)es$/.test(x) && LEX.jobHeads.has(x.slice(0, -2))) ||
    // (an office's plural in lower case: "two opposition leaders, A and B"; "Joint Chiefs" names a body)
    (x.endsWith('s') && LEX.officeHeads.has(x.slice(0, -1)) && w.startsWith(x)) ||
    (LEX.lowerCaseHeads.has(x) && w.startsWith(x));
  // (the ending only in lower case: "Islamist Muslim Brotherhood" names a movement)
  if (one(l) || AGENT.test(w.replace(/[.,]$/, ''))) return true;
  return l.includes('-') && l.split('-').some(one);
}

// Nouns of a person's trade by their ending ("cardiologist", "cartographer", "dietician", "economist"),
// not the verbs and list words that end alike ("persist", "playlist").
const AGENT =
  /^(?!(?:con|per|sub)sist$)\p{Ll}{4,}(?<!(?:check|play|short|wish|black|white|set|track|hit)l)(?:ologist|ographer|ician|iatrist|ist)s?$/u;

/** A word that can be part of a title or role ("Press", "Secretary", "Maj.", "Mr.", "Attorney-General"). */
export function isTitleWord(w: string): boolean {
  if (LEX.honorifics.has(w) || LEX.ranks.has(w) || LEX.officeWords.has(w.toLowerCase()) || isRoleHead(w)) return true;
  return w.includes('-') && w.split('-').every((p) => p && (LEX.officeWords.has(p.toLowerCase()) || isRoleHead(p)));
}

// Place heads that are also surnames ("Stuart Hall", "Michael Bay"): after a given name, a person's name.
const SURNAME_PLACE_HEADS = new Set([
  'Hall',
  'Park',
  'Bay',
  'Arena',
  'Beach',
  'Lane',
  'Lake',
  'Station',
  'Harbor',
  'Harbour',
  'Island',
  'River',
  'Drive',
]);

/** A place some list knows: ours and CoNLL's, the countries, WordNet's places, or a state or province. */
export function isListedPlace(name: string): boolean {
  return LEX.placeNames.has(name) || LEX.wordnetPlaces.has(name) || LEX.regionNames.has(name);
}

/** A place's head that is nobody's surname ("County", "Street", "Jail"): it ends a place's name even after a given name ("Bartholomew County"). */
export function isPlaceEnd(w: string): boolean {
  return LEX.placeHeads.has(w) && !SURNAME_PLACE_HEADS.has(w);
}

/** "Of" in the Romance languages, alone or with its article ("de", "del", "d'", "du", "da", "dos", "della"). */
export const OF_ROMANCE = /^(de|del|d['’]|du|des|da|do|dos|das|di|della|dello)$/i;

/** Two words that are a player's position, the first in lower case ("tight end", "left back"). */
export function isPosition(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && /^\p{Ll}/u.test(a) && LEX.positions.has(`${a} ${b}`);
}
