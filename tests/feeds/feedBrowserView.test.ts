/**
 * Opens a built feed in Chromium (when installed) the way a journalist who
 * clicks "Subscribe" would: the XSL stylesheet must turn it into a readable,
 * localized page that shows a hostile title as text and runs no script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { BASE_PATH, SITE_URL } from './readFeed.ts';

// .ci/run installs Debian's Chromium; a missing browser is a failure, not a skip.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.xml': 'application/xml', '.xsl': 'text/xsl', '.html': 'text/html' };

describe('the feed in a browser (XSL view)', () => {
  let site: BuiltSite;
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    site = await buildSite('feeds', { SITE_URL, BASE_PATH, BUILD_NOW: '2026-11-22T12:00:00+06:00' });
    if (site.exitCode !== 0) throw new Error(site.output);
    // Serves the build under the base path, as the real host would.
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).slice(BASE_PATH.length);
      const file = join(site.outDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
      if (!file.startsWith(site.outDir) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': `${TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream'}; charset=utf-8` });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows a localized page with the feed address and items as literal text', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${BASE_PATH}en/rss.xml`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Civic Coalition Newsroom');
    expect(await page.locator('code').textContent()).toBe(`${SITE_URL}${BASE_PATH}en/rss.xml`);
    const titles = await page.locator('li h3 a').allTextContents();
    expect(titles).toContain('Water & "Sanitation" <script>alert(1)</script> forum');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as Record<string, unknown>).fixtureScriptRan)).toBeUndefined();
    expect(await page.locator('text=Published: 14 March 2026, 10:30 · Updated: 16 March 2026, 09:00').count()).toBe(1);
    expect(errors).toEqual([]);

    await page.goto(`${origin}${BASE_PATH}ru/tags/water/rss.xml`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe('Вода — Гражданская коалиция: пресс-центр');
    expect(await page.locator('body').textContent()).toContain('Адрес ленты');
    expect(await page.locator('body').textContent()).toContain('14 марта 2026');
    await page.close();
  });
});
