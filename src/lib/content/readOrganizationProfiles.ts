/**
 * Reads the optional long profiles of organisations,
 * `content/organizations/<id>/<lang>.md`: Markdown shown on the
 * organisation's page in place of its short "About" text. Front-matter
 * (`title`) is optional, so a profile may be plain text pasted from a
 * brochure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, locales } from '../../i18n/locales.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';
import { decodeUtf8, FrontMatterError, NO_FIELDS, normalizeText, parseFrontMatter, type FrontMatterFile } from './parseFrontMatter.ts';
import { sha256 } from './contentFileCache.ts';
import { problemsFromIssues, suggestClosest, type ContentProblem } from './problems.ts';
import { localizedSource, type LocalizedSource } from './readLocalizedMarkdown.ts';
import { organizationProfileSchema, type OrganizationProfileFrontMatter } from './schemas.ts';

/** One organisation's profile in one language; `slug` is the organisation id. */
export type OrganizationProfileSource = LocalizedSource<OrganizationProfileFrontMatter>;

const KNOWN_FIELDS = Object.keys(organizationProfileSchema.shape);

/** A file that starts without "---" is all text: front-matter is optional here. */
function parseProfile(raw: string): FrontMatterFile {
  if (/^---/.test(normalizeText(raw))) return parseFrontMatter(raw);
  return { data: {}, bodyStartLine: 0, lineOf: () => 1, lines: NO_FIELDS };
}

/** Reads and checks every profile; `organizationIds` are the organisation files that exist. */
export function readOrganizationProfiles(root: string, organizationIds: readonly string[]): { profiles: OrganizationProfileSource[]; problems: ContentProblem[] } {
  const directory = join(root, 'content', 'organizations');
  const profiles: OrganizationProfileSource[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(directory)) return { profiles, problems };
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const folder = `content/organizations/${entry.name}`;
    if (!organizationIds.includes(entry.name)) {
      const suggestion = suggestClosest(entry.name, organizationIds);
      problems.push({
        severity: 'error', file: folder, line: 1, field: '(folder name)',
        problem: `"${entry.name}" is not a known organisation, so its profile would be shown nowhere`,
        fix: suggestion
          ? `did you mean "${suggestion}"? Name the folder exactly like the organisation's file (${suggestion}.yml)`
          : `name the folder like an organisation file in content/organizations/ (without .yml)`,
      });
      continue;
    }
    for (const name of readdirSync(join(directory, entry.name)).sort()) {
      const file = `${folder}/${name}`;
      const lang = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !isLocale(lang)) {
        // Pictures beside a profile are fine; a text file with another name would be silently missed.
        if (/\.(md|markdown|txt|text)$/i.test(name)) {
          problems.push({
            severity: 'error', file, line: 1, field: '(file name)',
            problem: `"${name}" is not read: profiles must be named ${locales.map((locale) => `${locale}.md`).join(', ')}`,
            fix: 'rename it after its language (on Windows, turn on File name extensions in Explorer to see a hidden ".txt")',
          });
        }
        continue;
      }
      const path = join(directory, entry.name, name);
      try {
        const bytes = readFileSync(path);
        const raw = decodeUtf8(bytes);
        const parsed = parseProfile(raw);
        const body = normalizeText(raw).split('\n').slice(parsed.bodyStartLine);
        problems.push(...lookalikeProblems({
          file, lang, yaml: parsed.yaml,
          body: { lines: body, firstLine: parsed.bodyStartLine + 1 },
          invisibleIn: (fieldPath) => fieldPath[0] === 'title',
        }));
        const result = organizationProfileSchema.safeParse(parsed.data, { reportInput: true });
        if (!result.success) {
          problems.push(...problemsFromIssues(file, result.error.issues, parsed.lineOf, KNOWN_FIELDS));
          continue;
        }
        if (body.join('').trim() === '') {
          problems.push({
            severity: 'error', file, line: parsed.bodyStartLine + 1, field: '(text)',
            problem: 'the profile has no text', fix: 'write the profile below the front-matter, or delete the file (the page then shows the "About" text)',
          });
          continue;
        }
        profiles.push(localizedSource({ folder: entry.name, lang, file, path, sourceHash: sha256(bytes), parsed }, result.data));
      } catch (error) {
        if (!(error instanceof FrontMatterError)) throw error;
        problems.push({ severity: 'error', file, line: error.line, field: error.field ?? '(front-matter)', problem: error.message, fix: error.fix });
      }
    }
  }
  return { profiles, problems };
}
