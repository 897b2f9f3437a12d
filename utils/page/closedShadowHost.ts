/** Keys typed inside our UI (rename field, Esc) are ours, not the page's shortcuts'. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'mousemove'];

export interface ClosedShadowHost {
  host: HTMLElement;
  /** Where Preact renders, inside the closed shadow root. */
  container: HTMLDivElement;
  /** Put the host into the page if it is not there (pages may remove it). */
  attach(): void;
}

/**
 * A custom element with a *closed* shadow root for UI the page must not read
 * (the hover card, the save prompt): page scripts cannot reach it
 * (`host.shadowRoot` is null) and page CSS does not style it. Styles are a
 * constructed sheet adopted by the shadow root, not a <style> element, so a
 * page with a strict style-src CSP reports no violation (WXT's
 * createShadowRootUi inserts a <style>, which such pages block).
 */
export function closedShadowHost(tag: string, css: string): ClosedShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { all: initial !important; }\n${css}`);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  for (const [k, v] of Object.entries({
    position: 'fixed',
    top: '0',
    left: '0',
    'z-index': '2147483646',
    display: 'block',
  }))
    host.style.setProperty(k, v, 'important');
  return {
    host,
    container,
    attach() {
      if (!host.isConnected) document.documentElement.append(host);
    },
  };
}
