import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN, organizationSchema, type OrganizationData } from './schemas.ts';
import { problemsFromIssues, type ContentProblem } from './problems.ts';
import { readYamlFile } from './readYamlFile.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';

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
}

const KNOWN_FIELDS = Object.keys(organizationSchema.shape);

/** Reads and checks every organisation file under `<root>/content/organizations`. */
export function readOrganizations(root: string): OrganizationsResult {
  const directory = join(root, 'content', 'organizations');
  const organizations = new Map<string, OrganizationData>();
  const problems: ContentProblem[] = [];
  const files = new Map<string, string>();
  if (!existsSync(directory)) {
    problems.push({
      severity: 'error', file: 'content/organizations', line: 1, field: '(folder)',
      problem: 'the folder is missing', fix: 'create it with one <id>.yml file per organisation',
    });
    return { organizations, files, problems };
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
  }
  return { organizations, files, problems };
}
