/**
 * Which releases a feed lists. Callers pass only public releases (see
 * getPublicReleases); these helpers never widen that set.
 */
import type { Locale } from '../../i18n/locales.ts';
import { releasesInLanguage, sortNewestFirst, type ReleaseLike } from '../releaseCollections.ts';

/** The newest `limit` releases, newest first (ties ordered as on the site). */
export function latestReleases<T extends ReleaseLike>(releases: readonly T[], limit: number): T[] {
  return sortNewestFirst(releases).slice(0, limit);
}

/** Releases of one language carrying `tag`, newest first. */
export function releasesWithTag<T extends ReleaseLike>(releases: readonly T[], lang: Locale, tag: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.tags.includes(tag));
}

/** Releases of one language and one type, newest first. */
export function releasesOfType<T extends ReleaseLike & { data: { type: string } }>(releases: readonly T[], lang: Locale, type: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.type === type);
}
