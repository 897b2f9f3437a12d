// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { SidebarView } from '../../utils/messages';

// The sidebar asks the background for its view; here the background is a stub: the library is still
// opening for the first two asks (a long upgrade), then it answers.
const settings = { autoSave: 'always' } as unknown as SidebarView['settings'];
const state = {
  pageUrl: 'https://wire.test/a',
  isArticle: true,
  detection: { isArticle: true, confidence: 1, reasons: [] },
  article: {
    url: 'https://wire.test/a',
    title: 'Kremlin says no trip planned',
    byline: null,
    site: 'Wire',
    publishedAt: null,
    excerpt: '',
    text: '',
  },
  cast: [
    {
      id: 'person:dmitry-peskov',
      name: 'Dmitry Peskov',
      type: 'person',
      role: 'Kremlin spokesperson',
      official: true,
      count: 2,
    },
  ],
  timings: { detectMs: 0, modelMs: 0, extractMs: 0, recognizeMs: 0, highlightMs: 0 },
} as unknown as SidebarView['state'];
let asks = 0;
vi.mock('../../utils/messages', async (orig) => ({
  ...(await orig<typeof import('../../utils/messages')>()),
  sendToBackground: vi.fn(async (type: string) => {
    if (type !== 'sidebar:view') return undefined;
    asks++;
    return asks <= 2
      ? { state, related: [], saved: false, settings, libraryPending: true }
      : { state, related: [], saved: true, settings };
  }),
}));
const { Sidebar } = await import('../../components/Sidebar');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

describe('sidebar: a library still opening', () => {
  it('shows the cast at once, says related coverage will come, and asks again until the library answers', async () => {
    root = document.createElement('div');
    document.body.append(root);
    render(<Sidebar />, root);
    await vi.waitFor(() => expect(root.textContent).toContain('Dmitry Peskov'));
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/still opening/);
    expect(root.textContent).not.toContain('No saved article shares names');
    // Asked again (every two seconds) until the library answers: then the notice goes.
    await vi.waitFor(() => expect(asks).toBeGreaterThanOrEqual(3), { timeout: 6000 });
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')).toBeNull());
  }, 10_000);
});
