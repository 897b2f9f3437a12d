import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';

// "Kim Jong-un", "Choe Son-hui": Korean given names are hyphenated, lower case after the hyphen.
const KOREAN_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Pass 3 (rule mode): give each untyped candidate a type from evidence, or
 * drop it. Evidence, strongest first: lexicon entries, organisation head
 * nouns, a known first name, the shape of East Asian names. Unknown words,
 * demonyms and all-caps boilerplate ("MOST POPULAR") are dropped: a missed
 * name costs less than a highlighted menu.
 */
export function classify(ws: Word[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type) {
      out.push(c);
      continue;
    }
    const parts = ws.slice(c.first, c.last + 1).map((w) => w.text);
    const name = parts.join(' ');
    const head = parts[parts.length - 1];
    let type: Candidate['type'] = null;
    let why = '';
    if (LEX.orgNames.has(name)) [type, why] = ['org', 'org lexicon'];
    else if (LEX.aliases.has(name) && LEX.placeNames.has(LEX.aliases.get(name)!)) [type, why] = ['place', 'short form'];
    else if (LEX.demonyms.has(name)) continue;
    else if (LEX.placeNames.has(name)) [type, why] = ['place', 'place lexicon'];
    else if (parts.length > 1 && LEX.orgHeads.has(head)) [type, why] = ['org', `org head "${head}"`];
    else if (parts.length <= 3 && LEX.firstNames.has(parts[0]) && parts.length > 1)
      [type, why] = ['person', 'first name'];
    else if (KOREAN_NAME.test(name)) [type, why] = ['person', 'East Asian name shape'];
    else if (parts.length === 1 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) [type, why] = [null, 'single word'];
    else continue;
    out.push({ ...c, type, why: [...c.why, why] });
  }
  return out;
}
