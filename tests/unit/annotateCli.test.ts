import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../scripts/lib/seedPage';

const ROOT = join(import.meta.dirname, '../..');
const SEED_DIR = join(ROOT, '../shared/seed');
const SEED = join(
  SEED_DIR,
  readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'))!,
);
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/annotate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

interface Out {
  isArticle: boolean;
  article: {
    url: string | null;
    title: string;
    byline: string | null;
    site: string | null;
    publishedAt: string | null;
    text: string;
  } | null;
  entities: {
    id: string;
    name: string;
    type: string;
    role: string | null;
    mentions: { start: number; end: number; text: string }[];
  }[];
}

const tmp = mkdtempSync(join(tmpdir(), 'dramatis-cli-'));

describe('scripts/annotate.ts', { timeout: 60_000 }, () => {
  it('--text on the seed file: one JSON line, text kept exactly, offsets valid', () => {
    const text = readFileSync(SEED, 'utf8');
    const r = run('--text', SEED);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.endsWith('\n')).toBe(true);
    expect(r.lines).toHaveLength(1);
    const o: Out = JSON.parse(r.lines[0]);
    expect(o.isArticle).toBe(true);
    expect(o.article!.text).toBe(text);
    expect(o.entities.length).toBeGreaterThan(5);
    for (const e of o.entities) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'role', 'mentions']));
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const kirby = o.entities.find((e) => e.name === 'John Kirby')!;
    expect(kirby.id).toBe('person:john-kirby');
    expect(kirby.role).toContain('National Security Council coordinator');
  });

  it('two files give two lines in order, with the same id for the same person', () => {
    const other = join(tmp, 'other.txt');
    const otherText =
      'Kremlin spokesperson Dmitry Peskov said on Friday that Russian President Vladimir Putin had no firm plans to visit Pyongyang.\n\nPeskov told reporters in Moscow that dates would be announced later.\n';
    writeFileSync(other, otherText);
    const r = run('--text', other, SEED);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    const [a, b]: Out[] = r.lines.map((l) => JSON.parse(l));
    expect(a.article!.text).toBe(otherText);
    expect(b.article!.text).toBe(readFileSync(SEED, 'utf8'));
    const idIn = (o: Out, name: string) => o.entities.find((e) => e.name === name)?.id;
    expect(idIn(a, 'Vladimir Putin')).toBeDefined();
    expect(idIn(a, 'Vladimir Putin')).toBe(idIn(b, 'Vladimir Putin'));
    expect(idIn(a, 'Dmitry Peskov')).toBe(idIn(b, 'Dmitry Peskov'));
  });

  it('handles hundreds of files in one run, in order', () => {
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const f = join(tmp, `many-${i}.txt`);
      writeFileSync(f, `Story ${i}: Kremlin spokesperson Dmitry Peskov spoke to reporters in Moscow on day ${i}.\n`);
      files.push(f);
    }
    const r = run('--text', ...files);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(200);
    const outs: Out[] = r.lines.map((l) => JSON.parse(l));
    outs.forEach((o, i) => expect(o.article!.text.startsWith(`Story ${i}:`)).toBe(true));
    const ids = new Set(outs.map((o) => o.entities.find((e) => e.name === 'Dmitry Peskov')?.id));
    expect([...ids]).toEqual(['person:dmitry-peskov']);
  });

  it('a missing file exits 2 with one stderr line naming it', () => {
    const missing = join(tmp, 'does-not-exist.txt');
    const r = run('--text', missing);
    expect(r.code).toBe(2);
    const errLines = r.err.split('\n').filter(Boolean);
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain(missing);
  });

  it('no files is a usage error (exit 2)', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage/);
  });

  it('an HTML non-article gives isArticle false and no entities', () => {
    const r = run(join(ROOT, 'tests/fixtures/pages/section-front.html'));
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    const o: Out = JSON.parse(r.lines[0]);
    expect(o.isArticle).toBe(false);
    expect(o.entities).toEqual([]);
  });

  it('an HTML article page gives its metadata and entities whose offsets index article.text', () => {
    const page = join(tmp, 'seed.html');
    writeFileSync(page, seedPageHtml());
    const r = run(page, join(ROOT, 'tests/fixtures/pages/section-front.html'));
    expect(r.lines).toHaveLength(2);
    const o: Out = JSON.parse(r.lines[0]);
    expect(o.isArticle).toBe(true);
    expect(o.article).toMatchObject({
      byline: 'Song Sang-ho',
      site: 'Yonhap News Agency',
      // Issue 5: ISO 8601 with the page's own offset kept (09:12 in Seoul = 00:12 UTC).
      publishedAt: '2024-01-24T09:12:00+09:00',
    });
    for (const e of o.entities) for (const m of e.mentions) expect(o.article!.text.slice(m.start, m.end)).toBe(m.text);
    expect(o.entities.some((e) => e.id === 'person:dmitry-peskov')).toBe(true);
    expect(JSON.parse(r.lines[1]).isArticle).toBe(false);
  });

  it('reads gzipped pages', () => {
    const r = run(join(ROOT, '../shared/data/readability-pages/bbc-1/source.html.gz'));
    expect(r.code).toBe(0);
    const o: Out = JSON.parse(r.lines[0]);
    expect(o.article?.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });
});
