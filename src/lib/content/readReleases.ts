import { locales, type Locale } from '../../i18n/locales.ts';
import { parseSiteDate, isSiteDateError } from '../parseSiteDate.ts';
import { checkTranslationsAgree } from './checkTranslationsAgree.ts';
import { checkTranslationsComplete } from './checkTranslationsComplete.ts';
import { checkTranslatedDates } from './checkTranslatedDates.ts';
import { problemsFromIssues, suggestClosest, type ContentProblem } from './problems.ts';
import { advisoryNoticeProblem } from './advisoryNotice.ts';
import { untranslatedFieldProblems } from './untranslatedFields.ts';
import { seeGuide } from './authorGuide.ts';
import { characterName, codePoint } from './lookalikes/lookalikeLetters.ts';
import { contentFileCache, type BodyPath } from './contentFileCache.ts';
import { releaseProjectProblems } from './checkProjects.ts';
import type { ProjectsResult } from './readProjects.ts';
import { localizedSource, readLocalizedMarkdown, type LocalizedSource } from './readLocalizedMarkdown.ts';
import { createReleaseSchema, RELEASE_FOLDER_PATTERN, type LocalizedText, type ReleaseFrontMatter } from './schemas.ts';
import { checkRenamedFolders } from './checkRenamedFolders.ts';
import { phoneNumberProblems } from './phoneNumberProblems.ts';
import { revisionDateProblems } from './revisionDates.ts';

/** One translation of one release, validated but not yet rendered. */
export type ReleaseSource = LocalizedSource<ReleaseFrontMatter> & {
  /** Line of `title:`, for messages about the title found after reading (the social-card glyph check). */
  titleLine: number;
  /** Site paths the text names ("/images/photo.jpg"), with their lines: checked against public/. */
  bodyPaths: readonly BodyPath[];
};

/** What cross-references are checked against. */
export interface ReleaseContext {
  timeZone: string;
  organizationIds: readonly string[];
  /** Names of the valid organisations, to recognise a name written where the id belongs. */
  organizationNames?: ReadonlyMap<string, LocalizedText>;
  tags: ReadonlyMap<string, LocalizedText>;
  /** The build's clock, for dates in the future (left out where content is read without one: the dev server's loaders). */
  now?: Date | undefined;
  /** Tag ids written in tags.yml whose labels have errors (reported there, not again as unknown here). */
  tagIdsWithErrors?: ReadonlySet<string>;
  /** Projects, for the `project` field (unknown ids, missing disclaimers: checkProjects.ts). */
  projects?: Pick<ProjectsResult, 'files' | 'projects' | 'lines'>;
}

function isReleaseFolder(folder: string, timeZone: string): boolean {
  const date = RELEASE_FOLDER_PATTERN.exec(folder)?.[1];
  return date !== undefined && !isSiteDateError(parseSiteDate(date, timeZone));
}

const SUMMARY_LIMIT = 160;

/** The ids in a raw `organization`/`tags` value (one id or a list), with list positions. */
function idList(value: unknown): Array<{ id: string; index?: number }> {
  if (typeof value === 'string') return [{ id: value }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id, index) => (typeof id === 'string' ? [{ id, index }] : []));
}

export { PLACEHOLDER } from './placeholderProblems.ts';

/** The id whose label (in any language) is `value`: authors write a tag's or organisation's name where its id belongs. */
function idByLabel(value: string, labels: ReadonlyMap<string, Partial<LocalizedText>>): string | undefined {
  const wanted = value.trim().toLocaleLowerCase();
  return [...labels].find(([, text]) => Object.values(text).some((label) => label?.trim().toLocaleLowerCase() === wanted))?.[0];
}

function unknownIdProblem(file: string, line: number, field: 'organization' | 'tags', value: string, labels: ReadonlyMap<string, Partial<LocalizedText>>): ContentProblem {
  const known = [...labels.keys()];
  const kind = field === 'organization' ? 'organisation' : 'tag';
  const where = field === 'organization' ? 'content/organizations/' : 'content/tags.yml';
  const named = idByLabel(value, labels);
  if (named) {
    return {
      severity: 'error', file, line, field,
      problem: `"${value}" is the name of the ${kind} "${named}", not its id`,
      fix: `write the id "${named}" instead (ids are in ${where}); ${seeGuide(file, 'fields')}`,
    };
  }
  // "tags: water, youth" is one text, not a list: say how to write a list when every part is known.
  const parts = value.split(/\s*[,;]\s*/).filter((part) => part !== '');
  if (parts.length > 1 && parts.every((part) => labels.has(part))) {
    return {
      severity: 'error', file, line, field,
      problem: `"${value}" is read as one ${kind}, because it is not written as a list`,
      fix: `put the ids in square brackets: ${field}: [${parts.join(', ')}]`,
    };
  }
  const suggestion = suggestClosest(value, known);
  return {
    severity: 'error', file, line, field,
    problem: `"${value}" is not a known ${kind}`,
    fix: suggestion ? `did you mean "${suggestion}"? Known ids are in ${where}` : `use an id from ${where}, or add it there${field === 'organization' ? ` (npm run new -- --new-organization ${value})` : ''}`,
  };
}

/**
 * What a release's front-matter values depend on besides its file: the
 * schema turns dates written without an offset into instants in the site's
 * time zone. The per-file cache keeps schema results under this key, and the
 * content store digests entries with it (newsroomLoaders.ts), so a changed
 * time zone reads every date again.
 */
export function releaseSchemaKey(timeZone: string): string {
  return `release-schema\0${timeZone}`;
}

/** Reads, validates and cross-checks every release under `content/releases`. */
export function readReleases(root: string, context: ReleaseContext): { releases: ReleaseSource[]; problems: ContentProblem[]; fileCount: number; languages: Set<Locale> } {
  const schema = createReleaseSchema(context.timeZone);
  const knownFields = Object.keys(schema.shape);
  const { files, problems, present } = readLocalizedMarkdown(root, 'releases', {
    test: (folder) => isReleaseFolder(folder, context.timeZone),
    problem: (folder) => {
      // A Cyrillic letter that looks Latin ("wаter") is invisible in the name: point at it.
      const other = [...folder].find((char) => /[^\x00-\x7F]/.test(char));
      return other
        ? `"${folder}" is not a release folder name: it has the letter ${other} (${[...new Set([codePoint(other), characterName(other)])].join(' ')}), and folder names use Latin letters only`
        : `"${folder}" is not a release folder name`;
    },
    fix: 'name it YYYY-MM-DD-words-in-latin, e.g. 2026-03-14-water-forum (lowercase, hyphens, a real date)',
  });
  const releases: ReleaseSource[] = [];
  const organizationLabels = new Map(context.organizationIds.map((id) => [id, context.organizationNames?.get(id) ?? {}]));
  const noticeChecked = new Set<string>();
  for (const source of files) {
    const { file, parsed } = source;
    // Cross-references and placeholders are checked on the values as written, so a file
    // with a schema error still gets its unknown ids and leftover "TODO:" notes reported in the same run.
    const fileProblems: ContentProblem[] = [
      ...idList(parsed.data.organization).flatMap(({ id, index }) => context.organizationIds.includes(id) ? [] : [
        unknownIdProblem(file, parsed.lineOf(index === undefined ? ['organization'] : ['organization', index]), 'organization', id, organizationLabels),
      ]),
      ...idList(parsed.data.tags).flatMap(({ id, index }) => context.tags.has(id) || context.tagIdsWithErrors?.has(id) ? [] : [
        unknownIdProblem(file, parsed.lineOf(index === undefined ? ['tags'] : ['tags', index]), 'tags', id, context.tags),
      ]),
      ...source.placeholders,
      ...(context.projects ? releaseProjectProblems(source, context.projects) : []),
    ];
    // The schema check depends on the file and the time zone only: remembered with the file (contentFileCache.ts).
    // Kept as plain data: the cache is written with node:v8, which drops a ZodError's issues.
    const result = contentFileCache().remember(source.path, releaseSchemaKey(context.timeZone), () => {
      const checked = schema.safeParse(parsed.data, { reportInput: true });
      return checked.success ? { success: true as const, data: checked.data } : { success: false as const, issues: checked.error.issues };
    });
    if (!result.success) {
      // An id written as a name ("Суу" for water) is explained by its unknown-id message; its format error would only repeat it.
      const explained = new Set(fileProblems.filter((problem) => problem.field === 'tags' || problem.field === 'organization').map((problem) => `${problem.field}:${problem.line}`));
      const issues = problemsFromIssues(file, result.issues, parsed.lineOf, knownFields)
        .filter((problem) => !explained.has(`${problem.field.replace(/\[\d+\]$/, '')}:${problem.line}`));
      problems.push(...issues, ...fileProblems);
      continue;
    }
    const data = result.data;
    problems.push(...fileProblems);
    if (data.summary.length > SUMMARY_LIMIT) {
      problems.push({
        severity: 'warning', file, line: parsed.lineOf(['summary']), field: 'summary',
        problem: `is ${data.summary.length} characters; search engines and feed readers show about ${SUMMARY_LIMIT}`,
        fix: 'shorten the lede; the full text belongs in the body',
      });
    }
    const photos = [...(data.image ? [{ photo: data.image, path: ['image'] }] : []), ...data.images.map((photo, index) => ({ photo, path: ['images', index] }))];
    for (const { photo, path } of photos) {
      const field = `${path.length === 1 ? 'image' : `images[${String(path[1])}]`}`;
      if (/^https?:\/\//i.test(photo.src)) {
        problems.push({
          severity: 'error', file, line: parsed.lineOf([...path, 'src']), field: `${field}.src`,
          problem: 'is a photo on another website: pages show images from this site only (its security policy), so readers would see a broken image, and the press kit would lack it',
          fix: 'download the photo (with the right to use it) into public/images/ and write its path, e.g. "/images/forum.jpg"',
        });
      }
      if (photo.alt) continue;
      problems.push({
        severity: 'warning', file, line: parsed.lineOf(path), field: `${field}.alt`,
        problem: 'the image has no alt text, so blind readers learn nothing from it',
        fix: 'add "alt:" describing what the picture shows',
      });
    }
    problems.push(...untranslatedFieldProblems(file, source.lang, parsed.data, parsed.lineOf));
    problems.push(...revisionDateProblems(file, data, parsed.lineOf, context.now));
    problems.push(...phoneNumberProblems(file, data, parsed.lineOf));
    // Once per release, in its first translation: the dates of the others must agree with it anyway.
    const notice = noticeChecked.has(source.folder) ? undefined : advisoryNoticeProblem(file, parsed.lineOf(['date']), data, context.timeZone);
    noticeChecked.add(source.folder);
    if (notice) problems.push(notice);
    if (fileProblems.every((problem) => problem.severity !== 'error')) {
      releases.push({ ...localizedSource(source, data), titleLine: parsed.lineOf(['title']), bodyPaths: source.bodyPaths });
    }
  }
  problems.push(...checkTranslationsAgree(files, releases), ...checkTranslationsComplete(files, releases), ...checkTranslatedDates(files, releases));
  const folders = new Set([...present].map((key) => key.split('/')[0] ?? ''));
  problems.push(...checkRenamedFolders(files, releases, folders));
  // Judged by the files on disk, so a translation with errors is not also reported as missing.
  for (const slug of folders) {
    const languages = locales.filter((locale) => present.has(`${slug}/${locale}`));
    const missing = locales.filter((locale) => !languages.includes(locale));
    if (missing.length > 0) {
      problems.push({
        severity: 'warning', file: `content/releases/${slug}`, line: 1, field: '(translations)',
        problem: `exists in ${languages.join(', ')} but not in ${missing.join(', ')}`,
        fix: `add ${missing.map((locale) => `${locale}.md`).join(' and ')} when the translation is ready`,
      });
    }
  }
  // Every correctly named translation file, with errors or not, so a summary never hides a broken one.
  // The languages the site publishes releases in: what organisations must be named in (checkOrganizations.ts).
  const languages = new Set(locales.filter((locale) => [...present].some((key) => key.endsWith(`/${locale}`))));
  return { releases, problems, fileCount: present.size, languages };
}
