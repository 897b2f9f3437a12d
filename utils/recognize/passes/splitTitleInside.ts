import type { Word } from '../words';
import type { Candidate } from '../candidate';
import { LEX, isListedPlace, isRoleHead } from '../lexicon';

/**
 * "San Francisco Mayor London Breed": a tagger's body or place that runs through a capitalised title into two or
 * three capitalised words is a place or body, the title, and someone (whose given name the tagger took for a
 * place's). The title is left to the role readers ("San Francisco Mayor"). Not when the words after the title end
 * as a body's or a place's ("Governor Phillip Tower", "President Hotel Group"), nor after "of" inside a body's
 * name ("Office of the President"). And a title's first word the tagger ends a body with is cut from it ("House
 * Minority" before "Leader Hakeem Jeffries").
 */
export function splitTitleInside(ws: Word[], c: Candidate): Candidate[] {
  if (c.type === 'person') return [c];
  // ("House Minority" + "Leader Hakeem Jeffries": a title's first words the tagger gave the body before it; "Senate
  // Majority Whip" + "Dick Durbin": the whole title, before a name that is no title's word)
  const next = ws[c.last + 1];
  const nameNext = !!next && !next.sentenceStart && /^\p{Lu}\p{Ll}/u.test(next.text) && !isRoleHead(next.text);
  let cut = c.last;
  while (cut > c.first && /^\p{Lu}/u.test(ws[cut].text) && isRoleHead(ws[cut].text) && nameNext) cut--;
  while (cut > c.first && TITLE_OPENERS.has(ws[cut].text) && (cut < c.last || isRoleHead(next?.text ?? ''))) cut--;
  if (cut < c.last && !/^(of|the)$/i.test(ws[cut].text)) {
    c.last = cut;
    c.why.push("a title's words cut");
  }
  for (let t = c.first + 1; t < c.last - 1 && t - c.first <= 3; t++) {
    const title = ws[t].text;
    if (!/^\p{Lu}\p{Ll}/u.test(title) || !isRoleHead(title) || /^(of|the)$/i.test(ws[t - 1].text)) continue;
    const name = ws.slice(t + 1, c.last + 1);
    if (name.length > 3 || !name.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return [c];
    if (name.some((w) => LEX.orgHeads.has(w.text) || LEX.placeHeads.has(w.text) || isRoleHead(w.text))) return [c];
    const prefix = ws
      .slice(c.first, t)
      .map((w) => w.text)
      .join(' ');
    return [
      {
        ...c,
        last: t - 1,
        type: isListedPlace(prefix) ? 'place' : 'org',
        why: [...c.why, 'before a title inside the span'],
      },
      { ...c, first: t + 1, type: 'person', why: [...c.why, 'after a title inside the span'] },
    ];
  }
  return [c];
}

// Capitalised words that open a title before its head ("Minority Leader", "Deputy Chief").
const TITLE_OPENERS = new Set(['Minority', 'Majority', 'Deputy', 'Vice', 'Assistant', 'Acting', 'Interim']);
