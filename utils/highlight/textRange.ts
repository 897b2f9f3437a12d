import type { TextMap, TextSegment } from '../extract/textMap';

/** A piece of one Text node: [startOffset, endOffset) in `node.data`. */
export interface NodeSlice {
  node: Text;
  startOffset: number;
  endOffset: number;
}

/**
 * Offsets in the TextMap's text → slices of live Text nodes, one per node the
 * span crosses. This is the only place recognizer offsets meet the DOM.
 */
export function sliceNodes(map: TextMap, start: number, end: number): NodeSlice[] {
  const out: NodeSlice[] = [];
  if (end <= start) return out;
  let i = firstSegmentEndingAfter(map.segments, start);
  for (; i < map.segments.length; i++) {
    const seg = map.segments[i];
    if (seg.start >= end) break;
    const a = Math.max(start, seg.start) - seg.start;
    const b = Math.min(end, seg.end) - seg.start;
    if (b <= a) continue;
    out.push({ node: seg.node, startOffset: rawAt(seg, a), endOffset: rawAt(seg, b - 1) + 1 });
  }
  return out;
}

/** Offsets → a DOM Range spanning the live nodes (null if the span maps to nothing). */
export function toRange(map: TextMap, start: number, end: number): Range | null {
  const slices = sliceNodes(map, start, end);
  if (slices.length === 0) return null;
  const first = slices[0];
  const last = slices[slices.length - 1];
  const range = first.node.ownerDocument!.createRange();
  range.setStart(first.node, first.startOffset);
  range.setEnd(last.node, last.endOffset);
  return range;
}

/** A DOM position (Text node + offset) → offset in the TextMap's text, or -1. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  for (const seg of map.segments) {
    if (seg.node !== node) continue;
    const len = seg.end - seg.start;
    for (let k = 0; k < len; k++) if (rawAt(seg, k) >= offset) return seg.start + k;
    return seg.end;
  }
  return -1;
}

function rawAt(seg: TextSegment, k: number): number {
  return seg.raw ? seg.raw[k] : k;
}

function firstSegmentEndingAfter(segs: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
