import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from '../highlight/highlighter';
import type { TextMap } from '../extract/textMap';
import type { Settings, StatsByEntity } from '../messages';
import type { Entity } from '../types';
import type { CardCorrection } from '../../components/HoverCard';
import { addCorrection } from '../corrections/correctionsStore';
import { setSiteMuted } from '../background/settingsStore';
import { pointInRange, textOffsetAt } from './findMentionAt';
import { mountHoverCard, type HoverCardHandle } from './hoverCardUi';
import type { EntitySpan } from './entitySpan';
import { castEntry } from './castOf';

/** What the hover cards read from the page session, and what they tell it. */
export interface HoverCardsDeps {
  /** Every mention of the corrected entities, in entity order. */
  spans(): EntitySpan[];
  highlighter(): Highlighter | null;
  /** The article's text map, to find the mention under the pointer. */
  map(): TextMap | null;
  settings(): Settings;
  /** Highlights hidden on this page by the shortcut: cards stay closed. */
  hidden(): boolean;
  /** The article's date: a card's roles are as of then. */
  asOf(): string | null;
  /** The library counts known so far, per entity. */
  stats(): StatsByEntity;
  /** Ask the background for one entity's fresh counts; the merged counts, or null when it did not answer. */
  refreshStats(entityId: string): Promise<StatsByEntity | null>;
  /** A card opened on `span`: its name is now the selected one. */
  onOpen(span: EntitySpan): void;
  /** The card's "Hide on this page". */
  hidePage(): void;
}

/**
 * The hover card for a highlighted name: on hover (after the reader's delay)
 * or on click, from the keyboard walk and the sidebar; closed by Esc, by
 * leaving it, or by the session. The card's UI is mounted on first use.
 */
export class HoverCards {
  private card: HoverCardHandle | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private ctx: ContentScriptContext,
    private doc: Document,
    private deps: HoverCardsDeps,
  ) {}

  /** Answer the pointer and Esc on the page; called once per content script. */
  listen(): void {
    let last: EntitySpan | null = null;
    const onMove = (ev: MouseEvent) => {
      if (this.deps.settings().hoverMode === 'click' || this.deps.hidden()) return;
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
        const r = this.deps.highlighter()?.rangeOf(span);
        if (r) void this.open(span, r);
      }, this.deps.settings().hoverDelayMs);
    };
    // "Click to open cards" mode: a click on a highlighted name opens its card at once.
    const onClick = (ev: MouseEvent) => {
      if (this.deps.settings().hoverMode !== 'click' || this.deps.hidden()) return;
      const span = this.spanAt(ev.clientX, ev.clientY);
      const r = span && this.deps.highlighter()?.rangeOf(span);
      if (span && r) void this.open(span, r);
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

  /** Show the span's card by `range` at once, then again with the library's fresh counts. */
  async open(span: EntitySpan, range: Range): Promise<void> {
    this.card ??= mountHoverCard(this.ctx);
    const e = span.entity;
    this.deps.onOpen(span);
    const show = (stats: StatsByEntity) =>
      this.card?.show(
        {
          entity: castEntry(e),
          asOf: this.deps.asOf(),
          stats: stats[e.id] ?? null,
          mentionIndex: span.index,
          onCorrect: (c) => void this.correct(e, c),
          // Same path as the sidebar's "Turn off on this site": the settings watcher clears the page.
          onMuteSite: () => {
            this.card?.close();
            void setSiteMuted(location.hostname, true);
          },
          // Same as the "toggle highlights" shortcut: this page only, nothing saved.
          onHidePage: () => this.deps.hidePage(),
        },
        range.getBoundingClientRect(),
      );
    show(this.deps.stats());
    const fresh = await this.deps.refreshStats(e.id);
    if (fresh) show(fresh);
  }

  /** Move the focus into the open card; it goes back to `returnTo` when the card closes. */
  focus(returnTo?: HTMLElement): void {
    this.card?.focus(returnTo);
  }

  /** Close the card; true when one was open. */
  close(): boolean {
    const open = !!this.card?.isOpen();
    this.card?.close();
    return open;
  }

  /** The page is being cleared: a pending hover opens nothing, and the card closes. */
  clear(): void {
    clearTimeout(this.hoverTimer);
    this.card?.close();
  }

  /** Take the card off the page (the listeners go with ctx). */
  dispose(): void {
    clearTimeout(this.hoverTimer);
    this.card?.remove();
    this.card = null;
  }

  private spanAt(x: number, y: number): EntitySpan | null {
    const map = this.deps.map();
    const hl = this.deps.highlighter();
    if (!map || !hl) return null;
    const off = textOffsetAt(this.doc, map, x, y);
    if (off < 0) return null;
    const span = this.deps.spans().find((s) => s.start <= off && off < s.end);
    if (!span) return null;
    const r = hl.rangeOf(span);
    return r && pointInRange(r, x, y) ? span : null;
  }

  /** A correction from the hover card: remembered, then applied here by the storage watcher. */
  private async correct(e: Entity, c: CardCorrection) {
    const at = Date.now();
    this.card?.close();
    if (c.kind === 'hide') await addCorrection({ kind: 'hide', id: e.id, name: e.name, at });
    else if (c.kind === 'rename') await addCorrection({ kind: 'rename', id: e.id, name: c.name, from: e.name, at });
    else await addCorrection({ kind: 'retype', id: e.id, type: c.type, name: e.name, at });
  }
}
