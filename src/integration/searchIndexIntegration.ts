/**
 * Astro integration for search: at `astro:build:done` it builds (or reuses)
 * the Pagefind index of every language into `<outDir>/pagefind/`, from the
 * built pages marked `data-pagefind-body` (src/lib/search/). Register it
 * after the integrations that write pages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { buildSearchIndex } from '../lib/search/buildSearchIndex.ts';

/** The index cache lives under Astro's cacheDir (NEWSROOM_CACHE_DIR in tests and the benchmark). */
export const SEARCH_CACHE_FOLDER = 'newsroom-search';

/** Add once in astro.config.mjs. */
export function searchIndexIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'newsroom-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), SEARCH_CACHE_FOLDER);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex({ outDir: fileURLToPath(dir), cacheDir, languages: locales });
        const parts = [
          report.indexed.length > 0 ? `${report.indexed.join(', ')} indexed` : '',
          report.reused.length > 0 ? `${report.reused.join(', ')} reused` : '',
        ].filter(Boolean);
        // The benchmark (scripts/bench/run.ts) reads this line: keep its shape.
        logger.info(`search index: ${report.pages} pages (${parts.join('; ') || 'none'}) in ${report.seconds.toFixed(2)} s, ${report.files} files, ${(report.bytes / 2 ** 20).toFixed(1)} MB`);
      },
    },
  };
}
