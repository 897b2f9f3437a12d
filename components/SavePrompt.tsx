import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

export interface SavePromptProps {
  /** Save the article; resolves with the background's answer. */
  onSave: () => Promise<{ saved: boolean; error?: string }>;
  /** The reader said "not now" (or pressed Esc), or the saved note has been read. */
  onDone: () => void;
}

/** How long "Saved" stays before the prompt goes away by itself. */
export const SAVED_NOTE_MS = 2500;

/**
 * Auto-save "ask": a small prompt in a corner of the page. It never takes the
 * focus and never times out while it asks (the reader may be reading); it
 * goes when answered, on Esc, or when the page session ends.
 */
export function SavePrompt({ onSave, onDone }: SavePromptProps) {
  const [state, setState] = useState<'asking' | 'saving' | 'saved' | { error: string }>('asking');
  const save = async () => {
    setState('saving');
    const r = await onSave().catch((e: Error) => ({ saved: false, error: e.message }));
    if (r.saved) {
      setState('saved');
      setTimeout(onDone, SAVED_NOTE_MS);
    } else setState({ error: r.error ?? '' });
  };
  return (
    <div class="prompt" role="dialog" aria-label={t('promptLabel')} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      {state === 'saved' ? (
        <p role="status">{t('promptSaved')}</p>
      ) : (
        <>
          <p>{t('promptSaveQuestion')}</p>
          {typeof state === 'object' && <p class="error">{t('promptSaveFailed', state.error)}</p>}
          <div class="actions">
            <button class="primary" disabled={state === 'saving'} onClick={() => void save()}>
              {t('promptSave')}
            </button>
            <button onClick={onDone}>{t('promptNotNow')}</button>
          </div>
        </>
      )}
    </div>
  );
}

export const SAVE_PROMPT_CSS = `
.prompt { position: fixed; right: 16px; bottom: 16px; width: 280px; box-sizing: border-box; background: #fff; color: #1d1d1f;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border: 1px solid #d0d0d4;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: left; }
.prompt p { margin: 0 0 8px; }
.prompt .error { color: #a4262c; font-size: 13px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
.actions button { font: 13px system-ui, sans-serif; border: 1px solid #c8c8cc; border-radius: 5px; background: transparent;
  color: inherit; padding: 4px 10px; cursor: pointer; }
.actions button.primary { background: #0a58b0; border-color: #0a58b0; color: #fff; }
.actions button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .prompt { background: #202124; color: #e8e8ea; border-color: #444; }
  .prompt .error { color: #f28b82; }
  .actions button.primary { background: #8ab4f8; border-color: #8ab4f8; color: #202124; }
}
`;
