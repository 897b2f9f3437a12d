import type { Entity } from '../../types';
import type { RoleWords } from '../roleWords';
import { LEX } from '../lexicon';

// Endings of German abstract nouns ("Unterstützung", "Freiheit", "Ergebnis", "Wissenschaft"): no name ends so.
const ABSTRACT = /(ung|heit|keit|schaft|nis|tum|ität|ismus)$/u;

/**
 * Last pass with dropNounCasePeople, in a language that writes every noun with a capital (German): the tagger
 * types common nouns as bodies or places ("bei dem Treffen", "der Unterstützung", "das Ergebnis"). A one-word
 * organisation, place or thing that no lexicon lists is dropped when an article or a preposition with its article
 * stands before every mention, or when it ends as an abstract noun does. Names a lexicon knows stay ("die
 * Ukraine", "der Bundestag").
 */
export function dropNounCaseThings(text: string, entities: Entity[], rw: RoleWords): Entity[] {
  return entities.filter((e) => {
    if (e.type === 'person' || /\s/.test(e.name)) return true;
    if (LEX.orgNames.has(e.name) || LEX.placeNames.has(e.name) || LEX.wordnetPlaces.has(e.name)) return true;
    if (ABSTRACT.test(e.name)) return false;
    return !e.mentions.every((m) => {
      const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? '';
      return rw.articles.has(before.toLowerCase()) || CONTRACTIONS.has(before.toLowerCase());
    });
  });
}

// A preposition and its article in one word ("im", "zum", "beim").
const CONTRACTIONS = new Set([
  'im',
  'am',
  'zum',
  'zur',
  'vom',
  'beim',
  'ins',
  'ans',
  'aufs',
  'durchs',
  'fürs',
  'übers',
]);
