import type { EntityType } from '../../types';
import type { Word } from '../words';
import type { Candidate } from '../candidate';

interface Group {
  name: string;
  type: EntityType | null;
  cands: Candidate[];
}

// Small words an acronym skips: "Council on Foreign Relations" is CFR, "Ministère de l'Intérieur" MI.
const SKIP = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'in',
  'at',
  'to',
  '&',
  'de',
  'des',
  'du',
  'la',
  'le',
  'et',
  'y',
  'e',
  'del',
  'da',
  'do',
  'der',
  'für',
  'und',
]);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** "National Security Council" → ["NSC"]; "Agence France-Presse" → ["AFP", "AF"]. */
export function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !SKIP.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  const byWord = words.map((w) => w[0]).join('');
  const byPart = words
    .flatMap((w) => w.split('-').filter(Boolean))
    .map((w) => w[0])
    .join('');
  return [...new Set([byPart.toUpperCase(), byWord.toUpperCase()])];
}

/**
 * Pass 5b: an acronym joins the organisation whose initials it spells, when
 * the article names that organisation: "National Security Council (NSC)" and a
 * later "NSC" are one entity, under the full name. Tagged acronyms of any type
 * join (the tagger often files a bare "NSC" as a place or a person); acronyms it
 * missed are picked up from the text. An acronym that fits two organisations,
 * or two letters not defined in brackets, stays apart.
 */
export function joinAcronyms(ws: Word[], cands: Candidate[], groups: Map<string, Group>): void {
  const byInitials = new Map<string, string[]>();
  for (const [key, g] of groups) {
    if (g.type !== 'org' || !/\s/.test(g.name)) continue;
    for (const i of initials(g.name)) if (i.length >= 2) byInitials.set(i, [...(byInitials.get(i) ?? []), key]);
  }
  if (!byInitials.size) return;
  const ownerOf = (acr: string) => {
    const owners = byInitials.get(acr.replace(/\./g, '')) ?? [];
    return owners.length === 1 ? owners[0] : null;
  };
  // Acronyms defined in brackets right after a name of the organisation: "Council (NSC)".
  const defined = new Set<string>();
  for (let k = 1; k + 2 < ws.length; k++)
    if (ws[k].text === '(' && ws[k + 2].text === ')' && ACRONYM.test(ws[k + 1].text) && /^\p{Lu}/u.test(ws[k - 1].text))
      defined.add(ws[k + 1].text);
  const fits = (acr: string) => acr.replace(/\./g, '').length >= 3 || defined.has(acr);

  // Tagged acronyms filed under their own name.
  for (const [key, g] of [...groups]) {
    if (!ACRONYM.test(g.name) || !fits(g.name)) continue;
    const owner = ownerOf(g.name);
    if (!owner || owner === key) continue;
    const target = groups.get(owner)!;
    for (const c of g.cands) {
      c.why.push('acronym of a named organisation');
      target.cands.push(c);
    }
    groups.delete(key);
  }
  // Acronyms no pass picked up.
  const covered = new Set<number>();
  for (const g of groups.values()) for (const c of g.cands) for (let k = c.first; k <= c.last; k++) covered.add(k);
  for (let k = 0; k < ws.length; k++) {
    const t = ws[k].text;
    if (covered.has(k) || !ACRONYM.test(t) || !fits(t)) continue;
    const owner = ownerOf(t);
    if (owner)
      groups.get(owner)!.cands.push({
        first: k,
        last: k,
        type: 'org',
        role: null,
        titled: false,
        why: ['acronym of a named organisation'],
      });
  }
}
