/**
 * Synthetic library for the benchmark. This module is *serialised into the
 * service worker* (playwright's worker.evaluate sends function source), so
 * every function here must be self-contained: no imports, no outer variables.
 */

/** Installs `globalThis.__dramatisSynth` in the worker: a seeded generator of articles. */
export function installSynth(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.__dramatisSynth) return;
  const mulberry = (a: number) => () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipf = (n: number, s: number) => {
    const cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
    for (let i = 0; i < n; i++) cdf[i] /= sum;
    return (r: number) => {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid] < r) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  };
  const ENTITIES = 50_000;
  const VOCAB = 20_000;
  const entityRank = zipf(ENTITIES, 1.0);
  const wordRank = zipf(VOCAB, 1.0);
  const syll = ['ka', 'lo', 'mi', 'ren', 'sto', 'vi', 'dan', 'por', 'el', 'tur', 'ni', 'sa', 'gro', 'bel', 'ta', 'quo'];
  const word = (i: number) => {
    let s = '';
    let x = i + 17;
    do {
      s += syll[x % 16];
      x = Math.floor(x / 16);
    } while (x > 0);
    return s;
  };
  const typeOf = (i: number) =>
    (['place', 'place', 'place', 'org', 'org', 'org', 'person', 'person', 'person', 'person'] as const)[i % 10];
  const nameOf = (i: number) => {
    const w = word(i * 7 + 3);
    return (
      w[0].toUpperCase() +
      w.slice(1) +
      (typeOf(i) === 'person' ? ' ' + word(i).toUpperCase().slice(0, 1) + word(i).slice(1) : '')
    );
  };
  const ROLES = [
    'minister of finance',
    'spokesperson',
    'president',
    'central bank governor',
    'opposition leader',
    'mayor',
  ];
  const T0 = Date.parse('2022-01-01');
  const SPAN = 3 * 365 * 24 * 3600 * 1000;

  function cast(rnd: () => number, k = 15) {
    const ids = new Set<number>();
    while (ids.size < k) ids.add(entityRank(rnd()));
    return [...ids].map((i) => ({
      id: `${typeOf(i)}:e${i}`,
      name: nameOf(i),
      type: typeOf(i),
      role: typeOf(i) === 'person' && rnd() < 0.4 ? ROLES[(i + Math.floor(rnd() * 2)) % ROLES.length] : null,
      count: 1 + Math.floor(rnd() * 5),
    }));
  }

  function article(n: number, seed = 1, textWords = 300) {
    const rnd = mulberry(n * 7919 + seed);
    const words: string[] = [];
    for (let i = 0; i < textWords; i++) words.push(word(wordRank(rnd())));
    const text = words.join(' ') + '.';
    const published = T0 + Math.floor(rnd() * SPAN);
    return {
      url: `https://site${n % 40}.example/${seed}/story/${n}`,
      title: words.slice(0, 9).join(' '),
      byline: null,
      site: `Site ${n % 40}`,
      publishedAt: new Date(published).toISOString(),
      savedAt: published + 3600_000,
      lang: 'en',
      excerpt: text.slice(0, 400),
      text,
      cast: cast(rnd),
    };
  }

  g.__dramatisSynth = { article, cast, word, wordRank, mulberry };
}
