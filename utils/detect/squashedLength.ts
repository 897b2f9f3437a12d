// Regular expressions run as native code even on a cold content script, where
// a character loop runs in the interpreter: on a fresh page this function is
// most of the detector's cost (issue 2: non-articles must cost under 2 ms).
export const NON_SPACE = /[^ \n\t\r\u00a0]/;
const SPACE_RUNS = /[ \n\t\r\u00a0]+/g;
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/**
 * Length of `s` with runs of white space counted as one and leading/trailing
 * space dropped; CJK characters carry about a word each, so they count double.
 */
export function squashedLength(s: string): number {
  if (!NON_SPACE.test(s)) return 0;
  const t = s.replace(SPACE_RUNS, ' ');
  let n = t.length;
  if (t.charCodeAt(0) === 32) n--;
  if (t.charCodeAt(t.length - 1) === 32) n--;
  const cjk = t.match(CJK);
  return cjk ? n + cjk.length : n;
}
