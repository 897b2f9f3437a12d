import type { Word } from '../words';
import type { Candidate } from '../candidate';

/**
 * "a réagi sur X. Jean-Luc Mélenchon", "posted on X. John Smith said": the platform that ends a sentence after a
 * preposition is no initial of the name that opens the next.
 */
export function cutPlatformX(ws: Word[], c: Candidate): void {
  if (
    c.last > c.first + 1 &&
    ws[c.first].text === 'X' &&
    ws[c.first + 1].text === '.' &&
    /^(on|sur|en|via|in|auf|no|em|su)$/i.test(ws[c.first - 1]?.text ?? '')
  ) {
    c.first += 2;
    c.why.push('the platform X cut');
  }
}
