import type { EntityType } from '../types';
import type { TextMap } from '../extract/textMap';
import { sliceNodes, toRange } from './textRange';
import { SLICE_MS } from './longPage';

export interface HighlightSpan {
  start: number;
  end: number;
  type: EntityType;
  key: string;
}

export interface Highlighter {
  readonly mode: 'css-highlight' | 'wrap';
  /** Range covering a span, for hit-testing, scrolling and card placement. */
  rangeOf(span: HighlightSpan): Range | null;
  /**
   * Mark one mention for a moment (the sidebar's "find it"), or until the next
   * flash with `holdMs: Infinity` (the keyboard walk's current name); `null`
   * clears the mark.
   */
  flash(span: HighlightSpan | null, holdMs?: number): void;
  dispose(): void;
}

const TYPES: EntityType[] = ['person', 'org', 'place', 'misc'];
export const WRAP_TAG = 'dramatis-mark';
/** How long a found mention stays marked. */
const FLASH_MS = 1500;

export type HighlightStyle = 'background' | 'underline' | 'off';

// Colours from the Okabe-Ito palette (distinguishable with common colour blindness).
const COLOURS: Record<EntityType, [number, number, number]> = {
  person: [230, 159, 0],
  org: [86, 180, 233],
  place: [0, 158, 115],
  misc: [204, 121, 167],
};

/** The page-level CSS for a highlight style; `off` keeps only the flash used to find a mention. */
export function highlightCss(style: HighlightStyle): string {
  const mark = (t: EntityType) => {
    const [r, g, b] = COLOURS[t];
    if (style === 'underline') return `text-decoration: underline 2px rgb(${r},${g},${b}); text-underline-offset: 2px;`;
    if (style === 'background') return `background-color: rgba(${r},${g},${b},.28);`;
    return '';
  };
  const rules = TYPES.filter(() => style !== 'off').flatMap((t) => [
    `::highlight(dramatis-${t}) { ${mark(t)} }`,
    `${WRAP_TAG}[data-type=${t}] { ${mark(t)} }`,
  ]);
  return [
    ...rules,
    `::highlight(dramatis-flash) { background-color: rgba(240,228,66,.9); }`,
    `${WRAP_TAG} { all: unset; display: inline; border-radius: 2px; }`,
    `${WRAP_TAG}[data-flash] { background-color: rgba(240,228,66,.9); }`,
    `@media (prefers-reduced-motion: no-preference) { ${WRAP_TAG} { transition: background-color .2s; } }`,
  ].join('\n');
}

/**
 * Paint spans on the live page. With the CSS Custom Highlight API the page's
 * DOM is not changed at all (the style sheet is adopted, not inserted); else
 * existing Text nodes are wrapped in <dramatis-mark>, and `dispose` unwraps
 * them and re-joins the split text so the DOM is as it was.
 */
export function createHighlighter(
  doc: Document,
  map: TextMap,
  spans: HighlightSpan[],
  style: HighlightStyle = 'background',
): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = (win?.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...r: Range[]) => Set<Range> })?.Highlight;
  const sheet = adoptSheet(doc, highlightCss(style));
  if (registry && HighlightCtor) return cssHighlighter(map, spans, registry, HighlightCtor, sheet);
  return wrapHighlighter(doc, map, spans, sheet);
}

function adoptSheet(doc: Document, css: string): { remove(): void } {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const s = new win!.CSSStyleSheet();
    s.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    return { remove: () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s)) };
  } catch {
    // No constructable sheets (old engines): the wrap mode's inline style carries it.
    return { remove: () => {} };
  }
}

function cssHighlighter(
  map: TextMap,
  spans: HighlightSpan[],
  registry: Map<string, unknown>,
  Ctor: new (...r: Range[]) => Set<Range>,
  sheet: { remove(): void },
): Highlighter {
  const byType = new Map<EntityType, Set<Range>>();
  for (const t of TYPES) {
    const h = new Ctor();
    byType.set(t, h);
    registry.set(`dramatis-${t}`, h);
  }
  const flashH = new Ctor();
  registry.set('dramatis-flash', flashH);
  const ranges = new Map<string, Range>();
  // Ranges are added in time slices: a very long page can name people tens of
  // thousands of times, and the page's main thread must not stall (issue 7).
  let pending: ReturnType<typeof setTimeout> | undefined;
  const addFrom = (i: number) => {
    const t0 = performance.now();
    for (; i < spans.length; i++) {
      if (i % 256 === 255 && performance.now() - t0 > SLICE_MS) {
        pending = setTimeout(() => addFrom(i), 0);
        return;
      }
      const s = spans[i];
      // The page may have changed since it was read (late scripts, SPA updates):
      // a span whose nodes no longer hold those offsets is skipped, not thrown.
      let r: Range | null = null;
      try {
        r = toRange(map, s.start, s.end);
      } catch {
        r = null;
      }
      if (!r) continue;
      ranges.set(s.key, r);
      byType.get(s.type)!.add(r);
    }
  };
  addFrom(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    mode: 'css-highlight',
    rangeOf: (s) => ranges.get(s.key) ?? null,
    flash(s, holdMs = FLASH_MS) {
      clearTimeout(timer);
      flashH.clear();
      const r = s && ranges.get(s.key);
      if (!r) return;
      flashH.add(r);
      if (holdMs !== Infinity) timer = setTimeout(() => flashH.clear(), holdMs);
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(pending);
      for (const t of TYPES) registry.delete(`dramatis-${t}`);
      registry.delete('dramatis-flash');
      sheet.remove();
    },
  };
}

function wrapHighlighter(doc: Document, map: TextMap, spans: HighlightSpan[], sheet: { remove(): void }): Highlighter {
  const marks = new Map<string, HTMLElement[]>();
  // Every split we make, in order: [the node that kept the head, the new tail].
  const splits: [Text, Text][] = [];
  const split = (node: Text, at: number) => {
    const tail = node.splitText(at);
    splits.push([node, tail]);
    return tail;
  };
  // Wrap from the end of the text backwards: splitting a Text node keeps the
  // node object for its first part, so earlier offsets stay valid.
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  for (const s of sorted) {
    const els: HTMLElement[] = [];
    for (const sl of sliceNodes(map, s.start, s.end).reverse()) {
      const parentTag = sl.node.parentElement?.tagName ?? '';
      if (!sl.node.parentNode || sl.endOffset > sl.node.data.length) continue; // changed since read
      if (/^(TABLE|TBODY|THEAD|TR|UL|OL|SELECT)$/.test(parentTag)) continue;
      let node = sl.node;
      if (sl.endOffset < node.data.length) split(node, sl.endOffset);
      if (sl.startOffset > 0) node = split(node, sl.startOffset);
      const mark = doc.createElement(WRAP_TAG);
      mark.setAttribute('data-type', s.type);
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      els.unshift(mark);
    }
    if (els.length) marks.set(s.key, els);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flashed: HTMLElement[] = [];
  return {
    mode: 'wrap',
    rangeOf(s) {
      const els = marks.get(s.key);
      if (!els) return null;
      const r = doc.createRange();
      r.setStartBefore(els[0]);
      r.setEndAfter(els[els.length - 1]);
      return r;
    },
    flash(s, holdMs = FLASH_MS) {
      for (const el of flashed) el.removeAttribute('data-flash');
      flashed = s ? (marks.get(s.key) ?? []) : [];
      for (const el of flashed) el.setAttribute('data-flash', '');
      clearTimeout(timer);
      if (holdMs !== Infinity)
        timer = setTimeout(() => flashed.forEach((el) => el.removeAttribute('data-flash')), holdMs);
    },
    dispose() {
      clearTimeout(timer);
      for (const els of marks.values())
        for (const el of els) {
          const p = el.parentNode;
          if (!p) continue;
          while (el.firstChild) p.insertBefore(el.firstChild, el);
          p.removeChild(el);
        }
      // Re-join only the Text nodes we split (latest split first), so the DOM is
      // identical to before, including Text nodes the page itself kept apart.
      for (const [head, tail] of splits.reverse()) {
        if (tail.parentNode && head.parentNode === tail.parentNode) {
          head.appendData(tail.data);
          tail.remove();
        }
      }
      splits.length = 0;
      marks.clear();
      sheet.remove();
    },
  };
}
