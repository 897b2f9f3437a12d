import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render, h } from 'preact';
import { HoverCard, HOVER_CARD_CSS, type HoverCardProps } from '../../components/HoverCard';

export interface HoverCardHandle {
  show(props: Omit<HoverCardProps, 'onClose'>, anchor: DOMRect): void;
  close(): void;
  scheduleClose(): void;
  cancelClose(): void;
  remove(): void;
}

const CARD_W = 320;

/**
 * The hover card lives in a closed shadow root: page scripts cannot reach it
 * (`host.shadowRoot` is null) and page CSS does not style it.
 */
export async function mountHoverCard(ctx: ContentScriptContext): Promise<HoverCardHandle> {
  let container: HTMLElement | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'dramatis-card',
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: HOVER_CARD_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'mousemove'],
    onMount(uiContainer, _shadow, host) {
      host.style.setProperty('position', 'fixed', 'important');
      host.style.setProperty('top', '0', 'important');
      host.style.setProperty('left', '0', 'important');
      host.style.setProperty('z-index', '2147483646', 'important');
      host.style.setProperty('display', 'block', 'important');
      container = uiContainer;
      uiContainer.addEventListener('mouseenter', () => clearTimeout(closeTimer));
      uiContainer.addEventListener('mouseleave', () => handle.scheduleClose());
      return uiContainer;
    },
    onRemove(c) {
      if (c) render(null, c);
    },
  });
  ui.mount();

  const handle: HoverCardHandle = {
    show(props, anchor) {
      if (!container) return;
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
      if (container) render(null, container);
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
      ui.remove();
    },
  };
  return handle;
}
