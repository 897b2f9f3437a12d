import { probePage } from '../../utils/page/pageProbe';

// Runs on every http(s) page: a small probe that wakes the page session
// (entrypoints/session.ts) only where it finds an article. Chrome; Firefox
// loads the whole session as its content script (article-firefox.content).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  exclude: ['firefox'],
  async main(ctx) {
    await probePage(ctx);
  },
});
