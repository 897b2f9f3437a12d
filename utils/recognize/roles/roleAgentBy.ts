import type { Word } from '../words';
import type { Candidate } from '../candidate';
import type { RoleWords } from '../roleWords';
import wordsData from '../lexicon/words.json';

interface AgentWords {
  by: string[];
  of: string;
  verbs: Record<string, string>;
}
const AGENTS = wordsData.agentParticiples as Record<string, AgentWords>;
// Auxiliaries and commas between a body and its participle: "the committee, chaired by", "le parti est présidé par".
const AUX = new Set(
  'is was are were has have had been be , est a été sont fut es fue era ha sido está son fueron foi é era è stato stata'.split(
    ' ',
  ),
);
// The articles that open the body's noun phrase, and "of" with each ("de" + "le" is "du").
const OF_ARTICLE: Record<string, Record<string, string>> = {
  en: { the: 'of the', its: 'of its', their: 'of their' },
  fr: { le: 'du', la: 'de la', les: 'des', "l'": "de l'", 'l’': 'de l’' },
  es: { el: 'del', la: 'de la', los: 'de los', las: 'de las' },
  pt: { o: 'do', a: 'da', os: 'dos', as: 'das' },
  it: { il: 'del', la: 'della', lo: 'dello', "l'": "dell'", i: 'dei', gli: 'degli', le: 'delle' },
};
// Endings of a participle agreeing with its noun: "présidée", "presididas", "guidati".
const AGREEMENT: Record<string, RegExp> = {
  fr: /(e|s|es)$/,
  es: /(a|os|as)$/,
  pt: /(a|os|as)$/,
  it: /(a|i|e)$/,
};

/**
 * "le parti, présidé par Ali Ahmeti", "la fundación, creada por María López", "the committee, chaired by John
 * Smith": a body's participle of heading, founding or directing it, and "by", before a name make the name the
 * body's agent: "président du parti", "creador de la fundación", "chair of the committee". The body is the noun
 * phrase right before the participle (an article, a noun and up to two words more), or the capitalised name there
 * (not one after "of", which ends a longer phrase); without a body there is no role.
 */
export function roleAgentBy(ws: Word[], c: Candidate, rw: RoleWords | null): string | null {
  const lang = rw?.lang ?? 'en';
  const words = AGENTS[lang];
  if (!words || !words.by.includes(ws[c.first - 1]?.text.toLowerCase() ?? '')) return null;
  let p = c.first - 2;
  let agent = participleAgent(ws[p]?.text.toLowerCase() ?? '', words, lang);
  // ("presided over by")
  if (!agent && ws[p]?.text === 'over') agent = words.verbs[`${ws[--p]?.text.toLowerCase()} over`] ?? null;
  if (!agent) return null;
  let k = p - 1;
  while (k >= 0 && AUX.has(ws[k].text.toLowerCase())) k--;
  // (no body, no role: "la revolución de Zanzíbar, dirigida por" names no post)
  const body = bodyBefore(ws, k, lang);
  return body ? `${agent} ${body}` : null;
}

function participleAgent(w: string, words: AgentWords, lang: string): string | null {
  if (words.verbs[w]) return words.verbs[w];
  const ending = AGREEMENT[lang];
  if (!ending) return null;
  for (let cut = 1; cut <= 2; cut++) {
    const stem = w.slice(0, -cut);
    // "présidée" → "présidé"; "presidida" → "presidido"; "guidati" → "guidato"
    const base = lang === 'fr' ? stem : `${stem}o`;
    if (ending.test(w) && words.verbs[base]) return words.verbs[base];
  }
  return null;
}

/** The body before word `end` (included) as "of" and its words: "du parti", "of the committee", "de Podemos". */
function bodyBefore(ws: Word[], end: number, lang: string): string | null {
  if (end < 0) return null;
  const articles = OF_ARTICLE[lang];
  // An article, then a lower-case noun and at most two more lower-case words: "le comité national".
  for (let a = end; a >= Math.max(0, end - 3); a--) {
    const art = ws[a].text.toLowerCase();
    // (French elides the article into its noun: "l'association")
    const elided = /^([lL]['’])(\p{Ll}[\p{Ll}-]*)$/u.exec(ws[a].text);
    if (elided && articles[elided[1].toLowerCase()]) {
      const rest = ws.slice(a + 1, end + 1).map((w) => w.text);
      if (!rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
      return `${articles[elided[1].toLowerCase()]}${[elided[2], ...rest].join(' ')}`;
    }
    if (articles[art] && a < end) {
      const rest = ws.slice(a + 1, end + 1).map((w) => w.text);
      if (!rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
      return `${articles[art]}${/['’]$/.test(art) ? '' : ' '}${rest.join(' ')}`;
    }
    if (!/^\p{Ll}/u.test(ws[a].text)) break;
  }
  // A capitalised name: "Podemos", "the Senate Intelligence Committee".
  let a = end;
  while (a > 0 && /^\p{Lu}/u.test(ws[a].text) && !ws[a].sentenceStart) a--;
  if (a === end && !(ws[end].sentenceStart && /^\p{Lu}/u.test(ws[end].text))) return null;
  let from = /^\p{Lu}/u.test(ws[a].text) ? a : a + 1;
  // (a name after "of" ends a longer phrase: "la revolución de Zanzíbar")
  if (/^(of|de|du|des|del|do|da|di|della|d['’])$/i.test(ws[from - 1]?.text ?? '')) return null;
  // ("The Senate Intelligence Committee, led by": a sentence's capitalised article is no part of the name)
  if (from < end && articles[ws[from].text.toLowerCase()]) from++;
  // ("Il est présidé par": one capitalised word opening its sentence is as likely a pronoun as a name)
  if (from > end || (from === end && ws[from].sentenceStart)) return null;
  const name = ws
    .slice(from, end + 1)
    .map((w) => w.text)
    .join(' ');
  const the = ws[from - 1]?.text.toLowerCase() === 'the';
  const of = lang === 'en' ? (the ? 'of the' : 'of') : lang === 'it' ? 'di' : 'de';
  return `${of} ${name}`;
}
