import type { SavedArticle } from '../types';
import { addRole, appendToRows, articleDate, dedupeCast, type EntityRow, type LibraryDb } from './db';
import { bumpWeek, countWeek } from './entityWeeks';
import { allocNums, bumpCount } from './libraryMeta';
import { pickArticle, type ExportArticle } from './validateImport';
import { applyJournal, NOTHING_APPLIED, type Applied } from './entityJournal';

/**
 * Add validated articles (an import's) that are not in the library yet;
 * existing ones are left untouched. One transaction: the whole batch in a
 * few bulk requests, after what saves still owe the entity rows
 * (entityJournal.ts). Returns the records added, for the search index, the
 * entities whose postings gained a sealed chunk, for their bundles, and what
 * applying the journal wrote.
 */
export async function addImportedArticles(
  db: LibraryDb,
  records: ExportArticle[],
): Promise<{ added: number; skipped: number; fresh: ExportArticle[]; sealed: string[]; applied: Applied }> {
  let added = 0;
  let skipped = 0;
  const fresh: ExportArticle[] = [];
  const sealed: string[] = [];
  let applied = NOTHING_APPLIED;
  const tables = [db.articles, db.entities, db.texts, db.nums, db.entityDocs, db.meta, db.journal, db.journalApplied];
  await db.transaction('rw', tables, async () => {
    applied = await applyJournal(db);
    const have = await db.articles.bulkGet(records.map((r) => r.url));
    const batch = new Map<string, ExportArticle>();
    records.forEach((raw, i) => {
      if (have[i] || batch.has(raw.url)) skipped++;
      else batch.set(raw.url, pickArticle(raw));
    });
    // The whole batch in a few bulk requests: entity rows are read once and updated in memory.
    const arts: SavedArticle[] = [];
    const ids = new Set<string>();
    for (const r of batch.values()) {
      const rest = withoutText(r);
      const cast = dedupeCast(rest.cast);
      const a: SavedArticle = { ...rest, cast, entityIds: cast.map((c) => c.id) };
      arts.push(a);
      for (const c of cast) ids.add(c.id);
    }
    const idList = [...ids];
    const rows = new Map<string, EntityRow>();
    (await db.entities.bulkGet(idList)).forEach((row, i) => row && rows.set(idList[i], row));
    for (const a of arts) {
      const date = articleDate(a);
      for (const c of a.cast) {
        const row = rows.get(c.id);
        if (row) {
          row.articleCount += 1;
          // In place: the rows are this batch's copies.
          countWeek((row.weeks ??= {}), date);
        } else
          rows.set(c.id, {
            id: c.id,
            name: c.name,
            type: c.type,
            role: c.role,
            articleCount: 1,
            firstSeen: a.savedAt,
            lastSeen: a.savedAt,
            aliases: [],
            roles: addRole([], c.role, date, a.url),
            weeks: bumpWeek(undefined, date, 1),
          });
      }
    }
    // Numbers for the new articles, and their names' postings (open chunks in the rows).
    const first = arts.length ? await allocNums(db, arts.length) : 0;
    const adds = new Map<string, number[]>();
    arts.forEach((a, i) => {
      for (const id of a.entityIds) {
        const l = adds.get(id);
        if (l) l.push(first + i);
        else adds.set(id, [first + i]);
      }
    });
    const chunks = appendToRows(adds, rows).sealed;
    await db.articles.bulkPut(arts);
    await db.texts.bulkPut([...batch.values()].map((r) => ({ url: r.url, text: r.text, seg: 0 })));
    await db.entities.bulkPut([...rows.values()]);
    await db.entityDocs.bulkPut(chunks);
    await db.nums.bulkPut(arts.map((a, i) => ({ url: a.url, n: first + i })));
    if (arts.length) await bumpCount(db, arts.length);
    sealed.push(...new Set(chunks.map((r) => r.entityId)));
    fresh.push(...batch.values());
    added = arts.length;
  });
  return { added, skipped, fresh, sealed, applied };
}

/** The record as an article row (its text goes to the texts table). */
const withoutText = ({ text: _text, ...rest }: ExportArticle) => rest;
