import { useEffect, useState } from 'preact/hooks';
import type { AutoSavePolicy, Settings } from '../utils/messages';
import type { EntityType } from '../utils/types';
import {
  DEFAULT_SETTINGS,
  getSettings,
  resetSettings,
  siteKey,
  updateSettings,
  watchSettings,
} from '../utils/background/settingsStore';
import { ENTITY_TYPES, t, type MessageKey } from '../utils/i18n';

const PLURAL: Record<EntityType, MessageKey> = {
  person: 'optTypePeople',
  org: 'optTypeOrgs',
  place: 'optTypePlaces',
  misc: 'optTypeMisc',
};

/** What the reader typed into a site field, as the site lists keep it ("https://www.x.com/a" → "x.com"). */
/** The auto-save policies as the options page offers them, in this order. */
const AUTO_SAVE_CHOICES: [AutoSavePolicy, MessageKey][] = [
  ['always', 'optAutoSaveAlways'],
  ['ask', 'optAutoSaveAsk'],
  ['never', 'optAutoSaveNever'],
];

export function normaliseSite(input: string): string {
  return siteKey(
    input
      .trim()
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, ''),
  );
}

/** Dramatis's settings. Every change is saved at once and reaches open tabs without a reload. */
export function OptionsPage() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setS);
    return watchSettings(setS);
  }, []);
  if (!s) return <main class="options">{t('loading')}</main>;
  const set = (patch: Partial<Settings>) => void updateSettings(patch).then(setS);
  const toggleType = (ty: EntityType, on: boolean) =>
    set({ types: on ? [...new Set([...s.types, ty])] : s.types.filter((x) => x !== ty) });

  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>

      <fieldset>
        <legend>{t('optWhatToHighlight')}</legend>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty}>
            <input
              type="checkbox"
              checked={s.types.includes(ty)}
              onChange={(e) => toggleType(ty, e.currentTarget.checked)}
            />{' '}
            {t(PLURAL[ty])}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={s.officialsOnly}
            onChange={(e) => set({ officialsOnly: e.currentTarget.checked })}
          />{' '}
          {t('optOfficialsOnly')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optHowMarked')}</legend>
        {(
          [
            ['background', 'optStyleBackground'],
            ['underline', 'optStyleUnderline'],
            ['off', 'optStyleOff'],
          ] as const
        ).map(([v, key]) => (
          <label key={v}>
            <input
              type="radio"
              name="style"
              checked={s.highlightStyle === v}
              onChange={() => set({ highlightStyle: v })}
            />{' '}
            {t(key)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optCards')}</legend>
        <label>
          <input
            type="radio"
            name="hover"
            checked={s.hoverMode === 'hover'}
            onChange={() => set({ hoverMode: 'hover' })}
          />{' '}
          {t('optHoverBefore')}{' '}
          <input
            type="number"
            min={100}
            max={3000}
            step={50}
            value={s.hoverDelayMs}
            aria-label={t('optHoverDelay')}
            onChange={(e) => set({ hoverDelayMs: Math.max(100, Math.min(3000, Number(e.currentTarget.value) || 400)) })}
          />{' '}
          {t('optHoverAfter')}
        </label>
        <label>
          <input
            type="radio"
            name="hover"
            checked={s.hoverMode === 'click'}
            onChange={() => set({ hoverMode: 'click' })}
          />{' '}
          {t('optClickOnly')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optLibrary')}</legend>
        <fieldset class="inner">
          <legend>{t('optAutoSaveLegend')}</legend>
          {AUTO_SAVE_CHOICES.map(([policy, key]) => (
            <label key={policy}>
              <input
                type="radio"
                name="autosave"
                checked={s.autoSave === policy}
                onChange={() => set({ autoSave: policy })}
              />{' '}
              {t(key)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('optRetentionBefore')}{' '}
          <input
            type="number"
            min={0}
            max={36500}
            step={1}
            value={s.retentionDays}
            aria-label={t('optRetentionDays')}
            onChange={(e) =>
              set({ retentionDays: Math.max(0, Math.min(36500, Math.floor(Number(e.currentTarget.value) || 0))) })
            }
          />{' '}
          {t('optRetentionAfter')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optWhere')}</legend>
        <label>
          <input type="radio" name="sites" checked={s.siteMode === 'all'} onChange={() => set({ siteMode: 'all' })} />{' '}
          {t('optSiteModeAll')}
        </label>
        <label>
          <input type="radio" name="sites" checked={s.siteMode === 'only'} onChange={() => set({ siteMode: 'only' })} />{' '}
          {t('optSiteModeOnly')}
        </label>
        {s.siteMode === 'only' && (
          <SiteList
            class="allowed"
            sites={s.allowedSites}
            empty={t('optAllowedNone')}
            remove={t('optRemove')}
            field={t('optSiteToAllow')}
            add={t('optAllow')}
            onChange={(allowedSites) => set({ allowedSites })}
          />
        )}
        <h2 class="sub">{t('optOffSites')}</h2>
        <SiteList
          class="sites"
          sites={s.disabledSites}
          empty={t('none')}
          remove={t('optTurnBackOn')}
          field={t('optSiteToTurnOff')}
          add={t('optTurnOff')}
          onChange={(disabledSites) => set({ disabledSites })}
        />
      </fieldset>

      <p>
        <button
          onClick={() => {
            if (confirm(t('optResetConfirm'))) void resetSettings().then(() => setS({ ...DEFAULT_SETTINGS }));
          }}
        >
          {t('optReset')}
        </button>
      </p>
    </main>
  );
}

/** A list of sites with a remove button each and a field to add one. */
function SiteList(p: {
  class: string;
  sites: string[];
  empty: string;
  remove: string;
  field: string;
  add: string;
  onChange: (sites: string[]) => void;
}) {
  const [site, setSite] = useState('');
  return (
    <>
      {p.sites.length === 0 && <p class="muted">{p.empty}</p>}
      <ul class={p.class}>
        {p.sites.map((h) => (
          <li key={h}>
            {h}{' '}
            <button aria-label={`${p.remove}: ${h}`} onClick={() => p.onChange(p.sites.filter((x) => x !== h))}>
              {p.remove}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const h = normaliseSite(site);
          if (h) p.onChange([...new Set([...p.sites, h])]);
          setSite('');
        }}
      >
        <input
          aria-label={p.field}
          placeholder="example.com"
          value={site}
          onInput={(e) => setSite(e.currentTarget.value)}
        />{' '}
        <button type="submit">{p.add}</button>
      </form>
    </>
  );
}
