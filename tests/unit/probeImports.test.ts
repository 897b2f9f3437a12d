/**
 * The page probe runs on every page, so its bundle must not evaluate the extension's API at load
 * (issue 2: a page that is not an article costs under 2 ms; the first read of `chrome` cost 0.17 ms).
 * Two ways it could come back, both checked over the probe's whole module graph (static and dynamic
 * imports, from entrypoints/probe.ts):
 * - a module importing `wxt/browser` (or one that does): the bundler evaluates it at the bundle's top
 *   even behind a dynamic import;
 * - WXT's auto-imports: they scan every module for identifiers named like an export of utils/ and add an
 *   import when one is not declared the way their scanner sees. An arrow parameter `t` in
 *   detectArticle got `import { t } from '../utils/i18n'`, and i18n imports `wxt/browser`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createUnimport } from 'unimport';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The relative modules `file` imports or re-exports (statically or dynamically), resolved to .ts files;
 * type-only ones left out.
 */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm)) {
    if (m[1]) continue;
    const spec = m[2] ?? m[3];
    out.push(join(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
  }
  return out;
}

function probeGraph(): string[] {
  const seen = new Set<string>();
  const todo = [join(ROOT, 'entrypoints/probe.ts')];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return [...seen];
}

/** WXT's auto-import list as `wxt prepare` wrote it (the `#imports` module's declaration). */
function autoImports(): { name: string; from: string }[] {
  const dts = readFileSync(join(ROOT, '.wxt/types/imports-module.d.ts'), 'utf8');
  return [...dts.matchAll(/export \{ ([^}]*) \} from '([^']*)'/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((name) => ({ name, from: m[2] })),
  );
}

describe("the page probe's modules", () => {
  const files = probeGraph();

  it('are the probe and its detector, watcher and settings read (the graph is found)', () => {
    const names = files.map((f) => f.slice(ROOT.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'entrypoints/probe.ts',
        'utils/page/pageProbe.ts',
        'utils/detect/detectArticle.ts',
        'utils/settings/readSiteRules.ts',
      ]),
    );
  });

  it('import nothing from wxt/browser', () => {
    const bad = files.filter((f) =>
      /^\s*(?:import|export)\s+(?!type\b)[^'"]*from\s+'wxt\/browser'|import\('wxt\/browser'\)/m.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('get no auto-import from utils/ or wxt/browser', async () => {
    const unimport = createUnimport({ imports: autoImports() });
    const injected: string[] = [];
    for (const f of files) {
      const { imports } = await unimport.injectImports(readFileSync(f, 'utf8'), f);
      for (const i of imports) if (i.from !== 'wxt/utils/define-unlisted-script') injected.push(`${f}: ${i.name}`);
    }
    expect(injected).toEqual([]);
  });
});
