/**
 * The GUM rebuilder (scripts/roles/gumText.ts) turns GUM's space-separated tokens back into prose for the roles
 * benchmark. The expected strings below were written by hand, as a reader would print each sentence.
 */
import { describe, expect, it } from 'vitest';
import { gumText } from '../../scripts/roles/gumText';

// A minimal WebAnno TSV: the rebuilder reads only the `#Text=` lines.
const tsv = (...sentences: string[]) =>
  ['#FORMAT=WebAnno TSV 3.2', '', ...sentences.flatMap((s) => [`#Text=${s}`, '1-1\t0-1\tx\t_', ''])].join('\n');

describe('gumText', () => {
  it('glues punctuation to the word before it and hyphens between words', () => {
    expect(gumText(tsv('After visa snags , all - girl team wins ; fans cheer !'))).toBe(
      'After visa snags, all-girl team wins; fans cheer!\n',
    );
  });

  it('joins clitics and possessives', () => {
    expect(gumText(tsv("The mayor 's aide said they do n't know , and we 're late ."))).toBe(
      "The mayor's aide said they don't know, and we're late.\n",
    );
    expect(gumText(tsv("It was the parents ' choice ."))).toBe("It was the parents' choice.\n");
  });

  it('pairs double and single quotes, and brackets', () => {
    expect(gumText(tsv('He called it " a bold move " ( not a gamble ) and a \' fix \' [ sic ] .'))).toBe(
      'He called it "a bold move" (not a gamble) and a \'fix\' [sic].\n',
    );
  });

  it('puts one sentence on each line; a quote opening a sentence opens, one ending it closes', () => {
    expect(gumText(tsv('" We won .', '" It is ours . "', 'Sen. Ann Lee ( R - Texas ) agreed .'))).toBe(
      '"We won.\n"It is ours."\nSen. Ann Lee (R-Texas) agreed.\n',
    );
  });

  it('keeps a spaced dash before a clause, and joins a number range', () => {
    expect(gumText(tsv('Pupils lack iodine - which matters most in ages 8 – 10 .'))).toBe(
      'Pupils lack iodine - which matters most in ages 8–10.\n',
    );
  });
});
