// The pages the extraction benchmarks read (scripts/bench-extract.ts, and
// scripts/extract/detectAblation.ts on the dev split), listed without being
// read: a page's HTML is read only when `html()` is called, so a run that
// filters on the name first (`isHeldOut`) never opens a held-out page.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  name: string;
  url: string | null;
  html(): string;
}

/** What Readability's own run says of one of its test pages (expected-metadata.json). */
export interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

const gz = (p: string) => gunzipSync(readFileSync(p)).toString('utf8');

/** The article-extraction-benchmark's 181 article pages, with their ground-truth bodies, in its order. */
export function extractionBenchmarkPages(data: string): (BenchPage & { articleBody: string; url: string })[] {
  const dir = join(data, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    name: id,
    url: t.url,
    articleBody: t.articleBody,
    html: () => gz(join(dir, 'html', `${id}.html.gz`)),
  }));
}

/** Mozilla Readability's test pages that carry expected metadata, by name. */
export function readabilityTestPages(data: string): (BenchPage & { expected: Expected })[] {
  const dir = join(data, 'readability-pages');
  const out: (BenchPage & { expected: Expected })[] = [];
  for (const name of readdirSync(dir).sort()) {
    const metaPath = join(dir, name, 'expected-metadata.json');
    if (!existsSync(metaPath)) continue;
    out.push({
      name,
      url: null,
      expected: JSON.parse(readFileSync(metaPath, 'utf8')) as Expected,
      html: () => gz(join(dir, name, 'source.html.gz')),
    });
  }
  return out;
}

/**
 * The synthetic non-article fixtures of one part (tests/fixtures/nonarticles/dev or /heldout), named
 * `part/file`; each file names the address it stands for in a `<!-- url: ... -->` comment.
 */
export function nonArticleFixtures(root: string, part: 'dev' | 'heldout'): (BenchPage & { part: typeof part })[] {
  const dir = join(root, 'tests/fixtures/nonarticles', part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((x) => x.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(join(dir, f), 'utf8');
      const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? null;
      return { name: `${part}/${f}`, part, url, html: () => html };
    });
}
