/**
 * Large listing pages for `npm run bench:page`: the small hand-written
 * non-article fixtures are 5-10 kB, while a real home page or section front
 * holds thousands of elements, and the detector's page walk is linear in
 * them. These are generated (deterministic, no randomness) so the figure for
 * big non-articles is measured, not guessed. Names and text are made up.
 */
const WORDS = 'council mayor budget vote minister talks river storm school rail court market election port'.split(' ');

function headline(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
  return `Headline ${i}: the ${w(0)} and the ${w(1)} after the ${w(2)} over the ${w(3)}`;
}

const dek = (i: number) =>
  `A short summary of story ${i} that sits under its headline, about the ${WORDS[i % WORDS.length]} and what comes next for the city.`;

const card = (i: number) =>
  `<div class="card"><a href="/2026/11/${(i % 27) + 1}/story-${i}-about-the-${WORDS[i % WORDS.length]}"><img src="data:," alt=""><h3>${headline(i)}</h3></a>` +
  `<p class="dek">${dek(i)}</p><span class="time">${(i % 23) + 1}h ago</span></div>`;

const chrome = (title: string, main: string, ogType: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta property="og:type" content="${ogType}"></head><body><header><nav>` +
  Array.from({ length: 30 }, (_, i) => `<a href="/section-${i}">Section ${i}</a>`).join(' ') +
  `</nav></header><main>${main}</main><footer>` +
  Array.from({ length: 60 }, (_, i) => `<a href="/about-${i}">Footer link ${i}</a>`).join(' ') +
  `</footer></body></html>`;

/** A home page: 12 sections of 25 teaser cards (about 3,000 nodes). */
export function largeHomePage(): string {
  let main = '';
  for (let s = 0; s < 12; s++) {
    main += `<section><h2><a href="/section-${s}">Section ${s}</a></h2><div class="grid">`;
    for (let c = 0; c < 25; c++) main += card(s * 25 + c);
    main += '</div></section>';
  }
  return chrome('The Daily Example - Home', main, 'website');
}

/** A section front that claims og:type=article: a river of 150 cards with longer summaries. */
export function largeSectionFront(): string {
  let main = '<h1>Politics</h1><div class="river">';
  for (let i = 0; i < 150; i++)
    main += `<article class="teaser"><h2><a href="/politics/2026/11/story-${i}">${headline(i)}</a></h2><p>${dek(i)} ${dek(i + 1)}</p><p class="byline">By Staff Writer ${i % 9}</p></article>`;
  return chrome('Politics - The Daily Example', main + '</div>', 'article');
}
