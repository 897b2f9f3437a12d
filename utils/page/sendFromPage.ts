import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messages';

/** Message the background; a dead extension context must not throw into the page. */
export async function sendFromPage<K extends 'page:analyzed' | 'page:stats'>(
  ctx: ContentScriptContext,
  type: K,
  data: Parameters<typeof sendToBackground<K>>[1],
): Promise<Awaited<ReturnType<typeof sendToBackground<K>>> | null> {
  if (ctx.isInvalid) return null;
  try {
    return await sendToBackground(type, data);
  } catch (e) {
    console.debug('[dramatis] background unreachable:', e);
    return null;
  }
}
