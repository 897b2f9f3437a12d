import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

// Singular masculine articles, alone or after "a" ("al", "au"); not "del"/"du", which open surnames ("del Bosque").
const MASC_ARTICLE = new Set(['el', 'al', 'le', 'au']);

/** One-word "people" always written after a singular masculine article become organisations. */
export function articledNames(ws: Word[], cands: Candidate[], rw: RoleWords): void {
  const one = (c: Candidate) => c.type === 'person' && c.first === c.last && !c.titled && !c.role;
  const byName = new Map<string, Candidate[]>();
  for (const c of cands)
    if (c.first === c.last) byName.set(ws[c.first].text, [...(byName.get(ws[c.first].text) ?? []), c]);
  for (const [name, cs] of byName) {
    if (LEX.firstNames.has(name) || !cs.every(one)) continue;
    if (!cs.every((c) => MASC_ARTICLE.has(ws[c.first - 1]?.text.toLowerCase() ?? ''))) continue;
    // ("dijo el Cholo": a speaker, by a nickname that takes the article)
    if (cs.some((c) => rw.speechVerbs.has(ws[c.first - 2]?.text.toLowerCase() ?? ''))) continue;
    // (not a surname of someone named in full elsewhere in the text)
    if (cands.some((d) => d.last > d.first && ws[d.last].text === name)) continue;
    for (const c of cs) {
      c.type = 'org';
      c.why.push('only after a singular article');
    }
  }
}
