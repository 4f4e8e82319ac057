/**
 * A translation added later easily loses what is not text: the photo, the
 * PDFs, the media contacts, the registration line of an event. The release
 * then says less in one language than in another, and nothing fails. This
 * check warns for each such field a sibling translation has and this one
 * lacks (checkTranslationsAgree.ts, by contrast, refuses differing dates).
 */
import { seeGuide } from './authorGuide.ts';
import type { ContentProblem } from './problems.ts';
import type { LocalizedMarkdownFile } from './readLocalizedMarkdown.ts';
import type { ReleaseSource } from './readReleases.ts';

/** Optional fields a reader of any language should get, with how many of each a translation has. */
const FIELDS: ReadonlyArray<{ path: readonly string[]; what: string; count: (release: ReleaseSource) => number }> = [
  { path: ['image'], what: 'a photo', count: (release) => (release.data.image ? 1 : 0) },
  { path: ['attachments'], what: 'attachments', count: (release) => release.data.attachments.length },
  { path: ['contacts'], what: 'media contacts', count: (release) => release.data.contacts?.length ?? 0 },
  ...(['venue', 'address', 'map', 'phone', 'livestream', 'registration', 'accessibility'] as const).map((key) => ({
    path: ['event', key], what: `event.${key}`, count: (release: ReleaseSource) => (release.data.event?.[key] ? 1 : 0),
  })),
];

/** Warnings for translations that lack a field (or have fewer items) than a sibling translation of the same release. */
export function checkTranslationsComplete(files: readonly LocalizedMarkdownFile[], releases: readonly ReleaseSource[]): ContentProblem[] {
  const parsedByFile = new Map(files.map((file) => [file.file, file.parsed]));
  const bySlug = new Map<string, ReleaseSource[]>();
  for (const release of releases) bySlug.set(release.slug, [...(bySlug.get(release.slug) ?? []), release]);
  const problems: ContentProblem[] = [];
  for (const group of bySlug.values()) {
    for (const release of group) {
      for (const field of FIELDS) {
        const own = field.count(release);
        const richest = group.filter((other) => other !== release).sort((a, b) => field.count(b) - field.count(a))[0];
        if (!richest || field.count(richest) <= own) continue;
        const name = field.path.join('.');
        const more = field.count(richest);
        problems.push({
          severity: 'warning', file: release.file, line: parsedByFile.get(release.file)?.lineOf(field.path) ?? 1, field: name,
          problem: own === 0
            ? `${richest.lang}.md has ${field.what} ("${name}") but this translation does not, so its readers miss it`
            : `${richest.lang}.md has ${more} ${field.what} but this translation only ${own}`,
          fix: `copy "${field.path.at(-1)}:" from ${richest.lang}.md and translate its text; ${seeGuide(release.file, 'translation')}`,
        });
      }
    }
  }
  return problems;
}
