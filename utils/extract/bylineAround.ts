import { Readability } from '@mozilla/readability';
import { bodyOf } from '../detect/bodyOf';

const READABILITY = Readability.prototype as unknown as {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: string[];
};
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const MAX_BYLINE = 100;

/**
 * The byline Readability would have found outside `scope` on the whole page:
 * the first element in document order, before the scope and after it, that
 * is a byline by its rel, itemprop or class (its `[itemprop=name]` child if it
 * has one), under 100 characters, skipping what Readability's first pass
 * removes before reaching it (hidden elements, modal dialogs, unlikely
 * candidates). When extraction hands Readability only the scope, this is what
 * it would otherwise have seen in the page's header or footer.
 */
export function bylineAround(doc: Document, scope: Element): { before: string | null; after: string | null } {
  const body = bodyOf(doc);
  const found = { before: null as string | null, after: null as string | null };
  if (!body) return found;
  const { unlikelyCandidates, okMaybeItsACandidate, byline } = READABILITY.REGEXPS;
  let side: 'before' | 'after' = 'before';
  // Iterative, in document order: pages can be deeper than the JS stack.
  const stack: Element[] = [];
  for (let c = body.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (el === scope) {
      side = 'after';
      continue;
    }
    if (
      el.hasAttribute('hidden') ||
      HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
      (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) ||
      (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')
    )
      continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (
      el.getAttribute('rel') === 'author' ||
      (el.getAttribute('itemprop') ?? '').includes('author') ||
      byline.test(label)
    ) {
      const text = (el.textContent ?? '').trim();
      if (text && text.length < MAX_BYLINE) {
        found[side] = (itempropName(el)?.textContent ?? text).trim();
        return found;
      }
    }
    const tag = el.tagName.toUpperCase();
    if (
      (unlikelyCandidates.test(label) && !okMaybeItsACandidate.test(label) && tag !== 'A' && !inTableOrCode(el)) ||
      READABILITY.UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '')
    )
      continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return found;
}

function itempropName(el: Element): Element | null {
  const stack: Element[] = [];
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const e = stack.pop()!;
    if ((e.getAttribute('itemprop') ?? '').includes('name')) return e;
    for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

/** Readability keeps unlikely candidates inside a table or <code> (four levels up at most). */
function inTableOrCode(el: Element): boolean {
  let p = el.parentElement;
  for (let d = 0; p && d <= 3; d++, p = p.parentElement) {
    const t = p.tagName.toUpperCase();
    if (t === 'TABLE' || t === 'CODE') return true;
  }
  return false;
}
