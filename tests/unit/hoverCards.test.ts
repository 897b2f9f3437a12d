// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildTextMap, type TextMap } from '../../utils/extract/textMap';
import type { Highlighter } from '../../utils/highlight/highlighter';
import { toRange } from '../../utils/highlight/textRange';
import { DEFAULT_SETTINGS } from '../../utils/background/settingsStore';
import type { Settings } from '../../utils/messages';
import type { Entity } from '../../utils/types';
import type { EntitySpan } from '../../utils/page/entitySpan';
import { HoverCards, type HoverCardsDeps } from '../../utils/page/hoverCards';

const TEXT = 'Spokesman John Kirby said the talks went on.';
const KIRBY = {
  id: 'kirby',
  name: 'John Kirby',
  type: 'person',
  role: 'spokesman',
  official: true,
  mentions: [{ start: 10, end: 20, text: 'John Kirby' }],
} as unknown as Entity;
const SPAN: EntitySpan = { start: 10, end: 20, type: 'person', key: 'kirby#0', entity: KIRBY, index: 0 };
/** A pointer over "Kirby" and one over "talks" (x is the text offset; see the layout stubs below). */
const ON_NAME = { clientX: 15, clientY: 10 };
const OFF_NAME = { clientX: 32, clientY: 10 };

let ctx: ContentScriptContext;
let map: TextMap;
let text: Text;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  map = buildTextMap(document.querySelector('article')!);
  text = document.querySelector('p')!.firstChild as Text;
  // No layout in happy-dom: one line of text where x is the character offset.
  (document as unknown as { caretRangeFromPoint: (x: number) => Range }).caretRangeFromPoint = (x: number) => {
    const r = document.createRange();
    r.setStart(text, Math.min(x, text.length));
    return r;
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return [{ left: this.startOffset, right: this.endOffset, top: 0, bottom: 20 }] as unknown as DOMRectList;
  });
  ctx = new ContentScriptContext('test');
  vi.useFakeTimers();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.querySelectorAll('dramatis-card').forEach((el) => el.remove());
  document.body.innerHTML = '';
});

function setup(over: Partial<Settings> = {}, hidden = false) {
  const settings = { ...DEFAULT_SETTINGS, ...over };
  const hl = {
    mode: 'wrap',
    rangeOf: (s: EntitySpan) => toRange(map, s.start, s.end),
    flash: vi.fn(),
    dispose: vi.fn(),
  };
  const deps = {
    spans: () => [SPAN],
    highlighter: () => hl as unknown as Highlighter,
    map: () => map,
    settings: () => settings,
    hidden: () => hidden,
    asOf: () => null,
    stats: () => ({}),
    refreshStats: vi.fn<HoverCardsDeps['refreshStats']>(async () => null),
    onOpen: vi.fn<HoverCardsDeps['onOpen']>(),
    hidePage: vi.fn(),
  };
  const cards = new HoverCards(ctx, document, deps);
  cards.listen();
  return { cards, deps, settings };
}
const move = (at: { clientX: number; clientY: number }) => document.dispatchEvent(new MouseEvent('mousemove', at));
const click = (at: { clientX: number; clientY: number }) =>
  document.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true }));
const cardHost = () => document.querySelector('dramatis-card');

describe('HoverCards', () => {
  it('opens the card after the hover delay, over the name only, and closes it when the pointer leaves', async () => {
    const { cards, deps, settings } = setup();
    move(ON_NAME);
    vi.advanceTimersByTime(settings.hoverDelayMs - 1);
    expect(deps.onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(deps.onOpen).toHaveBeenCalledWith(SPAN);
    expect(deps.refreshStats).toHaveBeenCalledWith('kirby');
    expect(cardHost()).not.toBeNull();
    move(OFF_NAME);
    vi.advanceTimersByTime(300);
    expect(cards.close()).toBe(false); // already closed by leaving
  });

  it('a pending hover opens nothing once the page is cleared', () => {
    const { cards, deps, settings } = setup();
    move(ON_NAME);
    cards.clear();
    vi.advanceTimersByTime(settings.hoverDelayMs * 2);
    expect(deps.onOpen).not.toHaveBeenCalled();
  });

  it('in click mode a click opens the card at once and a click elsewhere or Esc closes it', () => {
    const { cards, deps, settings } = setup({ hoverMode: 'click' });
    move(ON_NAME);
    vi.advanceTimersByTime(settings.hoverDelayMs * 2);
    expect(deps.onOpen).not.toHaveBeenCalled();
    click(ON_NAME);
    expect(deps.onOpen).toHaveBeenCalledTimes(1);
    click(OFF_NAME);
    expect(cards.close()).toBe(false);
    click(ON_NAME);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cards.close()).toBe(false);
    click(ON_NAME);
    expect(cards.close()).toBe(true);
  });

  it('opens nothing while the highlights are hidden', () => {
    const { deps, settings } = setup({}, true);
    move(ON_NAME);
    vi.advanceTimersByTime(settings.hoverDelayMs * 2);
    expect(deps.onOpen).not.toHaveBeenCalled();
  });

  it('dispose takes the card off the page; the listeners go with ctx', () => {
    const { cards, deps } = setup({ hoverMode: 'click' });
    click(ON_NAME);
    expect(cardHost()).not.toBeNull();
    cards.dispose();
    expect(cardHost()).toBeNull();
    ctx.abort();
    click(ON_NAME);
    expect(deps.onOpen).toHaveBeenCalledTimes(1);
  });
});
