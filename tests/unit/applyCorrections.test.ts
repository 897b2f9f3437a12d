import { describe, expect, it } from 'vitest';
import { applyCorrections, describeCorrection, type Correction } from '../../utils/corrections/applyCorrections';
import { recognize } from '../../utils/recognize/recognize';
import type { Entity } from '../../utils/types';

const text =
  'John Kirby spoke in Washington. Kirby said Vladimir Putin would gain. Mr. Putin did not answer. ' +
  'Later Kirby met John Smith in Moscow.';
const base = () => recognize(text);
const byName = (es: Entity[], name: string) => es.find((e) => e.name === name);
let t = 1;
const at = () => t++;

describe('applyCorrections', () => {
  it('without corrections returns the same entities', () => {
    expect(applyCorrections(base(), [])).toEqual(base());
  });

  it('hide drops the entity and only it', () => {
    const es = base();
    const putin = byName(es, 'Vladimir Putin')!;
    const out = applyCorrections(es, [{ kind: 'hide', id: putin.id, name: putin.name, at: at() }]);
    expect(byName(out, 'Vladimir Putin')).toBeUndefined();
    expect(out.length).toBe(es.length - 1);
  });

  it('rename keeps the id (so it keeps applying) and changes the name', () => {
    const es = base();
    const k = byName(es, 'John Kirby')!;
    const out = applyCorrections(es, [{ kind: 'rename', id: k.id, name: 'Adm. John Kirby', from: k.name, at: at() }]);
    const renamed = out.find((e) => e.id === k.id)!;
    expect(renamed.name).toBe('Adm. John Kirby');
    expect(renamed.mentions).toEqual(k.mentions);
  });

  it('retype changes the type', () => {
    const es = base();
    const w = byName(es, 'Washington')!;
    const out = applyCorrections(es, [{ kind: 'retype', id: w.id, type: 'org', name: w.name, at: at() }]);
    expect(out.find((e) => e.id === w.id)!.type).toBe('org');
  });

  it('merge moves every mention into the kept entity, in text order', () => {
    const es = base();
    const smith = byName(es, 'John Smith')!;
    const kirby = byName(es, 'John Kirby')!;
    const c: Correction = {
      kind: 'merge',
      from: smith.id,
      into: kirby.id,
      fromName: smith.name,
      intoName: kirby.name,
      at: at(),
    };
    const out = applyCorrections(es, [c]);
    expect(byName(out, 'John Smith')).toBeUndefined();
    const merged = out.find((e) => e.id === kirby.id)!;
    expect(merged.mentions.length).toBe(kirby.mentions.length + smith.mentions.length);
    const starts = merged.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('merge into an entity this article does not name takes its id and name', () => {
    const es = base();
    const smith = byName(es, 'John Smith')!;
    const out = applyCorrections(es, [
      {
        kind: 'merge',
        from: smith.id,
        into: 'person:jon-smith',
        fromName: smith.name,
        intoName: 'Jon Smith',
        at: at(),
      },
    ]);
    const e = out.find((x) => x.id === 'person:jon-smith')!;
    expect(e.name).toBe('Jon Smith');
    expect(e.mentions).toEqual(smith.mentions);
  });

  it('split moves the mentions written one way into an entity of their own', () => {
    const es = base();
    const k = byName(es, 'John Kirby')!;
    const shortForms = k.mentions.filter((m) => m.text === 'Kirby').length;
    expect(shortForms).toBeGreaterThan(0);
    const out = applyCorrections(es, [{ kind: 'split', id: k.id, form: 'Kirby', name: k.name, at: at() }]);
    expect(out.find((e) => e.id === k.id)!.mentions.every((m) => m.text === 'John Kirby')).toBe(true);
    const split = byName(out, 'Kirby')!;
    expect(split.mentions.length).toBe(shortForms);
    expect(split.id).not.toBe(k.id);
  });

  it('applies corrections oldest first, whatever order they are stored in', () => {
    const es = base();
    const k = byName(es, 'John Kirby')!;
    const later: Correction = { kind: 'rename', id: 'person:kirby', name: 'Someone Else', from: 'Kirby', at: 200 };
    const earlier: Correction = { kind: 'split', id: k.id, form: 'Kirby', name: k.name, at: 100 };
    expect(byName(applyCorrections(es, [later, earlier]), 'Someone Else')).toBeDefined();
  });

  it('does not change its input', () => {
    const es = base();
    const copy = JSON.parse(JSON.stringify(es));
    const k = byName(es, 'John Kirby')!;
    applyCorrections(es, [
      { kind: 'split', id: k.id, form: 'Kirby', name: k.name, at: at() },
      { kind: 'hide', id: k.id, name: k.name, at: at() },
    ]);
    expect(es).toEqual(copy);
  });

  it('describes each correction in words', () => {
    expect(describeCorrection({ kind: 'hide', id: 'x', name: 'Kirby', at: 1 })).toContain('Kirby');
    expect(describeCorrection({ kind: 'merge', from: 'a', into: 'b', fromName: 'A', intoName: 'B', at: 1 })).toMatch(
      /A.*B/,
    );
  });
});
