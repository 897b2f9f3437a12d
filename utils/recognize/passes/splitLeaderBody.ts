import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX } from '../lexicon';
import { phrase } from './stripTitles';

// The last words of the public bodies an administration is named by ("the Biden Justice Department").
// (why the leader was split off; the role readers read the leader's name as the body's word, not someone's)
export const LEADER_WHY = 'a leader naming a body';

const PUBLIC_BODY_END = /^(Department|Council|Ministry|Cabinet|Administration|Government|Agency|Commission)$/;

/**
 * "the Trump White House", "the Obama National Security Council", "a former Biden Justice Department official": US
 * news names a government's body by the leader it served under, and the tagger spans the surname and the body as one
 * organisation, so the leader loses a mention. When the first word is the last word of someone the article names
 * (`people`) and the rest is a body of two words or more that is listed or ends like a public body's name, the span
 * is the person and the body. A firm named after its founder stays whole ("Ford Motor Company", "Trump
 * Organization": a company's end, or one word).
 */
export function splitLeaderBody(ws: Word[], c: Candidate, people: ReadonlySet<string>): Candidate[] {
  if (c.type === 'person' || c.last - c.first < 2 || !people.has(ws[c.first].text)) return [c];
  const body = phrase(ws, c.first + 1, c.last) ?? '';
  if (!LEX.orgNames.has(body) && !PUBLIC_BODY_END.test(ws[c.last].text)) return [c];
  if (!ws.slice(c.first + 1, c.last + 1).every((w) => /^\p{Lu}/u.test(w.text))) return [c];
  return [
    { ...c, last: c.first, type: 'person', why: [...c.why, LEADER_WHY] },
    { ...c, first: c.first + 1, type: 'org', why: [...c.why, 'a body named by its leader'] },
  ];
}
