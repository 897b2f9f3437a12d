// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Highlighted } from '../../components/library/Highlighted';
import { Timeline } from '../../components/library/Timeline';

const WEEK = 7 * 24 * 3600 * 1000;
const mon = Date.parse('2024-01-01T00:00:00Z');
let root: HTMLElement;

afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('Highlighted', () => {
  it('marks every occurrence of the terms, case-insensitively, and keeps the text intact', () => {
    const el = mount(<Highlighted text="Peskov said PESKOV would not travel." terms={['peskov']} />);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Peskov', 'PESKOV']);
    expect(el.textContent).toBe('Peskov said PESKOV would not travel.');
  });

  it('renders markup from a page as text, never as elements, even when a term matches inside it', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> shipping';
    const el = mount(<Highlighted text={text} terms={['script', 'ship(']} />);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toBe(text);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['script', 'script']);
  });
});

describe('Timeline', () => {
  it('draws one bar per week from the first to the last, empty weeks included, tallest for the busiest', () => {
    const el = mount(
      <Timeline
        label="Peskov"
        weeks={[
          [mon, 2],
          [mon + 3 * WEEK, 4],
        ]}
      />,
    );
    const bars = [...el.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(4);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[1]).toBe(0);
    expect(heights[2]).toBe(0);
    expect(heights[3]).toBeGreaterThan(heights[0]);
    expect(heights[3]).toBe(2 * heights[0]);
    expect(bars[0].querySelector('title')!.textContent).toBe('Week of 1 Jan 2024: 2 articles');
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe('Peskov: mentions per week');
  });

  it('says so when there is nothing to draw', () => {
    expect(mount(<Timeline label="X" weeks={[]} />).textContent).toContain('No dated mentions');
  });
});
