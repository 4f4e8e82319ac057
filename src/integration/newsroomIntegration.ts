/**
 * Build-time behaviour that is not a page: checks all content before Astro
 * writes anything, stops a GitHub Actions build of a public repository that
 * holds embargoed releases (the leak guard), switches the dev server into
 * preview mode for drafts and embargoed releases, reports when the next
 * embargo lifts and leaves the schedule file for the due check.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentRoot, siteConfig } from '../config.ts';
import { checkUiStrings } from '../i18n/checkUiStrings.ts';
import { checkZoneLabels } from '../i18n/checkZoneLabels.ts';
import { uiStrings } from '../i18n/translator.ts';
import { exampleAddressWarning } from '../lib/exampleSiteAddress.ts';
import { formatLocalDateTime } from '../lib/formatDate.ts';
import { getBuildNow } from '../lib/getBuildNow.ts';
import { recordMovedAddresses } from '../lib/renamedReleases.ts';
import { isPublic, nextPublication } from '../lib/isPublic.ts';
import { readPublishedAddresses, vanishedReleaseWarnings, writePublishedAddresses, type PublishedRelease } from '../lib/publishing/vanishedReleases.ts';
import { formatProblemReport } from '../lib/content/problems.ts';
import { SHOW_UNPUBLISHED_ENV } from '../lib/content/newsroomLoaders.ts';
import { startContentPrefetch } from '../lib/content/prefetchContentFiles.ts';
import { validateContent } from '../lib/content/validateContent.ts';
import { freezeContentFolder } from '../lib/content/contentWatch.ts';
import { finishBuild, startBuild } from '../lib/files/unfinishedBuild.ts';
import { reloadPreviewOnContentChange } from './reloadPreviewOnContentChange.ts';
import { warmFirstPageWhileContentParses } from './warmFirstPage.ts';
import { checkRepositoryVisibility } from '../lib/publishing/checkRepositoryVisibility.ts';
import { publicationSchedule, writePublicationSchedule, type PublicationSchedule } from '../lib/publishing/publicationSchedule.ts';
import { projectEnds } from '../lib/organizations/projectTiming.ts';
import { hasOwnRepository, readRepositoryVisibility } from '../lib/publishing/repositoryVisibility.ts';

/** The newsroom's Astro integration; add it once in astro.config.mjs. */
export function newsroomIntegration(): AstroIntegration {
  let nextLift: string | undefined;
  let schedule: PublicationSchedule | undefined;
  let cacheDir = '';
  /** The release pages this build publishes (set once the content is checked). */
  let published: PublishedRelease[] | undefined;
  return {
    name: 'newsroom',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'dev') process.env[SHOW_UNPUBLISHED_ENV] = '1';
        else delete process.env[SHOW_UNPUBLISHED_ENV];
        const projectRoot = fileURLToPath(config.root);
        const contentRoot = resolveContentRoot(projectRoot);
        const buildCacheDir = fileURLToPath(config.cacheDir);
        // A first dev start parses every file: begun on a second core while Astro boots (prefetchContentFiles.ts).
        if (command === 'dev') startContentPrefetch(contentRoot, buildCacheDir);
        if (command !== 'build') return;
        // Read once for the whole build: the loaders and the card collector reuse this read (contentWatch.ts).
        const watchedVersion = freezeContentFolder(join(contentRoot, 'content'));
        // One instant for the whole build: content checks, visibility and the schedule agree on "now".
        const now = getBuildNow();
        const content = validateContent(contentRoot, {
          timeZone: siteConfig.timeZone, cacheDir: buildCacheDir, watchedVersion, publicFiles: { publicDir: fileURLToPath(config.publicDir), basePath: siteConfig.basePath }, now,
        });
        const problems = [...checkUiStrings(uiStrings), ...checkZoneLabels(uiStrings, [siteConfig.timeZone, siteConfig.referenceTimeZone]), ...content.problems];
        const warnings = problems.filter((problem) => problem.severity === 'warning');
        if (warnings.length < problems.length) {
          // A report, not a stack trace: the people reading it are authors, not developers.
          logger.error(`The build stopped before writing anything.\n${formatProblemReport(problems)}\nFix the errors above, then run the build again ("npm run validate" checks content in seconds).`);
          process.exit(1);
        }
        if (warnings.length > 0) logger.warn(formatProblemReport(warnings));
        const findings = checkRepositoryVisibility({
          reading: readRepositoryVisibility(process.env),
          releases: content.releases.map(({ slug, lang, data }) => ({ slug, lang, data })),
          now,
          timeZone: siteConfig.timeZone,
          separateContentRepository: hasOwnRepository(contentRoot, projectRoot),
        });
        for (const finding of findings.filter((item) => item.severity === 'warning')) logger.warn(finding.message);
        const leaks = findings.filter((item) => item.severity === 'error');
        if (leaks.length > 0) {
          logger.error(`The build stopped before writing anything.\n${leaks.map((item) => item.message).join('\n\n')}`);
          process.exit(1);
        }
        schedule = publicationSchedule(content.releases, now, process.env.GITHUB_SHA, projectEnds(content.projects, siteConfig.timeZone));
        const next = nextPublication(content.releases.map((release) => ({ ...release.data, id: release.id })), now);
        nextLift = next
          ? `Next scheduled publication: ${next.release.id} at ${next.at.toISOString()} (${formatLocalDateTime(next.at)}, ${siteConfig.timeZone}); rebuild after that instant to publish it.`
          : 'No embargoed or scheduled releases are waiting.';
        logger.info(`${content.releases.length} release files valid; building as of ${now.toISOString()}.`);
        recordMovedAddresses(content.releases);
        published = content.releases.filter((release) => isPublic(release.data, now)).map(({ slug, lang, data }) => ({ slug, lang, renamedFrom: data.renamed_from }));
        for (const warning of vanishedReleaseWarnings(readPublishedAddresses(buildCacheDir), published, siteConfig.basePath)) logger.warn(warning);
        // Marked only now: a build stopped by its content never reached Astro's page cache.
        if (startBuild(buildCacheDir)) {
          logger.warn('The previous build did not finish: every page is rendered again this time, so no page it left half-done in the cache is published.');
        }
        const example = exampleAddressWarning(siteConfig.url);
        if (example) logger.warn(example);
      },
      'astro:server:setup': ({ server }) => {
        reloadPreviewOnContentChange(server);
        warmFirstPageWhileContentParses(server);
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ logger }) => {
        // Astro wrote its page keys before this hook: the cache is whole again.
        finishBuild(cacheDir);
        // Only a finished build counts as published: the next one compares with it (vanishedReleases.ts).
        if (published) writePublishedAddresses(cacheDir, published);
        if (nextLift) logger.info(nextLift);
        // Written only once the pages are: the due check must not take a failed build for a done one.
        if (schedule) {
          const path = writePublicationSchedule(cacheDir, schedule);
          const next = schedule.changes[0];
          logger.info(`Schedule for the due check written to ${path}: ${next ? `the output next changes at ${next.at} (${next.what}).` : 'nothing changes with time alone.'}`);
        }
      },
    },
  };
}
