import { probePage } from '../utils/page/pageProbe';

// Runs on every http(s) page (Chrome): a small probe that wakes the page
// session (entrypoints/session.ts) only where it finds an article. Firefox
// loads the whole session as its content script (article-firefox.content).
// An unlisted script, declared in the manifest by wxt.config.ts, not a WXT
// content script: WXT's wrapper would build a ContentScriptContext on every
// page (a window message, a navigation listener), a quarter of the probe's
// cost on a page that is not an article (issue 2).
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    probePage();
  },
});
