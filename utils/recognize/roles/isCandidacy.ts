import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';

// Nouns of running for an office, not holding it, in English, French, Spanish, Portuguese and Italian.
const CANDIDACY =
  /^(?:nominee|candidate|hopeful|challenger|contender|candidat|candidata|candidato|prétendant|prétendante|aspirante|pretendiente)s?$/iu;
// Where an English head ends: the first preposition or relative after it ("nominee for Governor of Virginia").
const AFTER_HEAD = /^(?:of|for|to|in|at|from|on|with|against|who|that)$/i;
// A second role joined to the first ("maire et candidat", "hopeful; former governor"): the other may be an office.
const JOINED = /[;,]|(?<!\p{L})(?:and|et|y|e|ed|und)(?!\p{L})/iu;

/**
 * The role is a candidacy: its head noun is "nominee", "candidate", "hopeful", "challenger", "contender" (or
 * "candidat", "candidata", "prétendant", "aspirante"), whatever office it runs for: "Libertarian Party nominee
 * for Governor of Virginia", "Democratic presidential hopeful", "le candidat socialiste à la mairie". English puts
 * the head last before its complement, Romance languages first after their articles and modifiers. A role that
 * joins another one to it ("mayor and candidate for re-election") is not read here.
 */
export function isCandidacy(role: string, rw: RoleWords | null = null): boolean {
  if (JOINED.test(role)) return false;
  const words = role.split(/\s+/).map((w) => unElide(w).replace(/[.:()"«»“”]+$/gu, ''));
  if (rw && !rw.nounsCapitalised) {
    // (the first head word: "candidato" in "el candidato socialista", "ministre" in "ministre candidate")
    const first = words.find((w) => CANDIDACY.test(w) || rw.isHead(w));
    if (first && CANDIDACY.test(first)) return true;
  }
  const p = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  const head = p > 0 ? words[p - 1] : words[words.length - 1];
  return CANDIDACY.test(head ?? '');
}
