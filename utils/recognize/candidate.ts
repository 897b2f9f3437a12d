import type { EntityType } from '../types';

/** A name found in the text, before mentions are joined into entities. */
export interface Candidate {
  /** Word indexes [first, last] of the name itself (titles excluded). */
  first: number;
  last: number;
  type: EntityType | null;
  role: string | null;
  /** An honorific or rank stood before the name ("Mr.", "Maj. Gen."). */
  titled: boolean;
  why: string[];
  /** The words around it said what it is ("beauty company Coty", "Wells Fargo analyst X"): a guess from the name's shape does not undo that. */
  typedByContext?: boolean;
  /** A place by where it stands among places ("Nashville, Tennessee"): that outweighs the tagger at every mention
   * of the one word, which `typedByContext` alone does not (a surname may stand before a plural of places). */
  placedByGeography?: boolean;
}

/** The indexes of the words the candidates span. */
export function coveredWords(cands: readonly Candidate[]): Set<number> {
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered.add(k);
  return covered;
}

/** The `why` of a name that a title, an honorific or a rank stood before: evidence of a person besides capitals. */
export const TITLED_WHY: ReadonlySet<string> = new Set(['title stripped', 'honorific stripped', 'name after title']);
