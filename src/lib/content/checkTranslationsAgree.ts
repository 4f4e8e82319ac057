import type { ContentProblem } from './problems.ts';
import type { LocalizedMarkdownFile } from './readLocalizedMarkdown.ts';
import type { ReleaseSource } from './readReleases.ts';
import { translationGroups } from './translationGroups.ts';

/**
 * Fields that describe the release itself rather than its wording: every
 * translation must give the same value, or the languages would publish at
 * different times or list an event at different hours.
 */
const SHARED_FIELDS: ReadonlyArray<{ path: readonly string[]; read: (release: ReleaseSource) => unknown }> = [
  { path: ['type'], read: (release) => release.data.type },
  { path: ['date'], read: (release) => release.data.date.getTime() },
  { path: ['organization'], read: (release) => release.data.organization.join(', ') },
  { path: ['embargo'], read: (release) => release.data.embargo?.getTime() },
  { path: ['event', 'start'], read: (release) => release.data.event?.start.getTime() },
  { path: ['event', 'end'], read: (release) => release.data.event?.end?.getTime() },
  { path: ['event', 'status'], read: (release) => release.data.event?.status },
  { path: ['event', 'sequence'], read: (release) => release.data.event?.sequence },
  { path: ['renamed_from'], read: (release) => release.data.renamed_from.join(', ') },
];

/** The value as the author wrote it in the file ("2026-12-15T11:00"), not as read (an instant in UTC), so it can be found there. */
function show(written: Record<string, unknown> | undefined, release: ReleaseSource, path: readonly string[]): string {
  const at = (root: unknown) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
  const value = at(written) ?? at(release.data);
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return 'missing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString();
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Reports each translation whose shared fields differ from the first translation's. */
export function checkTranslationsAgree(files: readonly LocalizedMarkdownFile[], releases: readonly ReleaseSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsedByFile = new Map(files.map((file) => [file.file, file.parsed]));
  // The first language in locale order is the reference, whatever order the files were read in.
  for (const group of translationGroups(releases).values()) {
    const [reference, ...others] = group;
    if (!reference) continue;
    for (const other of others) {
      const parsed = parsedByFile.get(other.file);
      for (const field of SHARED_FIELDS) {
        if (field.read(other) === field.read(reference)) continue;
        const name = field.path.join('.');
        problems.push({
          severity: 'error',
          file: other.file,
          line: parsed?.lineOf(field.path) ?? 1,
          field: name,
          problem: `is ${show(parsed?.data, other, field.path)} here but ${show(parsedByFile.get(reference.file)?.data, reference, field.path)} in ${reference.lang}.md; translations of one release must agree`,
          fix: `give "${name}" the same value in every language file of this release`,
        });
      }
    }
  }
  return problems;
}
