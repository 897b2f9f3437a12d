import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { roleBefore } from './roleBefore';
import { roleAfter } from './roleAfter';
import { isCandidacy } from './isCandidacy';
import { isOfficialRole } from './isOfficialRole';

/**
 * The title words before a name (`roleBefore`), and when they are a candidacy the office the appositive after
 * the name gives too: "Republican Party nominee Ken Cuccinelli, Virginia's Attorney General," is "Republican
 * Party nominee, Virginia's Attorney General", a candidate who holds an office. An appositive that names no
 * office ("nominee Jo Park, a lawyer,") leaves the candidacy alone.
 */
export function roleCandidacyOffice(
  ws: Word[],
  first: number,
  last: number,
  rw: RoleWords | null,
  inName: Set<number>,
): string | null {
  const before = roleBefore(ws, first, rw);
  if (!before || !isCandidacy(before, rw)) return before;
  const after = roleAfter(ws, last, rw, inName);
  return after && isOfficialRole(after, rw) ? `${before}, ${after}` : before;
}
