import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '../types';

/**
 * What the page probe hands to the page session it wakes. The two are
 * separate scripts (the probe is declared in the manifest and runs on every
 * page; the session is injected only where it is needed), but the browser
 * runs both in the same isolated world, so a global of that world carries
 * the probe's `ctx` and its detection across, out of the page's reach.
 */
export interface Handoff extends ProbeFindings {
  ctx: ContentScriptContext;
}

/** The probe's detection of `url`, so the session need not detect again. */
export interface ProbeFindings {
  detection?: Detection;
  detectMs?: number;
  url?: string;
}

const KEY = Symbol.for('dramatis.handoff');
const STARTED = Symbol.for('dramatis.session-started');
type World = { [KEY]?: Handoff; [STARTED]?: boolean };

export function handOff(h: Handoff): void {
  (globalThis as World)[KEY] = h;
}

/** The probe's handoff, once (a second session start must detect afresh). */
export function takeHandoff(): Handoff | undefined {
  const w = globalThis as World;
  const h = w[KEY];
  delete w[KEY];
  return h;
}

/** Once a session runs on this page it owns it: the probe stands down. */
export function markSessionStarted(): boolean {
  const w = globalThis as World;
  if (w[STARTED]) return false;
  w[STARTED] = true;
  return true;
}

export function sessionStarted(): boolean {
  return !!(globalThis as World)[STARTED];
}
