/** Up to ~240 characters of plain text around the first matched term. */
export function snippetOf(text: string, terms: string[], width = 240): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, width) + (text.length > width ? '…' : '');
  const start = Math.max(0, at - Math.floor(width / 3));
  const s = text.slice(start, start + width);
  return (start > 0 ? '…' : '') + s + (start + width < text.length ? '…' : '');
}
