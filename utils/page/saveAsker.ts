import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messages';
import { showSavePrompt } from './savePromptUi';

/** Auto-save "ask": the prompt on screen (for one address), and the addresses already asked about. */
export class SaveAsker {
  private prompt: { url: string; remove: () => void } | null = null;
  private asked = new Set<string>();

  constructor(private ctx: ContentScriptContext) {}

  /** Offer to save this article, once per address (re-reads and restyles do not ask again). */
  ask(): void {
    const url = location.href;
    if (this.asked.has(url) || this.ctx.isInvalid) return;
    this.asked.add(url);
    this.prompt?.remove();
    // A failure (the background unreachable, a full disk) is shown in the prompt, not swallowed.
    const remove = showSavePrompt(this.ctx, () => sendToBackground('page:save', {}));
    this.prompt = { url, remove };
  }

  /** The page is read again: a prompt for another address goes. */
  leftAddress(): void {
    // The save prompt belongs to its address: an SPA navigation takes it away.
    if (this.prompt && this.prompt.url !== location.href) {
      this.prompt.remove();
      this.prompt = null;
    }
  }

  dispose(): void {
    this.prompt?.remove();
    this.prompt = null;
  }
}
