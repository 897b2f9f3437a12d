import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead, OF_ROMANCE } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { POSSESSIVE, PREP, partyTag, shortBracketEnd } from '../roles/roleGrammar';
import { phrase } from './stripTitles';
import { roleIncluding, roleNamed } from '../roles/roleBefore';
import { roleBeforeIntl } from '../roles/roleBeforeIntl';
import { roleApposBefore } from '../roles/roleApposBefore';
import { roleAfterOwner } from '../roles/roleAfterOwner';
import { roleAppointed, roleCopular } from '../roles/roleCopular';
import { roleRelative, roleRelativeObject } from '../roles/roleRelative';
import { roleSuccession } from '../roles/roleSuccession';
import { roleNextSentence } from '../roles/roleNextSentence';
import { roleCountedGroup } from '../roles/roleCountedGroup';
import { roleCandidacyOffice } from '../roles/roleCandidacyOffice';
import { roleListedWithAsides } from '../roles/roleListedWithAsides';
import { roleDemonstrative } from '../roles/roleDemonstrative';
import { roleIncludingIntl } from '../roles/roleIncludingIntl';
import { roleLikeListIntl } from '../roles/roleLikeListIntl';
import { roleIdentifiedAs } from '../roles/roleIdentifiedAs';
import { roleInverted } from '../roles/roleInverted';
import { roleInstrument } from '../roles/roleInstrument';
import { sharePluralAppositive } from '../roles/sharePluralAppositive';
import { ownTitle } from '../roles/ownTitle';
import { rolePortfolioList } from '../roles/rolePortfolioList';
import { roleBeforeColon } from '../roles/roleBeforeColon';
import { rolePresidency } from '../roles/rolePresidency';
import { personNounRoles } from '../roles/rolePersonNoun';
import { roleAnaphora } from '../roles/roleAnaphora';
import { roleRespectively } from '../roles/roleRespectively';
import { kinOfTitle } from '../roles/kinOfTitle';
import { roleInBrackets } from '../roles/roleInBrackets';
import { roleWhose } from '../roles/roleWhose';
import { roleAgentBy } from '../roles/roleAgentBy';
import { LEADER_WHY } from './splitLeaderBody';
import { roleRemitList } from '../roles/roleRemitList';
import { roleBeforeRank } from '../roles/roleBeforeRank';

// The role readers live in ../roles/; these are re-exported for the passes and tests that read roles.
export { openingRole } from '../roles/openingRole';
export { isOfficialRole } from '../roles/isOfficialRole';
export { roleOrganisation } from '../roles/roleOrganisation';
export { tidyRole } from '../roles/tidyRole';

// A royal title alone, the role a name like "Queen Elizabeth" carries in itself.

// Why a role is an organisation's name, from its possessive before the name ("the Green League's Ann Lee").
const OWNER_WHY = "an organisation's";

// A role that ends in a connector ("ministre des", "jefe de", "Secretary of") lost its body to the name.
const DANGLING = /\s(of|for|of the|de|de la|du|des|del|da|do|das|dos|di|della|von|der)$/iu;

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
  // "l'association Habitat Solidaire", "la empresa Aceros Norte": a name right after the noun of a private body,
  // with no given name to open it, is that body's; it is no one (and no name inside an appositive).
  if (rw)
    for (const c of cands)
      if (
        (c.type === 'person' || c.type === null) &&
        !c.titled &&
        !LEX.firstNames.has(ws[c.first].text) &&
        rw.privateBodies.has(unElide(ws[c.first - 1]?.text ?? '').toLowerCase())
      ) {
        c.type = 'org';
        c.role = null;
        c.why.push('after the noun of a private body');
      }
  // "El ministro del Interior, Carolina Pérez,": a tagger's place or organisation that opens with a given name
  // and has a title of the article's language right before it is someone (that title only, or an appositive
  // after an organisation's: "Victoria Falls, the town's mayor said" keeps its place).
  const titledThing = (c: Candidate) =>
    !!rw &&
    (c.type === 'place' || c.type === 'org' || c.type === 'misc') &&
    c.last > c.first &&
    LEX.firstNames.has(ws[c.first].text);
  const people = cands
    .filter((c) => c.type === 'person' || c.type === null || titledThing(c))
    .sort((a, b) => a.first - b.first);
  // Words of the people's names: an appositive before a name holds no other name ("El presidente
  // Mauricio Macri recibió al mandatario chileno, X" is a clause, not X's role).
  // (not a leader naming a body: "a former Biden Justice Department official, Mary Smith" is her role)
  const inName = new Set<number>();
  for (const c of people) if (!c.why.includes(LEADER_WHY)) for (let k = c.first; k <= c.last; k++) inName.add(k);
  // (and of full names, a given name and more, which a title before a later name never reads through: "Les
  // musiciens Tom Waits, Nick Cave et …"; a tagger's "person" may be the title's body, "el ministro de Economía, X")
  const inPerson = new Set<number>();
  for (const c of people)
    if (c.type === 'person' && c.last > c.first && LEX.firstNames.has(ws[c.first].text))
      for (let k = c.first; k <= c.last; k++) inPerson.add(k);
  // Where each organisation's name starts: "Alex Hale of the Daily Courier" is the Courier's.
  const orgAt = new Map<number, Candidate>();
  // and where each ends: "the Green League's Ann Lee" is the League's.
  const orgEnd = new Map<number, Candidate>();
  for (const c of cands) if (c.type === 'org') orgAt.set(c.first, c);
  // (and a "place" named for an institution, "Victoria Hospital", "Aberdeen University": someone's employer)
  for (const c of cands) if (c.type === 'place' && LEX.orgHeads.has(ws[c.last].text)) orgAt.set(c.first, c);
  for (const c of cands) if (c.type === 'org') orgEnd.set(c.last, c);
  // Where each person's name starts, and its last word: "X replaced Y as manager".
  const personAt = new Map(people.map((c) => [c.first, c.last]));
  let prev: Candidate | null = null;
  for (const c of people) {
    // "Son avocat, Me Jean-Pierre Versini,", "l'avocat Me X": a title reads up to the honorific before a name.
    const lead = rw ? honorificBefore(ws, c.first, rw, inName) : c.first;
    // The title before the name in the article's language, and the appositive after it: read once, used below.
    const intlTitle = rw
      ? kinOfTitle(
          ws,
          ownTitle(
            roleBeforeIntl(ws, lead, c.last, rw, inPerson) ?? titleBeforeAside(ws, lead, c.last, rw, inName),
            rw,
            // (set off by a comma or a dash: "al representante del arquero -- Jorge Mendes --")
            /^[,\-–—]$/.test(ws[lead - 1]?.text ?? ''),
          ),
          lead,
          rw,
        )
      : null;
    const after = roleAfterOwner(ws, c.last, rw, inName);
    const found: [string | null, string][] = [
      [c.role, ''],
      [roleCandidacyOffice(ws, c.first, c.last, rw, inName), 'role before name'],
      [intlTitle, 'role before name'],
      [roleNamed(ws, c.first), 'role before "named"'],
      // (the appositive before a royal title and its name: "His mother, Queen Elizabeth,")
      [
        roleApposBefore(
          ws,
          LEX.royalTitles.has(ws[c.first - 1]?.text ?? '') ? c.first - 1 : lead,
          c.last,
          rw,
          inName,
        ) ?? roleRemitList(ws, lead, c.last, rw),
        'appositive before',
      ],
      [after, 'appositive after'],
      // (after the appositives, whose places in this list the title readers below count on)
      [rw ? null : roleIdentifiedAs(ws, c.first), 'identified as'],
      [rw ? roleInBrackets(ws, c.last, rw) : null, 'role in brackets'],
      [roleInstrument(ws, c.last), 'instrument played'],
      [roleCopular(ws, c.last, rw, c.first), 'copular'],
      [roleInverted(ws, c.first, rw), 'role before a copula'],
      [rw ? null : roleIncluding(ws, c.first), 'role before "including"'],
      [roleRelative(ws, c.last, !!rw) ?? (rw ? roleRelativeObject(ws, c.first, c.last, rw) : null), 'relative clause'],
      [prev ? listedAfter(ws, prev, c, rw, orgAt) : null, 'listed after a plural role'],
      [ofOrganisation(ws, c, orgAt, personAt, rw), 'of an organisation'],
      [rw ? null : organisationOwner(ws, c, orgEnd), OWNER_WHY],
      [rw ? null : roleSuccession(ws, c.last, personAt, c.first), 'takes over a post'],
      [rw ? null : roleAppointed(ws, c.first, c.last), 'appointed to a post'],
      [rw ? rolePortfolioList(ws, c, rw) : null, 'portfolio in a list'],
      [rw ? roleBeforeColon(ws, c, rw) : null, 'committee list'],
      [rw ? rolePresidency(ws, c) : null, 'presides'],
      [roleListedWithAsides(ws, people, c, rw), 'listed after a plural role, with asides'],
      [rw ? roleIncludingIntl(ws, c.first, c.last, rw) : null, 'picked out of a plural role'],
      [rw ? roleLikeListIntl(ws, c.first, rw, inName) : null, 'listed after a plural and "like"'],
      [roleDemonstrative(ws, people, c, rw), 'demonstrative description after'],
      [roleAgentBy(ws, c, rw), 'agent of a body ("chaired by")'],
    ];
    // "que fue ministra para la Transición Ecológica", "el secretario de Estado de Comercio Exterior": capitalised
    // words with no given name right after a title and its preposition or article are the office's body.
    if (
      rw &&
      intlTitle &&
      !c.titled &&
      c.last > c.first &&
      !LEX.firstNames.has(ws[c.first].text) &&
      endsInFunctionWord(intlTitle, rw) &&
      !/^(a|à|al|au|aux|ao)$/i.test(intlTitle.split(/\s+/).pop()!)
    ) {
      c.type = 'org';
      c.role = null;
      c.why.push('body of an office');
      prev = c;
      continue;
    }
    if (rw) {
      // "El comisario de Pesca, el maltés X,", "El representante ante la ONU, el Sr. X,", "Su director, el doctor
      // X,": a title set off before an article and a nationality, an honorific or a grade is X's.
      const outer = titleBeforeArticle(ws, lead, c.last, rw);
      if (outer) found.unshift([outer, 'role before name']);
      // "Le docteur X, président de …", "el general X, jefe del Estado Mayor,": a grade alone says less than
      // the appositive after the name; both are the role.
      const grade = found.slice(0, 3).find(([r]) => r)?.[0];
      if (!outer && grade && after && GRADES.has(grade.toLowerCase()) && !DANGLING.test(after))
        found.unshift([`${grade}, ${after}`, 'grade and appositive']);
    }
    prev = c;
    // "His mother, Queen Elizabeth,", "Prince Andrew, the younger brother of ...,": a royal title alone says
    // less than the appositive around the name, which wins.
    const title = found.slice(0, 2).find(([r]) => r)?.[0];
    let tag: ReturnType<typeof partyTag> = null;
    const appos = found.slice(4, 6).find(([r]) => r && !DANGLING.test(r))?.[0];
    if (title && appos && LEX.royalTitles.has(title)) found.splice(0, 2);
    // "said Lt. Matt Harris, Columbus Police Department spokesman": a rank alone and the appositive after
    // the name are one role, "Lt., Columbus Police Department spokesman".
    // "Sen. Ted Cruz (R-Texas)", "Rep. Adam Schiff, D-Calif., chairman of …": the party and state go with
    // the rank ("Sen. (R-Texas)"), and the appositive after them too.
    else if (title && LEX.ranks.has(title) && (tag = rw ? null : partyTag(ws, c.last))) {
      const ranked = `${title} (${tag.text})`;
      found.unshift([appos && !appos.startsWith(title) ? `${ranked}, ${appos}` : ranked, 'rank and party']);
    } else if (title && appos && LEX.ranks.has(title) && !appos.startsWith(title))
      found.unshift([`${title}, ${appos}`, 'rank and appositive']);
    // ("Father James Martin, a Jesuit priest and author": a cleric's title and the appositive after the name)
    else if (title && appos && !rw && LEX.clericalTitles.has(title) && !appos.startsWith(title))
      found.unshift([`${title}, ${appos}`, 'title and appositive']);
    // ("Israel's chief military spokesperson, Rear Admiral Daniel Hagari,": the post set off before the rank)
    else if (title && !appos) {
      const before = roleBeforeRank(ws, c.first, c.last, title, rw, inName);
      if (before) found.unshift([before, 'appositive before a rank']);
    }
    // ("the agency, whose chairman is X": before the title readers, which would take "chairman is" for a title)
    const whose = roleWhose(ws, c.first, rw);
    if (whose) found.unshift([whose, 'whose head is the name']);
    // "el jefe de Gabinete", "le ministre des Affaires": a one-word "name" after an office and its
    // connector is the office's body, not someone.
    // (not after a kin noun, "du fils de Sarkozy", nor a listed person's name)
    const bodyOf = found.find(([r]) => r && DANGLING.test(r) && !kinBefore(r, rw));
    if (bodyOf && c.first === c.last && !c.titled && !LEX.personNames.has(ws[c.first].text)) {
      c.type = 'org';
      c.role = null;
      c.why.push('body of an office');
      continue;
    }
    // "dijo el ministro a Juan Pérez": a role that ends in any preposition or article of the language
    // is no role of the name after it, which is that word's object.
    const hit = found.find(([r]) => r && !DANGLING.test(r) && !(rw && endsInFunctionWord(r, rw)));
    // (an organisation's may also have the appositive after it: "Marine Le Pen, présidente du groupe RN,")
    // (and a copula's: "Gérard Le Vot est un musicologue français", typed an organisation by the tagger)
    // (and a place's appositive in another language: "dijo ayer José María Pérez, director del hospital", a place
    // to the tagger; in English "Victoria Falls, the town's mayor said" keeps its place)
    const titleHit =
      !!hit &&
      (found.slice(0, 4).includes(hit) ||
        ((c.type === 'org' || !!rw) && hit[1] === 'appositive after') ||
        hit[1] === 'copular');
    if (titledThing(c) && !titleHit) continue;
    if (!hit || hit[0] === c.role) continue;
    c.role = hit[0];
    c.type = 'person';
    c.why.push(hit[1]);
    // "el gobernador de Nuevo León, Samuel García": a "person" that ends the title set off before a name,
    // after the office's preposition, is the office's body.
    const before = prevPerson(people, c);
    if (rw && before && hit[0] && isBodyOf(ws, before, c, hit[0], rw)) {
      before.type = 'org';
      before.role = null;
      before.why.push('body of an office');
    }
  }
  sharePluralAppositive(ws, people, rw);
  roleNextSentence(ws, people, rw);
  if (!rw) roleCountedGroup(ws, people);
  roleRespectively(ws, people, rw);
  roleAnaphora(ws, people, rw);
  personNounRoles(ws, people, rw, inName);
}

/** The person candidate right before c in the text, or null. */
function prevPerson(people: Candidate[], c: Candidate): Candidate | null {
  const i = people.indexOf(c);
  return i > 0 ? people[i - 1] : null;
}

/** b is the body at the end of c's title: "<head> de B, C", B no given name and not titled. */
function isBodyOf(ws: Word[], b: Candidate, c: Candidate, role: string, rw: RoleWords): boolean {
  if (b.titled || b.last !== c.first - 2 || ws[c.first - 1].text !== ',' || LEX.firstNames.has(ws[b.first].text))
    return false;
  const name = phrase(ws, b.first, b.last) ?? '';
  // (an office's body: "gobernador de", not "abogado de Bárcenas", whose client is someone)
  const head = role.split(/\s+/).find((w) => rw.isHead(w)) ?? '';
  return role.endsWith(' ' + name) && rw.isOf(ws[b.first - 1]?.text ?? '') && rw.isOfficeHead(head);
}

/** Where a name starts with the honorific written before it ("Me X", "M. X", "Sra. X"), not in another name. */
function honorificBefore(ws: Word[], first: number, rw: RoleWords, inName: Set<number>): number {
  let k = first - 1;
  if (ws[k]?.text === '.' && rw.honorifics.has(ws[k - 1]?.text ?? '')) k--;
  return k >= 0 && !inName.has(k) && rw.honorifics.has(ws[k].text.replace(/\.$/, '')) ? k : first;
}

// Grades written before a name that say less than an office: a doctor's or a professor's title, a military rank.
const GRADES = new Set(
  (
    'doctor doctora docteur docteure profesor profesora professeur professeure general generala général générale ' +
    'coronel colonel almirante amiral comandante commandant capitán capitaine'
  ).split(' '),
);

// A party member's label ("socialista", "neogaullista", "conservador", "écologiste"): no title of its own after a
// title set off before it.
const PARTY_LABEL =
  /^(?:\p{Ll}+ista|\p{Ll}+iste|conservador[a]?|conservat(?:eur|rice)|liberal|libérale?|laborista|demócrata|démocrate|republican[oa]|républicaine?)$/u;

/**
 * "<title>, <article> <word> X" or "<title>, <article> <honorific>. X": the title set off before X, with X's
 * nationality ("el lituano"), honorific ("el Sr.") or grade ("el doctor", "le général") between; a grade
 * stays in the role ("director, el doctor").
 */
function titleBeforeArticle(ws: Word[], lead: number, last: number, rw: RoleWords): string | null {
  let art = lead - 1;
  let grade: string | null = null;
  if (!rw.honorifics.has(ws[lead].text.replace(/\.$/, ''))) {
    const w = ws[lead - 1]?.text ?? '';
    const l = w.toLowerCase();
    if (!/^\p{Ll}+$/u.test(w) || rw.stop.has(l) || rw.connectors.has(l)) return null;
    // ("El primer ministro, el socialista X": a party label between says less than the title before it)
    if (rw.isHead(w) && !GRADES.has(l) && !PARTY_LABEL.test(l)) return null;
    if (GRADES.has(l)) grade = w;
    // ("El ministro egipcio del Interior, general X,": a grade with no article, right after the comma)
    if (grade && ws[lead - 2]?.text === ',') {
      const outer = roleBeforeIntl(ws, lead - 1, last, rw);
      return outer && `${outer}, ${grade}`;
    }
    art = lead - 2;
    // ("el alcalde, el también conservador X": an adverb before the label)
    if (rw.adverbs.has(ws[art]?.text.toLowerCase() ?? '')) art--;
  }
  const a = ws[art]?.text ?? '';
  if (!rw.articles.has(a.toLowerCase()) || ws[art - 1]?.text !== ',' || ws[art].sentenceStart) return null;
  const outer = roleBeforeIntl(ws, art, last, rw);
  return outer && grade ? `${outer}, ${a} ${grade}` : outer;
}

/**
 * "Le président de la FCPE, principale fédération de parents d'élèves, X,": a title set off before X with an
 * aside about its body between them; the aside names no one and holds no title of its own.
 */
function titleBeforeAside(ws: Word[], first: number, last: number, rw: RoleWords, inName: Set<number>): string | null {
  if (ws[first - 1]?.text !== ',') return null;
  let p = first - 2;
  while (p > 0 && first - p <= 10 && ws[p].text !== ',' && !ws[p].sentenceStart) p--;
  if (ws[p]?.text !== ',' || p >= first - 3) return null;
  const aside = ws.slice(p + 1, first - 1);
  // (a head after "de" is its complement's, "fédération de parents", not a title of the aside)
  const titled = (w: Word, i: number) =>
    rw.isHead(w.text) && !rw.connectors.has(aside[i - 1]?.text.toLowerCase() ?? '');
  if (aside.some((w, i) => inName.has(p + 1 + i) || titled(w, i) || CLAUSE_END_ASIDE.test(w.text))) return null;
  // (an aside opens with its article or an adjective, not a verb or a conjunction: "y", "que", "tras")
  const w0 = aside[0].text.toLowerCase();
  if (/^\p{Lu}/u.test(aside[0].text) || (rw.stop.has(w0) && !rw.articles.has(w0))) return null;
  return roleBeforeIntl(ws, p + 1, last, rw);
}
const CLAUSE_END_ASIDE = /^[.;:!?()"«»“”]$/;

/**
 * "fils de", "esposa de": a title ending in a kin noun and its "of", whose complement is someone, no office's body
 * ("la hermana del bajista de Delirious" is the bassist's, whose "de" is a band's).
 */
function kinBefore(role: string, rw: RoleWords | null): boolean {
  const words = role.split(/\s+/);
  return !!rw && words.length > 1 && rw.kinNouns.has(words[words.length - 2].toLowerCase());
}

/** The role's last word is a preposition, a contraction or an article of the article's language. */
function endsInFunctionWord(role: string, rw: RoleWords): boolean {
  const w = role.split(/\s+/).pop()!.toLowerCase();
  // (or "and": "el director general de Política Económica y Defensa de la Competencia, X": the words after it go on
  // the body)
  return rw.connectors.has(w) || rw.contractions.has(w) || rw.articles.has(w) || rw.conjunctions.has(w);
}

/**
 * "Alex Hale of the Daily Courier", "Rosa Lind of Northfield University", "Cy Moss from the Green Party": a
 * name, "of" or "from" and an organisation's name right after it; the role is what the article says, "of
 * the Daily Courier". (Only an organisation: "Ann Kay of Leeds" says where she is from.)
 */
function ofOrganisation(
  ws: Word[],
  c: Candidate,
  orgAt: Map<number, Candidate>,
  personAt: Map<number, number>,
  rw: RoleWords | null,
): string | null {
  // "Chris Kuo, Struan Wilkie, and Owen Dempsey of the Aberdeen Royal Infirmary": a list of names, then the
  // body, is the body's staff, every one of them.
  let last = c.last;
  for (let n = 0; n < 6; n++) {
    let j = last + 1;
    while (ws[j]?.text === ',' || ws[j]?.text === 'and') j++;
    if (j === last + 1 || !personAt.has(j)) break;
    last = personAt.get(j)!;
  }
  const prep = ws[last + 1]?.text;
  // "Alex Hale, of the Daily Courier,", "Hipólito Mejía, del PRD,", "Juan Villalonga, de Greenpeace,": a body set
  // off after the name, right after "of" (in the article's language), is theirs.
  if (prep === ',' && c.last === last) {
    const of = ws[last + 2]?.text ?? '';
    if (of === 'of' || (!!rw && OF_ROMANCE.test(of))) {
      let k = last + 3;
      if (ws[k] && (ws[k].text === 'the' || !!rw?.articles.has(ws[k].text.toLowerCase()))) k++;
      const org = orgAt.get(k);
      if (org && org.type === 'org' && /^[,.;:)]$/.test(ws[org.last + 1]?.text ?? '.'))
        return phrase(ws, last + 2, org.last);
    }
  }
  // "said Peter Roe, at Paribas in London": a firm set off after the name, right after "at", is where they work.
  if (prep === ',' && ws[last + 2]?.text === 'at' && c.last === last) {
    const org = orgAt.get(last + 3);
    if (org && org.type === 'org' && /^(,|\.|in|on|and)$/.test(ws[org.last + 1]?.text ?? '.'))
      return phrase(ws, last + 2, org.last);
  }
  // "John Geraghty at the consulting firm North American Equity Services": "at" only with the body's noun.
  if (prep === 'at' && ws[last + 2]?.text === 'the') {
    let k = last + 3;
    while (
      k < last + 6 &&
      /^\p{Ll}/u.test(ws[k]?.text ?? '') &&
      !LEX.bodyNouns.has(ws[k].text) &&
      !LEX.orgNouns.has(ws[k].text)
    )
      k++;
    const org = LEX.bodyNouns.has(ws[k]?.text ?? '') || LEX.orgNouns.has(ws[k]?.text ?? '') ? orgAt.get(k + 1) : null;
    return org ? phrase(ws, last + 1, org.last) : null;
  }
  if (prep !== 'of' && prep !== 'from') return null;
  const k = ws[last + 2]?.text === 'the' ? last + 3 : last + 2;
  const org = orgAt.get(k) ?? (ws[last + 2]?.text === 'the' ? lowerCaseBody(ws, k) : null);
  if (!org) return null;
  // ("from" names where a thing was taken as often: "removed a video of X from YouTube"; only a body whose
  // name ends in an organisation's head, "from the Green Party", is the person's)
  if (prep === 'from' && !LEX.orgHeads.has(ws[org.last].text)) return null;
  return phrase(ws, last + 1, org.last);
}

/**
 * "of the California avocado group": a body written with a place or a name and a lower-case noun of bodies, up to
 * the clause's end; its last word, or null.
 */
function lowerCaseBody(ws: Word[], k: number): { last: number } | null {
  if (!/^\p{Lu}/u.test(ws[k]?.text ?? '')) return null;
  let e = k;
  while (e + 1 < ws.length && e - k < 5 && /^[\p{L}-]+$/u.test(ws[e + 1].text) && !LEX.bodyNouns.has(ws[e].text)) e++;
  if (!LEX.bodyNouns.has(ws[e].text) || !/^[,.;:)]$/.test(ws[e + 1]?.text ?? '')) return null;
  return { last: e };
}

/**
 * "the Green League's Ann Lee", "Acme's Dana Fisk": an organisation's name and its possessive right before
 * a name the article gives no other role; the person is the organisation's (member, player, employee), and
 * the role is the organisation's name.
 */
function organisationOwner(ws: Word[], c: Candidate, orgEnd: Map<number, Candidate>): string | null {
  if (!POSSESSIVE.test(ws[c.first - 1]?.text ?? '')) return null;
  const org = orgEnd.get(c.first - 2);
  return org ? phrase(ws, org.first, org.last) : null;
}

/**
 * Where a list item that ends with a name at ws[last] ends: after what the item adds to the name, a word in
 * brackets ("drivers A (rally) and B (karting)") or "of" and an organisation ("publishers A of the Daily
 * Courier and B of the Evening Post").
 */
function listEnd(ws: Word[], last: number, orgAt: Map<number, Candidate>): number {
  const k = last + 1;
  const bracket = shortBracketEnd(ws, last);
  if (bracket !== last) return bracket + 1;
  if (ws[k]?.text === 'of') {
    const o = orgAt.get(ws[k + 1]?.text === 'the' ? k + 2 : k + 1);
    if (o) return o.last + 1;
  }
  return k;
}

/**
 * "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "the other editors: A, B, and C": a
 * name right after another in a list ("," / "and") shares its plural role.
 */
function listedAfter(
  ws: Word[],
  prev: Candidate,
  c: Candidate,
  rw: RoleWords | null,
  orgAt: Map<number, Candidate>,
): string | null {
  if (!prev.role || prev.type !== 'person') return null;
  const between = ws.slice(listEnd(ws, prev.last, orgAt), c.first).map((w) => w.text);
  // ("los senadores A y B", "les députés A et B": the language's own "and")
  const and = (t: string) => t === ',' || t === 'and' || t === '&' || !!rw?.conjunctions.has(t);
  if (!between.length || !between.every(and)) return null;
  if (rw) {
    // The head is the last head word before the body: "ministros de Economía" → "ministros".
    const heads = prev.role.split(/\s+/).filter((w) => rw.isHead(w));
    const h = heads[heads.length - 1] ?? '';
    if (h && rw.pluralEndings.some((e) => h.endsWith(e)) && rw.isHead(h)) return prev.role;
  }
  // "the Green League's A and B": an organisation's possessive owns every name in the list after it.
  if (prev.why[prev.why.length - 1] === OWNER_WHY) return prev.role;
  // The head is the last word before the role's first preposition ("defectors from the party"), or its last.
  const parts = prev.role.split(/\s+/);
  const p = parts.findIndex((w, i) => i > 0 && PREP.has(w));
  const head = (p > 0 ? parts[p - 1] : parts.filter((w) => !PREP.has(w)).pop()) ?? '';
  // A plural rank shares itself too: "Sens. A and B", "Reps. A, B and C".
  const plural =
    (/s$/i.test(head) && !/ss$/i.test(head) && isRoleHead(head)) || (LEX.ranks.has(head) && /s\.?$/.test(head));
  return plural ? prev.role : null;
}
