/**
 * What a first search costs a reader on the wire: opens
 * `/<lang>/search/?q=<word>` in a fresh Chromium profile on a built site and
 * sums `transferSize` over `performance.getEntriesByType('resource')` once
 * the results are shown (everything the page loaded, and the part under
 * /pagefind/). The site is served the way static hosts such as GitHub Pages
 * serve it: text compressed with gzip, Pagefind's files (already gzip) as
 * they are.
 *
 *   node scripts/bench/searchTransfer.ts --dist bench/out/n3000/dist-… [--base /] [--query en=water --query ky=суу]
 *
 * Used by the benchmark (scripts/bench/run.ts) on its first warm build.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/launchChromium.ts';

/** Words that occur in many releases of the benchmark corpus, per language. */
export const DEFAULT_QUERIES: Record<string, string> = { ky: 'суу', ru: 'водоснабжение', en: 'water' };

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
};
const OTHER_TYPES: Record<string, string> = { '.woff2': 'font/woff2', '.png': 'image/png', '.webp': 'image/webp' };

/** One language's first search. */
export interface SearchTransfer {
  lang: string;
  query: string;
  results: number;
  requests: number;
  /** Bytes of every resource the page loaded (not the HTML document itself). */
  totalBytes: number;
  /** Bytes of the resources under /pagefind/. */
  searchBytes: number;
}

async function serve(root: string, basePath: string): Promise<{ origin: string; close(): void }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.slice(basePath.length - 1).replace(/\/$/, '/index.html')));
    if (!path.startsWith(basePath) || !file.startsWith(root.endsWith(sep) ? root : root + sep)) return void response.writeHead(404).end();
    try {
      const body = await readFile(file);
      const text = TEXT_TYPES[extname(file)];
      if (text) response.writeHead(200, { 'content-type': text, 'content-encoding': 'gzip' }).end(gzipSync(body));
      else response.writeHead(200, { 'content-type': OTHER_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Measures the first search in each language of `queries` on the site built into `root`. */
export async function measureSearchTransfer(root: string, basePath = '/', queries: Record<string, string> = DEFAULT_QUERIES): Promise<SearchTransfer[]> {
  const server = await serve(root, basePath);
  const browser = await launchChromium();
  try {
    const measured: SearchTransfer[] = [];
    for (const [lang, query] of Object.entries(queries)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${basePath}${lang}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-results] > li').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, size: (entry as PerformanceResourceTiming).transferSize })));
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      measured.push({
        lang, query, results: Number(/\d+/.exec(status)?.[0] ?? Number.NaN), requests: entries.length,
        totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
        searchBytes: entries.filter((entry) => new URL(entry.name).pathname.startsWith(`${basePath}pagefind/`)).reduce((sum, entry) => sum + entry.size, 0),
      });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' }, query: { type: 'string', multiple: true } } });
  if (!values.dist) throw new Error('--dist <built site folder> is required');
  const queries = values.query ? Object.fromEntries(values.query.map((pair) => pair.split('=') as [string, string])) : DEFAULT_QUERIES;
  for (const row of await measureSearchTransfer(values.dist, values.base, queries)) {
    console.log(`${row.lang} "${row.query}": ${row.results} results, ${row.requests} requests, ${(row.totalBytes / 1024).toFixed(1)} KB in all, ${(row.searchBytes / 1024).toFixed(1)} KB of it search (/pagefind/)`);
  }
}
