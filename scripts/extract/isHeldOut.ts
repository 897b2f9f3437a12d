import { createHash } from 'node:crypto';

/**
 * Dev / held-out split of the extraction and detection pages, fixed and
 * independent of content: a page is held out when the first byte of
 * sha256(name) is odd. Rules are tuned on dev only. Shared by
 * scripts/bench-extract.ts and scripts/extract/detectAblation.ts.
 */
export function isHeldOut(name: string): boolean {
  return (createHash('sha256').update(name).digest()[0] & 1) === 1;
}
