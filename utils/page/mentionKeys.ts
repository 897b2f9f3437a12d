import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closedShadowHost } from './closedShadowHost';
import { t } from '../i18n';

/** What the keyboard walk asks of the page session. */
export interface MentionWalker {
  /** Highlighted mentions, in reading order. */
  count(): number;
  /** Scroll to mention `i` and keep it marked; returns how to announce it ("John Kirby, person"). */
  show(i: number): string;
  /** Open mention `i`'s card and move the focus into it. */
  openCard(i: number): void;
  /** Close an open card; true when one was open. */
  closeCard(): boolean;
  /** The walk ended (focus left): unmark the mention. */
  leave(): void;
}

export interface MentionKeys {
  /** The article's highlights changed (re-read, restyle): start again from the first name. */
  reset(): void;
  remove(): void;
}

const CSS = `
.badge { position: fixed; bottom: 16px; left: 16px; max-width: 360px; box-sizing: border-box; padding: 8px 10px;
  background: #fff; color: #1d1d1f; border: 2px solid #0a66c2; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.badge[hidden] { display: none; }
.now { font-weight: 650; }
.help { color: #444; margin-top: 2px; }
@media (prefers-color-scheme: dark) {
  .badge { background: #202124; color: #e8e8ea; border-color: #8ab4f8; } .help { color: #b8b8bc; }
}
`;

/**
 * "Tab to a highlight, Enter opens its card" (issue 8) without touching the
 * page's own elements: CSS highlights are not focusable, so one focus stop of
 * ours stands for them. The first Tab on an annotated article (before any
 * click in it) lands there; its element is added at that moment, at the end
 * of <html> like the card's, with tabindex 1 so that Shift+Tab finds it again. Focused, it marks the first highlighted name; the
 * arrow keys walk the names in reading order (Home / End: first / last), Enter
 * opens the card (focus moves into it; Esc there closes it), Esc leaves, and
 * Tab moves on into the page as usual, so a reader who does not want the walk
 * pays one key press. The composite-widget pattern of ARIA (a toolbar: arrows
 * inside, Tab out).
 */
export function mountMentionKeys(ctx: ContentScriptContext, walker: MentionWalker): MentionKeys {
  const { host, container, attach } = closedShadowHost('dramatis-keys', CSS);
  host.tabIndex = 1;
  host.setAttribute('role', 'toolbar');
  host.setAttribute('aria-label', t('keysLabel'));
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  host.style.setProperty('outline', 'none', 'important');
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.hidden = true;
  const now = document.createElement('div');
  now.className = 'now';
  now.setAttribute('aria-live', 'polite');
  const help = document.createElement('div');
  help.className = 'help';
  help.textContent = t('keysHelp');
  badge.append(now, help);
  container.append(badge);

  let index = -1;
  const go = (i: number) => {
    const n = walker.count();
    if (!n) return;
    index = Math.max(0, Math.min(n - 1, i));
    now.textContent = t('keysNow', walker.show(index), index + 1, n);
  };
  const onFocus = () => {
    badge.hidden = false;
    go(index < 0 ? 0 : index);
  };
  const onBlur = () => {
    badge.hidden = true;
    walker.leave();
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowRight: () => index + 1,
      ArrowDown: () => index + 1,
      ArrowLeft: () => index - 1,
      ArrowUp: () => index - 1,
      Home: () => 0,
      End: () => walker.count() - 1,
    };
    if (moves[e.key]) go(moves[e.key]());
    else if (e.key === 'Enter' || e.key === ' ') {
      if (index >= 0) walker.openCard(index);
    } else if (e.key === 'Escape') {
      if (!walker.closeCard()) host.blur();
    } else return; // Tab and everything else: the browser's (and the page's) as usual
    e.preventDefault();
    e.stopPropagation();
  };
  host.addEventListener('focus', onFocus);
  host.addEventListener('blur', onBlur);
  host.addEventListener('keydown', onKey);
  // The stop enters the page only when the reader starts tabbing from the top
  // of a page they have not clicked in yet: until then the page's DOM is
  // exactly as the page built it (no mutation a page script could see).
  let pointerUsed = false;
  const onPointer = () => (pointerUsed = true);
  const onFirstTab = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || host.isConnected || pointerUsed) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    if (!walker.count()) return;
    attach();
    host.focus();
    e.preventDefault();
  };
  ctx.addEventListener(document, 'pointerdown', onPointer, { capture: true, passive: true });
  ctx.addEventListener(document, 'keydown', onFirstTab, { capture: true });
  const remove = () => {
    document.removeEventListener('pointerdown', onPointer, { capture: true });
    document.removeEventListener('keydown', onFirstTab, { capture: true });
    host.removeEventListener('focus', onFocus);
    host.removeEventListener('blur', onBlur);
    host.removeEventListener('keydown', onKey);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return {
    reset() {
      index = -1;
      if (host.isConnected && document.activeElement === host) onFocus();
    },
    remove,
  };
}
