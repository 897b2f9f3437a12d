import { startPageSession } from '../../utils/page/pageSession';

// Firefox (MV2): the whole page session is the content script, as before the
// probe existed; injecting it on demand there would need broader permissions.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  include: ['firefox'],
  async main(ctx) {
    await startPageSession(ctx);
  },
});
