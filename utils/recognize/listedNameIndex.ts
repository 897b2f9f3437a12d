import { words } from './words';

/** A listed name as words, with the type it names. */
export interface ListedName {
  toks: string[];
  type: 'org' | 'person';
}

/**
 * Listed names split into words and filed by their first word, longest first under each, so a pass looks up each
 * word of a page once (`fillListedNames`, `widenListedNames`).
 */
export function listedNameIndex(lists: [string[], ListedName['type']][]): Map<string, ListedName[]> {
  const byFirst = new Map<string, ListedName[]>();
  for (const [names, type] of lists)
    for (const name of names) {
      const toks = words(name).map((w) => w.text);
      if (!toks.length) continue;
      byFirst.set(toks[0], [...(byFirst.get(toks[0]) ?? []), { toks, type }]);
    }
  for (const l of byFirst.values()) l.sort((a, b) => b.toks.length - a.toks.length);
  return byFirst;
}
