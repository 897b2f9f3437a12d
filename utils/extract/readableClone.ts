import { Readability } from '@mozilla/readability';

export interface ReadableClone {
  /** The document Readability may change. */
  clone: Document;
  /** Each of the clone's Text nodes → its live original. */
  liveOf: Map<Text, Text>;
}

/**
 * A copy of `doc` for Readability to work on (it changes the document it is
 * given; the live page must not change), with each copied Text node tied to
 * its original. With `scope`, the copy holds <html lang>, what Readability
 * reads of the page's <head> (title, meta tags, JSON-LD, <base>), the chain
 * of the scope's ancestors (each without its other children, so their class
 * names and roles weigh as on the page), and the scope's subtree; otherwise
 * the whole page.
 */
export function readableClone(doc: Document, scope: Element | null = null): ReadableClone {
  if (!scope) {
    const clone = doc.cloneNode(true) as Document;
    return { clone, liveOf: pairTexts(doc.documentElement, clone.documentElement) };
  }
  // Copies are made by the new document (importNode), not by the page's: a copy
  // made in a browser's live document would run the page's custom-element code.
  const clone = doc.cloneNode(false) as Document;
  const html = clone.appendChild(clone.importNode(doc.documentElement, false)) as Element;
  for (let c = doc.documentElement.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName.toUpperCase() !== 'HEAD') continue;
    // Of the head, only what Readability reads (title, meta tags, JSON-LD, <base>):
    // scripts, styles and links are nearly half a scoped copy's elements on news pages.
    const head = html.appendChild(clone.importNode(c, false));
    for (let h = c.firstElementChild; h; h = h.nextElementSibling)
      if (readInHead(h)) head.appendChild(clone.importNode(h, true));
  }
  const chain: Element[] = [];
  for (let a = scope.parentElement; a && a !== doc.documentElement; a = a.parentElement) chain.push(a);
  let parent = html;
  for (let i = chain.length - 1; i >= 0; i--) parent = parent.appendChild(clone.importNode(chain[i], false)) as Element;
  const copy = parent.appendChild(clone.importNode(scope, true));
  return { clone, liveOf: pairTexts(scope, copy) };
}

const HEAD_READ = /^(TITLE|META|BASE)$/i;

function readInHead(el: Element): boolean {
  if (HEAD_READ.test(el.tagName)) return true;
  return el.tagName.toUpperCase() === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '');
}

/** Parallel walk of a subtree and its deep copy: copy Text node → live Text node. */
function pairTexts(live: Node, copy: Node): Map<Text, Text> {
  const liveOf = new Map<Text, Text>();
  // Iterative: pages can be deeper than the JS stack.
  const stack: [Node, Node][] = [[live, copy]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let x = a.firstChild;
    let y = b.firstChild;
    while (x && y) {
      if (x.nodeType === 3) liveOf.set(y as Text, x as Text);
      else if (x.firstChild) stack.push([x, y]);
      x = x.nextSibling;
      y = y.nextSibling;
    }
  }
  return liveOf;
}

// Readability's own tests for what it throws away before scoring (its copy, not ours, so they stay in step).
const READABILITY = Readability.prototype as unknown as {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
};
const DROPPED_TAGS = /^(ASIDE|FOOTER|NAV)$/i;

/**
 * Can Readability be handed only `scope`? Not when the scope or one of its
 * ancestors is something Readability drops on the whole page (a comment
 * section, a sidebar, a dialog, an <aside>): there, the page's prose is not
 * its article (a short post under long comments), and on the whole page
 * Readability would have looked elsewhere.
 */
export function readableScope(scope: Element): boolean {
  const { unlikelyCandidates, okMaybeItsACandidate } = READABILITY.REGEXPS;
  for (let el: Element | null = scope; el && el.tagName.toUpperCase() !== 'BODY'; el = el.parentElement) {
    if (DROPPED_TAGS.test(el.tagName)) return false;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (unlikelyCandidates.test(label) && !okMaybeItsACandidate.test(label)) return false;
    if (READABILITY.UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '')) return false;
  }
  return true;
}
