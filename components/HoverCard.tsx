import { useState } from 'preact/hooks';
import type { EntityLibraryStats, EntityType } from '../utils/types';
import { formatDate } from '../utils/format';
import { ENTITY_TYPES, t, tn, typeLabel } from '../utils/i18n';

export interface HoverCardProps {
  entity: { id: string; name: string; type: EntityType; role: string | null; official: boolean; count: number };
  /** The article's publication date: roles are as of then. */
  asOf: string | null;
  stats: EntityLibraryStats | null;
  mentionIndex: number;
  style?: Record<string, string>;
  onClose: () => void;
  /** The reader corrects Dramatis: remembered and applied on every page from then on. */
  onCorrect?: (c: CardCorrection) => void;
  /** "Mute on this site": Dramatis turns off here at once (same setting as the sidebar's). */
  onMuteSite?: () => void;
  /** "Hide on this page": the highlights go until the page is reloaded (or the toggle shortcut brings them back). */
  onHidePage?: () => void;
}

export type CardCorrection = { kind: 'hide' } | { kind: 'rename'; name: string } | { kind: 'retype'; type: EntityType };

/** Who a name is: type, role, mentions here and in the reader's library. Text only, never page HTML. */
export function HoverCard({ entity, asOf, stats, style, onClose, onCorrect, onMuteSite, onHidePage }: HoverCardProps) {
  const date = formatDate(asOf);
  const [renaming, setRenaming] = useState(false);
  return (
    <div
      class={`card t-${entity.type}`}
      role="dialog"
      aria-label={t('cardLabel', entity.name, typeLabel(entity.type))}
      tabIndex={-1}
      style={style}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div class="head">
        <span class="name">{entity.name}</span>
        <span class="type">{entity.official ? t('typeOfficial') : typeLabel(entity.type)}</span>
        <button class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {entity.role && (
        <div class="role">
          {entity.role}
          {date && <span class="asof"> {t('roleAsOf', date)}</span>}
        </div>
      )}
      <div class="line">{tn(entity.count, 'cardMentionsOne', 'cardMentionsMany')}</div>
      <div class="line lib">
        {stats === null
          ? t('cardLibraryLoading')
          : stats.count === 0
            ? t('cardLibraryNone')
            : tn(stats.count, 'cardLibraryOne', 'cardLibraryMany')}
      </div>
      {stats && stats.latest.length > 0 && (
        <ul class="latest">
          {stats.latest.map((a) => (
            <li key={a.url}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title || a.url}
              </a>
              <span class="meta">
                {a.site ? ` · ${a.site}` : ''} · {t('savedOn', formatDate(a.savedAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {onCorrect && (
        <div class="fix">
          {renaming ? (
            <form
              onSubmit={(ev) => {
                ev.preventDefault();
                const name = (new FormData(ev.currentTarget).get('name') as string | null)?.trim();
                if (name) onCorrect({ kind: 'rename', name });
              }}
            >
              <input
                name="name"
                aria-label={t('correctName')}
                autoFocus
                // Uncontrolled: a re-render (fresh library stats) must not wipe what the reader typed.
                ref={(el) => {
                  if (el && !el.dataset.init) {
                    el.value = entity.name;
                    el.dataset.init = '1';
                  }
                }}
              />
              <button type="submit">{t('save')}</button>
            </form>
          ) : (
            <>
              <button onClick={() => setRenaming(true)}>{t('rename')}</button>
              <select
                aria-label={t('correctType')}
                value={entity.type}
                onChange={(ev) =>
                  onCorrect({ kind: 'retype', type: (ev.target as HTMLSelectElement).value as EntityType })
                }
              >
                {ENTITY_TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {typeLabel(ty)}
                  </option>
                ))}
              </select>
              <button onClick={() => onCorrect({ kind: 'hide' })}>{t('dontHighlight')}</button>
            </>
          )}
        </div>
      )}
      {(onMuteSite || onHidePage) && (
        <div class="quiet">
          {onHidePage && (
            <button class="mute" onClick={onHidePage}>
              {t('cardHidePage')}
            </button>
          )}
          {onMuteSite && (
            <button class="mute" onClick={onMuteSite}>
              {t('cardMuteSite')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

export const HOVER_CARD_CSS = `
.card { position: fixed; width: 320px; box-sizing: border-box; background: #fff; color: #1d1d1f;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border: 1px solid #d0d0d4;
  border-left: 4px solid #888; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: left; }
.card.t-person { border-left-color: #e69f00; } .card.t-org { border-left-color: #56b4e9; }
.card.t-place { border-left-color: #009e73; } .card.t-misc { border-left-color: #cc79a7; }
.head { display: flex; align-items: baseline; gap: 8px; }
.name { font-weight: 700; font-size: 16px; flex: 1; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: #555; }
.close:focus-visible { outline: 2px solid #0a66c2; }
.role { margin-top: 4px; color: #222; }
.asof { color: #666; font-size: 12px; }
.line { margin-top: 4px; color: #444; font-size: 13px; }
.latest { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
.latest a { color: #0a58b0; }
.meta { color: #666; }
.fix { display: flex; gap: 6px; margin-top: 8px; padding-top: 6px; border-top: 1px solid #e3e3e6; flex-wrap: wrap; }
.fix button, .fix select, .fix input { font: 12px system-ui, sans-serif; border: 1px solid #c8c8cc; border-radius: 5px; background: transparent; color: inherit; padding: 2px 6px; }
.fix form { display: flex; gap: 6px; }
.fix input { width: 180px; }
.quiet { margin-top: 6px; display: flex; gap: 12px; justify-content: flex-end; }
.mute { all: unset; cursor: pointer; font-size: 12px; color: #555; text-decoration: underline; }
.mute:focus-visible { outline: 2px solid #0a66c2; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8e8ea; border-color: #444; }
  .type, .close, .line, .meta, .asof, .mute { color: #b8b8bc; } .role { color: #e8e8ea; } .latest a { color: #8ab4f8; }
}
`;
