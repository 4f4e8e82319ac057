/**
 * A journalist's phone on a first visit, in a real browser (Debian's
 * Chromium through playwright-core), on the `phone` fixture: addresses,
 * e-mails and words too long for the screen and with nowhere to break.
 *
 * 1. Every page fits 360 and 390 px screens: no sideways scrolling, and no
 *    element in the content sticks out past the right edge (a wide table or
 *    code block may scroll inside its own box).
 * 2. Fonts by need: a page downloads only the Noto Sans subsets its letters
 *    need, and Kyrgyz letters are drawn in Noto Sans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic.ts';
import { firstVisitFonts } from '../../scripts/lib/fontRequests.ts';

const BASE = '/newsroom/';
const ADVISORY_KY = 'ky/releases/2026-05-20-long-addresses-briefing/';
const ENGLISH_ONLY = 'en/releases/2026-05-12-plain-english-note/';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  site = await buildSite('phone', { BASE_PATH: BASE });
  if (site.exitCode !== 0) throw new Error(site.output);
  pages = site.files().filter((file) => file.endsWith('.html')).map((file) => file.replace(/(^|\/)index\.html$/, '$1')).sort();
  server = await serveStatic(site.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, page?: Page): Promise<Page> {
  page ??= await browser.newPage({ viewport: { width, height: 800 } });
  const response = await page.goto(`${server.origin}${BASE}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** What sticks out of the screen on the open page: the page's own width, and elements in <main> past the right edge. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > innerWidth) found.push(`page is ${scrollWidth} px wide`);
    const main = document.querySelector('main');
    if (!main) return [...found, 'no <main>'];
    const elements = [...main.querySelectorAll('*')];
    // An element inside a box that scrolls or clips sideways (a wide table) is checked through that box.
    const scrollingBoxes = elements.filter((element) => getComputedStyle(element).overflowX !== 'visible');
    const insideScrollingBox = (element: Element) => scrollingBoxes.some((box) => box !== element && box.contains(element));
    for (const element of elements) {
      const { right, width, height } = element.getBoundingClientRect();
      if (width === 0 && height === 0) continue;
      if (right > innerWidth + 0.5 && !insideScrollingBox(element)) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''}`;
        found.push(`${name} "${(element.textContent ?? '').trim().slice(0, 40)}" reaches ${Math.round(right)} px`);
      }
    }
    return found;
  });
}

describe('on a phone', () => {
  it('the fixture has the pages this test is about', () => {
    expect(pages).toEqual(expect.arrayContaining([ADVISORY_KY, 'en/releases/2026-05-20-long-addresses-briefing/', ENGLISH_ONLY, 'en/about/', 'ky/', '404.html']));
  });

  it.each([360, 390])('every page fits a %i px wide screen, however long its addresses and words', async (width) => {
    const problems: string[] = [];
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of pages) {
      await open(path, width, page);
      problems.push(...(await overflows(page)).map((problem) => `${path}: ${problem}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('keeps the search filters, once opened, inside the screen with a topic named by one long word', async () => {
    const page = await open('en/search/', 360);
    await page.locator('[data-search-filters-box] > summary').click();
    await page.locator('.search-facet label', { hasText: 'Women' }).first().waitFor();
    expect(await overflows(page)).toEqual([]);
    await page.close();
  });

  it('keeps the long livestream address, e-mails and file addresses whole and tappable on the advisory', async () => {
    const page = await open(ADVISORY_KY, 360);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => anchor.textContent?.trim()));
    expect(links).toEqual(expect.arrayContaining([
      'https://www.youtube.com/@UNinKyrgyzstan/live',
      'press.office.coordinator@kyrgyzwomensrightsnetwork-example.org',
    ]));
    // Wrapping must not hide anything: the event block's links are visible, inside the screen.
    const boxes = await page.locator('.event-block a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().right));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('fonts by need on a first visit', () => {
  it('an English page with no Cyrillic text downloads no Cyrillic font file', async () => {
    const subsets = (await firstVisitFonts(browser, `${server.origin}${BASE}${ENGLISH_ONLY}`)).map((font) => font.subset);
    expect(subsets).toContain('latin-400');
    expect(subsets.filter((subset) => subset.startsWith('cyrillic'))).toEqual([]);
  });

  it('a Kyrgyz page downloads Cyrillic Extended, where Ө Ү Ң are', async () => {
    const subsets = (await firstVisitFonts(browser, `${server.origin}${BASE}${ADVISORY_KY}`)).map((font) => font.subset);
    expect(subsets).toEqual(expect.arrayContaining(['cyrillic-400', 'cyrillic-ext-400', 'cyrillic-ext-700']));
  });

  it('draws Ө ө Ү ү Ң ң in Noto Sans, regular and bold', async () => {
    const page = await open(ADVISORY_KY, 390);
    const checks = await page.evaluate(() => ['400', '700'].map((weight) => document.fonts.check(`${weight} 16px "Noto Sans"`, 'ӨөҮүҢң')));
    expect(checks).toEqual([true, true]);
    // The fonts Chromium actually drew the title with (its text has ө ү ң), not merely loaded.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const used: string[] = [];
    for (const selector of ['h1', '.lede']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      used.push(...fonts.map((font) => font.familyName));
    }
    expect(new Set(used)).toEqual(new Set(['Noto Sans']));
    await page.close();
  });
});

describe('the not-found page, reached by a translation that does not exist', () => {
  it('links the languages the release is published in, and nothing for a release that does not exist', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const response = await page.goto(`${server.origin}${BASE}ky/releases/2026-05-12-plain-english-note/`);
    expect(response?.status()).toBe(404);
    const note = page.locator('.not-found[lang="ky"] .not-found-translations');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator('a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([
      ['English', `${BASE}en/releases/2026-05-12-plain-english-note/`],
    ]);
    await page.goto(`${server.origin}${BASE}ky/releases/2026-05-12-no-such-note/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.not-found[lang="ky"] .not-found-translations').isVisible()).toBe(false);
    await page.close();
  });
});
