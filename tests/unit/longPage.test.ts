// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  appendEntities,
  isLongPage,
  pagePrefix,
  readRest,
  restContainer,
  toLiveMap,
} from '../../utils/highlight/longPage';
import { buildTextMap, type TextMap } from '../../utils/extract/textMap';
import { sliceNodes } from '../../utils/highlight/textRange';
import type { Entity } from '../../utils/types';

const para = (i: number) => `Paragraph ${i} says that the talks went on late into the night.`;

function page(paragraphs: number, script = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.setAttribute('lang', 'en');
  doc.head.innerHTML = '<meta property="og:type" content="article"><title>Long</title>';
  const ps = Array.from(
    { length: paragraphs },
    (_, i) => `<p id="p${i}">${para(i)} <a href="/x">link ${i}</a> end.</p>`,
  );
  doc.body.innerHTML = `<nav>Home World</nav><article><h1>Long</h1><div class="body">${ps.join('')}</div></article><footer>Footer text</footer><script>${script}</script>`;
  return doc;
}

/** What the map's runs say, read back from the DOM: must equal the map's text at those offsets. */
function readBack(map: TextMap, start: number, end: number): string {
  return sliceNodes(map, start, end)
    .map((s) => s.node.data.slice(s.startOffset, s.endOffset))
    .join('')
    .replace(/\s+/g, ' ');
}

describe('isLongPage', () => {
  it('counts page text, not inline scripts', () => {
    expect(isLongPage(page(10), 1000)).toBe(false);
    expect(isLongPage(page(10, 'x'.repeat(5000)), 1000)).toBe(false);
    expect(isLongPage(page(100), 1000)).toBe(true);
  });
});

describe('pagePrefix', () => {
  it("copies the head and the body's beginning, tied to the live nodes, and leaves the page alone", async () => {
    const doc = page(200);
    const before = doc.documentElement.outerHTML;
    const pre = await pagePrefix(doc, 2000);
    expect(pre.truncated).toBe(true);
    expect(pre.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(pre.doc.documentElement.getAttribute('lang')).toBe('en');
    const text = pre.doc.body.textContent ?? '';
    expect(text.length).toBeGreaterThanOrEqual(2000);
    expect(text.length).toBeLessThan(2200);
    expect(text).toContain(para(0));
    expect(text).not.toContain('Footer text');
    // Each copied Text node's twin is the live node with the same text, at the same place.
    for (const [copy, live] of pre.liveOf) {
      expect(live.ownerDocument).toBe(doc);
      expect(live.data).toBe(copy.data);
      expect((live.parentElement as Element).id).toBe((copy.parentElement as Element).id);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
    const whole = await pagePrefix(page(3), 100_000);
    expect(whole.truncated).toBe(false);
  });
});

describe('readRest', () => {
  it("continues the map to the article's end, in chunks whose offsets land on the right live text", async () => {
    const doc = page(300);
    const pre = await pagePrefix(doc, 3000);
    // The first pass read the copy; its map is pointed at the live page.
    const first = toLiveMap(buildTextMap(pre.doc.querySelector('article')!), pre.liveOf);
    const map: TextMap = { text: first.text, segments: [...first.segments] };
    expect(map.segments.every((s) => s.node.ownerDocument === doc)).toBe(true);
    const container = restContainer(map.segments[0].node.parentElement!);
    expect(container.tagName).toBe('ARTICLE');
    let chunks = 0;
    for await (const chunk of readRest(map, container, 2000)) {
      chunks++;
      map.text += chunk.text;
      map.segments.push(...chunk.segments);
    }
    expect(chunks).toBeGreaterThan(3);
    // Every paragraph, in order, exactly once; nothing from outside the article.
    for (let i = 0; i < 300; i++) expect(map.text.split(para(i)).length - 1).toBe(1);
    expect(map.text.indexOf(para(299))).toBeGreaterThan(map.text.indexOf(para(298)));
    expect(map.text).not.toContain('Footer text');
    expect(map.text).not.toContain('Home World');
    // Offsets in the appended text point at the live nodes holding that text.
    for (const i of [150, 299]) {
      const at = map.text.indexOf(`link ${i}`);
      expect(readBack(map, at, at + `link ${i}`.length)).toBe(`link ${i}`);
      const p = map.text.indexOf(para(i));
      expect(readBack(map, p, p + para(i).length)).toBe(para(i));
      expect(sliceNodes(map, p, p + 5)[0].node.parentElement!.id).toBe(`p${i}`);
    }
  });
});

describe('appendEntities', () => {
  const ent = (id: string, name: string, role: string | null, starts: number[]): Entity => ({
    id,
    name,
    type: 'person',
    role,
    roleOf: null,
    official: !!role,
    why: [],
    mentions: starts.map((s) => ({ start: s, end: s + name.length, text: name })),
  });
  it("moves the later chunk's offsets and joins entities by id", () => {
    const found = [ent('person:a', 'Ann', null, [0])];
    const more = [ent('person:a', 'Ann', 'minister', [5]), ent('person:b', 'Bo', null, [10])];
    const out = appendEntities(found, more, 100);
    expect(out.map((e) => [e.id, e.role, e.mentions.map((m) => m.start)])).toEqual([
      ['person:a', 'minister', [0, 105]],
      ['person:b', null, [110]],
    ]);
    // The inputs are not changed.
    expect(found[0].mentions).toHaveLength(1);
    expect(more[0].mentions[0].start).toBe(5);
  });
});
