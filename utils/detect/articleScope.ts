import type { Detection } from '../types';

const scopes = new WeakMap<Detection, Element | null>();

/**
 * Where the detector found the page's prose (see `proseContainer`), kept for
 * the extraction that follows the same detection, so the page is not walked
 * twice. Taken once: a detection handed on later may describe a page that has
 * changed since, and extraction then finds the container itself.
 */
export const articleScope = {
  remember(detection: Detection, container: Element | null): void {
    scopes.set(detection, container);
  },
  /** The container (or null: none), or undefined when this detection left none. */
  take(detection: Detection | null | undefined): Element | null | undefined {
    if (!detection || !scopes.has(detection)) return undefined;
    const c = scopes.get(detection);
    scopes.delete(detection);
    return c;
  },
};
