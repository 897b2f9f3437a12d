/** Text with the search terms marked. Renders text nodes and <mark> only: never HTML from the page. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const words = terms.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (!words.length) return <>{text}</>;
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  const parts = text.split(re);
  return <>{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</>;
}
