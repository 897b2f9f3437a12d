import Dexie from 'dexie';
import {
  addAlias,
  addRole,
  appendToRows,
  dropRole,
  type EntityDocsRow,
  type EntityRow,
  type JournalRow,
  type LibraryDb,
} from './db';
import { bumpWeek } from './entityWeeks';

/**
 * The entity side of a save (schema v10). A save writes its article, its
 * text and one journal row in one transaction and returns; the journal row
 * says what the save owes the entity rows (counts, dated roles, aliases,
 * week counts, the article's number in the names' postings), and is applied
 * here, in its own transaction, right after. Rows are applied in the order
 * the saves committed, each against the entity rows as the rows before it
 * left them, so the result is what applying each save's updates in its own
 * transaction gave (v9). Every reader of entity rows waits for the journal
 * (LibraryStore.applied) and every other writer of them applies it first in
 * its own transaction, so none sees a saved article without its entities.
 */

/** What applying journal rows wrote: postings chunks (open ones as chunk 0) and entity rows, for the caches. */
export interface Applied {
  /** The journal is applied up to this row (0: nothing known). */
  upTo: number;
  /** Rows after a gap were left (a row before them is not among those given). */
  gap: boolean;
  /** Every postings chunk written, in order (a later open chunk of a name replaces an earlier one). */
  written: EntityDocsRow[];
  /** The entity rows put (their final state). */
  counted: EntityRow[];
  /** Names whose postings gained a sealed chunk (their bundles are rebuilt). */
  sealed: string[];
}

export const NOTHING_APPLIED: Applied = { upTo: 0, gap: false, written: [], counted: [], sealed: [] };

/**
 * One journal row applied to the entity rows in `rows` (id → row; absent =
 * no row yet), in place: each name of the new cast gains the article (or, if
 * it had it, its role and week follow the re-save), each name it no longer
 * has loses it. Returns the sealed postings chunks and every chunk written. Pure.
 */
export function applyJournalRow(
  j: JournalRow,
  rows: Map<string, EntityRow>,
): { sealed: EntityDocsRow[]; written: EntityDocsRow[] } {
  const { t, date, oldDate, url } = j;
  const oldCast = new Map(j.oldCast.map((c) => [c.id, c]));
  const after = new Set(j.cast.map((c) => c.id));
  for (const c of j.cast) {
    const row = rows.get(c.id);
    const was = oldCast.get(c.id);
    let roles = row?.roles ?? [];
    if (was) roles = dropRole(roles, was.role);
    roles = addRole(roles, c.role, date, url);
    // Counted in its week; a re-save that changed the article's date moves it.
    let weeks = row?.weeks;
    if (!was) weeks = bumpWeek(weeks, date, 1);
    else if (oldDate !== date) weeks = bumpWeek(bumpWeek(weeks, oldDate, -1), date, 1);
    const name = row?.corrections?.name ?? (row && row.name.length >= c.name.length ? row.name : c.name);
    rows.set(c.id, {
      ...row,
      id: c.id,
      name,
      type: row?.corrections?.type ?? c.type,
      role: c.role ?? row?.role ?? null,
      articleCount: (row?.articleCount ?? 0) + (was ? 0 : 1),
      firstSeen: Math.min(row?.firstSeen ?? t, t),
      lastSeen: t,
      aliases: addAlias(addAlias(row?.aliases ?? [], name, row?.name ?? name), name, c.name),
      roles,
      weeks: weeks ?? {},
    });
  }
  // Names the article no longer has: their counts, roles and weeks.
  for (const c of j.oldCast) {
    const row = rows.get(c.id);
    if (after.has(c.id) || !row) continue;
    rows.set(c.id, {
      ...row,
      articleCount: Math.max(0, row.articleCount - 1),
      roles: dropRole(row.roles ?? [], c.role),
      weeks: bumpWeek(row.weeks, oldDate, -1),
    });
  }
  // The number appended to the postings of the names new to it (names it no
  // longer has keep it there: rankRelated scores from the real cast, and a
  // name listed twice is counted once).
  const fresh = new Map<string, number[]>();
  for (const c of j.cast) if (!(j.hadNum && oldCast.has(c.id))) fresh.set(c.id, [j.n]);
  return appendToRows(fresh, rows);
}

/** The `journalApplied` key of the last journal row applied. */
export const JOURNAL_APPLIED = 'applied';

/**
 * The last journal row applied (0: none). Inside a transaction holding
 * `journalApplied`. (Dexie's own promises all the way: a native async
 * function awaited inside another inside a transaction loses it, and the
 * transaction commits before the rest of the work.)
 */
function appliedUpTo(db: LibraryDb) {
  return db.journalApplied.get(JOURNAL_APPLIED).then((r) => r?.seq ?? 0);
}

/**
 * The journal rows not applied yet, oldest first. Inside a transaction
 * holding `journal` and `journalApplied`; read-write, it also deletes the
 * rows already applied.
 */
export function owedJournal(db: LibraryDb, tidy = false): Promise<JournalRow[]> {
  return appliedUpTo(db).then((upTo) => {
    const owed = db.journal.where(':id').above(upTo).toArray();
    if (!tidy) return owed;
    return Dexie.Promise.all([db.journal.where(':id').belowOrEqual(upTo).delete(), owed]).then(([, rows]) => rows);
  });
}

/**
 * Apply journal rows to the entity rows and record how far the journal is
 * applied. `owed` is read when the transaction runs, not before: rows at or
 * below the recorded point (applied meanwhile by another writer, or emptied
 * by a delete of everything) are skipped, and only the unbroken run from the
 * next row on is applied, in order; rows after a missing one wait (`gap`).
 * Inside a read-write transaction holding `entities`, `entityDocs` and
 * `journalApplied`: not `journal`, so the saves appending to it never wait
 * for this.
 */
export async function applyJournalRows(db: LibraryDb, owed: readonly JournalRow[]): Promise<Applied> {
  const from = await appliedUpTo(db);
  const after = owed.filter((j) => j.seq > from).sort((a, b) => a.seq - b.seq);
  const journal: JournalRow[] = [];
  for (const j of after) {
    if (j.seq !== from + journal.length + 1) break;
    journal.push(j);
  }
  const gap = journal.length < after.length;
  if (!journal.length) return { ...NOTHING_APPLIED, upTo: from, gap };
  const ids = [...new Set(journal.flatMap((j) => [...j.cast, ...j.oldCast].map((c) => c.id)))];
  const rows = new Map<string, EntityRow>();
  (await db.entities.bulkGet(ids)).forEach((row, i) => row && rows.set(ids[i], row));
  const written: EntityDocsRow[] = [];
  const sealed: EntityDocsRow[] = [];
  for (const j of journal) {
    const r = applyJournalRow(j, rows);
    written.push(...r.written);
    sealed.push(...r.sealed);
  }
  const counted = [...rows.values()];
  const upTo = journal[journal.length - 1].seq;
  const writes: Promise<unknown>[] = [
    db.entities.bulkPut(counted),
    db.journalApplied.put({ key: JOURNAL_APPLIED, seq: upTo }),
  ];
  // A chunk is sealed once per 1,024 articles naming a name: most saves write none.
  if (sealed.length) writes.push(db.entityDocs.bulkPut(sealed));
  await Promise.all(writes);
  return { upTo, gap, written, counted, sealed: [...new Set(sealed.map((r) => r.entityId))] };
}

/**
 * Apply every journal row not applied yet, oldest first: for the writers of
 * entity rows (deletes, corrections, imports), first thing in their own
 * transaction, which must hold `entities`, `entityDocs`, `journal` and
 * `journalApplied`. One read of each of the two journal tables when nothing is owed.
 */
export function applyJournal(db: LibraryDb): Promise<Applied> {
  return owedJournal(db).then((owed) => applyJournalRows(db, owed));
}
