import { browser } from 'wxt/browser';
import { boundForRecognition } from '../annotate';
import { NER_MODEL_PATH } from '../ner/modelUrl';
import { loadTagger, modelRecognizer } from '../recognize/modelRecognizer';
import { sendToBackground, type Timings } from '../messages';
import type { Entity } from '../types';

/**
 * Names are read by the background, where the model stays loaded and warm
 * across pages and the page's main thread is not blocked. If the background
 * cannot answer, the model is loaded here (only for article pages) instead.
 */
export async function recognizeText(text: string, t: Timings): Promise<Entity[]> {
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
