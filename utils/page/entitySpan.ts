import type { HighlightSpan } from '../highlight/highlighter';
import type { Entity } from '../types';

/** One mention as the page session paints it: the highlight, its entity and which of its mentions it is. */
export type EntitySpan = HighlightSpan & { entity: Entity; index: number };
