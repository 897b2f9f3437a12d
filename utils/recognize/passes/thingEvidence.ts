import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, OF_ROMANCE } from '../lexicon';
import { PREP } from '../roles/roleGrammar';
import { homeAfterAge } from './homeAfterAge';
import { placeInChain } from './placeInChain';
import { townBeforeRegion } from './townBeforeRegion';
import { singularOf } from '../singularOf';

/**
 * Pass 2c (tagger mode): the reverse of personEvidence. A span the tagger typed as a person is a thing
 * when the text says so:
 * - it is the name of a thing noun: "an app called Instapaper", "a film named Ex Libris", "a dog named Rex";
 * - a business noun stands right before it ("beauty company Coty"), or a job and "at" ("strategist at
 *   Miller Tabak": where someone works), or a firm's staff noun right after it, before a name ("Wells Fargo
 *   analyst Mike Mayo": banks and brokers often bear their founders' names);
 * - it is listed after a plural thing noun and "such as", "including" or "like": "franchises such as Tomb Raider,
 *   Red Dead Redemption", "bands like Bon Jovi and the Goo Goo Dolls" ("leaders such as X" are people);
 * - one word, no given name, that only ever follows a preposition of place: "in Westbury", "en Quilmes",
 *   "dans Roissy" (people are not "in" anyone);
 * - after someone's age and "de" / "of": "Luc Roux, 22 ans, de Metz", "Al Reed, 30, of York" (`homeAfterAge`);
 * - one word between a place and a country by commas: "Levico Terme, Trento, Italy" (`placeInChain`);
 * - a name before a comma and a state or its code that ends the phrase: "Nashville, Tennessee" (`townBeforeRegion`);
 * - a model number right after it ("Satechi 72W"); a noun of a town, or of a place within one, and its "de" before
 *   it ("la raffinerie de Grandpuits", `townNouns`); a French town's compound name ("Dammarie-sur-Saulx").
 * A surname of someone named in full still joins that person later (joinMentions), whatever its type.
 */
export function thingEvidence(ws: Word[], cands: Candidate[]): void {
  // (the last words of people named in full: "Mark Tedeschi, QC" is no town, nor is a later "Tedeschi, QC")
  const surnames = new Set(cands.filter((c) => c.type === 'person' && c.last > c.first).map((c) => ws[c.last].text));
  // (the town, and the state after it, which the tagger may read as a body: "Charlotte, NC")
  const placeBeforeRegion = (c: Candidate) => {
    for (const x of [c, ...cands.filter((r) => r.first === c.last + 2)]) {
      if (x.type !== 'place') x.why.push(x === c ? 'before its region' : 'region after a town');
      x.type = 'place';
      x.typedByContext = x.placedByGeography = true;
    }
  };
  const lone = new Map<string, Candidate[]>();
  for (const c of cands) {
    // "Kalamazoo and Van Buren counties", "Smith and Main streets": names listed before a plural noun of
    // places are those places' names, whatever the tagger typed (and a given name inside, "Van", no
    // longer makes a person of one later).
    if (!c.titled && listedBeforePlaceNoun(ws, c)) {
      if (c.type !== 'place') c.why.push('listed before a plural of places');
      c.type = 'place';
      c.typedByContext = true;
      continue;
    }
    // ("Riverbend Music Center, Cincinnati, OH": the tagger's organisation of one word, the city of a team, is the town
    // before its state; one with an organisation's head noun keeps its type)
    if (
      c.type === 'org' &&
      c.first === c.last &&
      !LEX.orgHeads.has(ws[c.first].text) &&
      townBeforeRegion(ws, c, surnames)
    ) {
      placeBeforeRegion(c);
      continue;
    }
    // "le maire de Nice", "el alcalde de Getafe", "Mayor of Leeds": the body of a town's or a province's office is
    // that place, though the lexicon knows its football club (no given name: "the mayor of Ann Lee's town" aside).
    if (
      c.type !== 'place' &&
      !c.titled &&
      // ("de" with no article: a town takes none, "el gobernador del Banco de España" is a bank's)
      /^(de|d['’]|of|di|da|do)$/i.test(ws[c.first - 1]?.text ?? '') &&
      LEX.placeOfficeNouns.has((ws[c.first - 2]?.text ?? '').toLowerCase()) &&
      !LEX.firstNames.has(ws[c.first].text)
    ) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push(`the place of a "${ws[c.first - 2].text}"`);
      continue;
    }
    if (c.type !== 'person' || c.titled) continue;
    const before = ws[c.first - 1]?.text.toLowerCase() ?? '';
    const noun = (ws[c.first - 2]?.text ?? '').toLowerCase();
    // "WeWork", "YouTube", "SmartNews": one word joined from two capitalised words is a brand's, not someone's (a
    // surname's particle aside: "McCain", "MacArthur", "DeSantis", "LaBella").
    if (c.first === c.last && BRAND_JOINED.test(ws[c.first].text) && !NAME_JOINED.test(ws[c.first].text)) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push('a brand’s joined words');
      continue;
    }
    // (not "The company named Sarah Friar as its CFO": after "the" and its noun, "named" is the verb of appointing
    // when someone's given name follows)
    const appointed =
      before === 'named' &&
      /^(the|its|their|his|her)$/i.test(ws[c.first - 3]?.text ?? '') &&
      c.last > c.first &&
      LEX.firstNames.has(ws[c.first].text);
    if ((before === 'called' || before === 'named') && LEX.thingNouns.has(noun) && !appointed) {
      c.type = 'misc';
      c.typedByContext = true;
      c.why.push(`the name of a ${noun}`);
      continue;
    }
    // "Satechi 72W USB-C charger", "Mophie 3-in-1 pad", "Element 4K TV": a model's number with its unit right after
    // a name makes it a brand's or a product's (no one is followed by "72W").
    if (MODEL_NUMBER.test(ws[c.last + 1]?.text ?? '') && !LEX.firstNames.has(ws[c.first].text)) {
      c.type = 'misc';
      c.typedByContext = true;
      c.why.push('a model number after it');
      continue;
    }
    // "the 1969 film Easy Rider", "her album Blue Harbour": a work's noun right before a name that opens with
    // no given name is the work's title ("the film Ann Lee made" keeps Ann Lee).
    if (WORK_NOUNS.has(before) && !LEX.firstNames.has(ws[c.first].text)) {
      c.type = 'misc';
      c.typedByContext = true;
      c.why.push(`the name of a ${before}`);
      continue;
    }
    // "la ville de Vaudricourt", "la localidad de Tarancón", "la commune d'Anould": a name after a lower-case
    // noun of a town or a region and its "de" is that place's.
    // (and of places within one, or named after one: "le bassin de Saint-Dizier", "la raffinerie de Grandpuits", "la
    // comuna de Calama", `townNouns`; not a given name's: "l'école de Paul")
    if (
      /^(de|d['’]|di|da|do)$/.test(before) &&
      LEX.townNouns.has(noun) &&
      !(LEX.firstNames.has(ws[c.first].text) && c.last > c.first)
    ) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push(`after "${noun} de"`);
      continue;
    }
    // "Dammarie-sur-Saulx", "Bar-le-Duc", "Isle-sur-le-Doubs": a French place's compound name, its parts linked by
    // a lower-case "sur", "le", "lès", "en" … (no one's name is); and "à Saint-Dizier", "de Sainte-Marie".
    if (c.first === c.last && (TOWN_COMPOUND.test(ws[c.first].text) || saintAfterPreposition(ws, c.first))) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push("a town's compound name");
      continue;
    }
    // "in Levico Terme, Trento, Italy": a link of a place's chain.
    if (placeInChain(ws, c)) {
      c.type = 'place';
      c.typedByContext = c.placedByGeography = true;
      c.why.push('between places');
      continue;
    }
    // "in Nashville, Tennessee", "Denver, CO": a town before its state.
    if (townBeforeRegion(ws, c, surnames)) {
      placeBeforeRegion(c);
      continue;
    }
    // "Luc Roux, 22 ans, de Metz", "Al Reed, 30, of York": where someone is from, after the age.
    if (homeAfterAge(ws, c)) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push('home after an age');
      continue;
    }
    // "beauty company Coty", "the retailer Target": a business noun right before the name names a business.
    if (LEX.orgNouns.has(before) && !LEX.firstNames.has(ws[c.first].text)) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push(`after "${before}"`);
      continue;
    }
    // "equity strategist at Miller Tabak", "a professor at Cornell": where someone works, not someone.
    if (before === 'at' && isRoleHead(ws[c.first - 2]?.text ?? '') && /^\p{Ll}/u.test(ws[c.first - 2].text)) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push('workplace after "at"');
      continue;
    }
    // "led Forest Hill police officers", "the Hayward police", "a Forest Hill resident": a name before the
    // police is a place's (no one has a police force), and so is one between an article and its residents.
    const attribute = ws[c.last + 1]?.text ?? '';
    if (attribute === 'police' || (ARTICLES.has(before) && PLACE_ATTRIBUTES.has(attribute))) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push(`before "${ws[c.last + 1].text}"`);
      continue;
    }
    // "at Charles de Gaulle airport", "on Ann Lee bridge": a name before a lower-case noun of a built place
    // is that place's, named after someone (no person has an airport).
    if (NAMED_PLACE_NOUNS.has(attribute)) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push(`before "${attribute}"`);
      continue;
    }
    // "Jiffy Lube Live, Bristow, VA", "a show in Dorvale, TN.": a name before a comma and a US state's postal
    // code ending the phrase is a town's (no given name: "Ann Lee, NY" may be a signature).
    if (!LEX.firstNames.has(ws[c.first].text) && beforeStateCode(ws, c.last)) {
      c.type = 'place';
      c.typedByContext = true;
      c.why.push('before a state code');
      continue;
    }
    // "the Haqqani network", "the Dorvan cartel": a name before a lower-case noun of an armed or criminal
    // group is the group's, named after a family or a place (no person is a network).
    if (GROUP_NOUNS.has(attribute)) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push(`before "${attribute}"`);
      continue;
    }
    const listed = listedAfterNoun(ws, c);
    if (listed) {
      c.type = LEX.orgNouns.has(listed) ? 'org' : 'misc';
      c.typedByContext = true;
      c.why.push(`listed after "${listed}"`);
      continue;
    }
    // "Wells Fargo analyst Mike Mayo", "Morgan Stanley economist Ellen Zentner": analysts and economists
    // work for firms, and a firm named like a person ("Raymond James", "Edward Jones") comes before them
    // so. (Not any job noun: "Trump adviser Stephen Miller" is someone's adviser.)
    const after = ws[c.last + 1]?.text ?? '';
    if (LEX.firmStaffNouns.has(after) && /^\p{Lu}/u.test(ws[c.last + 2]?.text ?? '')) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push(`a firm before "${after}"`);
      continue;
    }
    // "Mossad chief David Barnea", "Wagner boss Yevgeny Prigozhin": one word, no given name, between which and a
    // person's name stands the noun of the one who heads something, is that body's name (not "Trump", whom the text
    // or the lexicon knows as someone: "Trump adviser X" is no body's either, the noun being no head's).
    if (
      c.first === c.last &&
      LEX.bodyChiefNouns.has(after) &&
      !LEX.firstNames.has(ws[c.first].text) &&
      !surnames.has(ws[c.first].text) &&
      !LEX.personNames.has(ws[c.first].text) &&
      cands.some((x) => x.first === c.last + 2 && x.type === 'person')
    ) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push(`a body before "${after}"`);
      continue;
    }
    // "Ascom, a global solutions provider focused on …", "Vexa, the chipmaker,": a business noun heads the
    // appositive after a one-word name (a press release's opening; no given name, which a person's is).
    if (c.first === c.last && !LEX.firstNames.has(ws[c.first].text) && businessAppositive(ws, c.last)) {
      c.type = 'org';
      c.typedByContext = true;
      c.why.push('a business set off after it');
      continue;
    }
    if (c.first === c.last) {
      const w = ws[c.first].text;
      lone.set(w, [...(lone.get(w) ?? []), c]);
    }
  }
  for (const [w, cs] of lone) {
    if (LEX.firstNames.has(w)) continue;
    // "Beauty company Coty is breaking out … Coty acquired": one business noun before any of the word's
    // occurrences makes the word a business's name wherever it stands alone.
    // (or one such appositive after it: "Ascom, a global solutions provider, …; President Ascom North America")
    if (
      ws.some(
        (x, k) => x.text === w && (LEX.orgNouns.has(ws[k - 1]?.text.toLowerCase() ?? '') || businessAppositive(ws, k)),
      )
    ) {
      for (const c of cs) [c.type, c.why] = ['org', [...c.why, 'a business named here']];
      continue;
    }
    // Every mention of the word as a person: after a preposition of place, and not owning anything ("in Smith's view").
    const inPlace = (c: Candidate) =>
      LEX.placePrepositions.has(ws[c.first - 1]?.text.toLowerCase() ?? '') &&
      !/^['’]s?$/u.test(ws[c.last + 1]?.text ?? '');
    // (in a Romance text one mention after "en", "em" or "dans" will do, the others opening a sentence or after "de":
    // "Almería cuenta con …", "técnico de ASAJA en Almería", "las autoridades de Belgrado")
    const romance = (c: Candidate) => /^(en|em|dans)$/.test(ws[c.first - 1]?.text ?? '') && inPlace(c);
    const neutral = (c: Candidate) => ws[c.first].sentenceStart || OF_ROMANCE.test(ws[c.first - 1]?.text ?? '');
    if (!cs.every(inPlace) && !(cs.some(romance) && cs.every((c) => inPlace(c) || neutral(c)))) continue;
    // (the preposition of a mention that has one: another may open the text)
    const prep = ws[(cs.find(inPlace) ?? cs[0]).first - 1]?.text ?? '';
    for (const c of cs) {
      c.type = 'place';
      c.why.push(`after "${prep}"`);
    }
  }
}

const LIST_OPENERS = new Set(['such as', 'including', 'like']);
// A compound place name of France (or Belgium, Switzerland): capitalised parts linked by lower-case words.
const TOWN_COMPOUND =
  /^\p{Lu}[\p{L}'’]*(?:-(?:sur|sous|le|la|les|lès|lez|en|de|du|des|aux|et)(?=-))+-\p{Lu}[\p{L}'’-]*$/u;
/** "à Saint-Dizier", "de Sainte-Marie": a saint's hyphenated name after "à" or "de" is a town's. */
function saintAfterPreposition(ws: Word[], k: number): boolean {
  return /^Saint(e)?-\p{Lu}/u.test(ws[k].text) && /^(à|de|d['’]|en)$/i.test(ws[k - 1]?.text ?? '');
}
// Two capitalised words joined ("WeWork", "YouTube", "PlayStation"), the second of four letters or more (a syllable
// of a given name is shorter: "RuiWen", "MaliVai").
const BRAND_JOINED = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{3,}$/u;
// ...as surnames and given names join them: a particle ("Mc", "Mac", "Fitz", "De", "La", "Van") or two letters
// ("DiCaprio", "JaVale") but for a word no name opens with ("WeWork", "MySpace", "GoPro"), a given name's "Key",
// "Mary", "Anna" ("KeyShawn", "MaryKate").
const NAME_JOINED =
  /^((?!We|My|Go|Up|So|No)\p{Lu}\p{Ll}|Mac|Fitz|Van|Von|Del|Della|Des|Dal|Ten|Ter|San|Key|Mary|Anna|Lee|Dee|Jean)\p{Lu}/u;
// A number glued to its unit or a "3-in-1": "72W", "4K", "256GB", "2K20" (not "1990s", a decade, nor "3rd").
const MODEL_NUMBER = /^(?:\d+(?!0?s$|st$|nd$|rd$|th$)[\p{L}][\p{L}\d]*|\d+-in-\d+)$/u;

/**
 * The singular thing or business noun a list holding `c` hangs from ("games such as A, B and C" → "game"),
 * or null: the words between the opener and the name are only names, commas, "and"/"or"/"the" and possessives.
 */
function listedAfterNoun(ws: Word[], c: Candidate): string | null {
  for (let k = c.first - 1, n = 0; k >= 1 && n < 40; k--, n++) {
    const w = ws[k].text;
    const two = `${ws[k - 1]?.text.toLowerCase()} ${w.toLowerCase()}`;
    const opener = LIST_OPENERS.has(two) ? 2 : LIST_OPENERS.has(w.toLowerCase()) ? 1 : 0;
    if (opener) {
      const plural = (ws[k - opener]?.text ?? '').toLowerCase();
      const noun = singularOf(plural);
      if (noun === plural) return null;
      return LEX.thingNouns.has(noun) || LEX.orgNouns.has(noun) ? noun : null;
    }
    if (!(/^[\p{Lu}\d]/u.test(w) || /^(,|and|or|the|&|['’]s?|-|–)$/u.test(w))) return null;
  }
  return null;
}

const ARTICLES = new Set(['a', 'an', 'the']);
// Lower-case nouns a place's name stands before as an attribute after an article ("a Dallas resident").
const PLACE_ATTRIBUTES = new Set(['resident', 'residents']);

/**
 * After ws[last], a comma, an article, at most four modifiers and a business noun that ends the noun phrase
 * ("Ascom, a global solutions provider focused on", "Vexa, the chipmaker,"): the name is that business's.
 * (Not "Lee, a bank teller": a noun after the business noun is the head, someone's job.)
 */
function businessAppositive(ws: Word[], last: number): boolean {
  if (ws[last + 1]?.text !== ',' || !ARTICLES.has(ws[last + 2]?.text.toLowerCase() ?? '')) return false;
  for (let k = last + 3; k < last + 8 && k < ws.length; k++) {
    const t = ws[k].text;
    if (LEX.orgNouns.has(t.toLowerCase())) {
      const next = ws[k + 1]?.text ?? '.';
      return !/^\p{Ll}/u.test(next) || PREP.has(next) || /\p{Ll}(ed|ing)$/u.test(next);
    }
    if (!/^[\p{L}-]+$/u.test(t) || ws[k].sentenceStart) return false;
  }
  return false;
}

// Lower-case nouns of built places and areas that take a person's name before them ("Kennedy airport").
const NAMED_PLACE_NOUNS = new Set([
  'airport',
  'airfield',
  'street',
  'avenue',
  'boulevard',
  'bridge',
  'stadium',
  'highway',
  'tunnel',
  // (and of the hospitals, regions and settlements named after someone: "Zabul province", "Reed hospital")
  'hospital',
  'clinic',
  'province',
  'region',
  'county',
  'settlement',
]);

// Nouns of works, vessels and apps written right before their titles (not "show", "play", "game", "video":
// also verbs, or nouns before the people in them).
const WORK_NOUNS = new Set([
  'film',
  'movie',
  'documentary',
  'novel',
  'memoir',
  'album',
  'song',
  'musical',
  'opera',
  'painting',
  'sculpture',
  'podcast',
  'ship',
  'vessel',
  'yacht',
  'app',
]);

// Lower-case nouns of groups that take a family's or a place's name before them ("the Haqqani network").
const GROUP_NOUNS = new Set(['network', 'cartel', 'militia', 'gang', 'syndicate']);

// US states' postal codes, less those that are also degrees written after a name ("Ann Lee, MD", "MA", "MS",
// "PA" for a physician assistant).
const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MI MN MO MT NE NV NH NJ NM NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** ", XX" after word k, a state code that ends the text, a line or a sentence, or comes before punctuation. */
function beforeStateCode(ws: Word[], k: number): boolean {
  const code = ws[k + 2];
  if (ws[k + 1]?.text !== ',' || !code || !STATE_CODES.has(code.text)) return false;
  const next = ws[k + 3];
  return !next || next.sentenceStart || /^[^\p{L}\p{N}]/u.test(next.text);
}

// Plural nouns of places written after the names they share ("Cass and Van Buren counties").
const PLACE_PLURALS = new Set([
  'counties',
  'states',
  'provinces',
  'districts',
  'townships',
  'parishes',
  'boroughs',
  'municipalities',
  'streets',
  'avenues',
  'rivers',
]);

/** c is one of the names listed ("," / "and" / "or") right before a plural noun of places. */
function listedBeforePlaceNoun(ws: Word[], c: Candidate): boolean {
  for (let k = c.last + 1, n = 0; k < ws.length && n < 30; k++, n++) {
    const w = ws[k].text;
    if (PLACE_PLURALS.has(w)) return /^\p{Lu}/u.test(ws[k - 1].text);
    if (ws[k].sentenceStart || !(/^\p{Lu}/u.test(w) || /^(,|and|or)$/.test(w))) return false;
  }
  return false;
}
