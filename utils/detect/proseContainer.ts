/** Share of the page's prose the container must hold: a stray blurb elsewhere does not widen it to the page. */
export const CONTAINER_SHARE = 0.9;
/** Fewer paragraphs than this are too little to judge where the body is (a cookie notice can be the only prose). */
const MIN_PARAGRAPHS = 3;

/**
 * The deepest element below `body` that holds at least CONTAINER_SHARE of the
 * page's prose, or null (no such element below the body, or too little prose).
 * `paragraphs` are the prose blocks with their lengths, as `pageShape` found them.
 * Extraction hands Readability only this subtree: on a page with one clear
 * body, that is far less to clone and to score, and the site chrome around it
 * (headers, rails, footers) cannot leak into the result.
 */
export function proseContainer(
  body: Element,
  paragraphs: [Element, number][],
  prose: number,
  paragraphCount: number,
): Element | null {
  if (paragraphCount < MIN_PARAGRAPHS || prose <= 0) return null;
  const held = new Map<Element, number>();
  for (const [el, len] of paragraphs)
    for (let h: Element | null = el; h && h !== body; h = h.parentElement) held.set(h, (held.get(h) ?? 0) + len);
  // Elements holding more than half the prose lie on one chain of ancestors, and
  // the deeper one holds less. From a paragraph inside the deepest, the first
  // such element going up is that one; from any other paragraph, one above it.
  const least = prose * CONTAINER_SHARE;
  let best: Element | null = null;
  let bestHeld = Infinity;
  for (const [el] of paragraphs)
    for (let h: Element | null = el; h && h !== body; h = h.parentElement) {
      const n = held.get(h)!;
      if (n < least) continue;
      if (n < bestHeld) [best, bestHeld] = [h, n];
      break;
    }
  // The lead picture with its caption and the standfirst often sit beside the
  // element that holds the paragraphs, not in it; captions are part of the
  // article (issue 5). So Readability gets its parent too (it still scores
  // away the chrome there), unless that is the whole body.
  const up = best?.parentElement;
  return up && up !== body ? up : best;
}
