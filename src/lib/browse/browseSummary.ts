/**
 * What the browse navigation (components/BrowseNav.astro) shows for one
 * language: the release types and years that have releases, optionally
 * with their counts.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ReleaseType } from '../content/schemas.ts';
import type { ReleaseLike } from '../releaseCollections.ts';
import { releasesByType } from './releasesByType.ts';
import { releasesByYear } from './releasesByYear.ts';

/** Types and years that have releases in one language; counts only when asked for. */
export interface BrowseSummary {
  /** In the order of `releaseTypes`. */
  types: Array<{ type: ReleaseType; count?: number }>;
  /** Newest first. */
  years: Array<{ year: number; count?: number }>;
}

/**
 * The browse summary of `lang`. Without counts, the summary changes only when
 * a type or year gains its first or loses its last release, so pages that
 * show it without counts are rebuilt rarely (their cache key includes it).
 */
export function browseSummary<T extends ReleaseLike & { data: { type: ReleaseType } }>(
  releases: readonly T[],
  lang: Locale,
  { counts }: { counts: boolean },
): BrowseSummary {
  return {
    types: [...releasesByType(releases, lang)].map(([type, list]) => (counts ? { type, count: list.length } : { type })),
    years: [...releasesByYear(releases, lang)].map(([year, list]) => (counts ? { year, count: list.length } : { year })),
  };
}

/** The summary as one cache-key part (src/lib/pageCacheKey.ts). */
export function browseSummaryKey(summary: BrowseSummary): string {
  return JSON.stringify(summary);
}
