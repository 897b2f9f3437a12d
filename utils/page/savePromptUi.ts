import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render, h } from 'preact';
import { SavePrompt, SAVE_PROMPT_CSS } from '../../components/SavePrompt';
import { closedShadowHost } from './closedShadowHost';

/**
 * Auto-save "ask": show the Save prompt on this page until the reader
 * answers. Closed shadow root like the hover card; gone with the session.
 * Returns a function that removes it.
 */
export function showSavePrompt(
  ctx: ContentScriptContext,
  onSave: () => Promise<{ saved: boolean; error?: string }>,
): () => void {
  const { host, container, attach } = closedShadowHost('dramatis-save', SAVE_PROMPT_CSS);
  // The host spans nothing: the prompt places itself in the corner.
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  const remove = () => {
    render(null, container);
    host.remove();
  };
  attach();
  render(h(SavePrompt, { onSave, onDone: remove }), container);
  ctx.onInvalidated(remove);
  return remove;
}
