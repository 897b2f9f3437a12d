import type { ExportArticle } from './validateImport';

/** Saved articles as a Markdown reading list: title link, source, dates, people named, excerpt. */
export function articlesToMarkdown(articles: ExportArticle[]): string {
  const esc = (s: string) =>
    s
      .replace(/([\\`*_[\]<>#|])/g, '\\$1')
      .replace(/\s+/g, ' ')
      .trim();
  const lines = ['# Dramatis library', ''];
  for (const a of [...articles].sort((x, y) => y.savedAt - x.savedAt)) {
    lines.push(`## [${esc(a.title || a.url)}](<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>)`, '');
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
  }
  return lines.join('\n');
}
