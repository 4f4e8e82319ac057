/**
 * Which web font files a first visit to a page downloads, measured in a real
 * browser: what a journalist on a slow phone connection pays for type.
 */
import type { Browser } from 'playwright-core';

/** One font file a page fetched. */
export interface FontRequest {
  /** Subset and weight from the file name, e.g. "cyrillic-ext-400". */
  subset: string;
  url: string;
  /** Bytes of the response body as sent (compressed size if the server compressed it). */
  bytes: number;
}

/** "…/noto-sans-cyrillic-ext-700-normal.OK-fZO_i.woff2" → "cyrillic-ext-700". */
export function fontSubset(url: string): string {
  const name = new URL(url).pathname.split('/').at(-1) ?? url;
  return /^noto-sans-(.+)-normal\b/.exec(name)?.[1] ?? name;
}

/**
 * Opens `url` in a fresh browser context (empty cache, as on a first visit),
 * waits until the network is idle and the page's fonts are ready, and lists
 * the font files it fetched (from `performance.getEntriesByType('resource')`).
 */
export async function firstVisitFonts(browser: Browser, url: string, width = 390): Promise<FontRequest[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.evaluate(() => document.fonts.ready);
    const entries = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize })),
    );
    return entries
      .filter((entry) => /\.woff2?$/.test(new URL(entry.url).pathname))
      .map((entry) => ({ ...entry, subset: fontSubset(entry.url) }));
  } finally {
    await context.close();
  }
}

/**
 * How much the text moves when Noto Sans replaces the fallback font: the
 * height of the page's <main> drawn in the fallback font (every font file
 * refused, as while they are still on their way) minus its height in Noto
 * Sans, in pixels. Close to 0 means lines break in the same places, so the
 * swap hardly moves what the reader is looking at.
 */
export async function fallbackHeightChange(browser: Browser, url: string, width = 390): Promise<number> {
  const heights: number[] = [];
  for (const refuseFonts of [true, false]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      if (refuseFonts) await context.route(/\.woff2?$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      heights.push(await page.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0));
    } finally {
      await context.close();
    }
  }
  return Math.round(heights[0]! - heights[1]!);
}
