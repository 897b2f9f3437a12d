import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
// Keys typed in the card (rename field, Esc) are the card's, not the page's shortcuts'.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'mousemove'];

/**
 * The hover card lives in a *closed* shadow root: page scripts cannot reach it
 * (`host.shadowRoot` is null) and page CSS does not style it. Its styles are a
 * constructed sheet adopted by the shadow root, not a <style> element, so a
 * page with a strict style-src CSP reports no violation (WXT's
 * createShadowRootUi inserts a <style>, which such pages block).
 */
export function mountHoverCard(ctx: ContentScriptContext): HoverCardHandle {
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const host = document.createElement('dramatis-card');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { all: initial !important; }\n${HOVER_CARD_CSS}`);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  container.addEventListener('mouseenter', () => clearTimeout(closeTimer));
  container.addEventListener('mouseleave', () => handle.scheduleClose());
  for (const [k, v] of Object.entries({
    position: 'fixed',
    top: '0',
    left: '0',
    'z-index': '2147483646',
    display: 'block',
  }))
    host.style.setProperty(k, v, 'important');

  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
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
      render(null, container);
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
