import type { Word } from '../words';
import { coveredWords, type Candidate } from '../candidate';
import { LEX, isRoleHead, isTitleWord } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { roleBeforeIntl } from '../roles/roleBeforeIntl';
import { givenNameAfterHead } from './givenNameAfterHead';

// A word of a personal name: "Holly", "Ta-Nehisi", "O'Brien", "McDonagh".
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]*(\p{Lu}\p{Ll}+)?(-\p{Lu}?\p{Ll}+)*$/u;
// A capitalised particle that opens a surname ("Le Pen", "De Luca", "Di Maio", "Van Persie").
const surnameParticle = (w: string) => /^\p{Lu}/u.test(w) && LEX.nameParticles.has(w.toLowerCase());
// Second parts of English compound adjectives ("-based", "-style", "-born"), which a given name never ends in.
const COMPOUND_TAIL =
  /(ed|style|like|born|free|wide|type|class|size|era|run|made|area|level|only|long|less|ready|proof)$/;
// Verbs of saying: places do not say things.
const SAYS = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'recalled', 'argued', 'tweeted']);

/**
 * Pass 2b (tagger mode): the tagger types a person now and then as a place or
 * an organisation ("Holly Hunter" as a place). A two- or three-word name that
 * looks like a personal name, is in no lexicon and ends in no organisation
 * head becomes a person on evidence from the article:
 * - it is listed with a person ("Holly Hunter and Ray Romano", "Richard Dawkins and Ta-Nehisi Coates");
 * - its last word is mentioned on its own with an honorific or a verb of saying ("Mr. Pugh", "Pugh said");
 * - typed a place, it says something ("Jane Roe said", "said Jane Roe"): places do not speak.
 * And a one-word name in "the Obama administration" is a president; one right after a job noun
 * ("Brazil star Neymar") holds the job.
 */
export function personEvidence(ws: Word[], cands: Candidate[], rw: RoleWords | null = null): void {
  const people = cands.filter((c) => c.type === 'person');
  // A surname said to be someone's: "Mr. Pugh", "Pugh said".
  const named = (c: Candidate) =>
    c.titled ||
    LEX.honorifics.has(ws[c.first - 1]?.text ?? '') ||
    SAYS.has(ws[c.first + 1]?.text ?? '') ||
    SAYS.has(ws[c.first - 1]?.text ?? '');
  const surnames = new Set(
    people
      .filter((c) => c.first === c.last && named(c))
      .map((c) => ws[c.first].text)
      .filter((w) => !LEX.firstNames.has(w)),
  );
  const byStart = new Map(cands.map((c) => [c.first, c]));
  const byEnd = new Map(cands.map((c) => [c.last, c]));
  const isPersonName = (c: Candidate | undefined) => !!c && c.type === 'person' && c.last > c.first;
  const covered = coveredWords(cands);
  for (const c of cands) {
    if (c.type !== 'place' && c.type !== 'org' && c.type !== 'misc') continue;
    const text = ws
      .slice(c.first, c.last + 1)
      .map((w) => w.text)
      .join(' ');
    const thing =
      LEX.orgNames.has(text) ||
      LEX.placeNames.has(text) ||
      LEX.orgHeads.has(ws[c.last].text) ||
      LEX.placeHeads.has(ws[c.last].text);
    // "Mme Le Pen", "Mr. Okafor": a name right after an honorific is someone's.
    const hon = (ws[c.first - 1]?.text ?? '').replace(/\.$/, '');
    const honorific =
      LEX.honorifics.has(ws[c.first - 1]?.text ?? '') ||
      !!rw?.honorifics.has(hon) ||
      (ws[c.first - 1]?.text === '.' && !!rw?.honorifics.has(ws[c.first - 2]?.text ?? ''));
    if (honorific && c.last - c.first < 3 && !thing) {
      Object.assign(c, { type: 'person', titled: true, why: [...c.why, 'after an honorific'] });
      continue;
    }
    // "Marine" + "Le Pen": a given name the tagger left out, right before a span of one or two words,
    // opens a person's name.
    // (or any name-like word before a surname that opens with a particle: "Marine" + "Le Pen")
    const given = ws[c.first - 1];
    if (
      given &&
      c.last - c.first < 2 &&
      !covered.has(c.first - 1) &&
      (LEX.firstNames.has(given.text) ||
        (c.last === c.first + 1 &&
          surnameParticle(ws[c.first].text) &&
          NAME_WORD.test(given.text) &&
          !LEX.notNames.has(given.text) &&
          !isTitleWord(given.text) &&
          !rw?.stop.has(given.text.toLowerCase()))) &&
      given.end + 1 === ws[c.first].start &&
      // (a surname, not an acronym or a number: "Austin FC", "Jordan 23")
      ws.slice(c.first, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || surnameParticle(w.text)) &&
      !thing &&
      !LEX.orgNames.has(ws[c.first].text) &&
      !LEX.placeNames.has(ws[c.first].text)
    ) {
      Object.assign(c, { first: c.first - 1, type: 'person', why: [...c.why, 'given name before'] });
      continue;
    }
    // "el candidato de la oposición, Kostunica, quien se niega", "Smith, who said": a name set off before a relative
    // pronoun only people take (Spanish "quien", English "who"; French "qui" and Italian "che" take things too) is
    // someone's.
    if (
      c.last - c.first < 3 &&
      ws[c.last + 1]?.text === ',' &&
      /^(quien|quienes|who)$/.test(ws[c.last + 2]?.text ?? '') &&
      ws
        .slice(c.first, c.last + 1)
        .every(
          (w) => NAME_WORD.test(w.text) && !LEX.demonyms.has(w.text) && !LEX.partyMembers.has(w.text.replace(/s$/, '')),
        ) &&
      // ("The Briton, who lost", "some Democrats, who had planned": a noun after an article or a quantifier)
      !/^(the|some|many|several|other|most|few|these|those|all|el|la|los|las|unos|unas|algunos|algunas|muchos)$/i.test(
        ws[c.first - 1]?.text ?? '',
      ) &&
      !thing
    ) {
      c.type = 'person';
      c.why.push('a relative pronoun of people after it');
      continue;
    }
    // "the Obama administration": a president's name, whatever the tagger made of it.
    if (
      c.first === c.last &&
      /^the$/i.test(ws[c.first - 1]?.text ?? '') &&
      /^(administration|presidency)$/.test(ws[c.last + 1]?.text ?? '') &&
      NAME_WORD.test(ws[c.first].text) &&
      !LEX.placeNames.has(ws[c.first].text) &&
      !LEX.orgNames.has(ws[c.first].text)
    ) {
      c.type = 'person';
      c.why.push('the X administration');
      continue;
    }
    // "Brazil star Neymar", "the midfielder Casemiro": one name right after a lower-case job noun is
    // the person who holds the job, when no lexicon knows the name as a thing; so in the article's
    // language for a word the tagger could not type ("со своей дочерью Варей": with her daughter Varya),
    // though not for an organisation ("director del diario socialista Libération": "socialista" is an adjective
    // there), nor for a place in a language that declines names, where it is often the job's body in the genitive
    // ("útočník Liverpoolu": Liverpool's striker).
    // (a nationality adjective may follow the job noun in the article's language: "el defensa argentino Chamot")
    const adj = ws[c.first - 1]?.text ?? '';
    // (the job noun then opens its phrase after an article: not "el grupo inversor catalán Metrópolis", an adjective)
    const det = (ws[c.first - 3]?.text ?? '').toLowerCase();
    const nationality =
      !!rw &&
      /^\p{Ll}/u.test(adj) &&
      rw.demonyms.has(adj.charAt(0).toUpperCase() + adj.slice(1)) &&
      (rw.articles.has(det) || rw.contractions.has(det));
    const job = ws[c.first - (nationality ? 2 : 1)]?.text ?? '';
    // ("son premier enfant Christiane": a known given name after a head of the article's language)
    if (givenNameAfterHead(ws, c, rw)) {
      c.type = 'person';
      c.why.push('given name after a job noun');
      continue;
    }
    if (
      c.first === c.last &&
      /^\p{Ll}/u.test(job) &&
      (isRoleHead(job) ||
        ((c.type === 'misc' || (c.type === 'place' && !!rw && !rw.nameEndings.length)) && !!rw?.isHead(job))) &&
      NAME_WORD.test(ws[c.first].text) &&
      !LEX.placeNames.has(ws[c.first].text) &&
      !LEX.orgNames.has(ws[c.first].text) &&
      !LEX.demonyms.has(ws[c.first].text)
    ) {
      c.type = 'person';
      c.why.push('after a job noun');
      continue;
    }
    const n = c.last - c.first + 1;
    if (n < 2 || n > 3) continue;
    const words = ws.slice(c.first, c.last + 1).map((w) => w.text);
    if (!words.every((w) => NAME_WORD.test(w) && !isTitleWord(w) && !LEX.notNames.has(w))) continue;
    const name = words.join(' ');
    // (nor a prize's or a body's name that opens with its head: "Prix Nobel", "Instituto Cervantes")
    if (LEX.orgNames.has(name) || LEX.placeNames.has(name) || LEX.orgHeads.has(words[n - 1])) continue;
    if (LEX.orgHeadsFirst.has(words[0])) continue;
    if (words.some((w) => LEX.placeNames.has(w) || LEX.orgNames.has(w) || LEX.demonyms.has(w))) continue;
    // Listed with a person: "A and B", "A, B", either side.
    const after = ws[c.last + 1]?.text;
    const before = ws[c.first - 1]?.text;
    // "Silicon Valley's Kumail Nanjiani": an owner of a person is no person.
    const listed =
      !/^['’]s?$/.test(after ?? '') &&
      (((after === 'and' || after === ',') && isPersonName(byStart.get(c.last + 2))) ||
        ((before === 'and' || before === ',') && isPersonName(byEnd.get(c.first - 2))));
    const surname = surnames.has(words[n - 1]);
    const speaks = c.type === 'place' && (SAYS.has(after ?? '') || SAYS.has(before ?? ''));
    // "Fok Siu-wai", "Chan Tai-man": a one-syllable surname, then a given name of two syllables joined
    // by a hyphen, the second in lower case, is how Chinese and Korean names are romanised; no
    // organisation or place is written so. (An English compound adjective is not: "Sugar Land-based",
    // "World Cup-style".)
    const romanised =
      n === 2 &&
      /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0]) &&
      /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,5}$/u.test(words[1]) &&
      !COMPOUND_TAIL.test(words[1].split('-')[1]);
    // "al ex primer ministro liberal Gérard Moutet" typed a thing (MISC): a name right after a title of the
    // article's language is the title-holder's.
    const titled =
      !!rw && c.type === 'misc' && ws[c.first - 1]?.text !== ',' && !!roleBeforeIntl(ws, c.first, c.last, rw);
    if (!listed && !surname && !speaks && !romanised && !titled) continue;
    c.type = 'person';
    c.why.push(
      listed
        ? 'listed with a person'
        : surname
          ? 'surname used for a person'
          : speaks
            ? 'speaks'
            : romanised
              ? 'romanised name'
              : 'after a title',
    );
  }
}
