import type { ArticleData, Detection, Entity } from './types';
import { confirmArticle } from './detect/confirmArticle';
import { detectArticle } from './detect/detectArticle';
import { extractArticle, tooLargeToRead } from './extract/extractArticle';
import { articleScope } from './detect/articleScope';
import type { TextMap } from './extract/textMap';
import { recognize, type RecognizeOptions } from './recognize/recognize';
import { boundForRecognition } from './recognize/boundForRecognition';

export { MAX_RECOGNIZED, boundForRecognition } from './recognize/boundForRecognition';

export interface Annotation {
  isArticle: boolean;
  detection: Detection;
  article: ArticleData | null;
  entities: Entity[];
  /** Ties `article.text` to the page's Text nodes (absent for plain text). */
  map: TextMap | null;
}

export interface AnnotateOptions {
  url?: string | null;
  /** Annotate even when the detector says this is not an article (reader's request). */
  force?: boolean;
  recognizer?: (text: string) => Entity[];
  /** A detection already made (so a caller can decide what to load first). */
  detection?: Detection;
}

const defaultRecognizer = (text: string, opts?: RecognizeOptions) => recognize(text, opts);

function recognizeBounded(text: string, recognizer = defaultRecognizer): Entity[] {
  return recognizer(boundForRecognition(text));
}

/** The whole pipeline on a page: detect, extract, recognize. Never changes `doc`. */
export function annotateDocument(doc: Document, opts: AnnotateOptions = {}): Annotation {
  const url = opts.url ?? null;
  const detection = opts.detection ?? detectArticle(doc, url);
  const none: Annotation = { isArticle: false, detection, article: null, entities: [], map: null };
  if (!detection.isArticle && !opts.force) return none;
  // A clear no for pages too big or too tangled to read in bounded time (even when forced).
  const tooLarge = tooLargeToRead(doc);
  if (tooLarge)
    return { ...none, detection: { ...detection, isArticle: false, reasons: [...detection.reasons, tooLarge] } };
  let ex: ReturnType<typeof extractArticle>;
  try {
    // Where the detector found the prose, when it was this detection that looked (else extraction looks).
    ex = extractArticle(doc, url, { within: articleScope.take(detection) });
  } catch (e) {
    // Readability and our walk are bounded, but a hostile page must never throw out of here.
    return {
      ...none,
      detection: {
        ...detection,
        isArticle: false,
        reasons: [...detection.reasons, `extraction failed: ${(e as Error).message}`],
      },
    };
  }
  const confirmed = confirmArticle(detection, ex ? ex.article.text : null, ex ?? 0);
  if (!ex) return { ...none, detection: confirmed };
  if (!confirmed.isArticle && !opts.force) return { ...none, detection: confirmed };
  const entities = recognizeBounded(ex.article.text, opts.recognizer);
  return { isArticle: true, detection: opts.force ? detection : confirmed, article: ex.article, entities, map: ex.map };
}

/** The pipeline on plain article text: `article.text` is `text` exactly. */
export function annotateText(text: string, opts: AnnotateOptions = {}): Annotation {
  const entities = recognizeBounded(text, opts.recognizer);
  const article: ArticleData = {
    url: opts.url ?? null,
    title: firstLine(text),
    byline: null,
    site: null,
    publishedAt: null,
    lang: null,
    text,
  };
  return {
    isArticle: true,
    detection: { isArticle: true, confidence: 1, reasons: ['plain text'] },
    article,
    entities,
    map: null,
  };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 20) ?? '';
  return line.trim().slice(0, 300);
}
