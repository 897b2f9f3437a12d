import type { DatedRole } from '../types';
import { addAlias, type EntityRow, type LibraryDb } from './db';
import { pickEntity, type ExportEntity } from './validateImport';
import { applyJournal, NOTHING_APPLIED, type Applied } from './entityJournal';

/**
 * Merge validated entities (an import's): new ones are written as exported
 * (with a zero count, which importing their articles raises), existing ones
 * keep their name and counts and gain the other's aliases and roles. One
 * transaction, which first applies what saves still owe the entity rows
 * (entityJournal.ts); what that wrote is returned for the store's caches.
 */
export async function mergeImportedEntities(
  db: LibraryDb,
  records: ExportEntity[],
): Promise<{ added: number; merged: number; applied: Applied }> {
  let added = 0;
  let merged = 0;
  let applied = NOTHING_APPLIED;
  await db.transaction('rw', [db.entities, db.entityDocs, db.journal, db.journalApplied], async () => {
    applied = await applyJournal(db);
    const rows = await db.entities.bulkGet(records.map((r) => r.id));
    const put: EntityRow[] = records.map((raw, i) => {
      const r = pickEntity(raw);
      const row = rows[i];
      if (!row) {
        added++;
        return { ...r, articleCount: 0 };
      }
      merged++;
      let roles = row.roles ?? [];
      for (const x of r.roles ?? []) roles = mergeRole(roles, x);
      let aliases = row.aliases ?? [];
      for (const n of [r.name, ...(r.aliases ?? [])]) aliases = addAlias(aliases, row.name, n);
      return {
        ...row,
        firstSeen: Math.min(row.firstSeen, r.firstSeen),
        lastSeen: Math.max(row.lastSeen, r.lastSeen),
        aliases,
        roles,
        corrections: row.corrections ?? r.corrections,
      };
    });
    await db.entities.bulkPut(put);
  });
  return { added, merged, applied };
}

/** A role of the imported record merged into the kept list: one entry per role, its dates widened. */
function mergeRole(roles: DatedRole[], x: DatedRole) {
  const key = x.role.toLowerCase();
  const hit = roles.find((r) => r.role.toLowerCase() === key);
  if (!hit) return [...roles, { ...x }];
  return roles.map((r) =>
    r === hit
      ? {
          role: r.role,
          first: Math.min(r.first, x.first),
          last: Math.max(r.last, x.last),
          url: x.last > r.last ? x.url : r.url,
          count: Math.max(r.count, x.count),
        }
      : r,
  );
}
