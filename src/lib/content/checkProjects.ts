/**
 * Checks between projects and the releases that name them. A release of a
 * donor-funded project must carry the donor's disclaimer in its own
 * language: a release that would go out without it is a compliance problem
 * with the donor, so it is an error (a warning while the release is a draft).
 */
import type { Locale } from '../../i18n/locales.ts';
import { seeGuide } from './authorGuide.ts';
import type { FrontMatterFile } from './parseFrontMatter.ts';
import { suggestClosest, type ContentProblem } from './problems.ts';
import type { ProjectsResult } from './readProjects.ts';
import type { ProjectData } from './schemas.ts';

/** True when releases of `project` must carry its disclaimer: it has a donor or a disclaimer in some language. */
export function needsDisclaimer(project: ProjectData): boolean {
  return project.donor !== undefined || Object.keys(project.disclaimer).length > 0;
}

/** The project ids in a raw `project` value (one id or a list), with their paths. */
function projectIds(value: unknown): Array<{ id: string; path: Array<string | number> }> {
  if (typeof value === 'string') return [{ id: value, path: ['project'] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id, index) => (typeof id === 'string' ? [{ id, path: ['project', index] }] : []));
}

/**
 * Problems of one release file's `project` field, read as written (so a file
 * with other errors gets these in the same run): unknown ids, with the
 * closest known one, and a language the project has no disclaimer in.
 */
export function releaseProjectProblems(
  release: { file: string; lang: Locale; parsed: FrontMatterFile },
  projects: Pick<ProjectsResult, 'files' | 'projects' | 'lines'>,
): ContentProblem[] {
  const { file, lang, parsed } = release;
  const draft = parsed.data.draft === true;
  return projectIds(parsed.data.project).flatMap(({ id, path }): ContentProblem[] => {
    const field = path.length === 1 ? 'project' : `project[${String(path[1])}]`;
    const line = parsed.lineOf(path);
    if (!projects.files.has(id)) {
      const suggestion = suggestClosest(id, [...projects.files.keys()]);
      return [{
        severity: 'error', file, line, field,
        problem: `"${id}" is not a known project`,
        fix: suggestion
          ? `did you mean "${suggestion}"? Known ids are the file names in content/projects/`
          : `use an id from content/projects/, or add content/projects/${id}.yml; ${seeGuide(file, 'projects')}`,
      }];
    }
    const project = projects.projects.get(id);
    // A project file with errors is reported on its own.
    if (!project || !needsDisclaimer(project) || project.disclaimer[lang] !== undefined) return [];
    const projectFile = projects.files.get(id)!;
    const disclaimerLine = projects.lines.get(id)?.(['disclaimer']) ?? 1;
    return [{
      severity: draft ? 'warning' : 'error', file, line, field,
      problem: `the project "${id}" has no disclaimer in ${lang}, so this release would ${draft ? 'be published' : 'go out'} without the donor's disclaimer`,
      fix: `add "${lang}: …" under "disclaimer:" in ${projectFile} (line ${disclaimerLine}); ${seeGuide(file, 'projects')}`,
    }];
  });
}

/**
 * A project's name and its donor's name are required in each language of
 * the releases that name it (its page and those releases show them); other
 * languages take another language's text.
 */
export function checkProjects(projects: ProjectsResult, releases: ReadonlyArray<{ lang: Locale; data: { project: readonly string[] } }>): ContentProblem[] {
  const languagesOf = new Map<string, Set<Locale>>();
  for (const release of releases) {
    for (const id of release.data.project) languagesOf.set(id, (languagesOf.get(id) ?? new Set()).add(release.lang));
  }
  return projects.gaps
    .filter((gap) => languagesOf.get(gap.id)?.has(gap.lang))
    .map((gap): ContentProblem => ({
      severity: 'error', file: gap.file, line: gap.line, field: `${gap.field}.${gap.lang}`,
      problem: `is required but missing: releases in ${gap.lang} name this project and show its ${gap.field === 'name' ? 'name' : "donor's name"}`,
      fix: `add a line "${gap.lang}: …" under "name:"${gap.field === 'name' ? '' : ' of "donor:"'}; ${seeGuide(gap.file, 'projects')}`,
    }));
}
