import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { annotateDocument, boundForRecognition, type Annotation } from '../annotate';
import { detectArticle } from '../detect/detectArticle';
import { NER_MODEL_PATH } from '../ner/modelUrl';
import { loadTagger, modelRecognizer } from '../recognize/modelRecognizer';
import { createHighlighter, type Highlighter, type HighlightSpan } from '../highlight/highlighter';
import { toRange } from '../highlight/textRange';
import {
  handleMessages,
  sendToBackground,
  type PageState,
  type StatsByEntity,
  type TabProtocol,
  type Settings,
  type Timings,
  MUTED_REASON,
} from '../messages';
import type { Entity } from '../types';
import { applyCorrections, type Correction } from '../corrections/applyCorrections';
import { addCorrection, listCorrections, watchCorrections } from '../corrections/correctionsStore';
import { DEFAULT_SETTINGS, getSettings, setSiteMuted, siteDisabled, watchSettings } from '../background/settingsStore';
import { pointInRange, textOffsetAt } from './findMentionAt';
import { mountHoverCard, type HoverCardHandle } from './hoverCardUi';
import { showSavePrompt } from './savePromptUi';
import { typeLabel } from '../i18n';
import { mountMentionKeys, type MentionKeys } from './mentionKeys';
import type { CardCorrection } from '../../components/HoverCard';
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
  private spans: (HighlightSpan & { entity: Entity; index: number })[] = [];
  private stats: StatsByEntity = {};
  private card: HoverCardHandle | null = null;
  private sidebar: SidebarHandle | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private nextMention = new Map<string, number>();
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
  /** The entity whose card was opened last or that was picked in the sidebar: the one next/previous mention walk. */
  private selected: string | null = null;
  /** Where this page's time went, reported with the page state (read by `npm run bench:page`). */
  private timings: Timings | null = null;
  /** The keyboard's way to the highlights (one focus stop; see mentionKeys), and the mentions it walks. */
  private keys: MentionKeys | null = null;
  private walk: (typeof this.spans)[number][] = [];
  /** The address `ann` was read from (a re-read of the same address may reuse its names). */
  private readUrl = '';
  /** Auto-save "ask": the prompt on screen (for one address), and the addresses already asked about. */
  private savePrompt: { url: string; remove: () => void } | null = null;
  private asked = new Set<string>();

  constructor(
    private ctx: ContentScriptContext,
    private doc: Document = document,
  ) {}

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
      await this.send('page:analyzed', { state: this.pageState() });
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
        ann.entities = await this.recognizeText(ann.article.text, t);
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
      const more = await this.recognizeText(chunk.text, scratch);
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

  /**
   * Names are read by the background, where the model stays loaded and warm
   * across pages and the page's main thread is not blocked. If the background
   * cannot answer, the model is loaded here (only for article pages) instead.
   */
  private async recognizeText(text: string, t: Timings): Promise<Entity[]> {
    const bounded = boundForRecognition(text);
    try {
      const res = await sendToBackground('ner:recognize', { text: bounded });
      if (res && Array.isArray(res.entities)) return res.entities;
    } catch (e) {
      console.debug('[dramatis] background recognizer unavailable:', e);
    }
    const t0 = performance.now();
    const tagger = await loadTagger(() => fetch(browser.runtime.getURL(NER_MODEL_PATH)).then((r) => r.arrayBuffer()));
    t.modelMs = performance.now() - t0;
    return modelRecognizer(tagger)(bounded);
  }

  /** (Re)paint the corrected entities and tell the background what the page holds. */
  private async render(): Promise<void> {
    const ann = this.ann;
    if (!ann) return;
    this.hl?.dispose();
    this.hl = null;
    this.card?.close();
    this.current = applyCorrections(this.found, this.corrections);
    this.spans = [];
    this.walk = [];
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
      this.walk = highlightStyle === 'off' ? [] : [...shown].sort((a, b) => a.start - b.start);
    }
    if (this.walk.length) {
      this.keys ??= mountMentionKeys(this.ctx, this.walker());
      this.keys.reset();
    } else this.removeKeys();
    const res = await this.send('page:analyzed', { state: this.pageState() });
    if (res) this.stats = res.stats;
    if (res?.askToSave) this.askToSave();
  }

  /** Hide (or show again) the highlights on this page only; cards stay closed while hidden. */
  private async setHidden(hidden: boolean) {
    this.hidden = hidden;
    this.card?.close();
    await this.render();
    return { hidden: this.hidden };
  }

  /** The keyboard walk over the highlighted mentions, in reading order. */
  private walker() {
    const rangeAt = (i: number) => {
      const span = this.walk[i];
      return span ? { span, range: this.hl?.rangeOf(span) ?? null } : null;
    };
    return {
      count: () => this.walk.length,
      show: (i: number) => {
        const at = rangeAt(i);
        if (!at) return '';
        // Centred: the badge (a bottom corner) and the card then never cover the marked name.
        at.range?.startContainer.parentElement?.scrollIntoView({
          block: 'center',
          behavior: 'instant' as ScrollBehavior,
        });
        this.hl?.flash(at.span, Infinity);
        this.selected = at.span.entity.id;
        const e = at.span.entity;
        return [e.name, e.role ?? typeLabel(e.type)].join(', ');
      },
      openCard: (i: number) => {
        const at = rangeAt(i);
        if (!at?.range) return;
        const host = this.doc.activeElement as HTMLElement | null;
        // openCard shows the card before it waits for fresh library counts, so the card is there to focus.
        void this.openCard(at.span, at.range);
        this.card?.focus(host ?? undefined);
      },
      closeCard: () => {
        const open = !!this.card?.isOpen();
        this.card?.close();
        return open;
      },
      leave: () => this.hl?.flash(null),
    };
  }

  private removeKeys() {
    this.keys?.remove();
    this.keys = null;
    this.walk = [];
  }

  /** Offer to save this article, once per address (re-reads and restyles do not ask again). */
  private askToSave() {
    const url = location.href;
    if (this.asked.has(url) || this.ctx.isInvalid) return;
    this.asked.add(url);
    this.savePrompt?.remove();
    // A failure (the background unreachable, a full disk) is shown in the prompt, not swallowed.
    const remove = showSavePrompt(this.ctx, () => sendToBackground('page:save', {}));
    this.savePrompt = { url, remove };
  }

  /** Wire the tab messages the background sends; called once per content script. */
  listen(): void {
    const off = handleMessages<TabProtocol>({
      'content:ping': () => ({ session: true }),
      'content:toggleSidebar': () => this.toggleSidebar(),
      'content:closeSidebar': () => this.sidebar?.remove(),
      'content:focus': ({ entityId }) => this.focusEntity(entityId),
      'content:toggleHighlights': () => this.setHidden(!this.hidden),
      'content:stepMention': ({ step }) => {
        // Nothing picked yet: start with the name the article mentions first.
        const id = this.selected ?? [...this.spans].sort((a, b) => a.start - b.start)[0]?.entity.id ?? null;
        if (id) this.focusEntity(id, step === -1 ? -1 : 1);
        return { entityId: id };
      },
      'content:annotate': () => this.start(true),
      'content:refreshStats': async () => {
        this.stats =
          (await this.send('page:stats', { ids: this.entities().map((e) => e.id), pageUrl: location.href })) ?? {};
      },
    });
    this.listenForHover();
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

  /** Scroll to the entity's next (or previous) mention, flash it and open its card (keyboard path to a card). */
  private focusEntity(entityId: string, step: 1 | -1 = 1) {
    const mentions = this.spans.filter((s) => s.entity.id === entityId);
    if (!mentions.length || !this.hl) return;
    this.selected = entityId;
    const cur = this.nextMention.get(entityId);
    const i = cur === undefined ? (step === 1 ? 0 : mentions.length - 1) : cur + step;
    const n = mentions.length;
    const span = mentions[((i % n) + n) % n];
    this.nextMention.set(entityId, ((i % n) + n) % n);
    // A type the reader chose not to highlight still scrolls to its mention.
    const range = this.hl.rangeOf(span) ?? (this.ann?.map ? toRange(this.ann.map, span.start, span.end) : null);
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.hl.flash(span);
    void this.openCard(span, range);
  }

  private listenForHover() {
    let last: (typeof this.spans)[number] | null = null;
    const onMove = (ev: MouseEvent) => {
      if (this.settings.hoverMode === 'click' || this.hidden) return;
      const span = this.spanAt(ev.clientX, ev.clientY);
      if (span === last) return;
      last = span;
      clearTimeout(this.hoverTimer);
      if (!span) {
        this.card?.scheduleClose();
        return;
      }
      this.card?.cancelClose();
      this.hoverTimer = setTimeout(() => {
        const r = this.hl?.rangeOf(span);
        if (r) void this.openCard(span, r);
      }, this.settings.hoverDelayMs);
    };
    // "Click to open cards" mode: a click on a highlighted name opens its card at once.
    const onClick = (ev: MouseEvent) => {
      if (this.settings.hoverMode !== 'click' || this.hidden) return;
      const span = this.spanAt(ev.clientX, ev.clientY);
      const r = span && this.hl?.rangeOf(span);
      if (span && r) void this.openCard(span, r);
      else this.card?.close();
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') this.card?.close();
    };
    // Registered once per content script; tied to ctx, so a reload removes them.
    this.ctx.addEventListener(this.doc, 'mousemove', onMove, { passive: true });
    this.ctx.addEventListener(this.doc, 'click', onClick, { passive: true });
    this.ctx.addEventListener(this.doc, 'keydown', onKey);
  }

  private spanAt(x: number, y: number) {
    if (!this.ann?.map || !this.hl) return null;
    const off = textOffsetAt(this.doc, this.ann.map, x, y);
    if (off < 0) return null;
    const span = this.spans.find((s) => s.start <= off && off < s.end);
    if (!span) return null;
    const r = this.hl.rangeOf(span);
    return r && pointInRange(r, x, y) ? span : null;
  }

  private async openCard(span: (typeof this.spans)[number], range: Range) {
    this.card ??= mountHoverCard(this.ctx);
    const e = span.entity;
    this.selected = e.id;
    this.nextMention.set(
      e.id,
      this.spans.filter((s) => s.entity.id === e.id).findIndex((s) => s.key === span.key),
    );
    const show = (stats: StatsByEntity) =>
      this.card?.show(
        {
          entity: {
            id: e.id,
            name: e.name,
            type: e.type,
            role: e.role,
            official: e.official,
            count: e.mentions.length,
          },
          asOf: this.ann?.article?.publishedAt ?? null,
          stats: stats[e.id] ?? null,
          mentionIndex: span.index,
          onCorrect: (c) => void this.correct(e, c),
          // Same path as the sidebar's "Turn off on this site": the settings watcher clears the page.
          onMuteSite: () => {
            this.card?.close();
            void setSiteMuted(location.hostname, true);
          },
          // Same as the "toggle highlights" shortcut: this page only, nothing saved.
          onHidePage: () => void this.setHidden(true),
        },
        range.getBoundingClientRect(),
      );
    show(this.stats);
    const fresh = await this.send('page:stats', { ids: [e.id], pageUrl: location.href });
    if (fresh) {
      this.stats = { ...this.stats, ...fresh };
      show(this.stats);
    }
  }

  /** A correction from the hover card: remembered, then applied here by the storage watcher. */
  private async correct(e: Entity, c: CardCorrection) {
    const at = Date.now();
    this.card?.close();
    if (c.kind === 'hide') await addCorrection({ kind: 'hide', id: e.id, name: e.name, at });
    else if (c.kind === 'rename') await addCorrection({ kind: 'rename', id: e.id, name: c.name, from: e.name, at });
    else await addCorrection({ kind: 'retype', id: e.id, type: c.type, name: e.name, at });
  }

  /** Message the background; a dead extension context must not throw into the page. */
  private async send<K extends 'page:analyzed' | 'page:stats'>(
    type: K,
    data: Parameters<typeof sendToBackground<K>>[1],
  ): Promise<Awaited<ReturnType<typeof sendToBackground<K>>> | null> {
    if (this.ctx.isInvalid) return null;
    try {
      return await sendToBackground(type, data);
    } catch (e) {
      console.debug('[dramatis] background unreachable:', e);
      return null;
    }
  }

  private clearPage() {
    // The save prompt belongs to its address: an SPA navigation takes it away.
    if (this.savePrompt && this.savePrompt.url !== location.href) {
      this.savePrompt.remove();
      this.savePrompt = null;
    }
    this.stopWatch?.();
    this.stopWatch = null;
    clearTimeout(this.hoverTimer);
    this.card?.close();
    this.hl?.dispose();
    this.hl = null;
    this.spans = [];
    this.found = [];
    this.current = [];
    this.ann = null;
    this.nextMention.clear();
    this.selected = null;
  }

  dispose(): void {
    this.clearPage();
    this.removeKeys();
    this.savePrompt?.remove();
    this.savePrompt = null;
    this.card?.remove();
    this.card = null;
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
