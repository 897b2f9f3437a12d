import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import { twoGivenNames } from './twoGivenNames';

/**
 * "sus dos estrellas, Pereda y Muniain", "los turcos Ekin y Sarp", "les Italiens Benzi et Corda": two single
 * names joined by "and" right after a plural noun (or a plural nationality) are two people named one each, not a
 * double surname ("el filósofo Ortega y Gasset" has a singular noun before it). Two given names so joined are two
 * people wherever they stand ("avec Sylvie et Daniel": `twoGivenNames`).
 */
const PLURAL_HONORIFIC = /^(MM|Mmes|Mlles|Sres|Sras|Srs|Dres|Dras)\.?$/u;

export function pluralBeforePair(ws: Word[], c: Candidate, k: number, rw: RoleWords): boolean {
  if (k !== c.first + 1 || c.last !== k + 1) return false;
  // ("avec Sylvie et Daniel": two given names are two people, whatever stands before them)
  if (twoGivenNames(ws, c, k)) return true;
  let b = c.first - 1;
  if (ws[b]?.text === ',') b--;
  // ("MM. Roux et Brun", "los Sres. Ruiz y Pardo": a plural honorific before them)
  if (PLURAL_HONORIFIC.test(ws[b]?.text ?? '')) return true;
  if (ws[b]?.text === '.' && PLURAL_HONORIFIC.test(ws[b - 1]?.text ?? '')) return true;
  const w = ws[b];
  if (!w || w.sentenceStart || ws[b + 1].sentenceStart) return false;
  const x = w.text;
  if (rw.demonyms.has(x) && /s$/u.test(x)) return true;
  const low = x.toLowerCase();
  return (
    /^\p{Ll}{3,}s$/u.test(x) &&
    !/[áéíóúàèìòù]s$/u.test(x) &&
    !rw.stop.has(low) &&
    !rw.connectors.has(low) &&
    !rw.adverbs.has(low) &&
    !rw.personBreaks.has(x) &&
    !rw.nameBreaks.has(x) &&
    !rw.speechVerbs.has(low)
  );
}
