import type { RoleWords } from '../roleWords';

/**
 * "la portavoz del comisario X", "le conseiller du ministre X": a title of someone else's that governs X's own
 * title before X; X's role is the last title, "comisario".
 */
export function ownTitle(role: string | null, rw: RoleWords, setOff: boolean): string | null {
  // (set off by a comma, the whole phrase is the name's: "la hija del alcalde, X," is the daughter)
  if (!role || setOff) return role;
  const ws = role.split(/\s+/);
  if (ws.length < 3 || !rw.isHead(ws[0])) return role;
  let k = 1;
  while (k < ws.length - 1 && rw.modifiers.has(ws[k].toLowerCase())) k++;
  const p = ws[k].toLowerCase();
  if (!rw.connectors.has(p) && !rw.contractions.has(p)) return role;
  k++;
  if (rw.articles.has(ws[k]?.toLowerCase() ?? '')) k++;
  // (a plural after it is a group the first title leads: "coordinador de los senadores", "líder de los socialistas")
  const h = ws[k] ?? '';
  const plural = rw.pluralEndings.some((e) => h.endsWith(e));
  return /^\p{Ll}/u.test(h) && rw.isHead(h) && !plural ? ws.slice(k).join(' ') : role;
}
