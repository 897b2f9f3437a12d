import type { EntityType } from '../types';

/**
 * A stable id from type and normalised name: case, diacritics, punctuation and
 * hyphen-vs-space do not matter, so "Kim Jong-un" and "Kim Jong Un" are one
 * person across articles and outlets.
 */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${normaliseName(name)}`;
}

export function normaliseName(name: string): string {
  return name
    .replace(/\u00ad/g, '') // soft hyphens ("Netan\u00adyahu") are invisible line-break hints
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
