/**
 * A generated news article of a given length (words), for the long-page test.
 * Deterministic. The first paragraphs name Dmitry Peskov and Vladimir Putin;
 * the last paragraph names them again, so a highlight there shows that the
 * end of the article was read.
 */
const FILLER = [
  'Officials in the capital said the talks had covered trade, energy and the security of the region.',
  'Analysts cautioned that any agreement would take months to negotiate and longer to carry out.',
  'The ministry published a short statement after the meeting but gave no further details.',
  'Markets were calm on the news, and the currency held steady against the dollar through the afternoon.',
  'Diplomats from several countries attended the session as observers and declined to comment.',
  'Residents of the border towns have complained for years that their concerns are ignored.',
];

export const LONG_ARTICLE_PATH = '/world/2024/03/01/long-report-on-the-talks.html';

export function longArticleHtml(words: number): string {
  const paras: string[] = [];
  let count = 0;
  let i = 0;
  const push = (p: string, id = '') => {
    paras.push(id ? `<p id="${id}">${p}</p>` : `<p>${p}</p>`);
    count += p.split(/\s+/).length;
  };
  push(
    'MOSCOW — Kremlin spokesperson Dmitry Peskov said on Friday that Russian President Vladimir Putin would take part in the talks, which are expected to last several weeks.',
    'first',
  );
  push('"The president will decide when the time comes," Peskov told reporters in Moscow.');
  const tail =
    'Kremlin spokesperson Dmitry Peskov said late on Thursday that Vladimir Putin had met North Korean Foreign Minister Choe Son-hui in Moscow.';
  const tailWords = tail.split(/\s+/).length;
  while (count < words - tailWords) {
    // Paragraphs of five filler sentences, in a rotating order, about 80 words each.
    const p = [0, 1, 2, 3, 4].map((k) => FILLER[(i + k * 7) % FILLER.length]).join(' ');
    push(p);
    i++;
  }
  push(tail, 'last');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Long report on the talks | Example Wire</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-03-01T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Long report on the talks","datePublished":"2024-03-01T09:00:00Z"}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}</style>
</head><body>
<article>
<h1>Long report on the talks</h1>
<p class="byline">By Jane Example</p>
${paras.join('\n')}
</article>
</body></html>`;
}
