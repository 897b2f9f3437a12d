import type { Word } from '../words';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';

// Nouns of someone in a crime or accident report that name no trade ("gunman", "motorist"): roles there all the same.
const INCIDENT_HEADS = new Set(['gunman', 'shooter', 'attacker', 'assailant', 'motorist', 'pedestrian', 'cyclist']);
const ARTICLES = new Set(['the', 'a', 'an']);
const COPULAS = new Set(['was', 'were', 'has been', 'had been', 'is']);

/**
 * "The suspect, identified by police as Marcus Reed,", "The victim was identified as Ann Lee": police reports name
 * someone after describing them; the description is the name's role (the noun phrase without its article, "suspect",
 * "17-year-old driver"), not that of whoever the next sentence describes.
 */
export function roleIdentifiedAs(ws: Word[], first: number): string | null {
  if (ws[first - 1]?.text !== 'as') return null;
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
