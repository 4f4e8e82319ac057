import { lateTranslationInstant, publicationInstant } from '../isPublic.ts';
import { fieldName, type ContentProblem } from './problems.ts';
import type { ReleaseFrontMatter } from './schemas.ts';

type Path = Array<string | number>;

/**
 * `updated`, correction and `translated` dates that feeds cannot announce: one before the
 * release came out (a date written without a time means midnight, so a
 * correction made on the day of publication reads as earlier than the
 * release), and, when `now` is given, one in the future (a typo such as
 * 2028 would date every feed it is in years ahead, hiding later changes).
 */
export function revisionDateProblems(file: string, data: ReleaseFrontMatter, lineOf: (path: Path) => number, now?: Date): ContentProblem[] {
  const published = publicationInstant(data);
  const revisions: Array<{ path: Path; date: Date }> = [
    ...(data.updated ? [{ path: ['updated'], date: data.updated }] : []),
    ...data.corrections.map((correction, index) => ({ path: ['corrections', index, 'date'], date: correction.date })),
  ];
  const problems = revisions.flatMap(({ path, date }): ContentProblem[] => {
    if (date.getTime() <= published.getTime()) {
      return [{
        severity: 'warning', file, line: lineOf(path), field: fieldName(path),
        problem: 'is not after the release came out, so feeds and search engines do not announce the change (a date without a time means midnight)',
        fix: 'write the time of the change too, e.g. "2026-11-26T15:00"',
      }];
    }
    if (now && date.getTime() > now.getTime() + 24 * 3600 * 1000) {
      return [{
        severity: 'warning', file, line: lineOf(path), field: fieldName(path),
        problem: 'is in the future: every feed the release is in would carry this date until then',
        fix: 'write the date the change was made',
      }];
    }
    return [];
  });
  if (data.translated) problems.push(...translatedDateProblems(file, data, lineOf(['translated']), now));
  return problems;
}

/** A `translated` date that changes nothing (not after the release) or dates the feeds ahead (in the future). */
function translatedDateProblems(file: string, data: ReleaseFrontMatter, line: number, now?: Date): ContentProblem[] {
  const translated = lateTranslationInstant(data);
  if (!translated) {
    return [{
      severity: 'warning', file, line, field: 'translated',
      problem: 'is not after the release came out, so it changes nothing: feeds date this translation by the release',
      fix: 'write when this translation was published, with the time, e.g. "2026-11-28T10:00", or delete the line if it came out with the release',
    }];
  }
  // An error, unlike a future correction date: the translation goes out now, and its feed item would stay
  // at the top of every feed it is in, dated ahead, until then (a mistyped year: for years).
  if (now && translated.getTime() > now.getTime() + 24 * 3600 * 1000) {
    return [{
      severity: 'error', file, line, field: 'translated',
      problem: 'is in the future: "translated" does not hold a translation back, it says when it came out, and feeds would date it ahead',
      fix: 'write when this translation goes out (now, if it goes out with this change); to publish it later, keep "draft: true" in it until then',
    }];
  }
  return [];
}
