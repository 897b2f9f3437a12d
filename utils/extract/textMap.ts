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
  // Parts joined once at the end: repeated `text +=`/`slice` on a growing
  // string is quadratic on giant pages.
  const parts: string[] = [];
  let len = 0;
  let lastChar = '';
  const push = (s: string) => {
    parts.push(s);
    len += s.length;
    lastChar = s[s.length - 1];
  };
  const dropTrailingSpace = () => {
    if (lastChar !== ' ') return;
    parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
    len--;
    lastChar = '';
    const last = segments[segments.length - 1];
    if (last && last.end > len) trimSegmentEnd(last, len);
  };
  const segments: TextSegment[] = [];
  let pendingBreak = '';

  const breakBefore = (br: string) => {
    if (len === 0) return;
    if (br.length > pendingBreak.length) pendingBreak = br;
  };

  const appendRun = (node: Text, data: string) => {
    // Collapse whitespace runs to one space, as the browser renders them, and
    // record where each kept character sits in the raw data.
    let out = '';
    const raw: number[] = [];
    let changed = false;
    let lastSpace = len === 0 || pendingBreak !== '' || lastChar === ' ' || lastChar === '\n';
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
      dropTrailingSpace();
      push(pendingBreak);
      pendingBreak = '';
    }
    raw.push(i);
    const start = len;
    push(out);
    segments.push({ node, start, end: len, raw: changed ? raw : null });
  };

  // Iterative walk (pages can nest deeper than the JS stack): an 'exit' entry
  // closes a block element after its children.
  const stack: (Node | { exit: true })[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!(node as Node).nodeType) {
      breakBefore('\n\n');
      continue;
    }
    const n = node as Node;
    if (n.nodeType === 3) {
      const t = n as Text;
      const live = resolve(t);
      if (live) appendRun(live, t.data);
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const el = n as Element;
    const tag = el.tagName ? el.tagName.toUpperCase() : '';
    if (SKIP.test(tag)) continue;
    if (el.nodeType === 1 && (el as HTMLElement).isContentEditable === true) continue;
    if (tag === 'BR') {
      breakBefore('\n');
      continue;
    }
    const block = BLOCK.test(tag);
    if (block) {
      breakBefore('\n\n');
      stack.push({ exit: true });
    }
    const kids: Node[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }

  dropTrailingSpace();
  return { text: parts.join(''), segments };
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
