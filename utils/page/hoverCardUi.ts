import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render, h } from 'preact';
import { HoverCard, HOVER_CARD_CSS, type HoverCardProps } from '../../components/HoverCard';
import { closedShadowHost } from './closedShadowHost';

export interface HoverCardHandle {
  show(props: Omit<HoverCardProps, 'onClose'>, anchor: DOMRect): void;
  close(): void;
  scheduleClose(): void;
  cancelClose(): void;
  remove(): void;
  isOpen(): boolean;
  /** Move the keyboard focus into the open card; when it closes, focus goes back to `returnTo`. */
  focus(returnTo?: HTMLElement): void;
}

const CARD_W = 320;

/** The hover card, in a closed shadow root (see closedShadowHost). */
export function mountHoverCard(ctx: ContentScriptContext): HoverCardHandle {
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const { host, container, attach } = closedShadowHost('dramatis-card', HOVER_CARD_CSS);
  container.addEventListener('mouseenter', () => clearTimeout(closeTimer));
  container.addEventListener('mouseleave', () => handle.scheduleClose());
  let returnFocus: HTMLElement | null = null;
  const handle: HoverCardHandle = {
    show(props, anchor) {
      attach();
      clearTimeout(closeTimer);
      // Below the word when there is room, else above: never over the word itself.
      const below = anchor.bottom + 8;
      const placeAbove = below + 220 > window.innerHeight && anchor.top > 240;
      const left = Math.max(8, Math.min(anchor.left, window.innerWidth - CARD_W - 8));
      const style: Record<string, string> = placeAbove
        ? { left: `${left}px`, bottom: `${window.innerHeight - anchor.top + 8}px` }
        : { left: `${left}px`, top: `${below}px` };
      render(h(HoverCard, { ...props, style, onClose: () => handle.close() }), container);
    },
    close() {
      clearTimeout(closeTimer);
      // From outside a closed shadow root, focus inside it shows as focus on its host.
      const back = returnFocus && document.activeElement === host ? returnFocus : null;
      returnFocus = null;
      render(null, container);
      back?.focus();
    },
    isOpen: () => container.firstChild !== null,
    focus(returnTo) {
      const card = container.querySelector<HTMLElement>('.card');
      if (!card) return;
      returnFocus = returnTo ?? null;
      card.focus();
    },
    scheduleClose() {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => handle.close(), 300);
    },
    cancelClose() {
      clearTimeout(closeTimer);
    },
    remove() {
      clearTimeout(closeTimer);
      render(null, container);
      host.remove();
    },
  };
  ctx.onInvalidated(() => handle.remove());
  return handle;
}
