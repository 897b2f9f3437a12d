// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { LibraryStatus } from '../../utils/library/libraryStatus';

// The library page asks the background for everything; here the background is a stub whose status we choose.
let status: LibraryStatus = { state: 'ready', version: 3 };
vi.mock('../../utils/messages', async (orig) => ({
  ...(await orig<typeof import('../../utils/messages')>()),
  sendToBackground: vi.fn(async (type: string) => {
    if (type === 'library:status') return status;
    if (type === 'library:overview') return { count: 0, sites: [] };
    return [];
  }),
}));
const { LibraryPage } = await import('../../components/LibraryPage');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});
async function mount() {
  root = document.createElement('div');
  document.body.append(root);
  render(<LibraryPage />, root);
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
  await new Promise((r) => setTimeout(r, 20));
}

describe('library page: the library’s open state (issue 7)', () => {
  it('says nothing when the library is ready', async () => {
    status = { state: 'ready', version: 3 };
    await mount();
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('tells the reader what to close when an older version holds the library open', async () => {
    status = { state: 'blocked', message: 'x' };
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/older Dramatis/));
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/Nothing has been lost/);
  });

  it('names the error and says the saved articles are kept when opening failed', async () => {
    status = { state: 'failed', message: 'x', error: 'UpgradeError: disk full', version: 2 };
    await mount();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/UpgradeError: disk full/),
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/kept as they were/);
  });
});

describe('library page: a long upgrade', () => {
  it('says the library is being opened when it still is a second later, then fills in once it is ready', async () => {
    status = { state: 'opening' };
    await mount();
    // A quick open (every worker start) shows nothing…
    expect(root.querySelector('[role="status"]')).toBeNull();
    // …one still going a second later is explained.
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/nothing is lost/), {
      timeout: 3000,
    });
    const { sendToBackground } = await import('../../utils/messages');
    const overviews = () =>
      vi.mocked(sendToBackground).mock.calls.filter(([type]) => type === 'library:overview').length;
    const before = overviews();
    status = { state: 'ready', version: 9 };
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')).toBeNull(), { timeout: 3000 });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    // The page asks for the library again once it is open.
    await vi.waitFor(() => expect(overviews()).toBeGreaterThan(before));
  });
});

describe('library page: saves made while it was in the background', () => {
  it('asks for the articles again when the reader comes back to the tab', async () => {
    status = { state: 'ready', version: 9 };
    await mount();
    const { sendToBackground } = await import('../../utils/messages');
    const lists = () => vi.mocked(sendToBackground).mock.calls.filter(([type]) => type === 'library:list').length;
    await vi.waitFor(() => expect(lists()).toBeGreaterThan(0));
    const before = lists();
    expect(document.visibilityState).toBe('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(lists()).toBeGreaterThan(before));
  });
});
