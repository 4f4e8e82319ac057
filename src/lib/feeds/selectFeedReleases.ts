/**
 * Which releases a feed lists. Callers pass only public releases (see
 * getPublicReleases); these helpers never widen that set.
 */
import type { Locale } from '../../i18n/locales.ts';
import { releasesInLanguage, sortNewestFirst, type ReleaseLike } from '../releaseCollections.ts';
import { translationPublicationInstant } from '../isPublic.ts';

/**
 * The newest `limit` releases by when readers could first see them (an
 * embargo that lifted after the date counts, and so does a translation that
 * came out later), newest first; ties ordered as on the site.
 */
export function latestReleases<T extends ReleaseLike & { data: { embargo?: Date | undefined; translated?: Date | undefined } }>(releases: readonly T[], limit: number): T[] {
  const published = (release: T) => translationPublicationInstant(release.data).getTime();
  return sortNewestFirst(releases).sort((a, b) => published(b) - published(a)).slice(0, limit);
}

/** Releases of one language carrying `tag`, newest first. */
export function releasesWithTag<T extends ReleaseLike>(releases: readonly T[], lang: Locale, tag: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.tags.includes(tag));
}

/** Releases of one language and one type, newest first. */
export function releasesOfType<T extends ReleaseLike & { data: { type: string } }>(releases: readonly T[], lang: Locale, type: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.type === type);
}
