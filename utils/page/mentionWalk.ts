import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from '../highlight/highlighter';
import { toRange } from '../highlight/textRange';
import type { TextMap } from '../extract/textMap';
import { typeLabel } from '../i18n';
import { mountMentionKeys, type MentionKeys, type MentionWalker } from './mentionKeys';
import type { EntitySpan } from './entitySpan';

/** What the mention walk reads from the page session, and how it reaches the hover card. */
export interface MentionWalkDeps {
  /** Every mention of the corrected entities (highlighted or not), in entity order. */
  spans(): EntitySpan[];
  highlighter(): Highlighter | null;
  /** The article's text map (for a mention whose type is not highlighted). */
  map(): TextMap | null;
  /** Open the span's card at `range` (shows it at once, then refreshes its counts). */
  openCard(span: EntitySpan, range: Range): void;
  /** Move the focus into the open card; it goes back to `returnTo` when the card closes. */
  focusCard(returnTo?: HTMLElement): void;
  /** Close an open card; true when one was open. */
  closeCard(): boolean;
}

/**
 * The ways from one mention to the next: the selected name's next / previous
 * mention (shortcuts, the sidebar's cast) and the keyboard walk over all the
 * highlighted mentions in reading order (one focus stop; see mentionKeys).
 */
export class MentionWalk {
  /** Per entity, the mention shown last (the next step goes on from it). */
  private nextMention = new Map<string, number>();
  /** The entity whose card was opened last or that was picked in the sidebar: the one next/previous mention walk. */
  private selected: string | null = null;
  /** The keyboard's way to the highlights (one focus stop; see mentionKeys), and the mentions it walks. */
  private keys: MentionKeys | null = null;
  private walk: EntitySpan[] = [];

  constructor(
    private ctx: ContentScriptContext,
    private doc: Document,
    private deps: MentionWalkDeps,
  ) {}

  /** The shortcut's next (1) or previous (-1) mention of the selected name; returns the name's id. */
  step(step: 1 | -1): string | null {
    // Nothing picked yet: start with the name the article mentions first.
    const id = this.selected ?? [...this.deps.spans()].sort((a, b) => a.start - b.start)[0]?.entity.id ?? null;
    if (id) this.focusEntity(id, step);
    return id;
  }

  /** Scroll to the entity's next (or previous) mention, flash it and open its card (keyboard path to a card). */
  focusEntity(entityId: string, step: 1 | -1 = 1): void {
    const hl = this.deps.highlighter();
    const mentions = this.deps.spans().filter((s) => s.entity.id === entityId);
    if (!mentions.length || !hl) return;
    this.selected = entityId;
    const cur = this.nextMention.get(entityId);
    const i = cur === undefined ? (step === 1 ? 0 : mentions.length - 1) : cur + step;
    const n = mentions.length;
    const span = mentions[((i % n) + n) % n];
    this.nextMention.set(entityId, ((i % n) + n) % n);
    // A type the reader chose not to highlight still scrolls to its mention.
    const map = this.deps.map();
    const range = hl.rangeOf(span) ?? (map ? toRange(map, span.start, span.end) : null);
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    hl.flash(span);
    this.deps.openCard(span, range);
  }

  /** A card opened on `span` (hover, click, keyboard): its name is the selected one, and the walk goes on from there. */
  opened(span: EntitySpan): void {
    const id = span.entity.id;
    this.selected = id;
    this.nextMention.set(
      id,
      this.deps
        .spans()
        .filter((s) => s.entity.id === id)
        .findIndex((s) => s.key === span.key),
    );
  }

  /** The page is being read again: nothing is selected, every name starts from its first mention. */
  clearSelection(): void {
    this.nextMention.clear();
    this.selected = null;
  }

  /** The highlights are being repainted: the keyboard walk has nothing to walk until `walkOver`. */
  clearWalk(): void {
    this.walk = [];
  }

  /** The highlighted mentions in reading order: the keyboard walk starts again from the first (none: the stop goes). */
  walkOver(walk: EntitySpan[]): void {
    this.walk = walk;
    if (this.walk.length) {
      this.keys ??= mountMentionKeys(this.ctx, this.walker());
      this.keys.reset();
    } else this.removeKeys();
  }

  /** Take the keyboard's focus stop off the page. */
  dispose(): void {
    this.removeKeys();
  }

  /** The keyboard walk over the highlighted mentions, in reading order. */
  private walker(): MentionWalker {
    const rangeAt = (i: number) => {
      const span = this.walk[i];
      return span ? { span, range: this.deps.highlighter()?.rangeOf(span) ?? null } : null;
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
        this.deps.highlighter()?.flash(at.span, Infinity);
        this.selected = at.span.entity.id;
        const e = at.span.entity;
        return [e.name, e.role ?? typeLabel(e.type)].join(', ');
      },
      openCard: (i: number) => {
        const at = rangeAt(i);
        if (!at?.range) return;
        const host = this.doc.activeElement as HTMLElement | null;
        // openCard shows the card before it waits for fresh library counts, so the card is there to focus.
        this.deps.openCard(at.span, at.range);
        this.deps.focusCard(host ?? undefined);
      },
      closeCard: () => this.deps.closeCard(),
      leave: () => this.deps.highlighter()?.flash(null),
    };
  }

  private removeKeys() {
    this.keys?.remove();
    this.keys = null;
    this.walk = [];
  }
}
