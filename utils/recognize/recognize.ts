import type { Entity } from '../types';
import { words, INTL_HONORIFIC_ABBREV, type Word } from './words';
import { LEX, isTitleWord, isPlaceEnd, isRoleHead, isListedPlace } from './lexicon';
import { TITLED_WHY, coveredWords, type Candidate } from './candidate';
import { findCandidates } from './passes/findCandidates';
import { phrase, stripTitles } from './passes/stripTitles';
import { classify } from './passes/classify';
import { attachRoles } from './passes/attachRoles';
import { actorInBrackets } from './passes/actorInBrackets';
import { joinMentions } from './passes/joinMentions';
import { joinBracketedNames } from './passes/joinBracketedNames';
import { joinQuotedNicknames } from './passes/joinQuotedNicknames';
import { joinInnerNickname } from './passes/joinInnerNickname';
import { joinSpeakerInitials } from './passes/joinSpeakerInitials';
import { joinMonthSurname } from './passes/joinMonthSurname';
import { joinBracketedNickname } from './passes/joinBracketedNickname';
import { findTitledNames } from './passes/findTitledNames';
import { personEvidence } from './passes/personEvidence';
import { givenNameToNext } from './passes/givenNameToNext';
import { joinThingBeforeSurname } from './passes/joinThingBeforeSurname';
import { thingEvidence } from './passes/thingEvidence';
import { workEvidence } from './passes/workEvidence';
import { statLines } from './passes/statLines';
import { citedAuthors } from './passes/citedAuthors';
import { regnalNumber } from './passes/regnalNumber';
import { creditLines } from './passes/creditLines';
import { titleTypedApart } from './passes/titleTypedApart';
import { givenNameAfterTitle } from './passes/givenNameAfterTitle';
import { commaSuffix } from './passes/commaSuffix';
import { joinHyphenedSurname } from './passes/joinHyphenedSurname';
import { widenListedNames } from './passes/widenListedNames';
import { dropNounCaseThings } from './passes/dropNounCaseThings';
import { splitTitleInside } from './passes/splitTitleInside';
import { speakerRoles } from './passes/speakerRoles';
import { findCapsNames } from './passes/findCapsNames';
import { fillListedNames } from './passes/fillListedNames';
import { dropListedThings } from './passes/dropListedThings';
import { joinPatronymics } from './passes/joinPatronymics';
import { verbOpener } from './passes/verbOpener';
import { splitListedPair } from './passes/splitListedPair';
import { splitGovernmentOf } from './passes/splitGovernmentOf';
import { capsParticle } from './passes/capsParticle';
import { possessiveFirm } from './passes/possessiveFirm';
import { isProductModel } from './passes/productModel';
import { joinBracketedGiven } from './passes/joinBracketedGiven';
import { joinKnownAs } from './passes/joinKnownAs';
import { splitCapsPrefix } from './passes/splitCapsPrefix';
import { cutOfThe } from './passes/cutOfThe';
import { cutPlatformX } from './passes/cutPlatformX';
import { cutSentenceWord } from './passes/cutSentenceWord';
import { trimNameEdges } from './passes/trimNameEdges';
import { splitNameOfBody } from './passes/splitNameOfBody';
import { splitBodyName } from './passes/splitBodyName';
import { splitLeaderBody } from './passes/splitLeaderBody';
import { splitThingOfPerson } from './passes/splitThingOfPerson';
import { findKoreanNames } from './passes/findKoreanNames';
import { detectLanguage } from './language';
import { dropNounCasePeople } from './passes/dropNounCasePeople';
import { bodyInName } from './passes/bodyInName';
import { bodyNamedAfter } from './passes/bodyNamedAfter';
import { copularOpener } from './passes/copularOpener';
import { capsSurnames } from './passes/capsSurnames';
import { partyBeforeName } from './passes/partyBeforeName';
import { roleWords, type RoleWords } from './roleWords';
import { spelledBefore } from './passes/spelledBefore';
import { articledNames } from './passes/articledNames';
import { pluralBeforePair } from './passes/pluralBeforePair';
import { movementName } from './passes/movementName';
import { pluralOfBody } from './passes/pluralOfBody';
import { keepNotTitles } from './passes/keepNotTitles';

/** A typed name span from a trained tagger, to use instead of the rule passes 1 and 3. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'person' | 'org' | 'place' | 'misc';
}

export interface RecognizeOptions {
  spans?: TaggedSpan[];
}

/**
 * Article text → entities with roles and joined mentions. Pure: no DOM, no
 * browser APIs, so the content script and the Node CLI share it.
 * The passes run in order; each entity's `why` says which ones shaped it.
 */
export function recognize(text: string, opts: RecognizeOptions = {}): Entity[] {
  if (!text) return [];
  let ws = words(text);
  // The article's language picks the role lexicon ("ministre", "portavoz"); English titles apply everywhere.
  const lang = detectLanguage(text);
  const rw = roleWords(lang);
  // "la visite d'Emmanuel Macron", "l'allenatore dell'Inter": an article or preposition glued to a
  // capitalised word is a word of its own there, so a name after it starts on a word of its own.
  if (lang === 'fr' || lang === 'it') ws = splitElisions(ws);
  // Korean names come with their particles glued on ("남상미는"): the pass splits those words, so it runs
  // before the tagger's spans are put on the word grid.
  let korean: Candidate[] = [];
  if (lang === 'ko' && rw) ({ ws, cands: korean } = findKoreanNames(ws, rw));
  // The words the text writes in lower case (a capitalised headline word it also writes so is no name's).
  // (read once: the capitals passes below ask it too, whether or not a tagger gave spans)
  const written = lowerWords(ws);
  const lower = opts.spans ? written : new Set<string>();
  const spanned = opts.spans ? widenListedNames(ws, fromSpans(ws, opts.spans)) : [];
  // (the last words of the people the tagger names in full: "el Gobierno de Barak" after "Ehud Barak")
  // (never a place's name: a person span "Príncipe de Asturias" names no "Asturias")
  const surnames = new Set(
    spanned
      .filter((c) => c.type === 'person' && c.last > c.first)
      .map((c) => ws[c.last].text)
      .filter((w) => !isListedPlace(w)),
  );
  // (the last word of everyone the tagger names, in full or not: "the Obama National Security Council" after "Obama")
  const named = new Set(spanned.filter((c) => c.type === 'person').map((c) => ws[c.last].text));
  // (and every span's words, of any type: "Nicolás Maduro" named apart from "Nike de Nicolás Maduro")
  const phrases = new Set(spanned.map((c) => phrase(ws, c.first, c.last)));
  let cands = opts.spans
    ? spanned
        .flatMap((c) => splitListedPair(ws, c))
        .flatMap((c) => splitGovernmentOf(ws, c, surnames))
        .flatMap((c) => splitLeaderBody(ws, c, named))
        .flatMap((c) => (rw ? splitThingOfPerson(ws, c, phrases) : [c]))
        .flatMap((c) => splitCapsPrefix(ws, c))
        .flatMap((c) => splitTitleInside(ws, c))
        .flatMap((c) =>
          rw ? splitAtBreaks(ws, c, rw) : splitNameOfBody(ws, c).flatMap((d) => splitBodyName(ws, d, lower)),
        )
        .filter((c) => keepTagged(ws, c, lower, rw))
    : findCandidates(ws);
  // "Mike Johnson, R-La.,", "(D-NY)": a party-and-state tag set off after a name is no entity (attachRoles reads it).
  cands = cands.filter(
    (c) =>
      !/^[(,]$/.test(ws[c.first - 1]?.text ?? '') ||
      !/^[RDI]-\p{Lu}[\p{L}.]{0,6}$/u.test(text.slice(ws[c.first].start, ws[c.last].end)),
  );
  teamNicknames(ws, cands);
  cands = cands.filter((c) => !bracketedGivenName(ws, c, cands));
  cands = joinBracketedNickname(ws, cands);
  if (opts.spans) for (const c of cands) capsParticle(ws, c, surnames);
  if (opts.spans) for (const c of cands) possessiveFirm(ws, c, surnames);
  if (opts.spans) cands = trimNameEdges(ws, joinPatronymics(ws, cands));
  // ("Pope Benedict XVI": the number is the name's)
  if (opts.spans) cands = regnalNumber(ws, cands);
  if (opts.spans) widenNamed(ws, cands);
  if (opts.spans) givenNameAfterTitle(ws, cands, lower);
  if (opts.spans) widenInitials(ws, cands);
  if (opts.spans) for (const c of cands) cutPlatformX(ws, c);
  if (opts.spans) for (const c of cands) trimBody(ws, c, rw);
  if (opts.spans) givenNameToNext(ws, cands);
  if (opts.spans) cands = joinThingBeforeSurname(ws, cands);
  // "la abogada Dña. Lucía Ferrer", "El Sr. Ramírez": an honorific the tagger spans alone (with an article or
  // its full stop) names no one (the role passes read it).
  if (rw) cands = cands.filter((c) => !onlyHonorific(ws, c, rw));
  // (in English only a given name with a letter English does not write, "Andrés Manuel López Obrador": English
  // given names are words and places too, "Virginia", "Will")
  if (opts.spans)
    cands = widenByGivenName(
      ws,
      cands,
      rw ? (w) => LEX.firstNames.has(w) : (w) => LEX.firstNames.has(w) && /[^\p{ASCII}]/u.test(w),
    );
  if (rw) cands = splitJoinedSurnames(ws, cands, rw);
  if (rw && opts.spans) cands = partyBeforeName(ws, cands, rw);
  if (rw) for (const c of cands) stripHonorific(ws, c, rw);
  if (rw) for (const c of cands) cutSentenceWord(ws, c, rw);
  if (rw && opts.spans) cands = verbOpener(ws, cands, rw);
  if (rw) cands = cands.flatMap((c) => cutOfThe(ws, c));
  if (rw) for (const c of cands) stripLeadingHead(ws, c, rw);
  // "Nabi", "Presiden" alone: a title of the article's language names no one (nor anything: the German tagger's
  // thing "Bundeskanzler" left before "Olaf Scholz").
  if (rw)
    cands = cands.filter(
      (c) => (c.type !== 'person' && c.last > c.first) || ws.slice(c.first, c.last + 1).some((w) => !rw.isHead(w.text)),
    );
  // "Un troisième Français a été tué": a nationality noun names no one in particular; nor does a function word of the
  // language capitalised to open a sentence ("Selon son entourage", "Según fuentes oficiales"), whatever its type.
  if (rw)
    cands = cands.filter(
      (c) => c.first !== c.last || (!rw.demonyms.has(ws[c.first].text) && !rw.stop.has(ws[c.first].text.toLowerCase())),
    );
  // "più fondi per i Comuni", "los Verdes": one capitalised word after a plural article is a plural noun
  // (Italian capitalises institutions so), not someone.
  if (rw)
    cands = cands.filter(
      (c) =>
        c.type !== 'person' ||
        c.first !== c.last ||
        c.titled ||
        LEX.firstNames.has(ws[c.first].text) ||
        !rw.pluralArticles.has(ws[c.first - 1]?.text.toLowerCase() ?? ''),
    );
  // "si gana el Getafe", "le Barça": a one-word name the text only ever writes after a singular masculine
  // article is a club's or a body's (Spanish and French write no article before someone's name).
  if (rw) articledNames(ws, cands, rw);
  if (rw) cands = cands.filter((c) => !pluralOfBody(ws, c));
  // "el impuesto al valor añadido (IVA)", "le produit intérieur brut (PIB)": capitals in brackets that spell the
  // words written before them in lower case abbreviate a thing, not someone.
  if (rw) cands = cands.filter((c) => c.type !== 'person' || !spelledBefore(ws, c, rw));
  // "Les Républicains", "Los Verdes": a name that opens with a plural article is a party's or a group's.
  if (rw)
    for (const c of cands)
      if (
        c.type === 'person' &&
        c.last > c.first &&
        /^\p{Lu}/u.test(ws[c.first].text) &&
        rw.pluralArticles.has(ws[c.first].text.toLowerCase())
      ) {
        c.type = 'org';
        c.why.push('opens with a plural article');
      }
  // "l'Institut Jacques Delors": a body named after someone, its head first (a head no other span holds).
  if (rw) {
    const covered = coveredWords(cands);
    for (const c of cands) if (!covered.has(c.first - 1)) bodyNamedAfter(ws, c, rw);
  }
  if (rw)
    for (const c of cands)
      if (bodyInName(ws, c, rw)) {
        c.type = 'org';
        c.why.push('a body named inside');
      }
  if (rw) keepNotTitles(ws, cands, rw);
  // ("the retiring Justice Sandra Day O’Connor": a title the tagger typed a body, before a name it typed a thing)
  if (opts.spans && !rw) cands = titleTypedApart(ws, cands);
  cands = stripTitles(ws, cands, rw?.notTitles);
  if (!opts.spans) cands = classify(ws, cands);
  else {
    personEvidence(ws, cands, rw);
    thingEvidence(ws, cands);
    workEvidence(ws, cands, lang);
  }
  if (korean.length) {
    // (a tagger span over a Korean name's word is the name, found again)
    const taken = new Set(korean.map((c) => c.first));
    cands = [
      ...cands.filter(
        (c) => !Array.from({ length: c.last - c.first + 1 }, (_, i) => c.first + i).some((k) => taken.has(k)),
      ),
      ...korean,
    ].sort((a, b) => a.first - b.first);
  }
  cands = findTitledNames(ws, cands, rw);
  cands = findCapsNames(ws, cands, rw, written);
  cands = capsSurnames(ws, cands, written);
  // ("Herzog fut élu président d'Israël": a sentence's first word, untagged, then a role after a copula)
  if (opts.spans) cands = copularOpener(ws, cands, rw, written);
  actorInBrackets(ws, cands);
  // (current-news organisations the tagger, trained on 1996 text, left untagged: "posted on Facebook")
  if (opts.spans) cands = fillListedNames(ws, cands);
  // (a sports roundup's "Tolivert 25 points.": players the tagger leaves untagged in a list of results)
  if (opts.spans) cands = statLines(ws, cands);
  // (a reference list's "Bogue, Mike (September 26, 2017).": the surname and the given name are one author)
  if (opts.spans) cands = citedAuthors(ws, cands);
  // ("(Reporting by A and B; Editing by C)": a wire story's credited journalists)
  if (opts.spans) cands = creditLines(text, ws, cands);
  // ("Martin Luther King, Jr.": the generation set off by a comma is the name's)
  if (opts.spans) cands = commaSuffix(ws, cands);
  attachRoles(ws, cands, rw);
  speakerRoles(ws, cands, rw);
  // The entity passes that join people the text writes apart, in order (each reads the joins before it).
  const joins: ((es: Entity[]) => Entity[])[] = [
    (es) => joinQuotedNicknames(text, es),
    (es) => joinBracketedNames(text, es),
    (es) => joinBracketedGiven(text, es),
    (es) => joinKnownAs(text, es),
    joinInnerNickname,
    (es) => joinHyphenedSurname(text, es),
    (es) => joinSpeakerInitials(text, es),
    (es) => joinMonthSurname(text, es),
  ];
  const joined = joins.reduce((es, join) => join(es), joinMentions(text, ws, cands, rw));
  const entities = dropListedThings(text, dropLonePersonWords(text, joined, !!rw));
  return rw?.nounsCapitalised ? dropNounCaseThings(text, dropNounCasePeople(entities), rw) : entities;
}

/** A job or office noun as a whole word ("Developer"; not "Son-hui", whose "son" is no word of its own). */
function isJobNoun(w: string): boolean {
  const l = w.toLowerCase();
  // (a kinship noun ends no job's name, "Full Stack Developer", but may be a surname: "Masayoshi Son")
  return (
    !l.includes('-') &&
    !LEX.kinHeads.has(l) &&
    (LEX.jobHeads.has(l) || LEX.officeHeads.has(l) || LEX.nonOfficialHeads.has(l))
  );
}

// Organisation heads that are nobody's surname (a firm named after its founder: "Dick Clark Productions").
const INSTITUTION =
  /^(Center|Centre|Institute|Institution|University|Museum|Foundation|Society|Hospital|Committee|Council|Association|Agency|Ministry|Department|Corporation|Company|Party|Laboratory|Library|Gallery|Productions|Holdings|Records|Pictures|Capital|Partners|Ventures|Investments)$/;

// Lower-case words no name runs through ("Bank of America" does run through "of").
const SPAN_BREAK = new Set(['as', 'is', 'was', 'said', 'says', 'who', 'with']);

/**
 * A tagged span that is only a title ("Maj.", "President") names no one, and
 * a nationality adjective ("North Korean", MISC in CoNLL terms) is not someone
 * a reader asks about: neither becomes an entity.
 */
function keepTagged(ws: Word[], c: Candidate, lower: Set<string>, rw: RoleWords | null = null): boolean {
  // "el pasado Lunes de Ana Ruiz": a weekday (or another word that names no one) and a lower-case connector
  // opening a person's span are the sentence's, not the name's, which starts after them.
  if (
    c.type === 'person' &&
    c.first + 1 < c.last &&
    LEX.notNames.has(ws[c.first].text) &&
    /^\p{Ll}/u.test(ws[c.first + 1].text)
  )
    c.first++;
  // A name starts and ends with a capitalised word: "Faria de", "and Security" are cut edges;
  // a particle glued to a capital ends one ("Omar Hassan al-Bashir").
  // (not a listed party's: "Rassemblement national", `widenListedNames`)
  const listed = c.why.includes('listed party');
  while (!listed && c.first < c.last && !/^[\p{Lu}\d]/u.test(ws[c.first].text)) c.first++;
  while (!listed && c.last > c.first && !/^([\p{Lu}\d]|\p{Ll}{1,3}-\p{Lu})/u.test(ws[c.last].text)) c.last--;
  if (!/^[\p{Lu}\d]/u.test(ws[c.first].text)) return false;
  // "Saoirse Ronan as Christine": a clause word inside a span ends the name (in a headline in capitals
  // too: "LAUREN ALAINA IS CHANNELING").
  const caps = isCapsRun(ws, c);
  for (let k = c.first + 1; k < c.last; k++)
    if (SPAN_BREAK.has(caps ? ws[k].text.toLowerCase() : ws[k].text)) {
      c.last = k - 1;
      break;
    }
  if (caps && c.type === 'person') {
    // "WILL THEY BASH": a pronoun in capitals is no name's; "SEAN SPICER ELIMINATED": a last word in capitals
    // that the article also writes in lower case is a headline's verb or noun.
    if (ws.slice(c.first, c.last + 1).some((w) => CAPS_PRONOUN.has(w.text))) return false;
    while (c.last - c.first >= 2 && lower.has(ws[c.last].text.toLowerCase())) c.last--;
  }
  // ("portée par L’Italie", "l'Allemagne": the elided article the tagger took in is no part of a listed place)
  if (
    c.last > c.first &&
    /^l['’]$/i.test(ws[c.first].text) &&
    LEX.placeNames.has(phrase(ws, c.first + 1, c.last) ?? '')
  )
    c.first++;
  // ("École nationale supérieure de Chimie de Paris", "Observatoire de Paris": a name ending in "de" and a listed place,
  // with no given name or title of nobility first, is a body's)
  if (
    c.type === 'person' &&
    c.last - c.first >= 2 &&
    /^(de|of|du|d['’])$/i.test(ws[c.last - 1].text) &&
    LEX.placeNames.has(ws[c.last].text) &&
    !LEX.firstNames.has(ws[c.first].text) &&
    !LEX.nobilityTitles.has(ws[c.first].text) &&
    !LEX.royalTitles.has(ws[c.first].text)
  ) {
    c.type = 'org';
    c.why.push('of a listed place');
  }
  const words = ws.slice(c.first, c.last + 1).map((w) => w.text);
  const name = words.join(' ');
  listedType(c, name);
  // ("Policía Nacional Francisco Pardo": a person span with a given name inside holds the body before a
  // name, which trimBody cuts off)
  // ("el presidente del Gobierno Leopoldo Casares": after a title and its "de", an office's one-word body, then a
  // name whose given name is not in the lists; trimBody cuts the body off)
  const bodyAfterTitle =
    c.type === 'person' &&
    !!rw &&
    words.length >= 3 &&
    rw.officeBodies.has(words[0]) &&
    rw.connectors.has(ws[c.first - 1]?.text.toLowerCase() ?? '') &&
    rw.isHead(ws[c.first - 2]?.text ?? '') &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const givenInside = bodyAfterTitle || (c.type === 'person' && words.slice(1, -1).some((w) => LEX.firstNames.has(w)));
  if (c.type !== 'org' && LEX.orgHeadsFirst.has(words[0]) && (words.length > 1 || c.type === 'person') && !givenInside)
    [c.type, c.why] = ['org', [...c.why, `org head "${words[0]}"`]];
  // ("Mesa de Contratación", "Fondo Público de Emancipación": in a Romance language an abstract noun, "-ción",
  // "-idad", "-ment", names no one; with no given name first, the span is a body's name)
  if (
    rw &&
    c.type === 'person' &&
    words.length > 1 &&
    !givenInside &&
    !LEX.firstNames.has(words[0]) &&
    words.some((w) => /^\p{Lu}/u.test(w) && rw.isAbstractNoun(w.toLowerCase()) && !isListedPlace(w))
  )
    [c.type, c.why] = ['org', [...c.why, 'an abstract noun in the name']];
  if (words.every((w) => isTitleWord(w))) return false;
  // ("the Duke of Sussex", "Countess of Wessex": a title of nobility before "of" and its place)
  if (words.length === 1 && LEX.nobilityTitles.has(words[0]) && ws[c.last + 1]?.text === 'of') return false;
  // "Trek Into Darkness", "Keeps You Runnin": a capitalised function word inside a "name" makes it a title.
  if (c.type === 'person' && words.slice(1).some((w) => LEX.titleInnerWords.has(w)))
    [c.type, c.why] = ['misc', [...c.why, 'a title']];
  // "the Stanley Cup", "the Kuznets Curve": a prize, a law or an illness named after someone, not the person.
  if (c.type === 'person' && words.length > 1 && LEX.eponymHeads.has(words[words.length - 1]))
    [c.type, c.why] = ['misc', [...c.why, `named after someone ("${words[words.length - 1]}")`]];
  // "Queen Elizabeth", "Prince Harry" typed as places: a royal title or an honorific, then a given name,
  // is someone (but "Prince Edward Island", "Queen Mary University" end in a place's or a body's head).
  if (
    c.type !== 'person' &&
    words.length > 1 &&
    words.length <= 3 &&
    (LEX.royalTitles.has(words[0]) || LEX.honorifics.has(words[0])) &&
    LEX.firstNames.has(words[1]) &&
    !LEX.placeHeads.has(words[words.length - 1]) &&
    !LEX.orgHeads.has(words[words.length - 1])
  )
    [c.type, c.why] = ['person', [...c.why, `title "${words[0]}" before a given name`]];
  // ...and so is a given name (with a regnal number) right after a royal title the tagger left out of its
  // span: "Queen Elizabeth II's third child" with "Elizabeth II" typed an organisation. (The role pass,
  // which runs before the mentions are joined, then reads the title as the role.)
  else if (
    c.type !== 'person' &&
    words.length <= 2 &&
    LEX.royalTitles.has(ws[c.first - 1]?.text ?? '') &&
    LEX.firstNames.has(words[0]) &&
    (words.length === 1 || /^[IVX]+$/.test(words[1]))
  )
    [c.type, c.why] = ['person', [...c.why, `given name after the title "${ws[c.first - 1].text}"`]];
  // "Jo Reed, 31, of Hope": after an age, "of" gives where someone lives.
  if (
    c.type === 'person' &&
    ws[c.first - 1]?.text === 'of' &&
    ws[c.first - 2]?.text === ',' &&
    /^\d{1,3}$/.test(ws[c.first - 3]?.text ?? '')
  )
    [c.type, c.why] = ['place', [...c.why, 'residence after an age']];
  // "Doctors for Camp Closure", "Lawyers for Civil Rights": a capitalised plural and "for" open an
  // organisation's name; what follows is no one.
  if (
    c.type === 'person' &&
    ws[c.first - 1]?.text === 'for' &&
    /^\p{Lu}\p{Ll}+s$/u.test(ws[c.first - 2]?.text ?? '') &&
    !ws[c.first - 2].sentenceStart &&
    !LEX.demonyms.has(ws[c.first - 2].text.slice(0, -1))
  ) {
    c.first -= 2;
    [c.type, c.why] = ['org', [...c.why, '“Xs for Y” organisation']];
    return true;
  }
  // "Hurricane Sandy" is a storm; "Attu Island", "City Hall", "Mount Holyoke" are places, unless a given
  // name opens them ("Stuart Hall") or they have the shape of a Korean name ("Park Geun-hye").
  if (c.type === 'person' && words.length > 1) {
    if (LEX.eventHeads.has(words[0])) [c.type, c.why] = ['misc', [...c.why, `event "${words[0]}"`]];
    else if (
      (!LEX.firstNames.has(words[0]) || isPlaceEnd(words[words.length - 1])) &&
      !/-\p{Ll}/u.test(words[words.length - 1]) &&
      (LEX.placeHeads.has(words[words.length - 1]) || LEX.placeHeadsFirst.has(words[0]))
    )
      [c.type, c.why] = ['place', [...c.why, 'place head']];
  }
  // "Quai d’Orsay", "Palacio de Oriente": the tagger took only the head that opens a place's name.
  if (
    c.type === 'person' &&
    words.length === 1 &&
    LEX.placeHeadsFirst.has(words[0]) &&
    (/^(d['’]\p{Lu}|de$|du$|des$|del$|da$|do$)/u.test(ws[c.last + 1]?.text ?? '') ||
      // (an elision split off its word: "Quai" + "d’" + "Orsay")
      (/^d['’]$/u.test(ws[c.last + 1]?.text ?? '') && /^\p{Lu}/u.test(ws[c.last + 2]?.text ?? '')))
  ) {
    [c.type, c.why] = ['place', [...c.why, 'place head']];
  }
  // "Lorenz Center", "Brookings Institution": an organisation's head ends the name. A given name may
  // open a surname that is such a word ("Emily Post"), not one of the heads below.
  if (
    c.type === 'person' &&
    words.length > 1 &&
    LEX.orgHeads.has(words[words.length - 1]) &&
    (!LEX.firstNames.has(words[0]) || INSTITUTION.test(words[words.length - 1]))
  )
    [c.type, c.why] = ['org', [...c.why, `org head "${words[words.length - 1]}"`]];
  // "Full Stack Developer", "Senior Software Engineer": a job's name, unless a given name opens it ("Gary Player").
  if (
    c.type === 'person' &&
    words.length > 1 &&
    isJobNoun(words[words.length - 1]) &&
    !LEX.firstNames.has(words[0]) &&
    !isTitleWord(words[0]) &&
    !c.why.includes('joined split name')
  )
    [c.type, c.why] = ['misc', [...c.why, 'a job']];
  // "Google Play", "Twitter Lite": a product named after its maker is no person (but "Rep. Nancy Mace": a title
  // before it says someone, whose given name is a town's and its club's too).
  if (
    c.type === 'person' &&
    words.length > 1 &&
    LEX.orgNames.has(words[0]) &&
    !LEX.firstNames.has(words[0]) &&
    !LEX.personNames.has(name) &&
    !isTitleWord(ws[c.first - 1]?.text ?? '')
  )
    [c.type, c.why] = ['org', [...c.why, `made by "${words[0]}"`]];
  if (c.type === 'person' && isProductModel(ws, c)) [c.type, c.why] = ['misc', [...c.why, 'a device model']];
  // "Subscribe", "Meanwhile": a sentence word, not someone.
  if (c.type === 'person' && words.length === 1 && LEX.notNames.has(words[0])) return false;
  // A photo credit ("JIM WATSON/AFP/Getty Images", "Benoit Tessier/Reuters"): the photographer
  // before the slash is a person named on the page; the agencies after it are not kept.
  const slash = words.indexOf('/');
  if (slash >= 0) {
    const who = words.slice(0, slash);
    if (who.length < 2 || who.length > 3 || !who.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
    if (LEX.orgNames.has(who.join(' ')) || LEX.placeNames.has(who.join(' '))) return false;
    // ("Hindustan Times/Getty Images": a newspaper or an agency credited, by the noun that ends its name)
    if (LEX.orgHeads.has(who[who.length - 1])) {
      [c.last, c.type, c.why] = [c.first + slash - 1, 'org', [...c.why, 'credited paper or agency']];
      return true;
    }
    [c.last, c.type, c.why] = [c.first + slash - 1, 'person', [...c.why, 'photo credit']];
    return true;
  }
  if (c.type !== 'person' && isDemonym(words.join(' '))) return false;
  if (insideDemonym(ws, c)) return false;
  return true;
}

// Pronouns in capitals: a headline's words, never a name's ("WILL THEY BASH THE BILLIONAIRES?").
const CAPS_PRONOUN = new Set([
  'THEY',
  'WE',
  'YOU',
  'HE',
  'SHE',
  'IT',
  'THEM',
  'US',
  'HIS',
  'HER',
  'THEIR',
  'OUR',
  'YOUR',
]);

/** A span whose words are all written in capitals (two letters or more each). */
function isCapsRun(ws: Word[], c: Candidate): boolean {
  return c.last > c.first && ws.slice(c.first, c.last + 1).every((w) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(w.text));
}

/**
 * A well-known person, organisation, place or product keeps its type whatever the tagger said ("Google" is no one,
 * "Nancy Pelosi" no organisation, "Siri" a thing): `name` is the candidate's words as written.
 */
function listedType(c: Candidate, name: string): void {
  if (c.type !== 'person' && LEX.personNames.has(name)) [c.type, c.why] = ['person', [...c.why, 'person lexicon']];
  else if (c.type !== 'org' && LEX.orgNames.has(name)) [c.type, c.why] = ['org', [...c.why, 'org lexicon']];
  else if (c.type !== 'place' && LEX.placeNames.has(name) && !LEX.orgNames.has(name))
    [c.type, c.why] = ['place', [...c.why, 'place lexicon']];
  else if (c.type !== 'misc' && LEX.productNames.has(name)) [c.type, c.why] = ['misc', [...c.why, 'product lexicon']];
  // (only a person: a city's name on a sports page is its team's, "Nashville beat Dallas")
  else if (c.type === 'person' && LEX.wordnetPlaces.has(name)) [c.type, c.why] = ['place', [...c.why, 'WordNet place']];
}

/** The words the text writes in lower case. */
function lowerWords(ws: Word[]): Set<string> {
  return new Set(ws.filter((w) => /^\p{Ll}+$/u.test(w.text)).map((w) => w.text));
}

/**
 * "the Wild", "the Sabres", "Lakers hold off OKC": a team's nickname the article also writes after "the"
 * (as a team is named) is the team wherever it stands alone, not someone ("Wild coach X", "Sabres center Y").
 */
function teamNicknames(ws: Word[], cands: Candidate[]): void {
  const afterThe = new Set<string>();
  for (let k = 1; k < ws.length; k++) if (/^the$/i.test(ws[k - 1].text)) afterThe.add(ws[k].text);
  for (const c of cands) {
    if (c.type === 'org' || c.last - c.first > 1) continue;
    const name = ws
      .slice(c.first, c.last + 1)
      .map((w) => w.text)
      .join(' ');
    if (!LEX.teamNames.has(name) || !afterThe.has(ws[c.first].text)) continue;
    [c.type, c.role, c.why] = ['org', null, [...c.why, 'team nickname']];
  }
}

/**
 * "Coach (Frank) Vogel came in": a given name an agency adds in brackets before a surname it quotes is
 * part of that name, not someone of its own.
 */
function bracketedGivenName(ws: Word[], c: Candidate, cands: Candidate[]): boolean {
  return (
    c.type === 'person' &&
    c.first === c.last &&
    ws[c.first - 1]?.text === '(' &&
    ws[c.last + 1]?.text === ')' &&
    LEX.firstNames.has(ws[c.first].text) &&
    cands.some((d) => d.first === c.last + 2 && d.type === 'person')
  );
}

/** "Saudi", "North Korean": an adjective of a country, unless it is a short name of one ("US", "EU"). */
function isDemonym(name: string): boolean {
  return LEX.demonyms.has(name) && !LEX.orgNames.has(name) && !LEX.placeNames.has(name) && !LEX.aliases.has(name);
}

// The demonyms tied to a country ("Azeri", "Tajik"), which the list above need not hold.
const COUNTRY_DEMONYMS = new Set(LEX.demonymCountry.map(([d]) => d));

// Demonyms of more than one word, as word lists: "North Korean", "South African", "New Zealander".
const LONG_DEMONYMS = [...LEX.demonyms].filter((d) => d.includes(' ')).map((d) => d.split(' '));
const LONG_DEMONYM_WORDS = new Set(LONG_DEMONYMS.flat());

/**
 * A span that is only part of a multi-word demonym in the text: "North" of "North Korean leader",
 * "South" of "South African officials". The tagger cuts these off as places; they name nothing.
 */
function insideDemonym(ws: Word[], c: Candidate): boolean {
  if (!LONG_DEMONYM_WORDS.has(ws[c.first].text)) return false;
  for (const d of LONG_DEMONYMS) {
    for (let o = 0; o < d.length; o++) {
      const a = c.first - o;
      if (a < 0 || c.last >= a + d.length || (a === c.first && c.last === a + d.length - 1)) continue;
      if (d.every((t, i) => ws[a + i]?.text === t)) return true;
    }
  }
  return false;
}

const CONNECTORS_EN = new Set(['of', 'for', 'the']);

/**
 * "someone named Man Haron Monis": after "named" or "called" the whole capitalised run is the name,
 * though the tagger left its first word ("Man") out.
 */
function widenNamed(ws: Word[], cands: Candidate[]): void {
  const ends = new Set(cands.map((c) => c.last));
  for (const c of cands) {
    if (c.type !== 'person') continue;
    let a = c.first;
    while (
      a - 1 > 0 &&
      /^\p{Lu}\p{Ll}/u.test(ws[a - 1].text) &&
      !ws[a - 1].sentenceStart &&
      !ends.has(a - 1) &&
      c.first - a < 2
    )
      a--;
    if (a < c.first && /^(named|called)$/.test(ws[a - 1].text)) {
      c.first = a;
      c.why.push('name after "named"');
    }
  }
}

/**
 * "a paper by AS Heagle": scientific and British styles write initials without full stops, and the tagger
 * leaves them out of the name. One or two capitals after "by", "and", "with" or a comma, before a surname
 * tagged alone, are that person's initials (unless they are a known body or place: "by UN staff").
 */
function widenInitials(ws: Word[], cands: Candidate[]): void {
  const ends = new Set(cands.map((c) => c.last));
  for (const c of cands) {
    const ini = ws[c.first - 1]?.text ?? '';
    if (c.type !== 'person' || c.first !== c.last || !/^\p{Lu}{1,2}$/u.test(ini) || ends.has(c.first - 1)) continue;
    if (LEX.orgNames.has(ini) || LEX.placeNames.has(ini) || LEX.aliases.has(ini)) continue;
    if (!/^(by|and|with|,)$/.test(ws[c.first - 2]?.text ?? '')) continue;
    c.first--;
    c.why.push('initials before it');
  }
}

/**
 * "Secretary of Defense Lloyd Austin", "la ministra de Seguridad Patricia Bullrich": the tagger takes
 * the last word of the office into the name. A person span that opens with capitalised words and goes
 * on with a given name, right after "of"/"de", starts at the given name; the office keeps the words.
 */
function trimBody(ws: Word[], c: Candidate, rw: RoleWords | null): void {
  // "ambassador to the Ukraine Marie Yovanovitch" typed a place: a known place or organisation, then a given
  // name and a surname, is the office's body run into the name; the name is someone's.
  if (c.type === 'place' || c.type === 'org') {
    for (let f = c.first + 1; f < c.last; f++) {
      if (!LEX.firstNames.has(ws[f].text)) continue;
      const body = phrase(ws, c.first, f - 1) ?? '';
      if (!LEX.placeNames.has(body) && !LEX.orgNames.has(body) && !(rw && titledBody(ws, c.first, f, rw))) return;
      if (!ws.slice(f + 1, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return;
      Object.assign(c, { first: f, type: 'person', why: [...c.why, 'known body cut from the name'] });
      return;
    }
    return;
  }
  if (c.type !== 'person' || c.last - c.first < 2 || LEX.firstNames.has(ws[c.first].text)) return;
  const before = ws[c.first - 1]?.text.toLowerCase() ?? '';
  if (!CONNECTORS_EN.has(before) && !rw?.connectors.has(before) && !rw?.articles.has(before)) return;
  for (let f = c.first + 1; f < c.last; f++) {
    const t = ws[f].text;
    // ("el exsecretario de Seguridad Genaro García Luna": the remit of a ministry is no one's name)
    if (LEX.firstNames.has(t) || (rw?.officeBodies.has(ws[f - 1].text) && !rw.officeBodies.has(t))) {
      c.first = f;
      c.why.push('office word cut from the name');
      return;
    }
    if (!/^\p{Lu}/u.test(t)) return;
  }
}

/**
 * "el eurodiputado del Partido Popular Europeo Esteban González Pons", "en el Gobierno de Pedro Sánchez": a
 * body named head first ("Partido", "Gobierno") before a given name is an office's body when a title and its
 * preposition stand before it or the body ends in its own "de" ("Fundación Juan March" is a body's name).
 */
function titledBody(ws: Word[], first: number, given: number, rw: RoleWords): boolean {
  if (!LEX.orgHeadsFirst.has(ws[first].text)) return false;
  if (rw.connectors.has(ws[given - 1].text.toLowerCase())) return true;
  let k = first - 1;
  if (rw.articles.has(ws[k]?.text.toLowerCase() ?? '')) k--;
  return rw.isOf(ws[k]?.text ?? '') && rw.isHead(ws[k - 1]?.text ?? '');
}

/** The span holds an honorific and nothing else but articles and full stops: "Dña", "El Sr.". */
function onlyHonorific(ws: Word[], c: Candidate, rw: RoleWords): boolean {
  const span = ws.slice(c.first, c.last + 1).map((w) => w.text);
  const hon = span.filter((t) => rw.honorifics.has(t.replace(/\.$/, '')));
  return hon.length === 1 && span.every((t) => hon.includes(t) || t === '.' || rw.articles.has(t.toLowerCase()));
}

/**
 * "el senador Andrés Felipe Undurraga": the tagger may leave a first given name out of a person's span; a
 * given name right before it, in no other span, is the name's.
 */
function widenByGivenName(ws: Word[], cands: Candidate[], isGiven: (w: string) => boolean): Candidate[] {
  const taken = new Set(cands.flatMap((c) => Array.from({ length: c.last - c.first + 1 }, (_, i) => c.first + i)));
  // (a given name the tagger spans alone, "María" of "María del Carmen Olivares", joins the name after it)
  const alone = new Map(cands.filter((c) => c.first === c.last).map((c) => [c.first, c]));
  const absorbed = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    while (c.first > 0 && isGiven(ws[c.first - 1].text) && !taken.has(c.first - 1) && !ws[c.first].sentenceStart) {
      c.first--;
      taken.add(c.first);
      c.why.push('given name before the span');
    }
    // ("la jueza María del Carmen Olivares": a given name "del" or "de" a given name that opens the span)
    const of = ws[c.first - 1]?.text ?? '';
    const given = alone.get(c.first - 2);
    if (
      (of === 'del' || of === 'de') &&
      isGiven(ws[c.first].text) &&
      isGiven(ws[c.first - 2]?.text ?? '') &&
      !taken.has(c.first - 1) &&
      (!taken.has(c.first - 2) || !!given) &&
      !ws[c.first].sentenceStart &&
      !ws[c.first - 1].sentenceStart
    ) {
      if (given) absorbed.add(given);
      c.first -= 2;
      taken.add(c.first).add(c.first + 1);
      c.why.push('given name before the span');
    }
  }
  return absorbed.size ? cands.filter((c) => !absorbed.has(c)) : cands;
}

/**
 * "Sánchez y Feijóo chocan": a person span that joins two words with the language's "and", each the last
 * word of another person named in the text, is those two people (a surname joined by "y" to another,
 * "Ortega y Gasset", is one name when nobody else ends in either).
 */
function splitJoinedSurnames(ws: Word[], cands: Candidate[], rw: RoleWords): Candidate[] {
  const lasts = (c: Candidate) => ws[c.last].text;
  return cands.flatMap((c) => {
    if (c.type !== 'person') return [c];
    const k = ws.slice(c.first, c.last + 1).findIndex((w) => rw.conjunctions.has(w.text)) + c.first;
    if (k <= c.first || k >= c.last) return [c];
    const ends = (w: string) => cands.some((d) => d !== c && d.type === 'person' && d.last > d.first && lasts(d) === w);
    if ((!ends(ws[k - 1].text) || !ends(ws[c.last].text)) && !pluralBeforePair(ws, c, k, rw)) return [c];
    const why = [...c.why, `split at "${ws[k].text}"`];
    return [
      { ...c, last: k - 1, why },
      { ...c, first: k + 1, why: [...why] },
    ];
  });
}

/**
 * "De la Fuente y Rodríguez", "Miró e Martinez", "Alemania y Francia": the tagger, trained on English, runs a span
 * through the article's "and" (`conjunctions`), which it has never seen. A person's span splits there: two people
 * are the common case in news, and the few famous compound surnames joined by "y" ("José Ortega y Gasset") are
 * listed people, kept whole. A place's splits only between two known places ("Trinidad y Tobago" stays whole); an
 * organisation's never ("Ministerio de Trabajo y Asuntos Sociales").
 */
function pairAt(ws: Word[], c: Candidate, k: number, rw: RoleWords): boolean {
  if (!rw.conjunctions.has(ws[k].text) || k === c.first || k === c.last) return false;
  // (a "person" with a lower-case "de" inside, or after an office and its "de", is a body's name: "Secretaría de
  // Seguridad y Protección Ciudadana", "secretario de Seguridad y Protección Ciudadana")
  const officeBefore = rw.connectors.has(ws[c.first - 1]?.text ?? '') && rw.isHead(ws[c.first - 2]?.text ?? '');
  if (c.type === 'person')
    return (
      !officeBefore &&
      !LEX.personNames.has(phrase(ws, c.first, c.last) ?? '') &&
      // ("Gauguin y de Picasso", "Mozart et de Haydn": "and of" opens no part of a name, though "de" may be in one)
      (rw.connectors.has(ws[k + 1].text) || !ws.slice(c.first, c.last + 1).some((w) => rw.connectors.has(w.text)))
    );
  return (
    c.type === 'place' &&
    LEX.placeNames.has(phrase(ws, c.first, k - 1) ?? '') &&
    LEX.placeNames.has(phrase(ws, k + 1, c.last) ?? '')
  );
}

/**
 * "Yasir Habib dan Tawhidi", "Sunni dan Syiah": the tagger, trained on English, runs a span through the
 * article's own "and" or "of" ("dan", "di", "dari"), which it has never seen. Like "and" in English, such
 * a word (`nameBreaks`) is in no name: the span splits there, each side a candidate of its own.
 */
function splitAtBreaks(ws: Word[], c: Candidate, rw: RoleWords): Candidate[] {
  if (c.type === 'person' && movementName(ws, c, rw))
    return [{ ...c, type: 'org', why: [...c.why, 'a cause in its name'] }];
  const out: Candidate[] = [];
  let a = c.first;
  for (let k = c.first; k <= c.last; k++) {
    // (and a person's span at a preposition: "acompañaron a Boric en Calama")
    if (
      !rw.nameBreaks.has(ws[k].text) &&
      !(c.type === 'person' && rw.personBreaks.has(ws[k].text)) &&
      !pairAt(ws, c, k, rw)
    )
      continue;
    if (k > a) out.push({ ...c, first: a, last: k - 1, why: [...c.why, `split at "${ws[k].text}"`] });
    a = k + 1;
  }
  if (a === c.first) return [c];
  // (after a preposition of place the rest is where: "Boric en Calama")
  const where = !rw.nameBreaks.has(ws[a - 1].text) && LEX.placePrepositions.has(ws[a - 1].text);
  if (a <= c.last)
    out.push({
      ...c,
      first: a,
      last: c.last,
      type: where ? 'place' : c.type,
      why: [...c.why, `split at "${ws[a - 1].text}"`],
    });
  return out;
}

/**
 * "Presiden Ahmadinejad", "Khalifah Ali", "Nabi Muhammad": a language that capitalises a title before a
 * name (Indonesian, as English does) gives the tagger the title inside the span. A leading office or job
 * head of the article's language, followed by a capitalised word, is no part of the name; the role
 * passes read it before the name (with a lower-case head before it: "istri Nabi Siti").
 */
function stripLeadingHead(ws: Word[], c: Candidate, rw: RoleWords): void {
  if (c.type !== 'person' && c.type !== null) return;
  let k = c.first;
  // ("Syiah Ali": a faith's or a nation's name before a name is no part of it either)
  while (
    k < c.last &&
    /^\p{Lu}/u.test(ws[k].text) &&
    (rw.isHead(ws[k].text) || rw.demonyms.has(ws[k].text)) &&
    !LEX.firstNames.has(ws[k].text)
  )
    k++;
  if (k === c.first || !/^\p{Lu}/u.test(ws[k].text)) return;
  Object.assign(c, { first: k, type: 'person', titled: true, why: [...c.why, 'title stripped'] });
}

/**
 * "M. Macron", "Mme Vidal", "Sra. Ortega": an honorific of the article's language
 * opens the span; the name is what follows, and the honorific says it is a person.
 */
function stripHonorific(ws: Word[], c: Candidate, rw: RoleWords): void {
  const honorifics = rw.honorifics;
  // The tagger, trained on English, takes a sentence's first word in ("Selon M. Macron"), and types a
  // byline an organisation for it ("Par Claire Dupont"): a given name after the word is a person's.
  while (
    (c.type === 'person' || (c.last - c.first <= 3 && LEX.firstNames.has(ws[c.first + 1]?.text ?? ''))) &&
    c.first < c.last &&
    ws[c.first].sentenceStart &&
    rw.stop.has(ws[c.first].text.toLowerCase()) &&
    // ("De Gaulle", "Le Pen", "Del Bosque" open a sentence with their own particle: kept, unless a given name or
    // an honorific follows it, "De Claire Roux", "La Sra. Gil")
    (!SURNAME_OPENER.test(ws[c.first].text) ||
      LEX.firstNames.has(ws[c.first + 1].text) ||
      honorifics.has(ws[c.first + 1].text.replace(/\.$/, '')))
  ) {
    c.first++;
    if (c.type !== 'person') [c.type, c.why] = ['person', [...c.why, 'given name after a sentence word']];
    // ("Mientras México, …": what is left may be a name the lexicons know)
    else
      listedType(
        c,
        ws
          .slice(c.first, c.last + 1)
          .map((w) => w.text)
          .join(' '),
      );
  }
  // ("la classe de CE2 de Mme Roux", "el despacho 3B de la Sra. Gil": a span run from a thing's code or name through
  // "de" and an article to an honorific is the honorific's name)
  if (c.type === 'person')
    for (let h = c.first + 2; h < c.last; h++) {
      if (!honorifics.has(ws[h].text.replace(/\.$/, ''))) continue;
      const of = ws[h - 1].text.toLowerCase();
      const art = rw.articles.has(of) && /^(de|del|di|do|da)$/i.test(ws[h - 2].text) ? h - 2 : h - 1;
      if (art > c.first && /^(de|del|di|do|da|du)$/i.test(ws[art].text)) {
        c.first = h;
        c.why.push('honorific inside the span');
      }
      break;
    }
  // ("Selon le Pr Lina", "Según la Sra. Ortega": sentence words, then an honorific)
  let j = c.first;
  while (j < c.last && ws[c.first].sentenceStart && rw.stop.has(ws[j].text.toLowerCase())) j++;
  if (j > c.first && j < c.last && honorifics.has(ws[j].text.replace(/\.$/, ''))) c.first = j;
  let k = c.first;
  while (k < c.last && honorifics.has(ws[k].text.replace(/\.$/, ''))) {
    // A one-letter honorific ("D." for don) is an initial when another initial follows: "D. B. Cooper".
    if (ws[k].text.replace(/\.$/, '').length === 1 && isInitial(ws, ws[k + 1]?.text === '.' ? k + 2 : k + 1)) break;
    k++;
    if (ws[k]?.text === '.' && k < c.last) k++;
  }
  // "M. de Villepin", "Sra. de la Vega": the surname's particles go with the honorific.
  const h = k;
  while (k < c.last && /^\p{Ll}{1,3}$/u.test(ws[k].text) && rw.connectors.has(ws[k].text)) k++;
  if (k > h && (h === c.first || !/^\p{Lu}/u.test(ws[k].text))) k = h;
  if (k === c.first || k > c.last || !/^\p{Lu}/u.test(ws[k].text)) return;
  Object.assign(c, { first: k, type: 'person', titled: true, why: [...c.why, 'honorific stripped'] });
}

// Particles a European surname may open with at a sentence's start ("De Gaulle", "Le Pen", "Da Silva", "Van
// Gaal"): words.json's `nameParticles` less "el", "al", "der", "den", whose capitalised form opens sentences ("El
// Ministerio de …") far more often than names.
const SURNAME_OPENER = /^(de|del|della|di|da|do|dos|das|du|la|le|van|von)$/i;

// An elided article or preposition before a capitalised word: "d'", "l'", "qu'", "dell'", "all'".
const ELIDED = /^((?:d|l|qu|j|n|s|c|dell|dall|nell|sull|all|coll)['’])(\p{Lu}[\p{L}'’-]*)$/iu;

/** "d'Emmanuel" → "d'" + "Emmanuel" (offsets kept); the sentence start stays on the first part. */
function splitElisions(ws: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    const m = ELIDED.exec(w.text);
    if (!m) {
      out.push(w);
      continue;
    }
    const cut = w.start + m[1].length;
    out.push({ text: m[1], start: w.start, end: cut, sentenceStart: w.sentenceStart });
    out.push({ text: m[2], start: cut, end: w.end, sentenceStart: false });
  }
  return out;
}

/** ws[k] is an initial: one capital letter, with or without its full stop. */
function isInitial(ws: Word[], k: number): boolean {
  return /^\p{Lu}\.?$/u.test(ws[k]?.text ?? '');
}

/** Tagger spans → candidates on our word grid (spans that cut a word are widened). */
function fromSpans(ws: Word[], spans: TaggedSpan[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    while (k < ws.length && ws[k].end <= s.start) k++;
    let j = k;
    while (j + 1 < ws.length && ws[j + 1].start < s.end) j++;
    if (k < ws.length && ws[k].start < s.end)
      out.push({ first: k, last: j, type: s.type, role: null, titled: false, why: ['tagger'] });
  }
  // A person's name the tagger cut in two ("Kim" + "Jong-un", the second half
  // filed as MISC): spans that touch across one space join into the person.
  const joined: Candidate[] = [];
  for (const c of out) {
    const prev = joined[joined.length - 1];
    const touching = prev && c.first === prev.last + 1 && ws[c.first].start - ws[prev.last].end === 1;
    // "Arthur" (org) + "Edward Waite" (person): a given name the tagger typed apart opens the name.
    const givenName =
      touching &&
      c.type === 'person' &&
      prev.type !== 'person' &&
      prev.first === prev.last &&
      LEX.firstNames.has(ws[prev.first].text);
    // "De’Broski" (misc) + "Herbert" (person): one word with an apostrophe between capitals ("D’Angelo", "De’Broski")
    // is a name's, whatever the tagger typed it, and here opens the person's.
    const elided =
      touching &&
      c.type === 'person' &&
      prev.type !== 'person' &&
      prev.first === prev.last &&
      /^\p{Lu}\p{Ll}{0,2}['’]\p{Lu}\p{Ll}+$/u.test(ws[prev.first].text);
    // "Vladimir" (person) + "Putin" (place): one given name, then one word typed otherwise, is the surname.
    const surname =
      touching &&
      prev.type === 'person' &&
      prev.first === prev.last &&
      c.first === c.last &&
      LEX.firstNames.has(ws[prev.first].text.replace(/\u00ad/g, '')) &&
      !LEX.placeNames.has(ws[c.first].text) &&
      !LEX.orgNames.has(ws[c.first].text);
    // "Credit...Anna" + "Moneymaker/The New York Times": a photo credit whose surname the tagger took into
    // the agency's span after the slash.
    const credit =
      touching &&
      prev.type === 'person' &&
      prev.first === prev.last &&
      c.type !== 'person' &&
      c.first + 2 <= c.last &&
      ws[c.first + 1].text === '/' &&
      ws[c.first + 1].start === ws[c.first].end &&
      /^\p{Lu}\p{Ll}/u.test(ws[c.first].text) &&
      LEX.firstNames.has(ws[prev.first].text);
    if (credit) {
      prev.last = c.first;
      prev.why.push('photo credit');
      joined.push({ ...c, first: c.first + 2, why: [...c.why, 'agency of a photo credit'] });
    } else if (
      touching &&
      ((prev.type === 'person' && (c.type === 'person' || c.type === 'misc')) || givenName || elided || surname)
    ) {
      prev.last = c.last;
      prev.type = 'person';
      prev.why.push('joined split name');
    } else joined.push(c);
  }
  return joined;
}

// A model number right before a word ("737 ", "S10 "), not a year ("in 2016 Trump won").
const MODEL_NUMBER = /(^|[\s(])(?!(1[89]|20)\d\d\s)\p{Lu}?\d{2,4}\p{Lu}?\s+$/u;

// What a title before a name leaves in an entity's `why`: evidence of a person.

/**
 * A "person" named once, with nothing saying it is one, that the text shows to be a thing:
 * - a business named by its owner, one word ("at Christie’s in 2006", "Sam’s Club"; not "Harry’s remark");
 * - a title after "the" ("the Holy Grail,", "The Lair of the White Worm"; not "the Carter administration"),
 *   or one word after a capitalised "The" inside a sentence ("told The Hill in a statement");
 * - a title in quotes ("“Deterministic Nonperiodic Flow.”");
 * - a single word opening a sentence, a line or what follows a colon ("Visually, ...", "Hygiene") that is no
 *   given name.
 */
function namesAThing(text: string, e: Entity): boolean {
  const m = e.mentions[0];
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const after = text.slice(m.end, m.end + 24);
  if (!/\s/.test(e.name) && /^['’]s(\s+\p{Lu}|\s+(in|at|on|of|for|and|or)\b|[,.;:)]|$)/u.test(after)) return true;
  if (/(^|[^\p{L}])the\s+$/iu.test(before) && !/^\s+(?!of\b)\p{Ll}/u.test(after)) return true;
  // A capitalised "The" inside a sentence opens a title: "told The Hill", "wrote in The Atlantic".
  if (!/\s/.test(e.name) && /\p{Ll}[,:]?\s+The\s+$/u.test(before)) return true;
  // A title in quotes: "“Deterministic Nonperiodic Flow.”"
  if (
    /[“"]([\p{Lu}][\p{L}'’-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
    /^[.,!?]?[”"]/u.test(after)
  )
    return true;
  if (/\s/.test(e.name) || LEX.firstNames.has(e.name) || LEX.personNames.has(e.name)) return false;
  // ("Putin spokesman Dmitry Peskov", "Biden aide Ann Lee": a name opening a sentence, then someone's job and a
  // name, is that someone's principal; a body before its head's noun was retyped already: `thingEvidence`)
  if (/^\s+\p{Ll}+\s+\p{Lu}/u.test(after) && isRoleHead(after.trim().split(/\s+/)[0])) return false;
  // (the full stop of "Mr." or "Sen." ends no sentence: "Mr. Meyer" is someone)
  if (ABBREV_BEFORE.test(before)) return false;
  return m.start === 0 || /(^|[\n.!?:]\s*)["“‘(]?\s*$/u.test(before);
}

// Lower-case words a title in title case may keep ("Takin’ It To the Streets", "Gone with the Wind").
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'for', 'with', 'by', 'from']);

/**
 * A mention inside quotes whose words are all capitalised but for a title's small words, and that hold
 * more than the name: a song's, film's or book's title (“Jesus Is Just Alright With Me”), not a quote of
 * speech (“Smith is great”) nor a name in quotes.
 */
function inQuotedTitle(text: string, m: { start: number; end: number }): boolean {
  const open = Math.max(text.lastIndexOf('“', m.start), text.lastIndexOf('"', m.start - 1));
  if (open < 0 || m.start - open > 60) return false;
  const closeRel = text.slice(m.end, m.end + 60).search(/[”"]/);
  if (closeRel < 0) return false;
  const inner = text.slice(open + 1, m.end + closeRel);
  if (/[\n”“]/.test(inner)) return false;
  const ws = inner.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?/gu) ?? [];
  const name = text.slice(m.start, m.end).split(/\s+/).length;
  if (ws.length < 3 || ws.length <= name || ws.length > 10) return false;
  return ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.has(w)));
}

// What stands before a word that opens a sentence, a line or what follows a colon.
// (a dash opens a line of dialogue: "— Думаю, это будет паста")
const SENTENCE_OPENS = /(^|[\n.!?:]\s*)["“‘(«—–]?\s*$/u;

// An honorific or rank with its full stop just before a word.
const ABBREV_BEFORE = new RegExp(
  `(^|\\s)(${[...LEX.honorifics, ...LEX.ranks, ...INTL_HONORIFIC_ABBREV]
    .filter((t) => t.endsWith('.'))
    .map((t) => t.replace(/[.]/g, '\\.'))
    .join('|')})\\s+$`,
);

/**
 * A one-word "person" named once, with no role, whose word the article also
 * uses in lower case ("Rider", "Knight", "Video") is a capitalised common
 * noun, not someone in the story.
 */
function dropLonePersonWords(text: string, entities: Entity[], foreign = false): Entity[] {
  // Words of the multi-word organisations, places and titles named here ("Whole Foods", "Star Wars").
  const partsOfThings = new Set(
    entities.filter((e) => e.type !== 'person' && /\s/.test(e.name)).flatMap((e) => e.name.split(/\s+/)),
  );
  return entities.filter((e) => {
    if (e.type !== 'person') return true;
    // Hangul has no capitals: the Korean pass found these names on evidence of its own, which the
    // capitalisation tests below cannot weigh.
    if (/^\p{Script=Hangul}/u.test(e.name)) return true;
    // A name starts with a capital ("and Security", "’s Journal" are cut spans).
    if (!/^\p{Lu}/u.test(e.name)) return false;
    // "Muslims", "Republicans": people of a faith or party, not someone.
    if (/s$/.test(e.name) && LEX.demonyms.has(e.name.slice(0, -1))) return false;
    // "Azeris", "Scots", a lone "Azerbaijani": a country's people or its adjective, not someone.
    if (COUNTRY_DEMONYMS.has(e.name) || (/s$/.test(e.name) && COUNTRY_DEMONYMS.has(e.name.slice(0, -1)))) return false;
    // "a Roman Catholic archdiocese", "religions such as Wicca": a faith or a church, not a believer's name.
    if (LEX.faiths.has(e.name)) return false;
    // "Enlarge Image", "Watch Video": a page's buttons and captions; no one's name ends in "Image".
    if (LEX.furnitureWords.has(e.name.split(/\s+/).pop()!)) return false;
    // "Muscovites", "Anglophiles", "Francophobes": a one-word plural of dwellers or devotees is a group.
    if (/^\p{Lu}\p{Ll}{3,}(ites|philes|phobes)$/u.test(e.name)) return false;
    // "small SUVs", "DSPs and SSPs": an acronym's plural is things or a kind of people, never someone's name.
    if (/^\p{Lu}{2,}s$/u.test(e.name)) return false;
    // "about 450 Dreamers", "three Democrats": a capitalised plural counted by a number is a group.
    if (
      !/\s/.test(e.name) &&
      /[^s]s$/.test(e.name) &&
      e.mentions.some((m) =>
        /(^|\s)(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)\s+$/i.test(
          text.slice(Math.max(0, m.start - 16), m.start),
        ),
      )
    )
      return false;
    // (a roundup's "Tolivert 25 points.": the line's count says a player, whom a sentence's opening capital would not)
    if (e.why.includes('a results line')) return true;
    if (!e.role && e.mentions.length === 1 && !e.why.some((w) => TITLED_WHY.has(w)) && namesAThing(text, e))
      return false;
    // ("Star Trek Into Darkness" whose "Star" was read as a title: a capitalised "Into" is in no name)
    if (
      e.name
        .split(/\s+/)
        .slice(1)
        .some((w) => LEX.titleInnerWords.has(w))
    )
      return false;
    // “Jesus Is Just Alright With Me”, “Takin’ It To the Streets”: a word inside a quoted title.
    if (!e.role && !e.why.some((w) => TITLED_WHY.has(w)) && e.mentions.every((m) => inQuotedTitle(text, m)))
      return false;
    // "the 737 Max jet", "a Galaxy S10 Plus": a word after a model number is part of a product's name.
    if (
      !e.role &&
      !/\s/.test(e.name) &&
      e.mentions.every((m) => MODEL_NUMBER.test(text.slice(Math.max(0, m.start - 12), m.start)))
    )
      return false;
    if (e.role || /\s/.test(e.name)) return true;
    // "Foods" beside "Whole Foods", "Assembly" beside "General Assembly": a part of a thing's name (not a listed
    // person's: "Obama" beside a misread "Obama National Security Council").
    if (partsOfThings.has(e.name) && !LEX.personNames.has(e.name)) return false;
    const lower = e.name.toLowerCase();
    const usedLower = () =>
      lower !== e.name &&
      new RegExp(`(^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
    // "Здесь", "Сначала", "Короче": a word that only ever opens a sentence, there capitalised, is a sentence
    // word however often it opens one, when the article also writes it in lower case or is in another
    // language than the tagger's (which takes any capitalised opener there for a name).
    if (e.mentions.length > 1)
      return (
        e.why.some((w) => TITLED_WHY.has(w)) ||
        LEX.firstNames.has(e.name) ||
        !e.mentions.every((m) => SENTENCE_OPENS.test(text.slice(Math.max(0, m.start - 12), m.start))) ||
        !(foreign || usedLower())
      );
    return !usedLower();
  });
}
