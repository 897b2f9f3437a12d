import type { Word } from '../words';
import type { Candidate } from '../candidate';

// "sous la présidence de", "bajo la presidencia de": a meeting or a body held under someone's chair.
const UNDER = /^(sous|bajo|sob|sotto)$/i;
const PRESIDENCY = /^(présidence|presidencia|presidência|presidenza)$/i;

/**
 * "l'assemblée s'est tenue sous la présidence d'Ana Roux", "la junta, bajo la presidencia de Luis Mora,": the
 * name after "under the chair of" presides over the meeting or the body; the role is the text's noun,
 * "présidence" (no office by itself: a meeting's chair).
 */
export function rolePresidency(ws: Word[], c: Candidate): string | null {
  // (the preposition may be elided: "d'Ana Roux")
  const n = c.first - 2;
  if (!/^(de|di|da|do|d['’])$/i.test(ws[c.first - 1]?.text ?? '')) return null;
  if (!PRESIDENCY.test(ws[n]?.text ?? '') || !/^(la|a)$/i.test(ws[n - 1]?.text ?? '')) return null;
  return UNDER.test(ws[n - 2]?.text ?? '') ? ws[n].text : null;
}
