/**
 * Font bytes of a first visit: `npm run measure:fonts` (after `npm run build`).
 *
 * Serves a built site on localhost, opens pages in headless Chromium with an
 * empty cache and prints, per page, which Noto Sans files it downloaded and
 * their bytes (`performance.getEntriesByType('resource')`), and how much
 * the text moves when the fallback font is replaced (the height of <main>
 * in the fallback font minus its height in Noto Sans). By default: each
 * language's home page and its newest release page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/launchChromium.ts';
import { loadSiteConfig } from '../src/config.ts';
import { locales } from '../src/i18n/locales.ts';
import { fallbackHeightChange, firstVisitFonts } from './lib/fontRequests.ts';
import { parseCommandLine } from './lib/parseCommandLine.ts';
import { serveStatic } from './lib/serveStatic.ts';

const USAGE = `Usage: npm run measure:fonts -- [--dist dist] [--base /] [--pages ky/,en/releases/<slug>/]

  --dist   built site folder (default: dist)
  --base   base path it was built with (default: BASE_PATH or src/config.ts)
  --pages  comma-separated site paths (default: each language's home page and newest release)`;

const options = parseCommandLine({ dist: { type: 'string' }, base: { type: 'string' }, pages: { type: 'string' } }, USAGE);
const dist = resolve(options.dist ?? 'dist');
const base = options.base ?? loadSiteConfig().basePath;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ No built site in ${dist}: run npm run build first, or give --dist.\n\n${USAGE}`);
  process.exit(1);
}

/** The newest release folder built in a language (folder names start with the date). */
function newestRelease(lang: string): string | undefined {
  const folder = join(dist, lang, 'releases');
  if (!existsSync(folder)) return undefined;
  const slugs = readdirSync(folder).filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name) && existsSync(join(folder, name, 'index.html')));
  return slugs.sort().at(-1);
}

const pages = options.pages
  ? options.pages.split(',').map((path) => path.trim().replace(/^\//, '')).filter(Boolean)
  : locales.flatMap((lang) => {
      const slug = newestRelease(lang);
      return [`${lang}/`, ...(slug ? [`${lang}/releases/${slug}/`] : [])];
    });

const server = await serveStatic(dist, base);
const browser = await launchChromium();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  console.log(`Font files downloaded on a first visit (Chromium, empty cache, 390 px wide), ${dist} served under ${base}\n`);
  let total = 0;
  const width = Math.max(...pages.map((path) => path.length), 4);
  console.log(`${'page'.padEnd(width)}  files      bytes   moves  subsets`);
  for (const path of pages) {
    const fonts = await firstVisitFonts(browser, `${server.origin}${base}${path}`);
    const bytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
    const subsets = fonts.map((font) => font.subset).sort().join(', ') || '(none)';
    const moves = await fallbackHeightChange(browser, `${server.origin}${base}${path}`);
    console.log(`${path.padEnd(width)}  ${String(fonts.length).padStart(5)}  ${kb(bytes).padStart(9)}  ${`${moves > 0 ? '+' : ''}${moves} px`.padStart(6)}  ${subsets}`);
    total += bytes;
  }
  console.log(`\n${pages.length} pages, ${kb(total)} of fonts in all (each page on its own first visit). moves: height of the content in the fallback font minus in Noto Sans (the jump when the font swaps).`);
} finally {
  await browser.close();
  await server.close();
}
