import type { EntityType } from './types';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  org: 'Organization',
  place: 'Place',
  misc: 'Other',
};

/** "24 Jan 2024", or '' for a missing or bad date. */
export function formatDate(d: string | number | null | undefined): string {
  if (d === null || d === undefined || d === '') return '';
  const t = new Date(d);
  if (Number.isNaN(t.getTime())) return '';
  return t.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
