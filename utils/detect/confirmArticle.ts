import type { Detection } from '../types';
import { ACCEPT, BODY_DECIDES, BODY_MAY_RESTORE, confidenceOf } from './detectArticle';
import { squashedLength } from './squashedLength';

/** What the extractor measured on the body it found (see `Extraction`). */
export interface BodyStats {
  /** Share of the body's characters inside links (0..1). */
  linkDensity: number;
  /** Headlines in the body that are links (a listing's teasers). */
  headlineLinks?: number;
  /** Share of the body's characters in picture captions (0..1): a gallery's body is mostly captions. */
  captionShare?: number;
  /** Share of the body's characters inside a dialog (0..1): a consent or sign-in prompt's text is not an article. */
  dialogShare?: number;
}

/**
 * Step 2, after extraction: the body's own shape (length, paragraphs, link
 * density) is added to the page's score. Returns the final detection.
 */
export function confirmArticle(detection: Detection, text: string | null, body: number | BodyStats = 0): Detection {
  if (!detection.isArticle) return detection;
  const {
    linkDensity = 0,
    headlineLinks = 0,
    captionShare = 0,
    dialogShare = 0,
  } = typeof body === 'number' ? { linkDensity: body } : body;
  const reasons = [...detection.reasons];
  if (text == null) return { ...detection, isArticle: false, reasons: [...reasons, 'no body found'] };
  let score = detection.score ?? ACCEPT;
  let len = 0;
  let paragraphs = 0;
  for (const p of text.split(/\n\n+/)) {
    const n = squashedLength(p);
    len += n;
    if (n >= 80) paragraphs++;
  }
  if (len < 200) return { ...detection, isArticle: false, confidence: 0.1, reasons: [...reasons, 'body too short'] };
  // A body that is mostly picture captions is a gallery.
  if (captionShare > 0.5)
    return {
      ...detection,
      isArticle: false,
      confidence: 0.1,
      reasons: [...reasons, `body ${Math.round(captionShare * 100)}% captions`],
    };
  // A body that is mostly a dialog's text is a prompt over the page (cookie
  // consent, sign-in), shown while the article itself is missing or locked.
  if (dialogShare > 0.5)
    return {
      ...detection,
      isArticle: false,
      confidence: 0.1,
      reasons: [...reasons, `body ${Math.round(dialogShare * 100)}% in a dialog`],
    };
  // A body that is a run of linked headlines is a listing whatever the page said.
  if (headlineLinks >= 4 && len < headlineLinks * 450) {
    score -= 4;
    reasons.push(`body ${headlineLinks} headline links`);
  }
  const clean = len >= 500 && paragraphs >= 2 && linkDensity <= 0.2 && headlineLinks <= 2;
  const deferred = reasons.find((r) => r.startsWith(BODY_DECIDES));
  if (deferred) {
    // Let through on the promise of its body: only a clean article body keeps it.
    if (!clean) return { ...detection, isArticle: false, confidence: 0.1, reasons: [...reasons, 'body not clean'] };
    score += Number(/\+(\d+)/.exec(deferred)?.[1] ?? 0);
  }
  const restorable = reasons.find((r) => r.startsWith(BODY_MAY_RESTORE));
  if (restorable && clean) {
    score += Number(/\+(\d+)/.exec(restorable)?.[1] ?? 0);
    reasons.push('clean body');
  }
  if (len >= 1500 && paragraphs >= 4) {
    score += 2;
    reasons.push('body long');
  } else if (len >= 500 && paragraphs >= 2) {
    score += 1;
    reasons.push('body medium');
  } else if (len < 400) {
    score -= 1;
    reasons.push('body short');
  }
  if (linkDensity > 0.45) {
    score -= 4;
    reasons.push(`body ${Math.round(linkDensity * 100)}% links`);
  } else if (linkDensity > 0.3) {
    score -= 2;
    reasons.push(`body ${Math.round(linkDensity * 100)}% links`);
  }
  return { isArticle: score >= ACCEPT, confidence: confidenceOf(score), reasons, score };
}
