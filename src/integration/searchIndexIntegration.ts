/**
 * Astro integration for search: once the pages are written it builds (or
 * reuses) the Pagefind index of every language into `<outDir>/pagefind/`,
 * from the built pages marked `data-pagefind-body` (src/lib/search/), and
 * reports it at `astro:build:done`. When some translation files changed
 * since the previous build (known once the content is checked, at config
 * setup), the index of their languages starts before Astro syncs the
 * content and builds the pages (earlyIndex.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { contentFileCache } from '../lib/content/contentFileCache.ts';
import { buildSearchIndex, type SearchIndexReport } from '../lib/search/buildSearchIndex.ts';
import { languagesOfFiles, startEarlyIndexes, type EarlyIndex } from '../lib/search/earlyIndex.ts';

/** The index cache lives under Astro's cacheDir (NEWSROOM_CACHE_DIR in tests and the benchmark). */
export const SEARCH_CACHE_FOLDER = 'newsroom-search';

/** The log line for a report. The benchmark (scripts/bench/run.ts) reads it: keep its shape. */
export function searchIndexLogLine(report: SearchIndexReport): string {
  const parts = [
    report.indexed.length > 0 ? `${report.indexed.join(', ')} indexed` : '',
    report.reused.length > 0 ? `${report.reused.join(', ')} reused` : '',
    report.early.length > 0 ? `${report.early.join(', ')} started before the pages` : '',
  ].filter(Boolean);
  const memory = report.indexerPeakMb === undefined ? '' : `; indexer peak ${report.indexerPeakMb} MB`;
  return `search index: ${report.pages} pages (${parts.join('; ') || 'none'}) in ${report.seconds.toFixed(2)} s, ${report.files} files, ${(report.bytes / 2 ** 20).toFixed(2)} MB${memory}`;
}

/** Add once in astro.config.mjs. */
export function searchIndexIntegration(): AstroIntegration {
  let cacheDir = '';
  let indexing: Promise<SearchIndexReport> | undefined;
  let early: Promise<Map<string, EarlyIndex>> | undefined;
  const start = (dir: URL) => {
    indexing ??= (async () => buildSearchIndex({ outDir: fileURLToPath(dir), cacheDir, languages: locales, early: await early }))();
    // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled meanwhile.
    indexing.catch(() => undefined);
    return indexing;
  };
  return {
    name: 'newsroom-search',
    hooks: {
      // The content is read and checked (the newsroom integration, listed first, does it here): the languages
      // whose files changed start their index now, while Astro syncs the content, bundles and renders.
      'astro:config:setup': ({ command, config }) => {
        // One cache folder for the early index and the full one alike.
        cacheDir = join(fileURLToPath(config.cacheDir), SEARCH_CACHE_FOLDER);
        if (command === 'build') early ??= startEarlyIndexes(cacheDir, languagesOfFiles(contentFileCache().parsedFiles, locales));
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
