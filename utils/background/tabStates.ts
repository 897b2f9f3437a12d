import { browser } from 'wxt/browser';
import type { PageState } from '../messages';

/**
 * What each tab's content script reported. Kept in `storage.session` where the
 * browser has it, so a restarted MV3 service worker still knows; else in memory.
 */
export class TabStates {
  private mem = new Map<number, PageState>();
  private area = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;

  async set(tabId: number, state: PageState): Promise<void> {
    this.mem.set(tabId, state);
    await this.area?.set({ [`tab:${tabId}`]: state }).catch(() => {});
  }

  async get(tabId: number): Promise<PageState | null> {
    const m = this.mem.get(tabId);
    if (m) return m;
    const got = await this.area?.get(`tab:${tabId}`).catch(() => null);
    return (got?.[`tab:${tabId}`] as PageState | undefined) ?? null;
  }

  async delete(tabId: number): Promise<void> {
    this.mem.delete(tabId);
    await this.area?.remove(`tab:${tabId}`).catch(() => {});
  }
}
