import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, tn } from '../../utils/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(ROOT, p)).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}
const ui = [...files('components', /\.tsx$/), ...files('entrypoints', /\.tsx?$/)];
const code = [...ui, ...files('utils', /\.tsx?$/)].map((f) => ({ f, src: readFileSync(join(ROOT, f), 'utf8') }));
const manifestSrc = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

describe('messages.json', () => {
  it('every key used by t()/tn() and the manifest exists', () => {
    const used = new Set<string>();
    for (const { src } of code) {
      for (const m of src.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/\btn\([^,]+,\s*'([^']+)',\s*'([^']+)'/g)) used.add(m[1]).add(m[2]);
    }
    for (const m of manifestSrc.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in messages))).toEqual([]);
  });

  it('every key is used somewhere (a quoted key in the code, or __MSG_key__ in the manifest)', () => {
    const all = code.map((c) => c.src).join('\n') + manifestSrc;
    const unused = Object.keys(messages).filter((k) => !all.includes(`'${k}'`) && !all.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });

  it('keys are names the browsers accept, and every message is a non-empty string', () => {
    for (const [k, v] of Object.entries(messages)) {
      expect(k).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof v.message).toBe('string');
      expect(v.message.length).toBeGreaterThan(0);
    }
  });

  it('the manifest takes its name, description and command descriptions from messages', () => {
    expect(manifestSrc).toMatch(/name: '__MSG_extName__'/);
    expect(manifestSrc).toMatch(/description: '__MSG_extDescription__'/);
    expect(manifestSrc).toMatch(/default_locale: 'en'/);
    for (const m of manifestSrc.matchAll(/'[a-z-]+': \{ suggested_key: [^}]+\}, description: '([^']+)'/g))
      expect(m[1]).toMatch(/^__MSG_\w+__$/);
  });
});

describe('UI text goes through t()', () => {
  it('no component renders a literal English word as JSX text or as a label attribute', () => {
    const offenders: string[] = [];
    for (const f of ui.filter((x) => x.endsWith('.tsx'))) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      // JSX text that holds letters, ending at a closing tag (not a {…} expression).
      for (const m of src.matchAll(/[^=]>\s*([A-Za-z][^<>{}();=&|]*?)\s*<\//g)) offenders.push(`${f}: ${m[1]}`);
      for (const m of src.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g))
        if (m[2] !== 'example.com') offenders.push(`${f}: ${m[1]}="${m[2]}"`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('t()', () => {
  it('fills $1… with the substitutions (English fallback where there is no i18n API)', () => {
    expect(t('sbCast', 3)).toBe('Who is in this story (3)');
    expect(t('libMatches', '2 matches', 'Kirby')).toBe('2 matches for “Kirby”, best first');
  });
  it('tn() picks the singular or plural message', () => {
    expect(tn(1, 'mentionsOne', 'mentionsMany')).toBe('1 mention');
    expect(tn(4, 'mentionsOne', 'mentionsMany')).toBe('4 mentions');
  });
});
