/**
 * The brand and the security policy in a real browser (Debian's Chromium
 * through playwright-core), on the `brand` fixture built under a base path
 * and served with real content types and the `_headers` rules sent as HTTP
 * headers, as Netlify or Cloudflare Pages would: no page breaks its own
 * Content-Security-Policy (search included, with a query run), the phone
 * header is one line of at most 64 px with nothing scrolling sideways, the
 * menu opens without JavaScript, and axe-core finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic.ts';
import { parseHeadersFile } from '../../src/lib/security/headersFile.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const BASE = '/newsroom/';
const RELEASE = 'releases/2026-11-10-river-cleanup/';
const SEARCHES = { ky: 'ыктыярчы', ru: 'добровольцев', en: 'volunteers' } as const;
const LANGS = ['ky', 'ru', 'en'] as const;
/** Home, archive, a release, search with a query, subscribe: in each language. */
const PAGES = LANGS.flatMap((lang) => [`${lang}/`, `${lang}/releases/`, `${lang}/${RELEASE}`, `${lang}/search/?q=${encodeURIComponent(SEARCHES[lang])}`, `${lang}/subscribe/`]);

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let headers: Record<string, string>;

beforeAll(async () => {
  site = await buildSite('brand', { BASE_PATH: BASE });
  if (site.exitCode !== 0) throw new Error(site.output);
  const rule = parseHeadersFile(readFileSync(join(site.outDir, '_headers'), 'utf8')).find(({ path }) => path === '/*');
  headers = Object.fromEntries(rule!.headers);
  server = await serveStatic(site.outDir, BASE, headers);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every Content-Security-Policy violation the page reported, and every console line about one. */
  violations: string[];
}

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const response = await page.goto(`${server.origin}${BASE}${path}`);
  expect(response?.status(), path).toBe(path.includes('no-such-page') ? 404 : 200);
  expect(response?.headers()['content-security-policy'], path).toBe(headers['Content-Security-Policy']);
  return { page, context, violations };
}

/** Waits for the search page to show its results (the status line gives a count). */
async function searchAnswered(page: Page): Promise<number> {
  const status = page.locator('[data-search-status]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d/);
  return page.locator('[data-search-results] > li').count();
}

describe('the Content-Security-Policy, sent as a header and in every page', () => {
  it.each([...PAGES, '', `no-such-page/`])('%s loads, runs and shows its images and fonts with no violation', async (path) => {
    const { page, context, violations } = await open(path);
    if (path.includes('/search/')) expect(await searchAnswered(page), 'search results').toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    const images = await page.locator('img').evaluateAll((all) => all.map((image) => [(image as HTMLImageElement).currentSrc, (image as HTMLImageElement).naturalWidth] as const));
    for (const [src, width] of images) expect(width, `${src} loaded`).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the 404 page\'s script still moves the language of the address to the top', async () => {
    const { page, context, violations } = await open('ru/no-such-page/');
    await expect.poll(() => page.locator('.not-found').first().getAttribute('lang')).toBe('ru');
    expect(await page.locator('form.site-search').getAttribute('action')).toBe(`${BASE}ru/search/`);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('on a 360 px phone', () => {
  it.each(PAGES)('%s: the header is one line at most 64 px high, and nothing scrolls sideways', async (path) => {
    const { page, context } = await open(path, { width: 360 });
    const layout = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      const row = header.querySelector('.site-header-row')!;
      const shown = [...row.children].filter((child) => getComputedStyle(child).display !== 'none');
      const tops = new Set(shown.map((child) => Math.round(child.getBoundingClientRect().top + child.getBoundingClientRect().height / 2)));
      return { height: header.getBoundingClientRect().height, centres: [...tops], overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, shown: shown.map((child) => child.className) };
    });
    expect(layout.height).toBeLessThanOrEqual(64);
    expect(layout.centres.length, `one line: ${layout.shown.join(', ')}`).toBe(1);
    expect(layout.shown[0]).toBe('brand');
    expect(layout.shown.at(-1)).toBe('site-menu');
    expect(layout.overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the menu opens without JavaScript and leads to the events page', async () => {
    const { page, context } = await open('en/', { width: 360, javaScript: false });
    const menu = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Menu' }).click();
    expect(await menu.isVisible()).toBe(true);
    await menu.getByRole('link', { name: 'Events' }).click();
    await page.waitForURL(`${server.origin}${BASE}en/events/`);
    expect(await page.locator('.site-menu-panel a[aria-current="page"]').textContent()).toBe('Events');
    await context.close();
  });

  it('the language links show codes, and still say the language\'s name', async () => {
    const { page, context } = await open(`ru/${RELEASE}`, { width: 360 });
    const shown = await page.locator('.language-switcher a > span').evaluateAll((spans) =>
      spans.filter((span) => span.getBoundingClientRect().width > 1).map((span) => span.textContent));
    expect(shown).toEqual(['KY', 'EN']);
    expect(await page.getByRole('link', { name: 'KY Кыргызча' }).getAttribute('href')).toBe(`${BASE}ky/${RELEASE}`);
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  const cases = PAGES.filter((path) => path.startsWith('en/') || path.startsWith('ky/')).flatMap((path) => [[path, 1280], [path, 360]] as const);

  it.each(cases)('%s at %i px has no WCAG 2.2 A/AA violations, with the menu open on phones', async (path, width) => {
    const { page, context } = await open(path, { width });
    if (path.includes('/search/')) await searchAnswered(page);
    if (width === 360) await page.locator('details.site-menu > summary').click();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});
