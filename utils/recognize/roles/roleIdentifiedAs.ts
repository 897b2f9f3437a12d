import type { Word } from '../words';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import { isPersonNoun } from './rolePersonNoun';

// Nouns of someone in a crime or accident report that name no trade ("gunman", "motorist"): roles there all the same.
const INCIDENT_HEADS = new Set(['gunman', 'shooter', 'attacker', 'assailant', 'motorist', 'pedestrian', 'cyclist']);
const ARTICLES = new Set(['the', 'a', 'an']);
const COPULAS = new Set(['was', 'were', 'has been', 'had been', 'is']);
const AGE = /^\d{1,3}-year-old$/;
// The verbs that name someone after describing them, in the active voice ("police named the victim as …").
const NAMING = new Set(['identified', 'identify', 'identifies', 'named', 'names']);

/**
 * "The suspect, identified by police as Marcus Reed,", "The victim was identified as Ann Lee": police reports name
 * someone after describing them; the description is the name's role (the noun phrase without its article, "suspect",
 * "17-year-old driver"), not that of whoever the next sentence describes.
 */
export function roleIdentifiedAs(ws: Word[], first: number): string | null {
  // ("identified the surfer as 50-year-old Kevin Swanson": an age before the name)
  const as = AGE.test(ws[first - 1]?.text ?? '') ? first - 2 : first - 1;
  if (ws[as]?.text !== 'as') return null;
  const active = identifiedObject(ws, as);
  if (active) return active;
  if (as !== first - 1) return null;
  let k = first - 2;
  // ("identified by police", "by authorities", "by the county coroner")
  if (ws[k]?.text !== 'identified') {
    const by = ws.slice(Math.max(0, k - 4), k + 1).findIndex((w) => w.text === 'by');
    if (by < 0) return null;
    k = Math.max(0, k - 4) + by - 1;
    if (ws[k]?.text !== 'identified') return null;
  }
  k--;
  if (ws[k]?.text === ',') k--;
  else if (COPULAS.has(ws[k]?.text ?? '')) k--;
  else if (COPULAS.has(`${ws[k - 1]?.text} ${ws[k]?.text}`)) k -= 2;
  else return null;
  const end = k;
  const head = ws[end]?.text ?? '';
  if (!isRoleHead(head) && !INCIDENT_HEADS.has(head)) return null;
  // Back over the phrase's lower-case modifiers to its article ("the 17-year-old driver").
  while (
    k > 0 &&
    k > end - 4 &&
    /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(ws[k - 1].text) &&
    !ARTICLES.has(ws[k - 1].text.toLowerCase())
  )
    k--;
  if (!ARTICLES.has(ws[k - 1]?.text.toLowerCase() ?? '')) return null;
  return phrase(ws, k, end);
}

/**
 * "The Tribune identified the surfer as 50-year-old Kevin Swanson", "Police named the victim as Ann Lee": in the
 * active voice the description is the verb's object, between it and "as" (ws[as]); the noun phrase without its
 * article is the role.
 */
function identifiedObject(ws: Word[], as: number): string | null {
  const end = as - 1;
  const head = ws[end]?.text ?? '';
  if (!isRoleHead(head) && !INCIDENT_HEADS.has(head) && !isPersonNoun(head, null)) return null;
  let k = end;
  while (k > end - 3 && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(ws[k - 1]?.text ?? '') && !ARTICLES.has(ws[k - 1].text)) k--;
  if (ws[k - 1]?.text !== 'the' || !NAMING.has(ws[k - 2]?.text ?? '')) return null;
  return phrase(ws, k, end);
}
