// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../utils/extract/textMap';
import { offsetOf, sliceNodes, toRange } from '../../utils/highlight/textRange';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const noSpace = (s: string) => s.replace(/\s+/g, '');

function setup(html: string): TextMap {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return buildTextMap(document.getElementById('root')!);
}

const PAGE = `
  <h2>  Ties   between   Moscow and   Pyongyang </h2>
  <p>
     Spokesman <a href="/p/kirby">John</a> Kirby said,   "We are
     <em>watching</em>\tthis closely."  </p>
  <p>Mr. <b>Pu</b>tin<span> </span>stands   to benefit.<br>Kim Jong-un too.</p>
  <ul>
    <li>One</li>
    <li>  Two  </li>
  </ul>`;

describe('sliceNodes / toRange', () => {
  it('selects exactly the characters of every span inside one block', () => {
    const map = setup(PAGE);
    const t = map.text;
    expect(t).toContain('Spokesman John Kirby said, "We are watching this closely."');
    expect(t).toContain('Mr. Putin stands to benefit.\nKim Jong-un too.');
    const blocks: [number, number][] = [];
    let s = 0;
    for (const m of t.matchAll(/\n+/g)) {
      blocks.push([s, m.index!]);
      s = m.index! + m[0].length;
    }
    blocks.push([s, t.length]);
    let checked = 0;
    for (const [bs, be] of blocks)
      for (let a = bs; a < be; a++)
        for (let b = a + 1; b <= be; b++) {
          const want = t.slice(a, b);
          if (!want.trim()) continue;
          const r = toRange(map, a, b);
          expect(r, `range ${a}-${b}`).not.toBeNull();
          expect(collapse(r!.toString()), `span ${a}-${b} ${JSON.stringify(want)}`).toBe(collapse(want));
          // Non-space endpoints are hit exactly.
          const got = r!.toString();
          if (!/^\s/.test(want)) expect(got[0]).toBe(want[0]);
          if (!/\s$/.test(want)) expect(got[got.length - 1]).toBe(want[want.length - 1]);
          checked++;
        }
    expect(checked).toBeGreaterThan(500);
  });

  it('selects the right characters for spans across blocks (up to block-break whitespace)', () => {
    const map = setup(PAGE);
    const t = map.text;
    for (let a = 0; a < t.length; a += 3)
      for (let b = a + 1; b <= t.length; b += 5) {
        const r = toRange(map, a, b);
        const want = t.slice(a, b);
        if (!want.trim()) continue;
        expect(noSpace(r!.toString())).toBe(noSpace(want));
      }
  });

  it('joins a name split across an inline element into one range over two nodes', () => {
    const map = setup(PAGE);
    const i = map.text.indexOf('John Kirby');
    const slices = sliceNodes(map, i, i + 'John Kirby'.length);
    expect(slices.length).toBe(2);
    expect(slices[0].node.data.slice(slices[0].startOffset, slices[0].endOffset)).toBe('John');
    expect(slices[1].node.data.slice(slices[1].startOffset, slices[1].endOffset)).toBe(' Kirby');
    expect(toRange(map, i, i + 10)!.toString()).toBe('John Kirby');
    const p = map.text.indexOf('Putin');
    expect(toRange(map, p, p + 5)!.toString()).toBe('Putin');
  });

  it('returns nothing for empty or out-of-range spans', () => {
    const map = setup(PAGE);
    expect(sliceNodes(map, 5, 5)).toEqual([]);
    expect(sliceNodes(map, 6, 5)).toEqual([]);
    expect(toRange(map, map.text.length + 10, map.text.length + 20)).toBeNull();
  });
});

describe('offsetOf', () => {
  it('round-trips every non-space character offset', () => {
    const map = setup(PAGE);
    const t = map.text;
    for (let i = 0; i < t.length; i++) {
      if (/\s/.test(t[i])) continue;
      const [sl] = sliceNodes(map, i, i + 1);
      expect(sl.node.data[sl.startOffset]).toBe(t[i]);
      expect(offsetOf(map, sl.node, sl.startOffset)).toBe(i);
    }
  });

  it('is -1 for a node outside the map', () => {
    const map = setup(PAGE);
    const stray = document.createTextNode('stray');
    expect(offsetOf(map, stray, 0)).toBe(-1);
  });
});
