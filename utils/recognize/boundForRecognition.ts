/**
 * Names are read in the first MAX_RECOGNIZED characters only (about 80,000
 * words, far beyond any article), so a giant page costs a bounded time.
 * Offsets stay valid: the prefix is the text's own start.
 */
export const MAX_RECOGNIZED = 500_000;

/** The part of an article's text that is read for names (all of it, up to MAX_RECOGNIZED). */
export function boundForRecognition(text: string): string {
  if (text.length <= MAX_RECOGNIZED) return text;
  // Cut at a paragraph or sentence end so no name is split.
  const cut = Math.max(text.lastIndexOf('\n', MAX_RECOGNIZED), text.lastIndexOf('. ', MAX_RECOGNIZED) + 1);
  return text.slice(0, cut > MAX_RECOGNIZED / 2 ? cut : MAX_RECOGNIZED);
}
