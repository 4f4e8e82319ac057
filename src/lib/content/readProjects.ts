/**
 * Reads `content/projects/<id>.yml`: the organisations' projects and, for a
 * donor-funded one, its donor and disclaimer. Cross-checks that need the
 * releases (names and disclaimers in the languages its releases use) are in
 * checkProjects.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { seeGuide } from './authorGuide.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';
import { placeholderValues } from './placeholderProblems.ts';
import { fieldName, problemsFromIssues, suggestClosest, type ContentProblem } from './problems.ts';
import { readYamlFile } from './readYamlFile.ts';
import { createProjectSchema, ID_PATTERN, type ProjectData } from './schemas.ts';

/** A language a valid project file does not give its name or its donor's name in. */
export interface ProjectLanguageGap {
  id: string;
  file: string;
  field: 'name' | 'donor.name';
  lang: Locale;
  line: number;
}

/** Projects by id, as read from `content/projects/<id>.yml`. */
export interface ProjectsResult {
  projects: Map<string, ProjectData>;
  /** Every project file by id, valid or not: a release naming a broken project is not also told the id is unknown. */
  files: Map<string, string>;
  /** Line of each top-level field of each valid project ("disclaimer", "name"), for messages about it. */
  lines: Map<string, (path: ReadonlyArray<string | number>) => number>;
  gaps: ProjectLanguageGap[];
  problems: ContentProblem[];
}

function unknownOrganization(file: string, line: number, field: string, value: string, known: readonly string[]): ContentProblem {
  const suggestion = suggestClosest(value, known);
  return {
    severity: 'error', file, line, field,
    problem: `"${value}" is not a known organisation`,
    fix: suggestion
      ? `did you mean "${suggestion}"? Known ids are the file names in content/organizations/`
      : `use an id from content/organizations/, or add the organisation (npm run new -- --new-organization ${value})`,
  };
}

/** The ids in a raw `organization` value (one id or a list), with list positions. */
function rawIds(value: unknown): Array<{ id: string; path: Array<string | number> }> {
  if (typeof value === 'string') return [{ id: value, path: ['organization'] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id, index) => (typeof id === 'string' ? [{ id, path: ['organization', index] }] : []));
}

/** Reads and checks every project file; `organizationIds` are the organisation files that exist. */
export function readProjects(root: string, context: { timeZone: string; organizationIds: readonly string[] }): ProjectsResult {
  const directory = join(root, 'content', 'projects');
  const result: ProjectsResult = { projects: new Map(), files: new Map(), lines: new Map(), gaps: [], problems: [] };
  // Projects are optional: a newsroom without donor-funded work has no folder.
  if (!existsSync(directory)) return result;
  const schema = createProjectSchema(context.timeZone);
  const knownFields = Object.keys(schema.shape);
  for (const name of readdirSync(directory).sort()) {
    const file = `content/projects/${name}`;
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match) continue;
    const id = match[1] ?? '';
    if (!ID_PATTERN.test(id)) {
      result.problems.push({
        severity: 'error', file, line: 1, field: '(file name)',
        problem: `"${id}" is not a valid project id`,
        fix: 'rename the file to lowercase latin letters, digits and hyphens, e.g. water-for-schools.yml',
      });
      continue;
    }
    result.files.set(id, file);
    const read = readYamlFile(join(directory, name), file);
    if (!read.ok) {
      result.problems.push(read.problem);
      continue;
    }
    const raw = (read.data ?? {}) as Record<string, unknown>;
    // Checked on the values as written, so a file with a schema error still gets these in the same run.
    const fileProblems: ContentProblem[] = [
      ...rawIds(raw.organization).flatMap(({ id: organization, path }) => context.organizationIds.includes(organization)
        ? [] : [unknownOrganization(file, read.lineOf(path), fieldName(path), organization, context.organizationIds)]),
      ...placeholderValues(raw).map((path): ContentProblem => ({
        severity: 'error', file, line: read.lineOf(path), field: fieldName(path),
        problem: 'still has the "TODO:" placeholder', fix: 'write the real text; project names and disclaimers are published',
      })),
      ...lookalikeProblems({ file, lang: undefined, yaml: read.yaml, invisibleIn: (path) => path[0] === 'name' || path[0] === 'disclaimer' }),
    ];
    result.problems.push(...fileProblems);
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      const explained = new Set(fileProblems.map((problem) => `${problem.field}:${problem.line}`));
      result.problems.push(...problemsFromIssues(file, parsed.error.issues, read.lineOf, knownFields)
        .filter((problem) => !explained.has(`${problem.field}:${problem.line}`))
        // Project fields are explained in the guides' projects section, not in the release field table.
        .map((problem) => ({ ...problem, fix: problem.fix.replace(seeGuide(file, 'fields'), seeGuide(file, 'projects')) })));
      continue;
    }
    if (fileProblems.some((problem) => problem.severity === 'error')) continue;
    result.projects.set(id, parsed.data);
    result.lines.set(id, read.lineOf);
    const written = raw as { name?: Partial<Record<Locale, unknown>>; donor?: { name?: Partial<Record<Locale, unknown>> } };
    for (const lang of locales) {
      if (written.name?.[lang] === undefined) result.gaps.push({ id, file, field: 'name', lang, line: read.lineOf(['name']) });
      if (written.donor && written.donor.name?.[lang] === undefined) result.gaps.push({ id, file, field: 'donor.name', lang, line: read.lineOf(['donor', 'name']) });
    }
  }
  return result;
}
