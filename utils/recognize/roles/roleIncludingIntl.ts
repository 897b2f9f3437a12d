import type { Word } from '../words';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { roleBeforeIntl } from './roleBeforeIntl';

// "dont", "entre ellos", "entre eles", "tra cui": the words that pick one member out of a plural just named.
const AMONG: string[][] = [
  ['dont'],
  ['entre', 'ellos'],
  ['entre', 'ellas'],
  ['entre', 'eles'],
  ['entre', 'elas'],
  ['tra', 'cui'],
  ['fra', 'cui'],
];

/**
 * "trois enfants, dont Mimi,", "varios concejales, entre ellos Ana Gil,", "tre figli, tra cui Marco": a name
 * picked out of a plural title set off before it holds that title, "trois enfants" (the English "including"
 * is `roleIncluding`).
 */
export function roleIncludingIntl(ws: Word[], first: number, last: number, rw: RoleWords): string | null {
  for (const words of AMONG) {
    const at = first - words.length;
    if (at < 1 || !words.every((w, i) => ws[at + i].text.toLowerCase() === w) || ws[at - 1].text !== ',') continue;
    // (read as a title right before the comma: no rule on what opens it, "varios concejales", "trois enfants")
    const role = roleBeforeIntl(ws, at - 1, last, rw);
    if (!role) return null;
    const heads = role.split(/\s+/).filter((w) => rw.isHead(w));
    const h = unElide(heads[heads.length - 1] ?? '');
    return h && rw.isPlural(h) ? role : null;
  }
  return null;
}
