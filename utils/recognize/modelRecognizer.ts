import type { Entity } from '../types';
import { Tagger } from '../ner/tagger';
import { recognize } from './recognize';

/**
 * The trained tagger finds and types the names; the entity passes (titles,
 * roles, joining mentions, ids) run on its spans. Without a model the rule
 * passes do both, so a model that fails to load degrades, never breaks.
 */
export function modelRecognizer(tagger: Tagger | null): (text: string) => Entity[] {
  if (!tagger) return (text) => recognize(text);
  return (text) => recognize(text, { spans: tagger.tag(text) });
}

let pending: Promise<Tagger | null> | null = null;

/**
 * Load the model once per context from `fetchModel` (the extension package in
 * the browser, the file system in Node). Only called once a page is known to
 * be an article, so other pages never pay for it.
 */
export function loadTagger(fetchModel: () => Promise<ArrayBuffer | Uint8Array>): Promise<Tagger | null> {
  pending ??= fetchModel()
    .then((buf) => Tagger.fromModel(buf))
    .catch((e: unknown) => {
      console.warn('[dramatis] NER model unavailable, using rules:', (e as Error).message);
      return null;
    });
  return pending;
}
