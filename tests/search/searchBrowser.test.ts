/**
 * Search in a real browser (Debian's Chromium through playwright-core), on
 * the `search` fixture built under a base path and served with real content
 * types: each language finds its release (Kyrgyz by the beginning of an
 * inflected word, Russian through the stemmer, English), a facet narrows the
 * results, the address carries the search, the header box lands on the
 * search page, an embargoed release's word finds nothing until the embargo
 * lifts, and the page passes axe-core and works without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const BASE = '/newsroom/';
const RESERVOIRS = `${BASE}en/releases/2025-03-10-reservoir-levels/`;
const AFTER_EMBARGO = '2026-12-01T10:00:00+06:00';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Builds the fixture and serves it; returns a function that opens a path (relative to the base) and one that stops. */
async function serve(env: Record<string, string> = {}): Promise<{ site: BuiltSite; server: StaticServer }> {
  const site = await buildSite('search', { BASE_PATH: BASE, ...env });
  if (site.exitCode !== 0) throw new Error(site.output);
  return { site, server: await serveStatic(site.outDir, BASE) };
}

async function open(server: StaticServer, path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${server.origin}${BASE}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Waits until the search has answered (the status line no longer says it is searching) and returns what a reader sees. */
async function results(page: Page): Promise<{ status: string; titles: string[]; links: string[]; marked: string[] }> {
  const status = page.locator('[data-search-status]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d|«|“|nothing|ничего|эч нерсе/i);
  const items = page.locator('[data-search-results] > li');
  return {
    status: (await status.textContent()) ?? '',
    titles: await items.locator('h2').allTextContents(),
    links: await items.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    marked: await items.locator('mark').allTextContents(),
  };
}

describe('search before the embargo', () => {
  let server: StaticServer;
  beforeAll(async () => {
    ({ server } = await serve());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds a Kyrgyz inflected form from the beginning of the word (мыйзам → мыйзамдары)', async () => {
    const page = await open(server, 'ky/search/?q=мыйзам');
    const found = await results(page);
    expect(found.titles).toEqual(['Нарын облусунда суу деңгээли төмөндөдү']);
    expect(found.links).toEqual([`${BASE}ky/releases/2025-03-10-reservoir-levels/`]);
    expect(found.marked.map((word) => word.toLowerCase())).toContain('мыйзамдары');
    expect(found.status).toBe('«мыйзам» боюнча 1 натыйжа');
  });

  it('finds a word typed with the old letter ѳ for ө, and keeps in the box what the reader typed', async () => {
    const page = await open(server, 'ky/search/?q=тѳмѳндѳдү');
    const found = await results(page);
    expect(found.titles).toEqual(['Нарын облусунда суу деңгээли төмөндөдү']);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('тѳмѳндѳдү');
  });

  it('finds a Russian word in another case through the stemmer (водохранилище → водохранилищах)', async () => {
    const found = await results(await open(server, 'ru/search/?q=водохранилище'));
    expect(found.titles).toEqual(['Уровень воды в Нарынской области снизился']);
    expect(found.marked).toContain('водохранилищах');
    expect(found.status).toBe('1 результат по запросу «водохранилище»');
  });

  it('finds an English plural from the singular, with type and date in the page language', async () => {
    const page = await open(server, 'en/search/?q=reservoir');
    const found = await results(page);
    expect(found.links).toEqual([RESERVOIRS]);
    expect(found.marked).toContain('reservoirs');
    expect(await page.locator('[data-search-results] > li .meta').first().textContent()).toBe('Press release10 March 2025');
  });

  it('narrows the results with a facet, counts what each value gives, and puts the facet in the address', async () => {
    const page = await open(server, 'en/search/?q=coalition');
    // Both releases and the coalition's own profile page.
    expect((await results(page)).titles).toHaveLength(3);
    const facet = page.getByRole('group', { name: 'Organisation' });
    await expect.poll(() => facet.getByRole('checkbox').count()).toBe(2);
    expect(await facet.locator('label').allTextContents()).toEqual(['Civic Oversight Foundation (1)', 'Clean Water Coalition (1)']);
    await facet.getByRole('checkbox', { name: /Civic Oversight Foundation/ }).check();
    await expect.poll(async () => (await results(page)).titles).toEqual(['Public hearing on water held']);
    expect((await results(page)).status).toBe('1 result for “coalition”');
    expect(new URL(page.url()).search).toBe('?q=coalition&organisation=Civic+Oversight+Foundation');
    // The other organisation still shows what ticking it would add.
    expect(await facet.locator('label').allTextContents()).toContain('Clean Water Coalition (1)');
  });

  it('orders newest first on request, undated pages last and none left out', async () => {
    const page = await open(server, 'en/search/?q=coalition&sort=newest');
    const found = await results(page);
    // The same three as by relevance: Pagefind drops a page without the sort key, so the profile carries one.
    expect(found.links).toEqual([RESERVOIRS, `${BASE}en/releases/2024-06-01-water-law-hearing/`, `${BASE}en/organizations/water-coalition/`]);
    expect(found.status).toBe('3 results for “coalition”');
    expect(await page.getByLabel('Order').inputValue()).toBe('newest');
  });

  it('quotes the release\'s own words, not the "Issued by" byline, in the results', async () => {
    const page = await open(server, 'en/search/?q=coalition');
    expect((await results(page)).titles).toHaveLength(3);
    const excerpts = await page.locator('[data-search-results] .search-excerpt').allTextContents();
    expect(excerpts.filter((text) => text.includes('Issued by'))).toEqual([]);
  });

  it('opens the filters on a phone when a shared address holds one, so the narrowed count is not mistaken for all', async () => {
    const page = await open(server, 'en/search/?q=coalition&organisation=Civic+Oversight+Foundation', { width: 360 });
    expect((await results(page)).titles).toEqual(['Public hearing on water held']);
    expect(await page.locator('[data-search-filters-box]').evaluate((box) => (box as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.getByRole('checkbox', { name: /Civic Oversight Foundation/ }).isChecked()).toBe(true);
    const plain = await open(server, 'en/search/?q=coalition', { width: 360 });
    await results(plain);
    expect(await plain.locator('[data-search-filters-box]').evaluate((box) => (box as HTMLDetailsElement).open)).toBe(false);
  });

  it('updates the address while typing', async () => {
    const page = await open(server, 'en/search/');
    await page.getByLabel('Search releases').fill('irrigation');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=irrigation');
    expect((await results(page)).titles).toHaveLength(2);
  });

  it('finds nothing for the word of an embargoed release', async () => {
    const found = await results(await open(server, 'en/search/?q=quillmere'));
    expect(found.titles).toEqual([]);
    expect(found.status).toContain('Nothing found for “quillmere”');
  });

  it('sends the header search box to the search page of the language, under the base path', async () => {
    const page = await open(server, 'ru/');
    await page.getByRole('search').getByLabel('Поиск по материалам').fill('водохранилище');
    await page.getByRole('search').getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(`${server.origin}${BASE}ru/search/?q=%D0%B2%D0%BE%D0%B4%D0%BE%D1%85%D1%80%D0%B0%D0%BD%D0%B8%D0%BB%D0%B8%D1%89%D0%B5`);
    expect((await results(page)).titles).toEqual(['Уровень воды в Нарынской области снизился']);
  });

  it('without JavaScript, says search needs it and links to the archive, topics and about page', async () => {
    const page = await open(server, 'en/search/?q=reservoir', { javaScript: false });
    await expect.poll(() => page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    const links = await page.locator('[data-search-no-js] a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual([`${BASE}en/releases/`, `${BASE}en/tags/`, `${BASE}en/about/`]);
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
  });

  it.each([['en/search/?q=coalition', 1280], ['ky/search/?q=суу', 360]] as const)('%s at %i px has no WCAG 2.2 A/AA violations (axe-core)', async (path, width) => {
    const page = await open(server, path, { width });
    await results(page);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('ticks a focused facet with the Space key and keeps the focus on it', async () => {
    const page = await open(server, 'en/search/?q=coalition');
    await results(page);
    const box = page.getByRole('checkbox', { name: /Statement/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await results(page)).titles).toEqual(['Public hearing on water held']);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Statement');
  });
});

describe('search after the embargo (BUILD_NOW past it)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    ({ server } = await serve({ BUILD_NOW: AFTER_EMBARGO }));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds the formerly embargoed release by its word', async () => {
    const found = await results(await open(server, 'en/search/?q=quillmere'));
    expect(found.titles).toEqual(['Tariff plan for the Quillmere canal']);
  });
});
