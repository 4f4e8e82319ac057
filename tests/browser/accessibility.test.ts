/**
 * The built site in a real browser (Debian's Chromium through
 * playwright-core): axe-core finds no WCAG 2.2 A/AA violations, pages fit a
 * 360 px phone screen without sideways scrolling, and the keyboard reaches
 * the content through the skip link.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const BASE = '/newsroom/';
const PAGES = [
  '/', 'en/', 'ky/', 'ru/releases/', 'en/releases/2026-04-01-youth-briefing/',
  'ky/releases/2026-03-14-water-forum/', 'en/releases/2026-02-10-joint-statement/', 'ky/tags/water/', 'en/about/', '404.html',
  // Browse pages
  'en/types/news/', 'ky/tags/', 'ru/events/', 'en/releases/2025/',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png',
  '.xml': 'application/xml', '.ics': 'text/calendar', '.xsl': 'application/xslt+xml',
  '.svg': 'image/svg+xml', '.js': 'text/javascript', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

let site: BuiltSite;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('basic', { BASE_PATH: BASE });
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

async function open(path: string, width = 360): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const response = await page.goto(`${origin}${BASE}${path.replace(/^\//, '')}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('in a browser', () => {
  it.each(PAGES)('%s has no WCAG 2.2 A/AA violations (axe-core)', async (path) => {
    const page = await open(path, 1280);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('%s fits a 360 px wide phone without sideways scrolling', async (path) => {
    const page = await open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('lets a keyboard user skip to the content with the first Tab', async () => {
    const page = await open('en/releases/2026-04-01-youth-briefing/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('renders Kyrgyz letters with the bundled Noto Sans, not a fallback font', async () => {
    const page = await open('ky/releases/2026-03-14-water-forum/');
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => document.fonts.check('700 32px "Noto Sans"', 'ӨөҮүҢң'));
    expect(loaded).toBe(true);
    const usedFamilies = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    expect(usedFamilies).toMatch(/^"?Noto Sans/);
    await page.close();
  });
});
