/**
 * Build-time behaviour that is not a page: checks all content before Astro
 * writes anything, switches the dev server into preview mode for drafts and
 * embargoed releases, and reports when the next embargo lifts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentRoot, siteConfig } from '../config.ts';
import { checkUiStrings } from '../i18n/checkUiStrings.ts';
import { checkZoneLabels } from '../i18n/checkZoneLabels.ts';
import { uiStrings } from '../i18n/translator.ts';
import { formatLocalDateTime } from '../lib/formatDate.ts';
import { getBuildNow } from '../lib/getBuildNow.ts';
import { nextPublication } from '../lib/isPublic.ts';
import { formatProblemReport } from '../lib/content/problems.ts';
import { SHOW_UNPUBLISHED_ENV } from '../lib/content/newsroomLoaders.ts';
import { validateContent } from '../lib/content/validateContent.ts';

/** The newsroom's Astro integration; add it once in astro.config.mjs. */
export function newsroomIntegration(): AstroIntegration {
  let nextLift: string | undefined;
  return {
    name: 'newsroom',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'dev') process.env[SHOW_UNPUBLISHED_ENV] = '1';
        else delete process.env[SHOW_UNPUBLISHED_ENV];
        if (command !== 'build') return;
        const content = validateContent(resolveContentRoot(fileURLToPath(config.root)), {
          timeZone: siteConfig.timeZone, publicFiles: { publicDir: fileURLToPath(config.publicDir), basePath: siteConfig.basePath },
        });
        const problems = [...checkUiStrings(uiStrings), ...checkZoneLabels(uiStrings, [siteConfig.timeZone, siteConfig.referenceTimeZone]), ...content.problems];
        const warnings = problems.filter((problem) => problem.severity === 'warning');
        if (warnings.length < problems.length) {
          // A report, not a stack trace: the people reading it are authors, not developers.
          logger.error(`The build stopped before writing anything.\n${formatProblemReport(problems)}\nFix the errors above, then run the build again ("npm run validate" checks content in seconds).`);
          process.exit(1);
        }
        if (warnings.length > 0) logger.warn(formatProblemReport(warnings));
        const now = getBuildNow();
        const next = nextPublication(content.releases.map((release) => ({ ...release.data, id: release.id })), now);
        nextLift = next
          ? `Next scheduled publication: ${next.release.id} at ${next.at.toISOString()} (${formatLocalDateTime(next.at)}, ${siteConfig.timeZone}); rebuild after that instant to publish it.`
          : 'No embargoed or scheduled releases are waiting.';
        logger.info(`${content.releases.length} release files valid; building as of ${now.toISOString()}.`);
        if (/(^|\.)example\.(org|com|net)$/.test(new URL(siteConfig.url).hostname)) {
          logger.warn(`The site address is still the example ${siteConfig.url}: feeds, calendars, canonical links and social cards will point there. Set "url" in src/config.ts or SITE_URL before publishing.`);
        }
      },
      'astro:build:done': ({ logger }) => {
        if (nextLift) logger.info(nextLift);
      },
    },
  };
}
