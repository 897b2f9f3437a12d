import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPageSession } from '../utils/page/pageSession';
import { sessionStarted, takeHandoff } from '../utils/page/sessionHandoff';

// The page session, injected by the background into a tab whose probe found
// an article (or where the reader asked for Dramatis: toolbar, shortcut).
// Its context (made here, not by the probe, which runs on every page and must
// stay cheap) ties everything it adds to the page to the extension's life:
// a reload or an update tears it down.
export default defineUnlistedScript({
  exclude: ['firefox'],
  async main() {
    // A second injection must not make a second context: WXT's context stops
    // an older one of the same name, which would end the running session.
    if (sessionStarted()) return;
    await startPageSession(new ContentScriptContext('session'), takeHandoff());
  },
});
