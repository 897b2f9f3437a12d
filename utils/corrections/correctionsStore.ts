import { storage } from 'wxt/utils/storage';
import type { Correction } from './applyCorrections';

/**
 * The reader's corrections live in extension storage (not the library
 * database): small, read by every content script, watched for live updates,
 * and out of the page's reach.
 */
const item = storage.defineItem<Correction[]>('local:corrections', { fallback: [] });

export async function listCorrections(): Promise<Correction[]> {
  return (await item.getValue()) ?? [];
}

/** Add a correction; returns it (its `at` is its identity for undo). */
export async function addCorrection(c: Correction): Promise<Correction> {
  const all = await listCorrections();
  // Same-millisecond corrections still need distinct identities.
  const at = Math.max(c.at, ...all.map((x) => x.at + 1));
  const added = { ...c, at } as Correction;
  await item.setValue([...all, added]);
  return added;
}

export async function undoCorrection(at: number): Promise<void> {
  await item.setValue((await listCorrections()).filter((c) => c.at !== at));
}

export function watchCorrections(cb: (all: Correction[]) => void): () => void {
  return item.watch((v) => cb(v ?? []));
}
