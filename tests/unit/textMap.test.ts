// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../../utils/extract/textMap';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('buildTextMap', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('collapses whitespace runs and trims leading/trailing space', () => {
    const root = mount('<p>   Hello \n\t  world   </p>');
    expect(buildTextMap(root).text).toBe('Hello world');
  });

  it('keeps names split by inline elements as one run of text', () => {
    const root = mount('<p>Said <a href="#">John</a> Kirby, <em>the</em> <b>coordinator</b>.</p>');
    expect(buildTextMap(root).text).toBe('Said John Kirby, the coordinator.');
  });

  it('separates block elements by a blank line and <br> by a newline', () => {
    const root = mount(
      '<h1>Title</h1><p>First para.</p>\n  <p>Second<br>line</p><ul>\n <li>One</li>\n <li>Two</li>\n</ul>',
    );
    expect(buildTextMap(root).text).toBe('Title\n\nFirst para.\n\nSecond\nline\n\nOne\n\nTwo');
  });

  it('skips script, style, textarea and button text', () => {
    const root = mount(
      '<p>Kept <script>var x = 1;</script>text<style>p{}</style> <button>Click</button>here<textarea>no</textarea></p>',
    );
    expect(buildTextMap(root).text).toBe('Kept text here');
  });

  it('records segments whose nodes hold exactly the characters of their run', () => {
    const root = mount('<p>  A  <i>b</i>   c\n d </p><p> e </p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('A b c d\n\ne');
    for (const seg of map.segments) {
      expect(seg.end).toBeGreaterThanOrEqual(seg.start);
      const chars = map.text.slice(seg.start, seg.end);
      for (let k = 0; k < chars.length; k++) {
        const raw = seg.raw ? seg.raw[k] : k;
        const ch = seg.node.data[raw];
        if (chars[k] === ' ') expect(ch).toMatch(/\s/);
        else expect(ch).toBe(chars[k]);
      }
    }
    // Segments are in text order and do not overlap.
    for (let i = 1; i < map.segments.length; i++)
      expect(map.segments[i].start).toBeGreaterThanOrEqual(map.segments[i - 1].end);
  });

  it('is empty for an element with only whitespace', () => {
    const root = mount('  \n <span> </span> ');
    const map = buildTextMap(root);
    expect(map.text).toBe('');
  });

  it('maps through a resolver and drops runs it rejects', () => {
    const root = mount('<p>Keep <span class="x">drop</span> this</p>');
    const dropped = root.querySelector('.x')!.firstChild as Text;
    const map = buildTextMap(root, (t) => (t === dropped ? null : t));
    expect(map.text).toBe('Keep this');
    expect(map.segments.some((s) => s.node === dropped)).toBe(false);
  });
});
