/**
 * A small static file server for a built site, on a free port of localhost:
 * what browser tests and measurements load pages from. It sends the content
 * types a real host sends (a font served as application/octet-stream, or a
 * stylesheet as text/plain, would change what a browser does).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A running server; `origin` is like "http://127.0.0.1:41234". */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the folder `root` under `basePath` ("/" or "/newsroom/"): a path
 * ending in "/" serves its index.html; a missing file answers 404 with the
 * site's 404.html when there is one. `headers` go with every answer, as a
 * host sends the rules of a `_headers` file (tests/browser/brand.test.ts).
 */
export async function serveStatic(root: string, basePath = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inSite = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : undefined;
    // normalize() resolves "..": a request must not read outside the site folder.
    const file = inSite === undefined ? undefined : normalize(join(root, inSite.endsWith('/') || inSite === '' ? `${inSite}index.html` : inSite));
    if (file && (file === root || file.startsWith(root.endsWith(sep) ? root : root + sep))) {
      try {
        const body = await readFile(file);
        response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        // falls through to 404
      }
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
    response.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.html']! }).end(notFound ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A browser keeps sockets open, some never used (Chromium connects ahead of requests): close() alone
      // would wait for them until Node's request timeout (5 minutes), so a test's teardown timed out.
      server.closeAllConnections();
    }),
  };
}
