/**
 * Releases on paper: Chromium's own PDF output (page.pdf, A4) of the
 * presskit fixture's releases is at most two pages and carries the release's
 * address; in print media the navigation, search, language switcher,
 * calendar and share links are gone and the contacts stay.
 *
 * No PDF library is installed, so the PDF is read at the level of its
 * object syntax: the page tree's /Count and the /URI of link annotations,
 * which Chromium writes as plain (uncompressed) dictionaries.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const BASE = '/newsroom/';
const SITE_URL = 'https://ngo.example.org';
const RELEASES = ['en/releases/2026-10-05-glacier-survey/', 'ky/releases/2026-10-05-glacier-survey/', 'en/releases/2026-11-30-budget-hearing/'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.woff2': 'font/woff2', '.jpg': 'image/jpeg', '.webp': 'image/webp' };

let site: BuiltSite;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // After the advisory's embargo, so its event block (and calendar links) are on a page too.
  site = await buildSite('presskit', { BASE_PATH: BASE, SITE_URL, BUILD_NOW: '2026-12-02T09:00:00+06:00' });
  if (site.exitCode !== 0) throw new Error(site.output);
  server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(BASE.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(site.outDir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Number of pages: /Count of the root of the page tree (the /Pages node without a /Parent). */
function pdfPageCount(pdf: string): number {
  const roots = [...pdf.matchAll(/<<\s*\/Type\s*\/Pages\b([\s\S]*?)>>/g)].filter((match) => !/\/Parent\b/.test(match[1]!));
  expect(roots).toHaveLength(1);
  return Number(/\/Count\s+(\d+)/.exec(roots[0]![1]!)?.[1]);
}

/** The targets of the PDF's link annotations. */
function pdfLinks(pdf: string): string[] {
  return [...pdf.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
}

describe('a release printed from Chromium (A4)', () => {
  it.each(RELEASES)('%s fits on two pages and carries its address', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${origin}${BASE}${path}`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    await page.close();
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    expect(pdfLinks(pdf)).toContain(`${SITE_URL}${BASE}${path}`);
  });

  it('leaves out navigation, search, languages, calendar and share links, and keeps the contacts and the source address', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${BASE}${RELEASES[2]}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    for (const selector of ['.site-header', '.site-search', '.language-switcher', '.calendar-links', '.share-links', '.site-footer', 'nav']) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await page.locator('.event-block').isVisible()).toBe(true);
    expect(await page.locator('.contacts').innerText()).toContain('+996 555 202 303');
    expect(await page.locator('.print-source').innerText()).toBe(`Source: ${SITE_URL}${BASE}${RELEASES[2]}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await shown('.print-source')).toBe(false);
    expect(await shown('.share-links')).toBe(true);
    await page.close();
  });
});
