import { readOrganizations } from './readOrganizations.ts';
import { readPages } from './readPages.ts';
import { readReleases } from './readReleases.ts';
import { readTags } from './readTags.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Reads every content file under `<root>/content` and checks it: the single
 * entry point for `npm run validate`, the build's pre-check and the tests.
 */
export function validateContent(root: string, options: { timeZone: string }) {
  const organizations = readOrganizations(root);
  const tags = readTags(root);
  const pages = readPages(root);
  const releases = readReleases(root, {
    timeZone: options.timeZone,
    organizationIds: [...organizations.organizations.keys()],
    tags: tags.tags,
  });
  const problems: ContentProblem[] = [
    ...organizations.problems,
    ...tags.problems,
    ...pages.problems,
    ...releases.problems,
  ];
  return {
    organizations: organizations.organizations,
    tags: tags.tags,
    pages: pages.pages,
    releases: releases.releases,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
  };
}
