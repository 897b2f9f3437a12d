import { describe, it, expect } from 'vitest';
import { tokenize, splitSentences } from '../../../utils/ner/tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

function checkOffsets(s: string) {
  const toks = tokenize(s);
  let last = 0;
  for (const t of toks) {
    expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    last = t.end;
  }
  return toks;
}

describe('tokenize', () => {
  it('keeps exact offsets on news text', () => {
    checkOffsets(
      'WASHINGTON (AP) — Russian President Vladimir Putin’s trip, the U.S. said on Jan. 6, “won’t happen.” Maj. Gen. Patrick Ryder spoke.',
    );
    checkOffsets('  leading and trailing spaces \n\n and\ttabs  ');
  });

  it('keeps abbreviations and initials together', () => {
    expect(texts('the U.S. and the U.N. met')).toEqual(['the', 'U.S.', 'and', 'the', 'U.N.', 'met']);
    expect(texts('Maj. Gen. Patrick Ryder')).toEqual(['Maj.', 'Gen.', 'Patrick', 'Ryder']);
    expect(texts('on Jan. 2 and Dec. 30')).toEqual(['on', 'Jan.', '2', 'and', 'Dec.', '30']);
    expect(texts('Mr. Putin and Dr. J. Smith')).toEqual(['Mr.', 'Putin', 'and', 'Dr.', 'J.', 'Smith']);
  });

  it('splits a sentence-final period but not a decimal point', () => {
    expect(texts('He went to Washington.')).toEqual(['He', 'went', 'to', 'Washington', '.']);
    expect(texts('It rose 3.5 percent to 1,200.')).toEqual(['It', 'rose', '3.5', 'percent', 'to', '1,200', '.']);
  });

  it('keeps hyphenated names whole', () => {
    expect(texts('Kim Jong-un met Choe Son-hui')).toEqual(['Kim', 'Jong-un', 'met', 'Choe', 'Son-hui']);
  });

  it('splits a slash between names (photo credits) but not inside a word', () => {
    expect(texts('(AP Photo/David Zalubowski)')).toEqual(['(', 'AP', 'Photo', '/', 'David', 'Zalubowski', ')']);
    expect(texts('Zalubowski/AP Paris/London')).toEqual(['Zalubowski', '/', 'AP', 'Paris', '/', 'London']);
    expect(texts('and/or km/h 24/7 AC/DC w/o')).toEqual(['and/or', 'km/h', '24/7', 'AC/DC', 'w/o']);
    checkOffsets('Photo: Getty Images/John Smith/AFP');
  });

  it('splits possessives and clitics, straight or curly', () => {
    expect(texts("Putin's visit")).toEqual(['Putin', "'s", 'visit']);
    expect(texts('Pyongyang’s tests')).toEqual(['Pyongyang', '’s', 'tests']);
    expect(texts("We don't know")).toEqual(['We', 'do', "n't", 'know']);
    expect(texts("O'Neill spoke")).toEqual(["O'Neill", 'spoke']);
  });

  it('separates quotes, brackets and dashes', () => {
    expect(texts('an "appropriate" posture')).toEqual(['an', '"', 'appropriate', '"', 'posture']);
    expect(texts('“invariable principal enemy.”')).toEqual(['“', 'invariable', 'principal', 'enemy', '.', '”']);
    expect(texts('WASHINGTON (AP) — The')).toEqual(['WASHINGTON', '(', 'AP', ')', '—', 'The']);
    expect(texts('yes -- no')).toEqual(['yes', '--', 'no']);
    expect(texts('(AFP-Yonhap)')).toEqual(['(', 'AFP-Yonhap', ')']);
  });

  it('passes non-Latin text, emoji and control characters harmlessly', () => {
    const ko = checkOffsets('소아쌤585 서울에서');
    expect(ko.map((t) => t.text)).toEqual(['소아쌤585', '서울에서']);
    const ar = checkOffsets('قال الرئيس بوتين اليوم');
    expect(ar.length).toBe(4);
    const em = checkOffsets('Great 👍🏽 news 🎉!');
    expect(em.map((t) => t.text)).toContain('👍');
    expect(em.map((t) => t.text)).toContain('news');
    const ctl = checkOffsets('a\u0000b\u0007 c\u001b[0m');
    expect(ctl.every((t) => [...t.text].every((ch) => ch.charCodeAt(0) >= 32))).toBe(true);
  });

  it('bounds the token length of text without spaces', () => {
    const s = 'x'.repeat(10000);
    const toks = checkOffsets(s);
    expect(toks.length).toBeGreaterThan(1);
    expect(toks.map((t) => t.text).join('')).toBe(s);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  const sents = (s: string) => {
    const toks = tokenize(s);
    const b = splitSentences(s, toks);
    const out: string[] = [];
    for (let i = 0; i + 1 < b.length; i++)
      out.push(
        toks
          .slice(b[i], b[i + 1])
          .map((t) => t.text)
          .join(' '),
      );
    return out;
  };
  it('splits on sentence punctuation and line breaks, not after abbreviations', () => {
    expect(sents('Mr. Putin left. Kirby stayed!\nMOST POPULAR\nLATEST NEWS')).toEqual([
      'Mr. Putin left .',
      'Kirby stayed !',
      'MOST POPULAR',
      'LATEST NEWS',
    ]);
    expect(sents('He said, "We will." Then he left.')).toEqual(['He said , " We will . "', 'Then he left .']);
  });
  it('covers all tokens', () => {
    const s = 'One. Two? Three';
    const b = splitSentences(s, tokenize(s));
    expect(b[0]).toBe(0);
    expect(b[b.length - 1]).toBe(tokenize(s).length);
  });
});
