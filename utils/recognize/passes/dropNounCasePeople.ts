import type { Entity } from '../../types';
import { LEX } from '../lexicon';
import { TITLED_WHY } from '../candidate';

// Reasons that say who someone is apart from their capitals: a title or honorific, or a given name before.
const NAMED = new Set([...TITLED_WHY, 'after an honorific', 'given name before']);

/**
 * Last pass, in a language that writes every noun with a capital (German;
 * `nounsCapitalised` in lexicon/titles-intl.json): there a capitalised run
 * is no evidence of a name, and a tagger trained on English takes "Neues
 * Leitmotto", "Kommen Sie" or "Europa und Asien" for people. A person is
 * kept only on evidence besides capitals: a role ("Bundeskanzler Olaf
 * Scholz", "X, Sprecherin der Regierung"), a title or honorific ("Herr
 * Weber"), or a given name the lexicon knows among its words ("Angela Merkel").
 */
export function dropNounCasePeople(entities: Entity[]): Entity[] {
  return entities.filter(
    (e) =>
      e.type !== 'person' ||
      !!e.role ||
      e.why.some((w) => NAMED.has(w)) ||
      e.name.split(/[\s-]+/).some((w) => LEX.firstNames.has(w)),
  );
}
