import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addCorrection,
  listCorrections,
  undoCorrection,
  watchCorrections,
} from '../../utils/corrections/correctionsStore';

describe('corrections store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers corrections in order and undoes one by its time', async () => {
    const a = await addCorrection({ kind: 'hide', id: 'person:a', name: 'A', at: 5 });
    const b = await addCorrection({ kind: 'hide', id: 'person:b', name: 'B', at: 5 });
    expect(b.at).not.toBe(a.at);
    expect((await listCorrections()).map((c) => c.kind === 'hide' && c.id)).toEqual(['person:a', 'person:b']);
    await undoCorrection(a.at);
    expect((await listCorrections()).map((c) => c.kind === 'hide' && c.id)).toEqual(['person:b']);
  });

  it('tells watchers about changes', async () => {
    const seen: number[] = [];
    const off = watchCorrections((all) => seen.push(all.length));
    await addCorrection({ kind: 'hide', id: 'person:a', name: 'A', at: 1 });
    await new Promise((r) => setTimeout(r, 10));
    off();
    expect(seen).toContain(1);
  });
});
