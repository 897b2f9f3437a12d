import type { Detection } from '../types';

/**
 * What the page probe hands to the page session it wakes. The two are
 * separate scripts (the probe is declared in the manifest and runs on every
 * page; the session is injected only where it is needed), but the browser
 * runs both in the same isolated world, so a global of that world carries
 * the probe's detection across, out of the page's reach. The probe has no
 * WXT context to hand over (it costs every page; see pageProbe.ts): the
 * session makes its own.
 */
export type Handoff = ProbeFindings;

/** The probe's detection of `url`, so the session need not detect again. */
export interface ProbeFindings {
  detection?: Detection;
  detectMs?: number;
  url?: string;
}

const KEY = Symbol.for('dramatis.handoff');
const STARTED = Symbol.for('dramatis.session-started');
const STAND_DOWN = Symbol.for('dramatis.probe-stand-down');
type World = { [KEY]?: Handoff; [STARTED]?: boolean; [STAND_DOWN]?: () => void };

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

/** Once a session runs on this page it owns it: the probe stands down (`onSessionStart`). */
export function markSessionStarted(): boolean {
  const w = globalThis as World;
  if (w[STARTED]) return false;
  w[STARTED] = true;
  const standDown = w[STAND_DOWN];
  delete w[STAND_DOWN];
  standDown?.();
  return true;
}

/**
 * The session's context was invalidated (the extension was reloaded or
 * updated): the page is free again, so a session of the new extension,
 * injected when the reader asks, may start in this world.
 */
export function markSessionEnded(): void {
  delete (globalThis as World)[STARTED];
}

export function sessionStarted(): boolean {
  return !!(globalThis as World)[STARTED];
}

/** The probe's `stop`, called when a session starts. Returns a function that forgets it. */
export function onSessionStart(cb: () => void): () => void {
  const w = globalThis as World;
  w[STAND_DOWN] = cb;
  return () => {
    if (w[STAND_DOWN] === cb) delete w[STAND_DOWN];
  };
}
