import type { ExportArticle } from './validateImport';

type MarkdownArticle = Pick<
  ExportArticle,
  'url' | 'title' | 'site' | 'byline' | 'publishedAt' | 'savedAt' | 'cast' | 'excerpt'
>;

export const MARKDOWN_HEADER = '# Dramatis library\n\n';

const esc = (s: string) =>
  s
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();

/** One saved article as Markdown: title link, source, dates, people named, excerpt. */
export function articleToMarkdown(a: MarkdownArticle): string {
  const lines = [`## [${esc(a.title || a.url)}](<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>)`, ''];
  const meta = [
    a.site,
    a.byline,
    a.publishedAt ? `published ${a.publishedAt.slice(0, 10)}` : null,
    `saved ${new Date(a.savedAt).toISOString().slice(0, 10)}`,
  ];
  lines.push(esc(meta.filter(Boolean).join(' · ')), '');
  const people = a.cast.filter((c) => c.type === 'person').map((c) => esc(c.role ? `${c.name} (${c.role})` : c.name));
  if (people.length) lines.push(`People: ${people.join(', ')}`, '');
  if (a.excerpt) lines.push(`> ${esc(a.excerpt)}`, '');
  return lines.map((l) => l + '\n').join('');
}

/** Saved articles as a Markdown reading list, newest first. */
export function articlesToMarkdown(articles: MarkdownArticle[]): string {
  return (
    MARKDOWN_HEADER +
    [...articles]
      .sort((x, y) => y.savedAt - x.savedAt)
      .map(articleToMarkdown)
      .join('')
  );
}
