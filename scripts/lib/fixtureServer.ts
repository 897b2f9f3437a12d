/** Serves the demo and test pages from 127.0.0.1 only (never another address). */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { seedPageHtml } from './seedPage';

const PAGES = join(import.meta.dirname, '../../tests/fixtures/pages');

/** Demo routes: URL path → page. The seed page is built from ../shared/seed. */
export const ROUTES: Record<string, () => string> = {
  '/news/2024/01/24/us-defense-posture-nk-threats.html': seedPageHtml,
  '/world/2024/02/02/kremlin-putin-pyongyang-trip.html': () =>
    readFileSync(join(PAGES, 'peskov-putin-visit.html'), 'utf8'),
  '/world/': () => readFileSync(join(PAGES, 'section-front.html'), 'utf8'),
};

/** Pages under /strict/ are served with a strict CSP and Trusted Types, as hardened news sites do. */
const STRICT = /^\/strict\//;
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types default";

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** `extra` may serve more pages (benchmarks): return the HTML for a path, or null. */
export async function startFixtureServer(port = 0, extra?: (path: string) => string | null): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: string | null = null;
    if (ROUTES[path]) body = ROUTES[path]();
    else if (extra) body = extra(path);
    else if (STRICT.test(path) && ROUTES[path.replace(STRICT, '/')])
      // The page's own inline styles would break its own CSP: serve it without them.
      body = ROUTES[path.replace(STRICT, '/')]().replace(/<style>[\s\S]*?<\/style>/g, '');
    if (body === null) {
      const file = normalize(join(PAGES, path));
      if (file.startsWith(PAGES) && existsSync(file) && file.endsWith('.html')) body = readFileSync(file, 'utf8');
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        ...(STRICT.test(path) ? { 'content-security-policy': STRICT_CSP } : {}),
      })
      .end(body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
