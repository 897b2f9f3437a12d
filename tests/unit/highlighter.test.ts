// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { buildTextMap, type TextMap } from '../../utils/extract/textMap';
import { createHighlighter, WRAP_TAG, type HighlightSpan } from '../../utils/highlight/highlighter';
import { annotateDocument } from '../../utils/annotate';
import { seedPageHtml } from '../../scripts/lib/seedPage';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function mount(html: string): TextMap {
  document.body.innerHTML = html;
  return buildTextMap(document.body);
}

/** Spans for every occurrence of each name in the map's text. */
function spansFor(map: TextMap, names: string[]): HighlightSpan[] {
  const out: HighlightSpan[] = [];
  for (const name of names) {
    let i = -1;
    while ((i = map.text.indexOf(name, i + 1)) >= 0)
      out.push({ start: i, end: i + name.length, type: 'person', key: `${name}@${i}` });
  }
  return out;
}

const PAGE = `
<article>
  <h1>Kirby on  <em>Putin</em></h1>
  <p>Spokesman <a href="/kirby">John</a> Kirby said   Vladimir
     Putin's visit, <b>per Dmitry</b> Peskov, was unlikely.</p>
  <table>
    <tr>
      <td>John Kirby</td>
      <td>Putin</td>
    </tr>
  </table>
  <ul>
    <li>Dmitry Peskov</li>
    <li>Kim Jong-un</li>
  </ul>
  <p>Kim Jong-un<br>and Kirby.</p>
</article>`;
const NAMES = ['John Kirby', 'Kirby', 'Vladimir Putin', 'Putin', 'Dmitry Peskov', 'Kim Jong-un'];

/** Non-overlapping spans (longest names first). */
function nonOverlapping(spans: HighlightSpan[]): HighlightSpan[] {
  const taken: HighlightSpan[] = [];
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start)))
    if (!taken.some((t) => s.start < t.end && t.start < s.end)) taken.push(s);
  return taken.sort((a, b) => a.start - b.start);
}

describe('wrap-mode highlighter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('runs in wrap mode where CSS.highlights is missing', () => {
    const map = mount(PAGE);
    const h = createHighlighter(document, map, []);
    expect(h.mode).toBe('wrap');
    h.dispose();
  });

  it('wraps each mention in marks whose text is the mention', () => {
    const map = mount(PAGE);
    const spans = nonOverlapping(spansFor(map, NAMES));
    expect(spans.length).toBeGreaterThanOrEqual(8);
    const h = createHighlighter(document, map, spans);
    for (const s of spans) {
      const r = h.rangeOf(s);
      expect(r, s.key).not.toBeNull();
      expect(collapse(r!.toString())).toBe(collapse(map.text.slice(s.start, s.end)));
    }
    const marks = [...document.body.querySelectorAll(WRAP_TAG)];
    expect(marks.length).toBeGreaterThanOrEqual(spans.length);
    for (const m of marks) expect(m.getAttribute('data-type')).toBe('person');
    h.dispose();
  });

  it('dispose leaves body.innerHTML exactly as before', () => {
    const map = mount(PAGE);
    const before = document.body.innerHTML;
    const h = createHighlighter(document, map, nonOverlapping(spansFor(map, NAMES)));
    expect(document.body.innerHTML).not.toBe(before);
    h.dispose();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelectorAll(WRAP_TAG).length).toBe(0);
  });

  it('dispose keeps the original Text node objects in place (page scripts may hold them)', () => {
    const map = mount(PAGE);
    const walker = document.createTreeWalker(document.body, 4);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const datas = texts.map((t) => t.data);
    const h = createHighlighter(document, map, nonOverlapping(spansFor(map, NAMES)));
    h.dispose();
    texts.forEach((t, i) => {
      expect(document.body.contains(t), JSON.stringify(datas[i])).toBe(true);
      expect(t.data).toBe(datas[i]);
    });
  });

  it('does not merge adjacent Text nodes that the page itself created', () => {
    // Frameworks (React, Preact) render "Said {name}" as two adjacent Text nodes.
    document.body.innerHTML = '';
    const p = document.createElement('p');
    const a = document.createTextNode('Spokesman said that ');
    const b = document.createTextNode('John Kirby');
    const c = document.createTextNode(' was right, and more words follow here.');
    p.append(a, b, c);
    document.body.append(p);
    const map = buildTextMap(document.body);
    const i = map.text.indexOf('John Kirby');
    const h = createHighlighter(document, map, [{ start: i, end: i + 10, type: 'person', key: 'k' }]);
    expect(p.querySelector(WRAP_TAG)!.textContent).toBe('John Kirby');
    h.dispose();
    expect(p.childNodes.length).toBe(3);
    expect([...p.childNodes]).toEqual([a, b, c]);
  });

  it('never puts a mark directly inside table, tbody, tr, ul or ol', () => {
    const map = mount(PAGE);
    const t = map.text;
    // Every span between word starts and word ends, crossing cells and items.
    const starts = [...t.matchAll(/\S+/g)].map((m) => m.index!);
    const ends = [...t.matchAll(/\S+/g)].map((m) => m.index! + m[0].length);
    for (let k = 0; k < starts.length; k += 2) {
      document.body.innerHTML = PAGE;
      const m2 = buildTextMap(document.body);
      const spans = ends
        .filter((e) => e > starts[k])
        .slice(0, 6)
        .map((e, j) => ({ start: starts[k], end: e, type: 'place' as const, key: `${k}-${j}` }));
      for (const s of spans) {
        const h = createHighlighter(document, m2, [s]);
        for (const mark of document.body.querySelectorAll(WRAP_TAG))
          expect(mark.parentElement!.tagName, `${s.start}-${s.end}`).not.toMatch(/^(TABLE|TBODY|THEAD|TR|UL|OL)$/);
        h.dispose();
      }
    }
  });

  it('flash marks the mention and dispose clears it', () => {
    const map = mount(PAGE);
    const spans = nonOverlapping(spansFor(map, ['John Kirby']));
    const h = createHighlighter(document, map, spans);
    h.flash(spans[0]);
    const flashed = [...document.body.querySelectorAll(`${WRAP_TAG}[data-flash]`)];
    expect(flashed.map((e) => e.textContent).join('')).toBe('John Kirby');
    const before = document.body.innerHTML;
    h.dispose();
    expect(document.body.innerHTML).not.toBe(before);
    expect(document.body.querySelectorAll(WRAP_TAG).length).toBe(0);
  });

  it('unknown spans have no range', () => {
    const map = mount(PAGE);
    const h = createHighlighter(document, map, []);
    expect(h.rangeOf({ start: 0, end: 3, type: 'org', key: 'nope' })).toBeNull();
    h.dispose();
  });

  it("highlights the seed article's entities and restores the page", () => {
    // A separate happy-dom window: its Ranges work (DOMParser documents' Ranges do not in happy-dom).
    const win = new Window({ url: 'https://en.yna.co.kr/view/AEN20240124000200315' });
    win.document.write(seedPageHtml());
    const doc = win.document as unknown as Document;
    const ann = annotateDocument(doc);
    expect(ann.isArticle).toBe(true);
    const before = doc.body.innerHTML;
    const spans = ann.entities.flatMap((e) =>
      e.mentions.map((m, i) => ({ start: m.start, end: m.end, type: e.type, key: `${e.id}#${i}` })),
    );
    const h = createHighlighter(doc, ann.map!, spans);
    for (const e of ann.entities)
      e.mentions.forEach((m, i) => {
        const r = h.rangeOf({ start: m.start, end: m.end, type: e.type, key: `${e.id}#${i}` });
        expect(r!.toString()).toBe(m.text);
      });
    h.dispose();
    expect(doc.body.innerHTML).toBe(before);
    void win.happyDOM.close();
  });
});
