import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../utils/messages';
import type { EntityRow } from '../../utils/library/db';
import { ENTITY_TYPES, t, type MessageKey } from '../../utils/i18n';
import type { EntityType } from '../../utils/types';

const HEADING: Record<EntityType, MessageKey> = {
  person: 'optTypePeople',
  org: 'optTypeOrgs',
  place: 'optTypePlaces',
  misc: 'optTypeMisc',
};
import { entityHref } from './EntityView';

/** The names the library knows best, by type, filterable. */
export function EntityIndex() {
  const [rows, setRows] = useState<EntityRow[] | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void sendToBackground('library:entities', { limit: 600 }).then(setRows);
  }, []);
  if (!rows) return <p class="muted">{t('loading')}</p>;
  const f = filter.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      r.articleCount > 0 &&
      (!f || r.name.toLowerCase().includes(f) || r.aliases?.some((a) => a.toLowerCase().includes(f))),
  );
  return (
    <section>
      <label>
        {t('libFindName')}{' '}
        <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      </label>
      {ENTITY_TYPES.map((ty) => {
        const list = shown.filter((r) => r.type === ty);
        if (!list.length) return null;
        return (
          <div key={ty}>
            <h3>{t(HEADING[ty])}</h3>
            <ul class="entity-index">
              {list.map((r) => (
                <li key={r.id} class={`t-${r.type}`}>
                  <a href={entityHref(r.id)}>{r.name}</a> <span class="muted">{r.articleCount}</span>
                  {r.role && <span class="muted"> · {r.role}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
