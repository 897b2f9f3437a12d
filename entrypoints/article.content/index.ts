import { startPageSession } from '../../utils/page/pageSession';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await startPageSession(ctx);
  },
});
