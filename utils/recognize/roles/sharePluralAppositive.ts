import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { LEX, isRoleHead } from '../lexicon';

/**
 * "M. Paul Roux et M. Luc Brun, délégués syndicaux", "Ana Gil y Eva Sanz, concejalas de Cultura,": a plural
 * appositive after the last of two names joined by "and" (an honorific before each at most) is both people's.
 */
export function sharePluralAppositive(ws: Word[], people: Candidate[], rw: RoleWords | null): void {
  for (let i = 1; i < people.length; i++) {
    const [a, b] = [people[i - 1], people[i]];
    if (a.role || !b.role || a.type !== 'person' || b.why[b.why.length - 1] !== 'appositive after') continue;
    const between = ws
      .slice(a.last + 1, b.first)
      .filter((w) => w.text !== '.' && !(rw ? rw.honorifics : LEX.honorifics).has(w.text.replace(/\.$/, '')));
    if (between.length !== 1 || !(rw ? rw.conjunctions.has(between[0].text) : between[0].text === 'and')) continue;
    // (in English, "John Smith and Mary Jones, two reporters for the Times,": a plural of a role or person noun)
    const plural = (w: string) =>
      rw
        ? rw.isHead(w) && rw.isPlural(w)
        : /^\p{Ll}+s$/u.test(w) && (isRoleHead(w.slice(0, -1)) || LEX.personNouns.has(w.slice(0, -1)));
    const head = b.role.split(/\s+/).find(plural);
    if (!head) continue;
    a.role = b.role;
    a.why.push('plural appositive after the next name');
  }
}
