// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildTextMap, type TextMap } from '../../utils/extract/textMap';
import type { Highlighter } from '../../utils/highlight/highlighter';
import { toRange } from '../../utils/highlight/textRange';
import type { Entity } from '../../utils/types';
import type { EntitySpan } from '../../utils/page/entitySpan';
import { MentionWalk, type MentionWalkDeps } from '../../utils/page/mentionWalk';

const TEXT = 'Vladimir Putin spoke. John Kirby said Kirby would wait. Putin smiled at Kirby.';

/** Where the `nth` occurrence of `word` starts in TEXT. */
function at(word: string, nth: number): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(word, i + 1);
  if (i < 0) throw new Error(`no ${word} #${nth}`);
  return i;
}

function entity(id: string, name: string, mentions: [string, number][]): Entity {
  return {
    id,
    name,
    type: 'person',
    mentions: mentions.map(([w, nth]) => ({ start: at(w, nth), end: at(w, nth) + w.length, text: w })),
  } as Entity;
}

const PUTIN = entity('putin', 'Vladimir Putin', [
  ['Vladimir Putin', 0],
  ['Putin', 1],
]);
const KIRBY = entity('kirby', 'John Kirby', [
  ['John Kirby', 0],
  ['Kirby', 1],
  ['Kirby', 2],
]);

/** The session's spans: every mention of every entity, entity by entity (as render() builds them). */
const spansOf = (entities: Entity[]): EntitySpan[] =>
  entities.flatMap((e) =>
    e.mentions.map((m, index) => ({
      start: m.start,
      end: m.end,
      type: e.type,
      key: `${e.id}#${index}`,
      entity: e,
      index,
    })),
  );

let ctx: ContentScriptContext;
let map: TextMap;
const scrollIntoView = Element.prototype.scrollIntoView;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  map = buildTextMap(document.querySelector('article')!);
  ctx = new ContentScriptContext('test');
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  ctx.abort();
  Element.prototype.scrollIntoView = scrollIntoView;
  document.documentElement.querySelectorAll('dramatis-keys').forEach((el) => el.remove());
  document.body.innerHTML = '';
});

function setup(opts: { entities?: Entity[]; highlighted?: (s: EntitySpan) => boolean; noMap?: boolean } = {}) {
  const spans = spansOf(opts.entities ?? [PUTIN, KIRBY]);
  const highlighted = opts.highlighted ?? (() => true);
  const hl = {
    mode: 'wrap',
    rangeOf: (s: EntitySpan) => (highlighted(s) ? toRange(map, s.start, s.end) : null),
    flash: vi.fn(),
    dispose: vi.fn(),
  };
  const deps = {
    spans: () => spans,
    highlighter: () => hl as unknown as Highlighter,
    map: () => (opts.noMap ? null : map),
    openCard: vi.fn<MentionWalkDeps['openCard']>(),
    focusCard: vi.fn<MentionWalkDeps['focusCard']>(),
    closeCard: vi.fn<MentionWalkDeps['closeCard']>(() => true),
  };
  const walk = new MentionWalk(ctx, document, deps);
  /** The keys of the mentions the card was opened on, in order. */
  const opened = () => deps.openCard.mock.calls.map(([s]) => s.key);
  return { walk, deps, hl, spans, opened };
}

describe('MentionWalk: next / previous mention of one name', () => {
  it('goes forwards through the name’s mentions, flashing and opening each, and wraps', () => {
    const { walk, deps, hl, opened } = setup();
    for (let i = 0; i < 4; i++) walk.focusEntity('kirby', 1);
    expect(opened()).toEqual(['kirby#0', 'kirby#1', 'kirby#2', 'kirby#0']);
    expect(hl.flash.mock.calls.map(([s]) => s.key)).toEqual(opened());
    // The card opens at the mention's own text.
    const [span, range] = deps.openCard.mock.calls[1];
    expect(range.toString()).toBe(TEXT.slice(span.start, span.end));
    expect(range.toString()).toBe('Kirby');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' });
  });

  it('backwards starts at the last mention and wraps past the first', () => {
    const { walk, opened } = setup();
    for (let i = 0; i < 4; i++) walk.focusEntity('kirby', -1);
    expect(opened()).toEqual(['kirby#2', 'kirby#1', 'kirby#0', 'kirby#2']);
  });

  it('each name keeps its own place', () => {
    const { walk, opened } = setup();
    walk.focusEntity('kirby');
    walk.focusEntity('kirby');
    walk.focusEntity('putin');
    walk.focusEntity('kirby');
    walk.focusEntity('putin', -1);
    expect(opened()).toEqual(['kirby#0', 'kirby#1', 'putin#0', 'kirby#2', 'putin#1']);
  });

  it('the shortcut walks the name mentioned first until a card selects another, and goes on from that card', () => {
    const { walk, spans, opened } = setup({ entities: [KIRBY, PUTIN] });
    // Kirby comes first in entity order, but the article mentions Putin first.
    expect(walk.step(1)).toBe('putin');
    expect(walk.step(1)).toBe('putin');
    // A card opened by hover on Kirby's second mention: the walk goes on from there.
    walk.opened(spans.find((s) => s.key === 'kirby#1')!);
    expect(walk.step(1)).toBe('kirby');
    expect(walk.step(-1)).toBe('kirby');
    expect(walk.step(-1)).toBe('kirby');
    expect(opened()).toEqual(['putin#0', 'putin#1', 'kirby#2', 'kirby#1', 'kirby#0']);
    // A re-read forgets it all.
    walk.clearSelection();
    expect(walk.step(-1)).toBe('putin');
    expect(opened().at(-1)).toBe('putin#1');
  });

  it('a name whose type is not highlighted still scrolls to its mention (from the text map)', () => {
    const { walk, deps, opened } = setup({ highlighted: (s) => s.entity.id !== 'putin' });
    walk.focusEntity('putin');
    expect(opened()).toEqual(['putin#0']);
    expect(deps.openCard.mock.calls[0][1].toString()).toBe('Vladimir Putin');
  });

  it('does nothing without a highlighter, a range or mentions', () => {
    const noMap = setup({ highlighted: () => false, noMap: true });
    noMap.walk.focusEntity('putin');
    expect(noMap.opened()).toEqual([]);
    const unknown = setup();
    unknown.walk.focusEntity('nobody');
    expect(unknown.walk.step(1)).toBe('putin');
    expect(unknown.opened()).toEqual(['putin#0']);
    const empty = setup({ entities: [] });
    expect(empty.walk.step(1)).toBeNull();
  });
});

describe('MentionWalk: the keyboard walk over the highlights', () => {
  const key = (target: EventTarget, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const host = () => document.querySelector<HTMLElement>('dramatis-keys');

  it('the first Tab lands on its stop; arrows walk in reading order; Enter opens the card; removal takes the stop away', () => {
    const { walk, deps, hl, spans } = setup();
    walk.walkOver([...spans].sort((a, b) => a.start - b.start));
    expect(host()).toBeNull(); // nothing is added to the page before the reader tabs
    key(document.body, 'Tab');
    expect(host()).not.toBeNull();
    expect(document.activeElement).toBe(host());
    const flashed = () => hl.flash.mock.calls.map(([s, hold]) => `${s?.key}@${hold}`);
    expect(flashed()).toEqual(['putin#0@Infinity']);
    key(host()!, 'ArrowRight');
    key(host()!, 'ArrowRight');
    key(host()!, 'End');
    key(host()!, 'ArrowLeft');
    expect(flashed().slice(1)).toEqual([
      'kirby#0@Infinity',
      'kirby#1@Infinity',
      'kirby#2@Infinity',
      'putin#1@Infinity',
    ]);
    key(host()!, 'Enter');
    expect(deps.openCard.mock.calls.map(([s]) => s.key)).toEqual(['putin#1']);
    expect(deps.focusCard).toHaveBeenCalledWith(host());
    key(host()!, 'Escape');
    expect(deps.closeCard).toHaveBeenCalledTimes(1);
    walk.walkOver([]);
    expect(host()).toBeNull();
  });

  it('dispose removes the stop and its listeners', () => {
    const { walk, hl, spans } = setup();
    walk.walkOver([...spans].sort((a, b) => a.start - b.start));
    walk.dispose();
    key(document.body, 'Tab');
    expect(host()).toBeNull();
    expect(hl.flash).not.toHaveBeenCalled();
  });
});
