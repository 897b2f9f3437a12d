import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';

export interface SidebarHandle {
  mount(): void;
  remove(): void;
  mounted(): boolean;
}

export const SIDEBAR_WIDTH = 380;

// Inline !important styles: a page rule like `div { display: none !important }`
// must not hide or reshape the sidebar's frame.
const important = (el: HTMLElement, styles: Record<string, string>) => {
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
};

/**
 * The sidebar is an extension page in an iframe: the page's scripts cannot
 * read into it, so the reader's library never reaches the page.
 */
export function mountSidebar(ctx: ContentScriptContext): SidebarHandle {
  let isMounted = false;
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(wrapper, iframe) {
      important(wrapper, {
        position: 'fixed',
        top: '0',
        right: '0',
        width: `${SIDEBAR_WIDTH}px`,
        'max-width': '100vw',
        height: '100vh',
        'z-index': '2147483647',
        display: 'block',
        margin: '0',
        padding: '0',
        border: '0',
        background: 'transparent',
      });
      important(iframe, {
        width: '100%',
        height: '100%',
        border: '0',
        'border-left': '1px solid #c8c8c8',
        'box-shadow': '-4px 0 16px rgba(0,0,0,.15)',
        display: 'block',
        background: '#fff',
        'color-scheme': 'normal',
      });
      iframe.setAttribute('title', 'Dramatis sidebar');
      wrapper.setAttribute('data-dramatis', 'sidebar');
      isMounted = true;
      return true;
    },
    onRemove() {
      isMounted = false;
    },
  });
  return {
    mount: () => ui.mount(),
    remove: () => ui.remove(),
    mounted: () => isMounted,
  };
}
