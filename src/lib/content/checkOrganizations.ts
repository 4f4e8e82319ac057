/**
 * Organisation checks that depend on the releases: which languages an
 * organisation must be named in, and whether its unfinished template may
 * stay unfinished.
 */
import type { Locale } from '../../i18n/locales.ts';
import { seeGuide } from './authorGuide.ts';
import type { ContentProblem } from './problems.ts';
import type { OrganizationsResult } from './readOrganizations.ts';
import type { ReleaseSource } from './readReleases.ts';

/**
 * - Name and "About" text are required in each language the site has
 *   release files in (a newsroom publishing in Kyrgyz and Russian only needs
 *   no English name); other languages are optional.
 * - "TODO:" left in an organisation file is a warning while only drafts name
 *   the organisation, and an error once a release that is not a draft does,
 *   since its placeholders would then be published.
 */
export function checkOrganizations(organizations: OrganizationsResult, context: { languages: ReadonlySet<Locale>; releases: readonly ReleaseSource[] }): ContentProblem[] {
  const problems: ContentProblem[] = organizations.gaps
    .filter((gap) => context.languages.has(gap.lang))
    .map((gap) => ({
      severity: 'error', file: gap.file, line: gap.line, field: `${gap.field}.${gap.lang}`,
      problem: `is required but missing: the site has releases in ${gap.lang}, and their pages show the organisation's ${gap.field === 'name' ? 'name' : '"About" text'}`,
      fix: `add a line "${gap.lang}: …" under "${gap.field}:"; ${seeGuide(gap.file, 'organisations')}`,
    }));
  const published = new Set(context.releases.filter((release) => !release.data.draft).flatMap((release) => release.data.organization));
  for (const [id, unfinished] of organizations.placeholders) {
    const blocking = published.has(id);
    problems.push(...unfinished.map((problem): ContentProblem => ({
      ...problem,
      severity: blocking ? 'error' : 'warning',
      problem: blocking ? `${problem.problem}, and a release that is not a draft names this organisation` : problem.problem,
      fix: `${problem.fix}; ${seeGuide(problem.file, 'organisations')}`,
    })));
  }
  return problems;
}
