import type { TextMap } from '../extract/textMap';
import { offsetOf } from '../highlight/textRange';

/** Text node + offset under a screen point (Chromium and Firefox spell it differently). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The text offset under a point, or -1. */
export function textOffsetAt(doc: Document, map: TextMap, x: number, y: number): number {
  const c = caretAt(doc, x, y);
  if (!c || c.node.nodeType !== 3) return -1;
  return offsetOf(map, c.node, c.offset);
}

/** True when (x, y) falls inside one of the range's line boxes. */
export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}
