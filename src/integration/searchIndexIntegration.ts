/**
 * Astro integration for search: once the pages are written it builds (or
 * reuses) the Pagefind index of every language into `<outDir>/pagefind/`,
 * from the built pages marked `data-pagefind-body` (src/lib/search/), and
 * reports it at `astro:build:done`. When the build starts, it already feeds
 * Pagefind the pages it expects to come out unchanged (speculation.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentRoot, siteConfig } from '../config.ts';
import { locales } from '../i18n/locales.ts';
import { readContent } from '../lib/content/validateContent.ts';
import { getBuildNow } from '../lib/getBuildNow.ts';
import { buildSearchIndex, type SearchIndexReport } from '../lib/search/buildSearchIndex.ts';
import { releasePageKeys } from '../lib/search/releasePageKeys.ts';
import { readSearchManifest } from '../lib/search/searchManifest.ts';
import { startSpeculations, type Speculation } from '../lib/search/speculation.ts';

/** The index cache lives under Astro's cacheDir (NEWSROOM_CACHE_DIR in tests and the benchmark). */
export const SEARCH_CACHE_FOLDER = 'newsroom-search';

/** The log line for a report. The benchmark (scripts/bench/run.ts) reads it: keep its shape. */
export function searchIndexLogLine(report: SearchIndexReport): string {
  const parts = [
    report.indexed.length > 0 ? `${report.indexed.join(', ')} indexed` : '',
    report.reused.length > 0 ? `${report.reused.join(', ')} reused` : '',
  ].filter(Boolean);
  const memory = report.indexerPeakMb === undefined ? '' : `; indexer peak ${report.indexerPeakMb} MB`;
  const ahead = report.ahead > 0 ? `; ${report.ahead} page${report.ahead === 1 ? '' : 's'} indexed ahead` : '';
  return `search index: ${report.pages} pages (${parts.join('; ') || 'none'}) in ${report.seconds.toFixed(2)} s, ${report.files} files, ${(report.bytes / 2 ** 20).toFixed(2)} MB${memory}${ahead}`;
}

/** Add once in astro.config.mjs. */
export function searchIndexIntegration(): AstroIntegration {
  let cacheDir = '';
  let astroCacheDir = '';
  let contentRoot = '';
  let speculations = new Map<string, Speculation>();
  let indexing: Promise<SearchIndexReport> | undefined;
  /** Keys of what each release page is made from, from the content validated when the build started. */
  const pageKeys = () => releasePageKeys(readContent(contentRoot, { timeZone: siteConfig.timeZone }).releases.releases, getBuildNow());
  const start = (dir: URL) => {
    indexing ??= buildSearchIndex({ outDir: fileURLToPath(dir), cacheDir, languages: locales, speculations, pageKeys: pageKeys() });
    // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled meanwhile.
    indexing.catch(() => undefined);
    return indexing;
  };
  return {
    name: 'newsroom-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        astroCacheDir = fileURLToPath(config.cacheDir);
        cacheDir = join(astroCacheDir, SEARCH_CACHE_FOLDER);
        contentRoot = resolveContentRoot(fileURLToPath(config.root));
      },
      // Astro keeps the previous build's pages in <cacheDir>/dist/ (its incremental build): index the ones expected
      // to come out unchanged while Astro builds, on the core it leaves idle.
      'astro:build:start': async () => {
        speculations = startSpeculations(await readSearchManifest(cacheDir), pageKeys(), join(astroCacheDir, 'dist'));
      },
      // The pages are written: index them while the other integrations render social cards and press kits.
      'astro:build:generated': ({ dir }) => {
        void start(dir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(searchIndexLogLine(await start(dir)));
      },
    },
  };
}
