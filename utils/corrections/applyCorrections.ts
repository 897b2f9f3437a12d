import type { Entity, EntityType } from '../types';
import { entityId, normaliseName } from '../recognize/entityId';
import { t, type MessageKey } from '../i18n';

/** A reader's correction, remembered on the device and applied on every page from then on. */
export type Correction =
  | { kind: 'hide'; id: string; name: string; at: number }
  | { kind: 'rename'; id: string; name: string; from: string; at: number }
  | { kind: 'retype'; id: string; type: EntityType; name: string; at: number }
  | { kind: 'merge'; from: string; into: string; fromName: string; intoName: string; at: number }
  | { kind: 'split'; id: string; form: string; name: string; at: number };

/** What a correction did, in words, for the list with undo. */
export function describeCorrection(c: Correction): string {
  switch (c.kind) {
    case 'hide':
      return t('corrHide', c.name);
    case 'rename':
      return t('corrRename', c.from, c.name);
    case 'retype':
      return t(RETYPE_KEYS[c.type], c.name);
    case 'merge':
      return t('corrMerge', c.fromName, c.intoName);
    case 'split':
      return t('corrSplit', c.form, c.name);
  }
}

const RETYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'corrRetypePerson',
  org: 'corrRetypeOrg',
  place: 'corrRetypePlace',
  misc: 'corrRetypeMisc',
};

/**
 * Apply the reader's corrections, oldest first, to an article's entities.
 * Ids stay stable under rename and retype, so a correction keeps matching the
 * same entity on later pages; a merge moves mentions to (or renames the id to)
 * the kept entity; a split moves the mentions written one way into an entity
 * of their own; hidden entities are dropped. Pure: the input is not changed.
 */
export function applyCorrections(entities: Entity[], corrections: readonly Correction[]): Entity[] {
  let out = entities.map((e) => ({ ...e, mentions: [...e.mentions], why: [...e.why] }));
  const byId = () => new Map(out.map((e) => [e.id, e]));
  for (const c of [...corrections].sort((a, b) => a.at - b.at)) {
    const ids = byId();
    switch (c.kind) {
      case 'hide':
        out = out.filter((e) => e.id !== c.id);
        break;
      case 'rename': {
        const e = ids.get(c.id);
        if (e) Object.assign(e, { name: c.name, why: [...e.why, 'reader renamed'] });
        break;
      }
      case 'retype': {
        const e = ids.get(c.id);
        if (e) Object.assign(e, { type: c.type, why: [...e.why, 'reader changed type'] });
        break;
      }
      case 'merge': {
        const from = ids.get(c.from);
        if (!from || c.from === c.into) break;
        const into = ids.get(c.into);
        if (into) {
          into.mentions = [...into.mentions, ...from.mentions].sort((a, b) => a.start - b.start);
          into.role ??= from.role;
          into.why = [...into.why, 'reader merged'];
          out = out.filter((e) => e !== from);
        } else {
          Object.assign(from, { id: c.into, name: c.intoName, why: [...from.why, 'reader merged'] });
        }
        break;
      }
      case 'split': {
        const e = ids.get(c.id);
        if (!e) break;
        const key = normaliseName(c.form);
        const moved = e.mentions.filter((m) => normaliseName(m.text) === key);
        if (moved.length === 0 || moved.length === e.mentions.length) break;
        e.mentions = e.mentions.filter((m) => normaliseName(m.text) !== key);
        const id = entityId(e.type, c.form);
        const existing = ids.get(id);
        if (existing) existing.mentions = [...existing.mentions, ...moved].sort((a, b) => a.start - b.start);
        else
          out.push({
            id,
            name: c.form,
            type: e.type,
            role: null,
            roleOf: null,
            official: false,
            mentions: moved,
            why: ['reader split'],
          });
        break;
      }
    }
  }
  return out.filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
