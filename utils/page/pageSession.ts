import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotateDocument, type Annotation } from '../annotate';
import { detectArticle } from '../detect/detectArticle';
import { createHighlighter, type Highlighter } from '../highlight/highlighter';
import {
  handleMessages,
  type PageState,
  type StatsByEntity,
  type TabProtocol,
  type Settings,
  type Timings,
  MUTED_REASON,
} from '../messages';
import type { Entity } from '../types';
import { applyCorrections, type Correction } from '../corrections/applyCorrections';
import { listCorrections, watchCorrections } from '../corrections/correctionsStore';
import { DEFAULT_SETTINGS, getSettings, siteDisabled, watchSettings } from '../background/settingsStore';
import { SaveAsker } from './saveAsker';
import type { EntitySpan } from './entitySpan';
import { HoverCards } from './hoverCards';
import { MentionWalk } from './mentionWalk';
import { recognizeText } from './recognizeText';
import { sendFromPage } from './sendFromPage';
import { mountSidebar, type SidebarHandle } from './sidebarUi';
import { articleContainer, watchArticle } from './watchArticle';
import { markSessionEnded, markSessionStarted, type ProbeFindings } from './sessionHandoff';
import { castOf } from './castOf';
import {
  appendEntities,
  isLongPage,
  pagePrefix,
  readRest,
  restContainer,
  toLiveMap,
  yieldToPage,
  type PagePrefix,
} from '../highlight/longPage';

/**
 * One page's life with Dramatis: annotate, highlight, answer hovers and the
 * sidebar. Everything it adds to the page is tied to `ctx` and to `dispose`,
 * so an extension reload or an SPA navigation leaves nothing behind.
 */
export class PageSession {
  private ann: Annotation | null = null;
  private hl: Highlighter | null = null;
  private spans: EntitySpan[] = [];
  private stats: StatsByEntity = {};
  private sidebar: SidebarHandle | null = null;
  /** What the recognizer found, before the reader's corrections. */
  private found: Entity[] = [];
  /** What the reader sees: `found` with the corrections applied. */
  private current: Entity[] = [];
  private corrections: Correction[] = [];
  private settings: Settings = DEFAULT_SETTINGS;
  /** The reader turned Dramatis off on this site. */
  private muted = false;
  /** Highlights hidden on this page by the shortcut (not saved; cards stay closed too). */
  private hidden = false;
  /** Where this page's time went, reported with the page state (read by `npm run bench:page`). */
  private timings: Timings | null = null;
  /** The address `ann` was read from (a re-read of the same address may reuse its names). */
  private readUrl = '';
  /** Auto-save "ask": the prompt, once per address. */
  private saveAsker: SaveAsker;

  /** The hover card and what opens it. */
  private cards: HoverCards;
  /** Next / previous mention of the selected name, and the keyboard walk over the highlights. */
  private mentions: MentionWalk;

  constructor(
    private ctx: ContentScriptContext,
    private doc: Document = document,
  ) {
    this.saveAsker = new SaveAsker(ctx);
    const spans = () => this.spans;
    const highlighter = () => this.hl;
    const map = () => this.ann?.map ?? null;
    this.cards = new HoverCards(ctx, doc, {
      spans,
      highlighter,
      map,
      settings: () => this.settings,
      hidden: () => this.hidden,
      asOf: () => this.ann?.article?.publishedAt ?? null,
      stats: () => this.stats,
      refreshStats: async (id) => {
        const fresh = await sendFromPage(this.ctx, 'page:stats', { ids: [id], pageUrl: location.href });
        if (!fresh) return null;
        this.stats = { ...this.stats, ...fresh };
        return this.stats;
      },
      onOpen: (span) => this.mentions.opened(span),
      hidePage: () => void this.setHidden(true),
    });
    this.mentions = new MentionWalk(ctx, doc, {
      spans,
      highlighter,
      map,
      openCard: (span, range) => void this.cards.open(span, range),
      focusCard: (returnTo) => this.cards.focus(returnTo),
      closeCard: () => this.cards.close(),
    });
  }

  /**
   * Read the page and paint it. `found` is the probe's detection of this very
   * address (see pageProbe), used instead of detecting again.
   */
  async start(force = false, found?: ProbeFindings): Promise<void> {
    // What this address read last time: a re-read whose article text is unchanged reuses its names.
    const prev =
      !force && this.ann?.article && this.readUrl === location.href
        ? { text: this.ann.article.text, entities: this.found }
        : null;
    this.clearPage();
    this.settings = await getSettings();
    if (!force && siteDisabled(this.settings, location.hostname)) {
      // Muted here by the reader: read nothing, paint nothing; the sidebar offers to turn it back on.
      this.muted = true;
      await sendFromPage(this.ctx, 'page:analyzed', { state: this.pageState() });
      return;
    }
    this.muted = false;
    let ann: Annotation;
    let long: PagePrefix | null = null;
    const t: Timings = { detectMs: 0, modelMs: 0, extractMs: 0, recognizeMs: 0, highlightMs: 0 };
    try {
      // A page far longer than any article is first read from a copy of its beginning, in slices (issue 7).
      long = isLongPage(this.doc) ? await pagePrefix(this.doc) : null;
      const doc = long?.doc ?? this.doc;
      let t0 = performance.now();
      const handed = !force && !long && found?.detection && found.url === location.href;
      const detection = handed ? found.detection! : detectArticle(doc, location.href);
      t.detectMs = handed ? (found.detectMs ?? 0) : performance.now() - t0;
      if (this.ctx.isInvalid) return;
      if (long) await yieldToPage();
      t0 = performance.now();
      // Extraction needs the page, so it runs here; names are read afterwards (below).
      ann = annotateDocument(doc, { url: location.href, force, detection, recognizer: () => [] });
      if (long && ann.map) ann.map = toLiveMap(ann.map, long.liveOf);
      t.extractMs = performance.now() - t0;
      if (ann.isArticle && ann.article && !long && prev && prev.text === ann.article.text) {
        // A re-render or a widget changed inside the article, not its text: the
        // names are the same, only their Text nodes are new (the map above).
        ann.entities = prev.entities;
      } else if (ann.isArticle && ann.article) {
        // Changed text is read whole: the recognizer's joins ("Kirby" is John
        // Kirby) and document features need all of it, not only the new part.
        t0 = performance.now();
        ann.entities = await recognizeText(ann.article.text, t);
        t.recognizeMs = performance.now() - t0 - t.modelMs;
      }
      if (this.ctx.isInvalid) return;
    } catch (e) {
      // A page we cannot read is left exactly as it was.
      console.debug('[dramatis] not annotated:', e);
      return;
    }
    this.timings = t;
    this.ann = ann;
    this.readUrl = location.href;
    this.found = ann.entities;
    this.corrections = await listCorrections().catch(() => []);
    // render() paints at once, then waits for the background's answer; the
    // watcher starts in between, so a re-render of the page meanwhile is seen.
    const rendered = this.render();
    this.watchForChanges(force);
    await rendered;
    if (long?.truncated) void this.readRestInSlices().catch((e) => console.debug('[dramatis] rest not read:', e));
  }

  /** A long page's article past the first pass: read in slices, named by the background, then painted. */
  private async readRestInSlices(): Promise<void> {
    const ann = this.ann;
    const inner = articleContainer(ann?.map ?? null);
    if (!ann?.map || !ann.article || !inner) return;
    const container = restContainer(inner);
    const map = ann.map;
    let found = this.found;
    const scratch: Timings = { detectMs: 0, modelMs: 0, extractMs: 0, recognizeMs: 0, highlightMs: 0 };
    for await (const chunk of readRest(map, container)) {
      if (this.ann !== ann || this.ctx.isInvalid) return; // re-read or torn down meanwhile
      const base = map.text.length;
      map.text += chunk.text;
      map.segments.push(...chunk.segments);
      const more = await recognizeText(chunk.text, scratch);
      if (this.ann !== ann || this.ctx.isInvalid) return;
      found = appendEntities(found, more, base);
    }
    ann.article.text = map.text;
    ann.entities = this.found = found;
    await this.render();
  }

  private rereads = { url: '', count: 0 };
  private stopWatch: (() => void) | null = null;
  /** Late bodies, "read more" expansions, re-renders: re-read when the article changes (issue 5). */
  private watchForChanges(force: boolean) {
    if (this.ctx.isInvalid || !this.ann) return;
    if (this.rereads.url !== location.href) this.rereads = { url: location.href, count: 0 };
    if (this.rereads.count >= 8) return; // a page that never settles is read a bounded number of times
    this.stopWatch = watchArticle(this.doc, this.ann.map, () => {
      this.rereads.count++;
      void this.start(force);
    });
  }

  /** (Re)paint the corrected entities and tell the background what the page holds. */
  private async render(): Promise<void> {
    const ann = this.ann;
    if (!ann) return;
    this.hl?.dispose();
    this.hl = null;
    this.cards.close();
    this.current = applyCorrections(this.found, this.corrections);
    this.spans = [];
    this.mentions.clearWalk();
    let walk: EntitySpan[] = [];
    if (ann.isArticle && ann.map) {
      this.spans = this.current.flatMap((entity) =>
        entity.mentions.map((m, index) => ({
          start: m.start,
          end: m.end,
          type: entity.type,
          key: `${entity.id}#${index}`,
          entity,
          index,
        })),
      );
      const h0 = performance.now();
      const { types, officialsOnly } = this.settings;
      const highlightStyle = this.hidden ? 'off' : this.settings.highlightStyle;
      const shown = this.spans.filter((sp) => types.includes(sp.type) && (!officialsOnly || sp.entity.official));
      this.hl = createHighlighter(this.doc, ann.map, shown, highlightStyle);
      if (this.timings) this.timings.highlightMs = performance.now() - h0;
      walk = highlightStyle === 'off' ? [] : [...shown].sort((a, b) => a.start - b.start);
    }
    this.mentions.walkOver(walk);
    const res = await sendFromPage(this.ctx, 'page:analyzed', { state: this.pageState() });
    if (res) this.stats = res.stats;
    if (res?.askToSave) this.saveAsker.ask();
  }

  /** Hide (or show again) the highlights on this page only; cards stay closed while hidden. */
  private async setHidden(hidden: boolean) {
    this.hidden = hidden;
    this.cards.close();
    await this.render();
    return { hidden: this.hidden };
  }

  /** Wire the tab messages the background sends; called once per content script. */
  listen(): void {
    const off = handleMessages<TabProtocol>({
      'content:ping': () => ({ session: true }),
      'content:toggleSidebar': () => this.toggleSidebar(),
      'content:closeSidebar': () => this.sidebar?.remove(),
      'content:focus': ({ entityId }) => this.mentions.focusEntity(entityId),
      'content:toggleHighlights': () => this.setHidden(!this.hidden),
      'content:stepMention': ({ step }) => ({ entityId: this.mentions.step(step === -1 ? -1 : 1) }),
      'content:annotate': () => this.start(true),
      'content:refreshStats': async () => {
        this.stats =
          (await sendFromPage(this.ctx, 'page:stats', {
            ids: this.entities().map((e) => e.id),
            pageUrl: location.href,
          })) ?? {};
      },
    });
    this.cards.listen();
    // After an extension reload or update nothing tells an old content script;
    // reading ctx.isInvalid notices the dead runtime and fires onInvalidated,
    // which removes our highlights and UI.
    this.ctx.setInterval(() => void this.ctx.isInvalid, 1500);
    const offSettings = watchSettings((next) => {
      const wasMuted = this.muted;
      this.settings = next;
      if (wasMuted !== siteDisabled(next, location.hostname)) void this.start();
      else this.render().catch((e) => console.debug('[dramatis] re-render failed:', e));
    });
    const offCorrections = watchCorrections((all) => {
      this.corrections = all;
      this.render().catch((e) => console.debug('[dramatis] re-render failed:', e));
    });
    this.ctx.onInvalidated(() => {
      // Clean the page first: once the extension is gone, touching its APIs
      // (removing listeners) throws "Extension context invalidated".
      this.dispose();
      for (const unhook of [off, offCorrections, offSettings])
        try {
          unhook();
        } catch {
          // The runtime is gone, and its listeners with it.
        }
    });
  }

  private entities(): Entity[] {
    return this.current;
  }

  pageState(): PageState {
    const a = this.ann;
    // The full text (capped; the background caps it again) goes with the state so a save can index it for search.
    const article = a?.article
      ? { ...a.article, excerpt: a.article.text.slice(0, 400), text: a.article.text.slice(0, 200_000) }
      : null;
    return {
      pageUrl: location.href,
      timings: this.timings ?? undefined,
      isArticle: !!a?.isArticle,
      detection: a?.detection ?? {
        isArticle: false,
        confidence: 0,
        reasons: [this.muted ? MUTED_REASON : 'not analysed'],
      },
      article: article ? { ...article, url: article.url ?? location.href } : null,
      cast: castOf(this.entities()),
    };
  }

  private toggleSidebar() {
    if (this.sidebar?.mounted()) this.sidebar.remove();
    else {
      this.sidebar ??= mountSidebar(this.ctx);
      this.sidebar.mount();
    }
  }

  private clearPage() {
    this.saveAsker.leftAddress();
    this.stopWatch?.();
    this.stopWatch = null;
    this.cards.clear();
    this.hl?.dispose();
    this.hl = null;
    this.spans = [];
    this.found = [];
    this.current = [];
    this.ann = null;
    this.mentions.clearSelection();
  }

  dispose(): void {
    this.clearPage();
    this.mentions.dispose();
    this.saveAsker.dispose();
    this.cards.dispose();
    this.sidebar?.remove();
  }
}

/** The content script's whole job: start a session and restart it on SPA navigation. */
export async function startPageSession(ctx: ContentScriptContext, found?: ProbeFindings): Promise<PageSession | null> {
  // One session per page: the probe (or a second injection) must not start another.
  if (!markSessionStarted()) return null;
  ctx.onInvalidated(markSessionEnded);
  const session = new PageSession(ctx);
  session.listen();
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.start());
  await session.start(false, found);
  return session;
}
