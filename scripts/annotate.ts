/**
 * The command-line twin of the extension: the same pipeline in Node.
 *   npm run --silent annotate -- [--text] FILE...
 * One JSON object per file, one per line, in order. Exit 2 naming the file
 * that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { annotateDocument, annotateText, type Annotation } from '../utils/annotate';
import { Tagger } from '../utils/ner/tagger';
import { NER_MODEL_PATH } from '../utils/ner/modelUrl';
import { modelRecognizer } from '../utils/recognize/modelRecognizer';

// The same model file the extension ships (public/ is the package root); the
// rule passes stand in if it cannot be read, as in the extension.
const recognizer = modelRecognizer(loadModel());

function loadModel(): Tagger | null {
  try {
    return Tagger.fromModel(readFileSync(join(import.meta.dirname, '../public', NER_MODEL_PATH)));
  } catch (e) {
    process.stderr.write(`annotate: NER model unavailable (${(e as Error).message}); using rules\n`);
    return null;
  }
}

const args = process.argv.slice(2);
const textMode = args.includes('--text');
const files = args.filter((a) => a !== '--text');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent annotate -- [--text] FILE...\n');
  process.exit(2);
}

for (const file of files) {
  let raw: string;
  try {
    const buf = readFileSync(file);
    raw = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  } catch (e) {
    process.stderr.write(
      `annotate: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    process.exit(2);
  }
  const result = textMode
    ? annotateText(raw, { recognizer })
    : annotateDocument(parseHTML(raw).document as unknown as Document, { recognizer });
  process.stdout.write(JSON.stringify(toJson(result)) + '\n');
}

function toJson(a: Annotation) {
  if (!a.isArticle || !a.article) return { isArticle: false, article: null, entities: [] };
  const { url, title, byline, site, publishedAt, text } = a.article;
  return {
    isArticle: true,
    article: { url, title, byline, site, publishedAt, text },
    entities: a.entities.map(({ id, name, type, role, roleOf, official, mentions }) => ({
      id,
      name,
      type,
      role,
      roleOf,
      official,
      mentions,
    })),
  };
}
