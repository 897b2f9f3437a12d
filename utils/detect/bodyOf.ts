/** The <body> element if the document has one, found without creating it. */
export function bodyOf(doc: Document): HTMLElement | null {
  const html = doc.documentElement;
  if (!html) return null;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName.toUpperCase() === 'BODY') return c as HTMLElement;
  return null;
}
