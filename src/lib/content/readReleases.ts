import { locales } from '../../i18n/locales.ts';
import { parseSiteDate, isSiteDateError } from '../parseSiteDate.ts';
import { checkTranslationsAgree } from './checkTranslationsAgree.ts';
import { problemsFromIssues, suggestClosest, type ContentProblem } from './problems.ts';
import { normalizeText, type FrontMatterFile } from './parseFrontMatter.ts';
import { localizedSource, readLocalizedMarkdown, type LocalizedSource } from './readLocalizedMarkdown.ts';
import { createReleaseSchema, type LocalizedText, type ReleaseFrontMatter } from './schemas.ts';

/** One translation of one release, validated but not yet rendered. */
export type ReleaseSource = LocalizedSource<ReleaseFrontMatter> & {
  /** Line of `title:`, for messages about the title found after reading (the social-card glyph check). */
  titleLine: number;
};

/** What cross-references are checked against. */
export interface ReleaseContext {
  timeZone: string;
  organizationIds: readonly string[];
  tags: ReadonlyMap<string, LocalizedText>;
}

/** Folder names: `YYYY-MM-DD-ascii-slug`, with a real date. */
export const RELEASE_FOLDER_PATTERN = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Marks text `npm run new` leaves for the author to write; never published. */
export const PLACEHOLDER = 'TODO:';

/** A YAML comment starting with the placeholder: "start: "…"  # TODO: the real start". */
const PLACEHOLDER_NOTE = new RegExp(`\\s#\\s*(${PLACEHOLDER}.*)$`);

/** Placeholders left in a release that is about to be published. */
function placeholderProblems(file: string, raw: string, data: ReleaseFrontMatter, parsed: FrontMatterFile): ContentProblem[] {
  if (data.draft) return [];
  const fields: Array<[string[], string | undefined]> = [
    [['title'], data.title], [['summary'], data.summary], [['dateline'], data.dateline],
    [['event', 'venue'], data.event?.venue], [['event', 'address'], data.event?.address],
  ];
  const problems: ContentProblem[] = fields
    .filter(([, value]) => value?.includes(PLACEHOLDER))
    .map(([path]) => ({
      severity: 'error', file, line: parsed.lineOf(path), field: path.join('.'),
      problem: `still has the "${PLACEHOLDER}" placeholder`, fix: 'write the real text, or put back "draft: true" until it is ready',
    }));
  // Same line split and closing fence as the parser, so line numbers agree with its messages.
  const lines = normalizeText(raw).split('\n');
  const closing = parsed.bodyStartLine - 1;
  // "# TODO: …" notes beside values that look real (npm run new's event times) must be resolved too.
  for (let index = 1; index < closing; index++) {
    const note = PLACEHOLDER_NOTE.exec(lines[index] ?? '')?.[1];
    if (note === undefined) continue;
    problems.push({
      severity: 'error', file, line: index + 1, field: fieldOnLine(lines, index),
      problem: `still has the note "${note.trim()}"`, fix: 'set the real value and delete the note, or put back "draft: true" until it is ready',
    });
  }
  const bodyLine = lines.findIndex((line, index) => index > closing && line.includes(PLACEHOLDER));
  if (bodyLine !== -1) {
    problems.push({
      severity: 'error', file, line: bodyLine + 1, field: '(text)',
      problem: `the text still has the "${PLACEHOLDER}" placeholder`, fix: 'write the release text, or put back "draft: true" until it is ready',
    });
  }
  return problems;
}

/** "event.start" for the `start:` line under `event:` (found by indentation). */
function fieldOnLine(lines: readonly string[], index: number): string {
  const keyOf = (line: string) => /^(\s*)([\w-]+)\s*:/.exec(line);
  const own = keyOf(lines[index] ?? '');
  if (!own) return '(front-matter)';
  const path = [own[2]!];
  let indent = own[1]!.length;
  for (let above = index - 1; above > 0 && indent > 0; above--) {
    const parent = keyOf(lines[above] ?? '');
    if (parent && parent[1]!.length < indent) {
      path.unshift(parent[2]!);
      indent = parent[1]!.length;
    }
  }
  return path.join('.');
}

function unknownIdProblem(file: string, line: number, field: string, value: string, known: readonly string[], where: string): ContentProblem {
  const suggestion = suggestClosest(value, known);
  return {
    severity: 'error', file, line, field,
    problem: `"${value}" is not a known ${field === 'organization' ? 'organisation' : 'tag'}`,
    fix: suggestion ? `did you mean "${suggestion}"? Known ids are in ${where}` : `use an id from ${where}, or add it there`,
  };
}

/** Reads, validates and cross-checks every release under `content/releases`. */
export function readReleases(root: string, context: ReleaseContext): { releases: ReleaseSource[]; problems: ContentProblem[]; fileCount: number } {
  const schema = createReleaseSchema(context.timeZone);
  const knownFields = Object.keys(schema.shape);
  const { files, problems, present } = readLocalizedMarkdown(root, 'releases', {
    test: (folder) => isReleaseFolder(folder, context.timeZone),
    problem: (folder) => `"${folder}" is not a release folder name`,
    fix: 'name it YYYY-MM-DD-words-in-latin, e.g. 2026-03-14-water-forum (lowercase, hyphens, a real date)',
  });
  const releases: ReleaseSource[] = [];
  const tagIds = [...context.tags.keys()];
  for (const source of files) {
    const { file, raw, parsed } = source;
    // Cross-references are checked on the raw values, so a file with a schema
    // error still gets its unknown tags and organisations reported in the same run.
    const referenceProblems = [
      ...idList(parsed.data.organization).flatMap(({ id, index }) => context.organizationIds.includes(id) ? [] : [
        unknownIdProblem(file, parsed.lineOf(index === undefined ? ['organization'] : ['organization', index]), 'organization', id, context.organizationIds, 'content/organizations/'),
      ]),
      ...idList(parsed.data.tags).flatMap(({ id, index }) => context.tags.has(id) ? [] : [
        unknownIdProblem(file, parsed.lineOf(index === undefined ? ['tags'] : ['tags', index]), 'tags', id, tagIds, 'content/tags.yml'),
      ]),
    ];
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromIssues(file, result.error.issues, parsed.lineOf, knownFields), ...referenceProblems);
      continue;
    }
    const data = result.data;
    const fileProblems: ContentProblem[] = [...referenceProblems];
    fileProblems.push(...placeholderProblems(file, raw, data, parsed));
    problems.push(...fileProblems);
    if (data.summary.length > SUMMARY_LIMIT) {
      problems.push({
        severity: 'warning', file, line: parsed.lineOf(['summary']), field: 'summary',
        problem: `is ${data.summary.length} characters; search engines and feed readers show about ${SUMMARY_LIMIT}`,
        fix: 'shorten the lede; the full text belongs in the body',
      });
    }
    if (data.image && !data.image.alt) {
      problems.push({
        severity: 'warning', file, line: parsed.lineOf(['image']), field: 'image.alt',
        problem: 'the image has no alt text, so blind readers learn nothing from it',
        fix: 'add "alt:" describing what the picture shows',
      });
    }
    if (fileProblems.length === 0) {
      releases.push({ ...localizedSource(source, data), titleLine: parsed.lineOf(['title']) });
    }
  }
  problems.push(...checkTranslationsAgree(files, releases));
  // Judged by the files on disk, so a translation with errors is not also reported as missing.
  for (const slug of new Set([...present].map((key) => key.split('/')[0] ?? ''))) {
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
  return { releases, problems, fileCount: present.size };
}
