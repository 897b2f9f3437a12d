import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../utils/messages';
import type { EntityType } from '../utils/types';
import { TYPE_LABEL } from '../utils/format';
import {
  DEFAULT_SETTINGS,
  getSettings,
  resetSettings,
  updateSettings,
  watchSettings,
} from '../utils/background/settingsStore';

const PLURAL: Record<EntityType, string> = {
  person: 'People',
  org: 'Organizations',
  place: 'Places',
  misc: 'Other names',
};

/** Dramatis's settings. Every change is saved at once and reaches open tabs without a reload. */
export function OptionsPage() {
  const [s, setS] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  useEffect(() => {
    void getSettings().then(setS);
    return watchSettings(setS);
  }, []);
  if (!s) return <main class="options">Loading…</main>;
  const set = (patch: Partial<Settings>) => void updateSettings(patch).then(setS);
  const toggleType = (t: EntityType, on: boolean) =>
    set({ types: on ? [...new Set([...s.types, t])] : s.types.filter((x) => x !== t) });

  return (
    <main class="options">
      <h1>Dramatis settings</h1>

      <fieldset>
        <legend>What to highlight</legend>
        {(Object.keys(TYPE_LABEL) as EntityType[]).map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={s.types.includes(t)}
              onChange={(e) => toggleType(t, e.currentTarget.checked)}
            />{' '}
            {PLURAL[t]}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={s.officialsOnly}
            onChange={(e) => set({ officialsOnly: e.currentTarget.checked })}
          />{' '}
          Officials only
        </label>
      </fieldset>

      <fieldset>
        <legend>How names are marked</legend>
        {(['background', 'underline', 'off'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="style"
              checked={s.highlightStyle === v}
              onChange={() => set({ highlightStyle: v })}
            />{' '}
            {v === 'background'
              ? 'Soft background'
              : v === 'underline'
                ? 'Underline'
                : 'Not marked (cards and sidebar still work)'}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Cards</legend>
        <label>
          <input
            type="radio"
            name="hover"
            checked={s.hoverMode === 'hover'}
            onChange={() => set({ hoverMode: 'hover' })}
          />{' '}
          Open when the pointer rests on a name for{' '}
          <input
            type="number"
            min={100}
            max={3000}
            step={50}
            value={s.hoverDelayMs}
            aria-label="Delay in milliseconds"
            onChange={(e) => set({ hoverDelayMs: Math.max(100, Math.min(3000, Number(e.currentTarget.value) || 400)) })}
          />{' '}
          ms
        </label>
        <label>
          <input
            type="radio"
            name="hover"
            checked={s.hoverMode === 'click'}
            onChange={() => set({ hoverMode: 'click' })}
          />{' '}
          Open only when I click a name
        </label>
      </fieldset>

      <fieldset>
        <legend>Library</legend>
        <label>
          <input type="checkbox" checked={s.autoSave} onChange={(e) => set({ autoSave: e.currentTarget.checked })} />{' '}
          Save every news article I open (only on this device)
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites where Dramatis stays off</legend>
        {s.disabledSites.length === 0 && <p class="muted">None.</p>}
        <ul class="sites">
          {s.disabledSites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button onClick={() => set({ disabledSites: s.disabledSites.filter((x) => x !== h) })}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const h = site
              .trim()
              .toLowerCase()
              .replace(/^https?:\/\//, '')
              .replace(/\/.*$/, '')
              .replace(/^www\./, '');
            if (h) set({ disabledSites: [...new Set([...s.disabledSites, h])] });
            setSite('');
          }}
        >
          <input
            aria-label="Site to turn off"
            placeholder="example.com"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">Turn off</button>
        </form>
      </fieldset>

      <p>
        <button
          onClick={() => {
            if (confirm('Reset every setting to its default?'))
              void resetSettings().then(() => setS({ ...DEFAULT_SETTINGS }));
          }}
        >
          Reset settings
        </button>
      </p>
    </main>
  );
}
