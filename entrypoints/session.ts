import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPageSession } from '../utils/page/pageSession';
import { takeHandoff } from '../utils/page/sessionHandoff';

// The page session, injected by the background into a tab whose probe found
// an article (or where the reader asked for Dramatis: toolbar, shortcut).
// It takes over the probe's context, so an extension reload still tears it down.
export default defineUnlistedScript({
  exclude: ['firefox'],
  async main() {
    const handoff = takeHandoff();
    const ctx = handoff && !handoff.ctx.isInvalid ? handoff.ctx : new ContentScriptContext('session');
    await startPageSession(ctx, handoff);
  },
});
