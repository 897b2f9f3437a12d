import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../../utils/extract/textMap';
import { articleContainer, watchArticle, type WatchReason } from '../../utils/page/watchArticle';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const PARA =
  'The finance ministry said on Monday that the new budget would cut spending on roads by a fifth over three years.';

function load(body: string): Document {
  const win = new Window({ url: 'https://news.example/2024/03/04/budget' });
  windows.push(win);
  win.document.write(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  return win.document as unknown as Document;
}

const articlePage = () =>
  load(
    `<nav><a href="/">Home</a></nav><main><article id="story"><h1>Budget</h1><p>${PARA}</p><p>${PARA}</p></article></main><aside id="ads"></aside>`,
  );

/** Resolves with the reasons seen once `n` calls arrived, or after `ms` with what there is. */
function collect(n: number, ms: number) {
  const seen: WatchReason[] = [];
  let done: (v: WatchReason[]) => void;
  const p = new Promise<WatchReason[]>((r) => (done = r));
  const timer = setTimeout(() => done(seen), ms);
  const onChange = (r: WatchReason) => {
    seen.push(r);
    if (seen.length >= n) {
      clearTimeout(timer);
      setTimeout(() => done(seen), 60); // a little longer: extra calls would show up
    }
  };
  return { p, onChange };
}

describe('articleContainer', () => {
  it('is the lowest element holding all the mapped text', () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    expect(articleContainer(buildTextMap(story))).toBe(story);
    expect(articleContainer(null)).toBeNull();
  });
});

describe('watchArticle', () => {
  it('a "read more" expansion in the article: one debounced call for a burst of changes', async () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    const { p, onChange } = collect(1, 1500);
    watchArticle(doc, buildTextMap(story), onChange, { debounceMs: 30 });
    for (let i = 0; i < 5; i++) {
      const el = doc.createElement('p');
      el.textContent = `${PARA} (${i})`;
      story.appendChild(el);
    }
    expect(await p).toEqual(['content-changed']);
  });

  it('changes outside the article container are ignored', async () => {
    const doc = articlePage();
    const { p, onChange } = collect(1, 300);
    watchArticle(doc, buildTextMap(doc.getElementById('story')!), onChange, { debounceMs: 20 });
    const ads = doc.getElementById('ads')!;
    for (let i = 0; i < 5; i++) {
      const el = doc.createElement('div');
      el.textContent = PARA;
      ads.appendChild(el);
    }
    expect(await p).toEqual([]);
  });

  it('our own wrap-mode marks and tiny edits do not count', async () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    const { p, onChange } = collect(1, 300);
    watchArticle(doc, buildTextMap(story), onChange, { debounceMs: 20 });
    const text = story.querySelector('p')!.firstChild as Text;
    const rest = text.splitText(4);
    const mark = doc.createElement('dramatis-mark');
    story.querySelector('p')!.insertBefore(mark, rest);
    mark.appendChild(doc.createTextNode('xx'));
    const small = doc.createElement('span');
    small.textContent = '5 min read';
    story.appendChild(small);
    expect(await p).toEqual([]);
  });

  it('a re-render that swaps the mapped paragraphs for identical copies is noticed (highlights sat on them)', async () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    const { p, onChange } = collect(1, 1500);
    watchArticle(doc, buildTextMap(story), onChange, { debounceMs: 20 });
    const old = story.querySelector('p')!;
    const copy = doc.createElement('p');
    copy.textContent = old.textContent;
    story.replaceChild(copy, old);
    expect(await p).toEqual(['content-changed']);
  });

  it('the article container being replaced is noticed', async () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    const { p, onChange } = collect(1, 1500);
    watchArticle(doc, buildTextMap(story), onChange, { debounceMs: 20 });
    const fresh = doc.createElement('article');
    fresh.innerHTML = `<p>${PARA}</p>`;
    story.parentNode!.replaceChild(fresh, story);
    expect(await p).toEqual(['container-replaced']);
  });

  it('without an article, a body that arrives late is noticed', async () => {
    const doc = load('<div id="app">Loading…</div>');
    const { p, onChange } = collect(1, 1500);
    watchArticle(doc, null, onChange, { debounceMs: 20 });
    doc.getElementById('app')!.innerHTML = `<article>${`<p>${PARA}</p>`.repeat(6)}</article>`;
    expect(await p).toEqual(['late-body']);
  });

  it('without an article, a body later than lateBodyMs is not watched for any more', async () => {
    const doc = load('<div id="app">Loading…</div>');
    const { p, onChange } = collect(1, 400);
    watchArticle(doc, null, onChange, { debounceMs: 20, lateBodyMs: 50 });
    await new Promise((r) => setTimeout(r, 120));
    doc.getElementById('app')!.innerHTML = `<article>${`<p>${PARA}</p>`.repeat(6)}</article>`;
    expect(await p).toEqual([]);
  });

  it('stop() ends watching', async () => {
    const doc = articlePage();
    const story = doc.getElementById('story')!;
    const { p, onChange } = collect(1, 300);
    const stop = watchArticle(doc, buildTextMap(story), onChange, { debounceMs: 20 });
    stop();
    stop();
    const el = doc.createElement('p');
    el.textContent = PARA;
    story.appendChild(el);
    expect(await p).toEqual([]);
  });
});
