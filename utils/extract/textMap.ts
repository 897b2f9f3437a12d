/**
 * A TextMap is the article's plain text plus, for every run of it, the live
 * Text node it came from. Recognizer offsets index `text`; highlights turn
 * them back into DOM positions with `utils/highlight/textRange.ts`.
 */
export interface TextSegment {
  node: Text;
  /** Offsets of this run in `TextMap.text`. */
  start: number;
  end: number;
  /**
   * `raw[i]` is the offset in `node.data` of text[start + i]; raw[end-start]
   * is the end. Null when the run equals node.data[0..] one to one.
   */
  raw: number[] | null;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

// Elements whose start or end is a paragraph break in the plain text.
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TH|THEAD|TFOOT|TR|UL)$/;
// Never part of the readable text, and never to be touched.
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|OPTION|IFRAME|OBJECT|SVG|MATH|CANVAS|BUTTON)$/;

/**
 * Walk `root` in document order and build its TextMap.
 * `resolve` maps a Text node of `root` to the node to record (for Readability's
 * clone: the live page's node); returning null drops the run.
 */
export function buildTextMap(root: Node, resolve: (t: Text) => Text | null = (t) => t): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  let pendingBreak = '';

  const breakBefore = (br: string) => {
    if (text.length === 0) return;
    if (br.length > pendingBreak.length) pendingBreak = br;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const live = resolve(t);
      if (!live) return;
      appendRun(live, t.data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = el.tagName ? el.tagName.toUpperCase() : '';
    if (SKIP.test(tag)) return;
    if (el.nodeType === 1 && (el as HTMLElement).isContentEditable === true) return;
    if (tag === 'BR') {
      breakBefore('\n');
      return;
    }
    const block = BLOCK.test(tag);
    if (block) breakBefore('\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakBefore('\n\n');
  };

  const appendRun = (node: Text, data: string) => {
    // Collapse whitespace runs to one space, as the browser renders them, and
    // record where each kept character sits in the raw data.
    let out = '';
    const raw: number[] = [];
    let changed = false;
    let lastSpace = text.length === 0 || pendingBreak !== '' || /\s$/.test(text);
    let i = 0;
    for (; i < data.length; i++) {
      const ch = data[i];
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u200b') {
        if (lastSpace) {
          changed = true;
          continue;
        }
        if (ch !== ' ') changed = true;
        out += ' ';
        raw.push(i);
        lastSpace = true;
      } else {
        out += ch;
        raw.push(i);
        lastSpace = false;
      }
    }
    if (out.length === 0) return;
    if (pendingBreak) {
      // A trailing space before a paragraph break is noise.
      if (text.endsWith(' ')) text = text.slice(0, -1);
      const last = segments[segments.length - 1];
      if (last && last.end > text.length) trimSegmentEnd(last, text.length);
      text += pendingBreak;
      pendingBreak = '';
    }
    raw.push(i);
    const start = text.length;
    text += out;
    segments.push({ node, start, end: text.length, raw: changed ? raw : null });
  };

  visit(root);
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = segments[segments.length - 1];
    if (last && last.end > text.length) trimSegmentEnd(last, text.length);
  }
  return { text, segments };
}

function trimSegmentEnd(seg: TextSegment, end: number) {
  const keep = end - seg.start;
  if (keep <= 0) {
    seg.end = seg.start;
    return;
  }
  if (!seg.raw) {
    seg.raw = [];
    for (let i = 0; i <= keep; i++) seg.raw.push(i);
  } else {
    seg.raw = seg.raw.slice(0, keep + 1);
  }
  seg.end = end;
}
