import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isRoleHead } from '../lexicon';

/**
 * Pass 2c (tagger mode): the reverse of personEvidence. A span the tagger typed as a person is a thing
 * when the text says so:
 * - it is the name of a thing noun: "an app called Instapaper", "a film named Ex Libris", "a dog named Rex";
 * - a business noun stands right before it ("beauty company Coty"), or a job and "at" ("strategist at
 *   Miller Tabak": where someone works), or a firm's staff noun right after it, before a name ("Wells Fargo
 *   analyst Mike Mayo": banks and brokers often bear their founders' names);
 * - one word, no given name, that only ever follows a preposition of place: "in Westbury", "en Quilmes",
 *   "dans Roissy" (people are not "in" anyone). A surname of someone named in full still joins that
 *   person later (joinMentions), whatever its type.
 */
export function thingEvidence(ws: Word[], cands: Candidate[]): void {
  const lone = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.type !== 'person' || c.titled) continue;
    const before = ws[c.first - 1]?.text.toLowerCase() ?? '';
    const noun = (ws[c.first - 2]?.text ?? '').toLowerCase();
    if ((before === 'called' || before === 'named') && LEX.thingNouns.has(noun)) {
      c.type = 'misc';
      c.typedByContext = true;
      c.why.push(`the name of a ${noun}`);
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
    if (c.first === c.last) {
      const w = ws[c.first].text;
      lone.set(w, [...(lone.get(w) ?? []), c]);
    }
  }
  for (const [w, cs] of lone) {
    if (LEX.firstNames.has(w)) continue;
    // "Beauty company Coty is breaking out … Coty acquired": one business noun before any of the word's
    // occurrences makes the word a business's name wherever it stands alone.
    if (ws.some((x, k) => x.text === w && LEX.orgNouns.has(ws[k - 1]?.text.toLowerCase() ?? ''))) {
      for (const c of cs) [c.type, c.why] = ['org', [...c.why, 'a business named here']];
      continue;
    }
    // Every mention of the word as a person: after a preposition of place, and not owning anything ("in Smith's view").
    const inPlace = (c: Candidate) =>
      LEX.placePrepositions.has(ws[c.first - 1]?.text.toLowerCase() ?? '') &&
      !/^['’]s?$/u.test(ws[c.last + 1]?.text ?? '');
    if (!cs.every(inPlace)) continue;
    for (const c of cs) {
      c.type = 'place';
      c.why.push(`after "${ws[c.first - 1].text}"`);
    }
  }
}
