/**
 * Fuzzing with a seeded generator (so a failure replays): random and mutated
 * HTML into detection + extraction, random text into the recognizer. Nothing
 * may throw, and every offset returned must index the text it came from.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { annotateDocument, annotateText } from '../../utils/annotate';
import { seedPageHtml } from '../../scripts/lib/seedPage';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:!?\'"()-—\n\t',
  'Mr.',
  'Kim Jong-un',
  'Putin',
  ' the ',
  ', the spokesperson,',
  '\u00ad',
  '\u202e',
  '\u0000',
  '😀',
  'مرحبا',
  'שלום',
  '北京',
  '<',
  '>',
  '&amp;',
];

function randomText(r: () => number, n: number): string {
  let out = '';
  while (out.length < n) out += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return out;
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'article',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'script',
  'style',
  'h1',
  'h2',
  'b',
  'i',
];

function randomHtml(r: () => number, depth = 0): string {
  let out = '';
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    if (r() < 0.4 || depth > 6) out += randomText(r, Math.floor(r() * 200));
    else {
      const t = TAGS[Math.floor(r() * TAGS.length)];
      out += r() < 0.1 ? `<${t}>` : `<${t} class="c${i}">${randomHtml(r, depth + 1)}</${t}>`;
    }
  }
  return out;
}

function mutate(r: () => number, html: string): string {
  const a = Math.floor(r() * html.length);
  const b = Math.min(html.length, a + Math.floor(r() * 200));
  switch (Math.floor(r() * 3)) {
    case 0:
      return html.slice(0, a) + html.slice(b); // cut
    case 1:
      return html.slice(0, a) + html.slice(a, b).split('').reverse().join('') + html.slice(b); // scramble
    default:
      return html.slice(0, a) + '<div><p>' + randomText(r, 100) + html.slice(a); // unclosed tags
  }
}

function checkOffsets(text: string, ents: { mentions: { start: number; end: number; text: string }[] }[]) {
  for (const e of ents) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

// Each case runs the whole pipeline on up to 200 kB of random markup; on a busy
// 2-core machine a run takes several seconds. The timeout only guards against hangs.
describe('fuzz', { timeout: 60_000 }, () => {
  it('random text into the recognizer', () => {
    const r = rng(1);
    for (let i = 0; i < 200; i++) {
      const text = randomText(r, Math.floor(r() * 3000));
      const a = annotateText(text);
      checkOffsets(text, a.entities);
    }
  });

  it('random HTML into detection and extraction', () => {
    const r = rng(2);
    for (let i = 0; i < 60; i++) {
      const html = `<html><head><title>${randomText(r, 40)}</title></head><body>${randomHtml(r)}</body></html>`;
      const a = annotateDocument(parseHTML(html).document as unknown as Document, { force: r() < 0.5 });
      if (a.article) checkOffsets(a.article.text, a.entities);
    }
  });

  it('mutated real article HTML into detection and extraction', () => {
    const r = rng(3);
    const base = seedPageHtml();
    for (let i = 0; i < 40; i++) {
      let html = base;
      for (let k = 0; k < 1 + Math.floor(r() * 5); k++) html = mutate(r, html);
      const a = annotateDocument(parseHTML(html).document as unknown as Document);
      if (a.article) checkOffsets(a.article.text, a.entities);
    }
  });
});
