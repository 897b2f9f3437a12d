/**
 * The page is the same page with Dramatis on. The same Chromium loads the same
 * pages twice, once without any extension (the baseline) and once with
 * Dramatis; a page script that behaves like a hydrated React component
 * computes the same things in both, and the page's elements have the same
 * computed styles and boxes in both, even with the sidebar and a hover card open.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixtureServer';
import { hoverName, readCard, sidebarFrame, waitForHighlights } from '../../scripts/lib/journey';

const PAGE = '/hydrated-article.html';
const SEED = '/news/2024/01/24/us-defense-posture-nk-threats.html';
/** Page elements whose computed style must not change (first match of each). */
const ELEMENTS = [
  'html',
  'body',
  'header nav a',
  'h1',
  'h2',
  'p.byline',
  'article > p',
  '#timeline',
  '#timeline li',
  'article p a',
  'blockquote',
  'ol',
  'ol li',
  'table',
  'td',
  'button',
  'footer p',
];

interface Report {
  mismatches: string[];
  mutations: number;
  renders: number;
  checks: number;
  count: number;
  order: string;
  listText: string;
  articleText: string;
}
type Styles = Record<string, Record<string, string>>;

let srv: FixtureServer;
let plain: Browser;
let b: ExtensionBrowser;
let basePage: Page;
let extPage: Page;

beforeAll(async () => {
  srv = await startFixtureServer();
  // The baseline: the same Chromium, no extension at all.
  plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  basePage = await (await plain.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  b = await launchWithExtension({ headless: true });
  extPage = await b.context.newPage();
});

afterAll(async () => {
  await plain?.close();
  await b?.close();
  await srv?.close();
});

/** Every computed property of each element, plus its box. */
function stylesOf(page: Page): Promise<Styles> {
  return page.evaluate((sels) => {
    const out: Record<string, Record<string, string>> = {};
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) throw new Error('fixture lacks ' + sel);
      const cs = getComputedStyle(el);
      const props: Record<string, string> = {};
      for (let i = 0; i < cs.length; i++) props[cs[i]] = cs.getPropertyValue(cs[i]);
      const r = el.getBoundingClientRect();
      props['(box)'] = [r.x, r.y, r.width, r.height].map((n) => Math.round(n)).join(',');
      out[sel] = props;
    }
    return out;
  }, ELEMENTS);
}

/** What a reader and the page's own script do: the same steps on both pages. */
async function useTheComponent(page: Page): Promise<Report> {
  await page.click('#more');
  await page.click('#more');
  await page.click('#flip');
  await page.evaluate(() => {
    const app = (window as unknown as { __app: { rename(): void; check(): void } }).__app;
    app.rename();
    app.check();
  });
  return page.evaluate(() => (window as unknown as { __app: { report(): Report } }).__app.report());
}

it('a hydrated component computes the same with Dramatis on as without any extension', async () => {
  await basePage.goto(srv.url(PAGE));
  const base = await useTheComponent(basePage);
  // The fixture's own checks pass (and would flag a node moved or split: see the fixture).
  expect(base.mismatches).toEqual([]);
  // Two increments, a reverse, a rename (each re-renders and checks), then one more check.
  expect(base).toMatchObject({ count: 2, order: 'cba', checks: 5 });

  await extPage.goto(srv.url(PAGE));
  await waitForHighlights(extPage);
  // Dramatis did read the component: names inside the rendered list are highlighted.
  const inList = await extPage.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-person');
    const list = document.getElementById('timeline')!;
    return [...(h ?? [])].filter((r) => list.contains(r.startContainer)).map((r) => r.toString());
  });
  expect(inList).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Vladimir Putin']));
  const withDramatis = await useTheComponent(extPage);
  expect(withDramatis).toEqual(base);
});

it("Dramatis's CSS changes no computed style or box of the page's elements, with its UI open", async () => {
  const page = await b.context.newPage();
  const other = await (await plain.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await other.goto(srv.url(PAGE));
  const base = await stylesOf(other);
  await page.goto(srv.url(PAGE));
  await waitForHighlights(page);
  expect(await stylesOf(page)).toEqual(base);
  // With the sidebar and a hover card open too.
  await b.clickToolbar(page);
  await (await sidebarFrame(page)).getByText('Who is in this story').waitFor();
  await hoverName(page, 'Dmitry Peskov');
  expect(await readCard(page)).toContain('Peskov');
  const open = await stylesOf(page);
  // Boxes are compared where the page was (the card's hover scrolled it).
  expect(open).toEqual(await scrolledLike(other, page, base));
  await page.close();
});

it('the same holds on the seed article (real page markup)', async () => {
  const page = await b.context.newPage();
  const other = await (await plain.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const sels = ['html', 'body', 'h1', 'p', 'a', 'ul', 'li'];
  const read = (p: Page) =>
    p.evaluate((sels) => {
      const out: Record<string, string> = {};
      for (const sel of sels) {
        const el = document.querySelector(sel);
        if (!el) continue;
        const cs = getComputedStyle(el);
        for (let i = 0; i < cs.length; i++) out[`${sel} ${cs[i]}`] = cs.getPropertyValue(cs[i]);
      }
      return out;
    }, sels);
  await other.goto(srv.url(SEED));
  await page.goto(srv.url(SEED));
  await waitForHighlights(page);
  const base = await read(other);
  expect(Object.keys(base).length).toBeGreaterThan(300);
  expect(await read(page)).toEqual(base);
  await page.close();
});

it('page CSS with !important rules on *, div and ul does not restyle the hover card', async () => {
  // The same card (Peskov's) on a calm page and on one whose CSS forces monospace on *, hides every div
  // and colours every ul red, all !important.
  const calm = await b.context.newPage();
  await calm.goto(srv.url('/world/2024/02/02/kremlin-putin-pyongyang-trip.html'));
  await waitForHighlights(calm);
  await hoverName(calm, 'Dmitry Peskov');
  const want = await cardStyles(calm);
  const hostile = await b.context.newPage();
  await hostile.goto(srv.url('/hostile-article.html'));
  await waitForHighlights(hostile);
  await hoverName(hostile, 'Dmitry Peskov');
  const got = await cardStyles(hostile);
  // The two cards may hold different parts (a list of roles on one only): compare the parts both have.
  const shared = Object.keys(want).filter((k) => k in got);
  expect(shared).toEqual(expect.arrayContaining(['.card', '.card div', '.card button']));
  expect(want['.card']['font-family']).not.toMatch(/monospace/);
  for (const k of shared) expect({ [k]: got[k] }).toEqual({ [k]: want[k] });
  await calm.close();
  await hostile.close();
});

/**
 * Computed styles inside the hover card's closed shadow root, read through the
 * DevTools protocol (page scripts cannot reach it): the card and the first
 * element of each kind the page's CSS targets.
 */
async function cardStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type N = { localName?: string; backendNodeId: number; children?: N[]; shadowRoots?: N[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: N };
    const find = (n: N): N | null => {
      if (n.localName === 'dramatis-card') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no hover card');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const res = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const out = {};
        for (const sel of ['.card', '.card div', '.card ul', '.card li', '.card p', '.card button', '.card span']) {
          const el = this.querySelector(sel);
          if (!el) continue;
          const cs = getComputedStyle(el);
          out[sel] = {};
          for (const p of ['display', 'visibility', 'font-family', 'font-size', 'color', 'background-color', 'width'])
            out[sel][p] = cs.getPropertyValue(p);
        }
        return out;
      }`,
      returnByValue: true,
    })) as { result: { value: Record<string, Record<string, string>> } };
    return res.result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The baseline's styles with boxes re-read after scrolling the baseline page to where `page` is. */
async function scrolledLike(baseline: Page, page: Page, styles: Styles): Promise<Styles> {
  const y = await page.evaluate(() => scrollY);
  await baseline.evaluate((y) => scrollTo(0, y), y);
  const again = await stylesOf(baseline);
  return Object.fromEntries(Object.entries(styles).map(([k, v]) => [k, { ...v, '(box)': again[k]['(box)'] }]));
}
