/**
 * Astro integration for social preview cards. At config setup (build only)
 * it checks that the card fonts cover every character of every public card,
 * so a bad title stops the build before anything is written; at
 * `astro:build:done` it renders or reuses every card into `<outDir>/og/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentRoot } from '../config.ts';
import { getBuildNow } from '../lib/getBuildNow.ts';
import { cardBrand } from './cardBrand.ts';
import { collectCardJobs } from './collectCards.ts';
import { generateCards } from './generateCards.ts';
import { formatCoverageProblems } from './glyphCoverage.ts';

/** Cards are cached under Astro's cacheDir (NEWSROOM_CACHE_DIR in tests). */
export const CARD_CACHE_FOLDER = 'newsroom-og';

/** Later than any embargo: every release that is not a draft counts as public. */
const END_OF_TIME = new Date(8.64e15);

/** Add once in astro.config.mjs. */
export function socialImagesIntegration(): AstroIntegration {
  let contentRoot = '';
  let projectRoot = '';
  let cacheDir = '';
  return {
    name: 'newsroom-social-images',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        projectRoot = fileURLToPath(config.root);
        contentRoot = resolveContentRoot(projectRoot);
        if (command !== 'build') return;
        // Check releases still waiting for their embargo too: the unattended
        // rebuild that lifts an embargo must not be the first to find a bad glyph.
        const { problems } = collectCardJobs({ contentRoot, now: END_OF_TIME });
        if (problems.length > 0) throw new Error(formatCoverageProblems(problems));
      },
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), CARD_CACHE_FOLDER);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { jobs, problems } = collectCardJobs({
          contentRoot,
          now: getBuildNow(),
          pageExists: (lang, slug) => existsSync(join(outDir, lang, 'releases', slug, 'index.html')),
          brand: await cardBrand(contentRoot, projectRoot),
        });
        if (problems.length > 0) throw new Error(formatCoverageProblems(problems));
        const report = await generateCards(jobs, { outDir, cacheDir });
        logger.info(
          `social images: ${report.rendered} rendered, ${report.reused} reused in ${report.seconds.toFixed(2)} s` +
            (report.workers > 0 ? ` (${report.workers} worker threads)` : '') +
            (report.pruned > 0 ? `; ${report.pruned} outdated card(s) removed from the cache` : ''),
        );
      },
    },
  };
}
