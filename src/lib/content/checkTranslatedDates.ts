/**
 * `translated` marks a translation that came out after its release. The
 * language the release first came out in has none: when every translation
 * has one (the line copied into each file, as the shared dates must be),
 * every feed dates the release again and its original page says
 * "Translation published". Warned in each file, where the line is.
 */
import { lateTranslationInstant } from '../isPublic.ts';
import type { ContentProblem } from './problems.ts';
import type { LocalizedMarkdownFile } from './readLocalizedMarkdown.ts';
import type { ReleaseSource } from './readReleases.ts';
import { translationGroups } from './translationGroups.ts';

/** Warnings for releases whose every translation is dated later than the release by `translated`. */
export function checkTranslatedDates(files: readonly LocalizedMarkdownFile[], releases: readonly ReleaseSource[]): ContentProblem[] {
  const parsedByFile = new Map(files.map((file) => [file.file, file.parsed]));
  const problems: ContentProblem[] = [];
  for (const group of translationGroups(releases).values()) {
    if (!group.every((release) => lateTranslationInstant(release.data))) continue;
    for (const release of group) {
      problems.push({
        severity: 'warning', file: release.file, line: parsedByFile.get(release.file)?.lineOf(['translated']) ?? 1, field: 'translated',
        problem: group.length > 1
          ? `every language of this release has a "translated" date, so none is dated as the release itself (${group.map((other) => other.lang).join(', ')})`
          : 'the only language of this release has a "translated" date, so the release is dated later than it came out',
        fix: 'delete "translated" from the language the release first came out in: it is only for translations added later',
      });
    }
  }
  return problems;
}
