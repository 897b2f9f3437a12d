import type { CastEntry, DatedRole, EntityType, SavedArticle } from '../types';
import type { EntityRow } from './db';
import { t } from '../i18n';

/** The export file's identity and the one version this build reads and writes. */
export const EXPORT_FORMAT = 'dramatis-library';
export const EXPORT_VERSION = 1;
/** Files above this are refused before reading (a library of 100k articles exports to a few hundred MB at most). */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/** An article as exported: the saved row (entityIds derived from cast) plus its full text. */
export type ExportArticle = Omit<SavedArticle, 'entityIds'> & { text: string };
/** An entity as exported: everything but its article count, which import recomputes. */
export type ExportEntity = Omit<EntityRow, 'articleCount'>;

/** A file too large to read is refused with a message instead of exhausting memory. */
export function importSizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES ? t('importTooBig', Math.round(bytes / 1048576), MAX_IMPORT_BYTES / 1048576) : null;
}

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: ExportArticle[];
  entities: ExportEntity[];
}

export interface Rejection {
  kind: 'article' | 'entity';
  index: number;
  /** The record's URL or id when it had a readable one. */
  key: string | null;
  reason: string;
}

export interface ValidatedImport {
  articles: ExportArticle[];
  entities: ExportEntity[];
  rejected: Rejection[];
}

/** The whole file cannot be used: nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const TYPES: EntityType[] = ['person', 'org', 'place', 'misc'];

/** Only web pages: no javascript:, data:, file: or extension URLs ever get into the library. */
export function isWebUrl(u: unknown): u is string {
  if (typeof u !== 'string' || u.length > 4096) return false;
  try {
    const p = new URL(u);
    return (p.protocol === 'http:' || p.protocol === 'https:') && !!p.host;
  } catch {
    return false;
  }
}

const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || v === undefined || str(v, max);
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isoOrNull = (v: unknown) =>
  v === null || v === undefined || (str(v, 64) && !Number.isNaN(Date.parse(v as string)));

function castProblem(c: unknown): string | null {
  if (!c || typeof c !== 'object') return t('rejCastNotObject');
  const e = c as CastEntry;
  if (!str(e.id, 300) || !/^(person|org|place|misc):\S+$/.test(e.id))
    return t('rejCastBadId', JSON.stringify(e.id) ?? '');
  if (!str(e.name, 500) || !e.name) return t('rejCastNoName', e.id);
  if (!TYPES.includes(e.type)) return t('rejCastBadType', e.id);
  if (!strOrNull(e.role, 1000)) return t('rejCastBadRole', e.id);
  if (!num(e.count) || e.count < 0) return t('rejCastBadCount', e.id);
  return null;
}

export function articleProblem(a: unknown): string | null {
  if (!a || typeof a !== 'object' || Array.isArray(a)) return t('rejNotObject');
  const r = a as ExportArticle;
  if (!isWebUrl(r.url)) return t('rejBadUrl');
  if (!str(r.title, 5000)) return t('rejBadTitle');
  if (!strOrNull(r.byline, 2000) || !strOrNull(r.site, 500) || !strOrNull(r.lang, 35)) return t('rejBadMeta');
  if (!isoOrNull(r.publishedAt)) return t('rejBadPublished');
  if (!num(r.savedAt) || r.savedAt <= 0) return t('rejNoSavedDate');
  if (!str(r.excerpt, 20_000)) return t('rejBadExcerpt');
  if (!str(r.text, 5_000_000)) return t('rejBadText');
  if (!Array.isArray(r.cast) || r.cast.length > 2000) return t('rejBadCast');
  for (const c of r.cast) {
    const p = castProblem(c);
    if (p) return p;
  }
  if (new Set(r.cast.map((c) => c.id)).size !== r.cast.length) return t('rejCastTwice');
  return null;
}

function roleProblem(x: unknown): boolean {
  const r = x as DatedRole;
  return (
    !r ||
    typeof r !== 'object' ||
    !str(r.role, 1000) ||
    !num(r.first) ||
    !num(r.last) ||
    !num(r.count) ||
    !(r.url === '' || isWebUrl(r.url))
  );
}

export function entityProblem(e: unknown): string | null {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return t('rejNotObject');
  const r = e as ExportEntity;
  if (!str(r.id, 300) || !/^(person|org|place|misc):\S+$/.test(r.id)) return t('rejBadId');
  if (!str(r.name, 500) || !r.name) return t('rejNoName');
  if (!TYPES.includes(r.type)) return t('rejUnknownType');
  if (!strOrNull(r.role, 1000)) return t('rejBadRole');
  if (!num(r.firstSeen) || !num(r.lastSeen)) return t('rejNoSeen');
  if (
    r.aliases !== undefined &&
    (!Array.isArray(r.aliases) || r.aliases.length > 100 || !r.aliases.every((x) => str(x, 500)))
  )
    return t('rejBadAliases');
  if (r.roles !== undefined && (!Array.isArray(r.roles) || r.roles.length > 200 || r.roles.some(roleProblem)))
    return t('rejBadRoles');
  if (r.corrections !== undefined && (typeof r.corrections !== 'object' || Array.isArray(r.corrections)))
    return t('rejBadCorrections');
  return null;
}

/**
 * Check an export file's text. A file that is not complete JSON, not ours, or
 * of another version throws ImportFileError (nothing is imported); otherwise
 * every record is checked and the bad ones are listed with why.
 */
export function validateImport(fileText: string): ValidatedImport {
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    throw new ImportFileError(t('importNotJson'));
  }
  if (!data || typeof data !== 'object' || (data as LibraryExport).format !== EXPORT_FORMAT)
    throw new ImportFileError(t('importNotOurs'));
  const d = data as LibraryExport;
  if (d.version !== EXPORT_VERSION)
    throw new ImportFileError(t('importWrongVersion', JSON.stringify(d.version) ?? '', EXPORT_VERSION));
  if (!Array.isArray(d.articles) || !Array.isArray(d.entities)) throw new ImportFileError(t('importNoLists'));
  const out: ValidatedImport = { articles: [], entities: [], rejected: [] };
  const seen = new Set<string>();
  d.articles.forEach((a, index) => {
    const key = a && typeof (a as ExportArticle).url === 'string' ? (a as ExportArticle).url.slice(0, 200) : null;
    const why = articleProblem(a) ?? (seen.has(a.url) ? t('rejTwice') : null);
    if (why) out.rejected.push({ kind: 'article', index, key, reason: why });
    else {
      seen.add(a.url);
      out.articles.push(pickArticle(a));
    }
  });
  const seenE = new Set<string>();
  d.entities.forEach((e, index) => {
    const key = e && typeof (e as ExportEntity).id === 'string' ? (e as ExportEntity).id.slice(0, 200) : null;
    const why = entityProblem(e) ?? (seenE.has(e.id) ? t('rejTwice') : null);
    if (why) out.rejected.push({ kind: 'entity', index, key, reason: why });
    else {
      seenE.add(e.id);
      out.entities.push(pickEntity(e));
    }
  });
  return out;
}

/** Only known fields survive (a hostile file cannot smuggle others into the database). */
export function pickArticle(a: ExportArticle): ExportArticle {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline ?? null,
    site: a.site ?? null,
    publishedAt: a.publishedAt ?? null,
    savedAt: a.savedAt,
    lang: a.lang ?? null,
    excerpt: a.excerpt,
    text: a.text,
    cast: a.cast.map(({ id, name, type, role, count }) => ({ id, name, type, role: role ?? null, count })),
  };
}

export function pickEntity(e: ExportEntity): ExportEntity {
  const out: ExportEntity = {
    id: e.id,
    name: e.name,
    type: e.type,
    role: e.role ?? null,
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    aliases: [...(e.aliases ?? [])],
    roles: (e.roles ?? []).map(({ role, first, last, url, count }) => ({ role, first, last, url, count })),
  };
  if (e.corrections) {
    const c = e.corrections;
    out.corrections = {};
    if (typeof c.name === 'string') out.corrections.name = c.name.slice(0, 500);
    if (TYPES.includes(c.type as EntityType)) out.corrections.type = c.type;
    if (typeof c.hidden === 'boolean') out.corrections.hidden = c.hidden;
  }
  return out;
}
