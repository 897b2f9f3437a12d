/**
 * The CoNLL-2003 rebuilder (scripts/roles/conllText.ts) turns one Reuters story of the corpus (a token per line,
 * sentences separated by blank lines, `-DOCSTART-` between documents) back into prose for the roles benchmark.
 * The stories and the expected strings below were written by hand.
 */
import { describe, expect, it } from 'vitest';
import { conllText } from '../../scripts/roles/conllText';

// A CoNLL file: each sentence's tokens get dummy POS, chunk and NER columns; documents end with `-DOCSTART-`,
// as in the shared eng.testa.
const conll = (...docs: string[][]) =>
  docs
    .map((sentences) =>
      sentences
        .map((s) =>
          s
            .split(' ')
            .map((t) => `${t} NNP I-NP O`)
            .join('\n'),
        )
        .join('\n\n'),
    )
    .join('\n\n-DOCSTART- -X- O O\n\n') + '\n\n-DOCSTART- -X- O O\n';

describe('conllText', () => {
  const file = conll(
    ['FIRST STORY .', 'OSLO 1996-08-30', "Mayor Ann Lee , 52 , said it was n't over ."],
    ['Bank chief quits .', 'LIMA 1996-08-31', "Ray Lund ( pictured ) left the bank 's board ."],
  );

  it('picks the n-th document (0-based) and keeps the headline and the dateline as lines', () => {
    expect(conllText(file, 0)).toBe("FIRST STORY.\nOSLO 1996-08-30\nMayor Ann Lee, 52, said it wasn't over.\n");
    expect(conllText(file, 1)).toBe("Bank chief quits.\nLIMA 1996-08-31\nRay Lund (pictured) left the bank's board.\n");
  });

  it('moves a quote left at the end of a sentence to the start of the next, where it opens', () => {
    const f = conll([
      'HEADLINE .',
      '" We won , " the coach said . "',
      'It is ours .',
      'We keep it . "',
      'Fans cheered .',
    ]);
    expect(conllText(f, 0)).toBe('HEADLINE.\n"We won," the coach said.\n"It is ours.\nWe keep it."\nFans cheered.\n');
  });

  it('also reads a file whose documents start with `-DOCSTART-`', () => {
    const f = '-DOCSTART- -X- O O\n\nA NNP I-NP O\n\n-DOCSTART- -X- O O\n\nB NNP I-NP O\n. . O O\n';
    expect(conllText(f, 1)).toBe('B.\n');
  });

  it('throws on a document the file does not have', () => {
    expect(() => conllText(file, 2)).toThrow(/no document 2/);
  });
});
