/**
 * The page probe without a WXT context (issue 2): it judges the page, wakes
 * the session only for an article, re-judges after an SPA navigation
 * (Navigation API `navigatesuccess`, or a poll where that API is missing),
 * removes everything once the extension is gone, and leaves when a session starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { probePage, type Probe } from '../../utils/page/pageProbe';
import { markSessionEnded, markSessionStarted, takeHandoff } from '../../utils/page/sessionHandoff';

const FIX = join(import.meta.dirname, '../fixtures/pages');
const ARTICLE = readFileSync(join(FIX, 'peskov-putin-visit.html'), 'utf8');
const FRONT = readFileSync(join(FIX, 'section-front.html'), 'utf8');
const FRONT_URL = 'https://news.example/world/';
const ARTICLE_PATH = '/2024/03/04/kremlin-says-putin-visit-is-on';

const EXTENSION_ID = 'test-extension-id';
const windows: Window[] = [];
const probes: Probe[] = [];
let messages: string[];

beforeEach(() => {
  fakeBrowser.reset();
  // reset() leaves an id a test took away (as a reloaded extension's runtime loses it).
  fakeBrowser.runtime.id = EXTENSION_ID;
  messages = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    messages.push((m as { type: string }).type);
    return Promise.resolve({ started: true });
  });
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('dramatis.session-started')];
  takeHandoff();
});

afterEach(async () => {
  probes.splice(0).forEach((p) => p.stop());
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** A page at `url` holding `html`; with `navigation`, a stand-in for Chromium's Navigation API. */
function open(html: string, url: string, navigation = true) {
  const win = new Window({ url });
  windows.push(win);
  win.document.write(html);
  const nav = new win.EventTarget() as unknown as EventTarget;
  if (navigation) Object.assign(win, { navigation: nav });
  return { win, doc: win.document as unknown as Document, nav };
}

function start(doc: Document): Probe {
  const p = probePage(doc);
  probes.push(p);
  return p;
}

/** What an SPA does on a link click: a new address, then the new view's content. */
function spaNavigate(win: Window, nav: EventTarget, path: string, html: string) {
  win.history.pushState({}, '', path);
  win.document.body.innerHTML = new win.DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  nav.dispatchEvent(new win.Event('navigatesuccess') as unknown as Event);
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('the page probe', () => {
  it('a section front: judged, no message, no settings read, a watcher for a late body', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const { doc } = open(FRONT, FRONT_URL);
    await start(doc).ready;
    await settle();
    expect(messages).toEqual([]);
    expect(get).not.toHaveBeenCalled();
  });

  it('an article: wakes the session with its detection', async () => {
    const { doc } = open(ARTICLE, 'https://news.example' + ARTICLE_PATH);
    await start(doc).ready;
    expect(messages).toEqual(['page:wake']);
    const h = takeHandoff();
    expect(h?.detection?.isArticle).toBe(true);
    expect(h?.url).toBe('https://news.example' + ARTICLE_PATH);
  });

  it('an SPA navigation (navigatesuccess) to an article is judged again, at the new address', async () => {
    const { win, doc, nav } = open(FRONT, FRONT_URL);
    await start(doc).ready;
    expect(messages).toEqual([]);
    spaNavigate(win, nav, ARTICLE_PATH, ARTICLE);
    await vi.waitFor(() => expect(messages).toEqual(['page:wake']));
    expect(takeHandoff()?.url).toBe('https://news.example' + ARTICLE_PATH);
  });

  // The article is in the page but hidden (aria-hidden) until the view
  // changes: un-hiding it is an attribute change, which the late-body watcher
  // does not count, so only hearing the navigation brings the re-judgement.
  it.each([
    ['navigatesuccess', true],
    ['a poll, without the Navigation API', false],
  ])('a view revealed by a navigation is judged again (%s)', async (_, navigation) => {
    const hidden = ARTICLE.replace('<article>', '<article aria-hidden="true">');
    const { win, doc, nav } = open(hidden, FRONT_URL, navigation);
    await start(doc).ready;
    await settle();
    expect(messages).toEqual([]);
    win.history.pushState({}, '', ARTICLE_PATH);
    win.document.querySelector('article')!.removeAttribute('aria-hidden');
    if (navigation) nav.dispatchEvent(new win.Event('navigatesuccess') as unknown as Event);
    await vi.waitFor(() => expect(messages).toEqual(['page:wake']), { timeout: 2000 });
  });

  it('a navigation event that leaves the address as it was does not re-judge', async () => {
    const { win, doc, nav } = open(FRONT, FRONT_URL);
    await start(doc).ready;
    win.document.body.innerHTML = new win.DOMParser().parseFromString(ARTICLE, 'text/html').body.innerHTML;
    nav.dispatchEvent(new win.Event('navigatesuccess') as unknown as Event);
    await settle();
    expect(messages).toEqual([]);
  });

  it('after the extension is gone (reload, update) it stops at its next wake-up and removes its listeners', async () => {
    const { win, doc, nav } = open(FRONT, FRONT_URL);
    const removed = vi.spyOn(nav, 'removeEventListener');
    await start(doc).ready;
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    spaNavigate(win, nav, ARTICLE_PATH, ARTICLE);
    await settle();
    expect(messages).toEqual([]);
    expect(removed).toHaveBeenCalledWith('navigatesuccess', expect.any(Function));
    // Even with the runtime back, the stopped probe never judges again.
    fakeBrowser.runtime.id = EXTENSION_ID;
    spaNavigate(win, nav, '/2024/03/05/another-story-about-the-visit', ARTICLE);
    await settle();
    expect(messages).toEqual([]);
  });

  it.each([
    ['alive', true, ['page:wake']],
    ['gone', false, []],
  ])('a body that arrives late, extension %s', async (_, alive, expected) => {
    const { win, doc } = open('<html><body><main></main></body></html>', 'https://news.example' + ARTICLE_PATH);
    await start(doc).ready;
    if (!alive) (fakeBrowser.runtime as { id?: string }).id = undefined;
    const body = new win.DOMParser().parseFromString(ARTICLE, 'text/html').body;
    win.document.querySelector('main')!.innerHTML = body.innerHTML;
    await new Promise((r) => setTimeout(r, 1000)); // past the late-body watcher's debounce
    expect(messages).toEqual(expected);
  });

  it('stands down when a session starts: later navigations are the session’s', async () => {
    const { win, doc, nav } = open(FRONT, FRONT_URL);
    const removed = vi.spyOn(nav, 'removeEventListener');
    await start(doc).ready;
    expect(markSessionStarted()).toBe(true);
    expect(removed).toHaveBeenCalledWith('navigatesuccess', expect.any(Function));
    spaNavigate(win, nav, ARTICLE_PATH, ARTICLE);
    await settle();
    expect(messages).toEqual([]);
  });

  it('one session per page while it lives; once its context ends (extension reloaded) a new one may start', () => {
    markSessionEnded();
    expect(markSessionStarted()).toBe(true);
    expect(markSessionStarted()).toBe(false);
    markSessionEnded();
    expect(markSessionStarted()).toBe(true);
  });

  it('an article on a muted site reports why, and wakes when the site is turned back on', async () => {
    await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['news.example'] } });
    const { doc } = open(ARTICLE, 'https://news.example' + ARTICLE_PATH);
    await start(doc).ready;
    await vi.waitFor(() => expect(messages).toEqual(['page:analyzed']));
    await fakeBrowser.storage.sync.set({ settings: { disabledSites: [] } });
    await vi.waitFor(() => expect(messages).toEqual(['page:analyzed', 'page:wake']));
  });
});
