import type { PageState } from '../utils/messages';
import type { EntityType } from '../utils/types';
import { ENTITY_TYPES, t, typeLabel } from '../utils/i18n';
import { addCorrection } from '../utils/corrections/correctionsStore';

type CastItem = PageState['cast'][number];

/**
 * The reader corrects one cast entry: rename, change type, hide, "same as"
 * another entry (merge), or "not the same person" for one way of writing the
 * name (split). Stored on the device; every page applies it from then on.
 */
export function CastEditor({ item, cast, onDone }: { item: CastItem; cast: CastItem[]; onDone: () => void }) {
  const at = () => Date.now();
  const act = async (p: Promise<unknown>) => {
    await p;
    onDone();
  };
  const others = cast.filter((c) => c.id !== item.id && c.type === item.type);
  const forms = (item.forms ?? []).filter((f) => f !== item.name);
  return (
    <div class="editor" role="group" aria-label={t('correctX', item.name)}>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          const name = (new FormData(ev.currentTarget).get('name') as string | null)?.trim();
          if (name && name !== item.name)
            void act(addCorrection({ kind: 'rename', id: item.id, name, from: item.name, at: at() }));
        }}
      >
        <label>
          {t('edName')} <input name="name" defaultValue={item.name} />
        </label>
        <button type="submit">{t('rename')}</button>
      </form>
      <label>
        {t('edType')}{' '}
        <select
          value={item.type}
          onChange={(ev) =>
            void act(
              addCorrection({
                kind: 'retype',
                id: item.id,
                type: (ev.target as HTMLSelectElement).value as EntityType,
                name: item.name,
                at: at(),
              }),
            )
          }
        >
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {typeLabel(ty)}
            </option>
          ))}
        </select>
      </label>
      {others.length > 0 && (
        <label>
          {t('edSameAs')}{' '}
          <select
            value=""
            onChange={(ev) => {
              const into = others.find((o) => o.id === (ev.target as HTMLSelectElement).value);
              if (into)
                void act(
                  addCorrection({
                    kind: 'merge',
                    from: item.id,
                    into: into.id,
                    fromName: item.name,
                    intoName: into.name,
                    at: at(),
                  }),
                );
            }}
          >
            <option value="">{t('edChoose')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {forms.length > 0 && (
        <div class="forms">
          {t('edNotSame')}{' '}
          {forms.map((f) => (
            <button
              key={f}
              onClick={() =>
                void act(addCorrection({ kind: 'split', id: item.id, form: f, name: item.name, at: at() }))
              }
            >
              {t('quoted', f)}
            </button>
          ))}
        </div>
      )}
      <button
        class="hide"
        onClick={() => void act(addCorrection({ kind: 'hide', id: item.id, name: item.name, at: at() }))}
      >
        {t('edDontHighlight', item.name)}
      </button>
    </div>
  );
}
