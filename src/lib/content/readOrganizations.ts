import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { ID_PATTERN, organizationSchema, type OrganizationData } from './schemas.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';
import { phoneNumberProblems } from './phoneNumberProblems.ts';
import { exampleValues, placeholderNotes, placeholderValues, valueAt } from './placeholderProblems.ts';
import { fieldName, problemsFromIssues, type ContentProblem } from './problems.ts';
import { readYamlFile } from './readYamlFile.ts';

/** A language an organisation file does not give its name or "About" text in. */
export interface LanguageGap {
  id: string;
  file: string;
  field: 'name' | 'about';
  lang: Locale;
  line: number;
}

/** Organisations by id, as read from `content/organizations/<id>.yml`. */
export interface OrganizationsResult {
  organizations: Map<string, OrganizationData>;
  /**
   * Every organisation file by id, valid or not ("content/organizations/x.yml"):
   * a release naming an organisation whose file has an error is not also
   * told the id is unknown, and messages can point at the file.
   */
  files: Map<string, string>;
  problems: ContentProblem[];
  /** Languages missing from valid files; an error only for languages the site publishes in (checkOrganizations.ts). */
  gaps: LanguageGap[];
  /** "TODO:" left in valid files (npm run new -- --new-organization), as warnings by id; checkOrganizations.ts decides their weight. */
  placeholders: Map<string, ContentProblem[]>;
}

const KNOWN_FIELDS = Object.keys(organizationSchema.shape);

function placeholdersIn(file: string, data: unknown, text: string, lineOf: (path: ReadonlyArray<string | number>) => number): ContentProblem[] {
  const lines = text.split('\n');
  return [
    ...placeholderValues(data).map((path) => ({ line: lineOf(path), field: fieldName(path), problem: 'still has the "TODO:" placeholder' })),
    ...placeholderNotes(lines, 0, lines.length).map(({ index, note, field }) => ({ line: index + 1, field, problem: `still has the note "${note}"` })),
    // The template's example website, e-mail and telephone would reach journalists on every release.
    ...exampleValues(data).map((path) => ({ line: lineOf(path), field: fieldName(path), problem: `is still the example value "${String(valueAt(data, path)).trim()}" that npm run new wrote` })),
  ].map((found) => ({ severity: 'warning' as const, file, ...found, fix: 'write the real value (or delete the line if the field is optional) and delete the note; what this file says appears on every release of the organisation' }));
}

/** Reads and checks every organisation file under `<root>/content/organizations`. */
export function readOrganizations(root: string): OrganizationsResult {
  const directory = join(root, 'content', 'organizations');
  const organizations = new Map<string, OrganizationData>();
  const problems: ContentProblem[] = [];
  const files = new Map<string, string>();
  const gaps: LanguageGap[] = [];
  const placeholders = new Map<string, ContentProblem[]>();
  if (!existsSync(directory)) {
    problems.push({
      severity: 'error', file: 'content/organizations', line: 1, field: '(folder)',
      problem: 'the folder is missing', fix: 'create it with one <id>.yml file per organisation (npm run new -- --new-organization <id>)',
    });
    return { organizations, files, problems, gaps, placeholders };
  }
  for (const name of readdirSync(directory).sort()) {
    const file = `content/organizations/${name}`;
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match) continue;
    const id = match[1] ?? '';
    if (!ID_PATTERN.test(id)) {
      problems.push({
        severity: 'error', file, line: 1, field: '(file name)',
        problem: `"${id}" is not a valid organisation id`,
        fix: 'rename the file to lowercase latin letters, digits and hyphens, e.g. civic-watch.yml',
      });
      continue;
    }
    files.set(id, file);
    const read = readYamlFile(join(directory, name), file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    problems.push(...lookalikeProblems({ file, lang: undefined, yaml: read.yaml, invisibleIn: (path) => path[0] === 'name' }));
    const parsed = organizationSchema.safeParse(read.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...problemsFromIssues(file, parsed.error.issues, read.lineOf, KNOWN_FIELDS));
      continue;
    }
    organizations.set(id, parsed.data);
    problems.push(...phoneNumberProblems(file, parsed.data, read.lineOf));
    const written = read.data as Record<'name' | 'about', Partial<Record<Locale, unknown>>>;
    for (const field of ['name', 'about'] as const) {
      for (const lang of locales) {
        if (written[field][lang] === undefined) gaps.push({ id, file, field, lang, line: read.lineOf([field]) });
      }
    }
    const unfinished = placeholdersIn(file, read.data, read.yaml.text, read.lineOf);
    if (unfinished.length > 0) placeholders.set(id, unfinished);
  }
  return { organizations, files, problems, gaps, placeholders };
}
