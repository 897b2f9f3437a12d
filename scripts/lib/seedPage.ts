/**
 * The seed article (../shared/seed, plain text from a Yonhap page) dressed as
 * the news page it came from: site chrome around it, JSON-LD and OpenGraph
 * metadata, and the same boilerplate lines ("Back To Top", "MOST POPULAR")
 * outside the body, so detection and extraction are exercised for real.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SEED_DIR = join(import.meta.dirname, '../../../shared/seed');

export function seedText(): string {
  const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed article in ${SEED_DIR}`);
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function seedPageHtml(): string {
  const lines = seedText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const title = lines[1];
  const caption = lines[2];
  const start = lines.indexOf(caption, 3) + 1;
  const end = lines.indexOf('MOST POPULAR');
  const paras = lines.slice(start, end);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2024-01-24T09:12:00+09:00',
    author: [{ '@type': 'Person', name: 'Song Sang-ho' }],
    publisher: { '@type': 'Organization', name: 'Yonhap News Agency' },
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(title)} | Yonhap News Agency</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="Yonhap News Agency">
<meta property="article:published_time" content="2024-01-24T09:12:00+09:00">
<link rel="canonical" href="/news/2024/01/24/us-defense-posture-nk-threats.html">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px;color:#222}
nav a{margin-right:12px;font:14px sans-serif}figure{margin:0}figcaption{font-size:14px;color:#555}
aside{font:14px sans-serif;border-top:1px solid #ccc;margin-top:32px}</style>
</head><body>
<header><a href="#top">${esc(lines[0])}</a>
<nav><a href="/nk">North Korea</a><a href="/politics">Politics</a><a href="/economy">Economy</a><a href="/world">World</a></nav></header>
<main><article>
<h1>${esc(title)}</h1>
<p class="byline">By Song Sang-ho · <time datetime="2024-01-24T09:12:00+09:00">2024-01-24 09:12</time></p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="600" height="1"><figcaption>${esc(caption)}</figcaption></figure>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<aside><h2>MOST POPULAR</h2><ul><li><a href="/a1">Samsung unveils new phone</a></li><li><a href="/a2">K-pop tour dates announced</a></li></ul>
<h2>LATEST NEWS</h2><ul><li><a href="/a3">Weather: cold snap to continue</a></li></ul><a href="/subscribe">subscribe</a></aside>
</body></html>`;
}
