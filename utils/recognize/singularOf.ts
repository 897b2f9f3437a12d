/** "franchises" → "franchise", "companies" → "company", "coaches" → "coach"; a word not in -s as it is. */
export function singularOf(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
