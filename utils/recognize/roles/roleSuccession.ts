import type { Word } from '../words';
import { isRoleHead } from '../lexicon';
import { phrase } from '../passes/stripTitles';
import { ARTICLE, CLAUSE_END, DETERMINER, POSSESSIVE } from './roleGrammar';

// Verbs of taking over someone's post.
const SUCCEED = new Set([
  'replace',
  'replaces',
  'replaced',
  'replacing',
  'succeed',
  'succeeds',
  'succeeded',
  'succeeding',
]);
// The passive of those verbs: "was replaced by X as ...".
const PASSIVE = new Set(['replaced', 'succeeded']);
// Words after the role that end it: "as Tottenham's manager until the end of ...".
const ROLE_END = new Set([
  'until',
  'after',
  'since',
  'from',
  'in',
  'on',
  'at',
  'when',
  'while',
  'and',
  'but',
  'who',
  'which',
]);

/**
 * "X has agreed a deal to replace Y as Tottenham's manager", "X, who succeeded Y as chief executive,": the
 * post named after "as" is the role of the one who takes it (the subject), not of the one replaced. The
 * verb is within a few words of the subject's name in its sentence; the one replaced is a name
 * (`personAt`: where each person's name starts → where it ends). In the passive the one after "by"
 * takes it: "Y was replaced by X as chairman of the committee".
 */
export function roleSuccession(ws: Word[], last: number, personAt: Map<number, number>, first = last): string | null {
  let a: number;
  // "Y was replaced by X as chairman": the one named after "by" takes the post.
  if (ws[first - 1]?.text === 'by' && PASSIVE.has(ws[first - 2]?.text ?? '') && ws[last + 1]?.text === 'as')
    a = last + 2;
  else {
    let v = last + 1;
    while (v < ws.length && v - last <= 8 && !SUCCEED.has(ws[v].text) && !ws[v].sentenceStart && ws[v].text !== '.')
      v++;
    if (!SUCCEED.has(ws[v]?.text ?? '')) return null;
    const end = personAt.get(v + 1);
    if (end === undefined || ws[end + 1]?.text !== 'as') return null;
    a = end + 2;
  }
  if (ARTICLE.has(ws[a]?.text.toLowerCase() ?? '')) a++;
  let b = a;
  while (
    b < ws.length &&
    b - a < 10 &&
    !CLAUSE_END.has(ws[b].text) &&
    !ROLE_END.has(ws[b].text) &&
    !ws[b].sentenceStart
  )
    b++;
  if (b === a) return null;
  const words = ws.slice(a, b).filter((w) => !POSSESSIVE.test(w.text) && !DETERMINER.has(w.text));
  if (!words.some((w) => isRoleHead(w.text))) return null;
  return phrase(ws, a, b - 1);
}
