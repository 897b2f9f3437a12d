import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';

const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "El diputado de IU Gaspar Llamazares", "le sénateur du PS Jean Dumas": a title, its "de", then a party's or a
 * body's acronym right before the name. The tagger, trained on English, takes the acronym and the name as one
 * span (typing it an organisation for the acronym); it is two: the body, and someone whose title reads up to it.
 * The name must have two words at least, the acronym stand right after "de" and a head of the language.
 */
export function partyBeforeName(ws: Word[], cands: Candidate[], rw: RoleWords): Candidate[] {
  return cands.flatMap((c) => {
    if (c.last - c.first < 2 || !ACRONYM.test(ws[c.first].text)) return [c];
    if (!rw.isOf(ws[c.first - 1]?.text ?? '') || !rw.isHead(ws[c.first - 2]?.text ?? '')) return [c];
    if (!ws.slice(c.first + 1, c.last + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || w.text === '-')) return [c];
    const why = [...c.why, 'party before the name'];
    return [
      { ...c, last: c.first, type: 'org', why },
      { ...c, first: c.first + 1, type: 'person', why: [...why] },
    ];
  });
}
