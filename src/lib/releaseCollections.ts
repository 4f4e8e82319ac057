/**
 * Pure helpers over release translations: ordering, grouping translations
 * and tag listings. Pages call these with what the content loader stored.
 */
import { locales, type Locale } from '../i18n/locales.ts';

/** The fields these helpers need from a release translation. */
export interface ReleaseLike {
  id: string;
  data: { slug: string; lang: Locale; date: Date; tags: string[] };
}

/**
 * Newest first; releases published at the same instant are ordered by slug
 * (descending) so the order never changes between builds.
 */
export function sortNewestFirst<T extends ReleaseLike>(releases: readonly T[]): T[] {
  return [...releases].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || b.data.slug.localeCompare(a.data.slug) || a.id.localeCompare(b.id),
  );
}

/**
 * Translations of each release, keyed by slug, in the order of `locales`.
 * Needs only the slug and language, so any view of a release can be grouped.
 */
export function groupTranslations<T extends { data: { slug: string; lang: Locale } }>(releases: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const release of releases) {
    const group = groups.get(release.data.slug);
    if (group) group.push(release);
    else groups.set(release.data.slug, [release]);
  }
  for (const group of groups.values()) group.sort((a, b) => locales.indexOf(a.data.lang) - locales.indexOf(b.data.lang));
  return groups;
}

/** The releases of one language, newest first. */
export function releasesInLanguage<T extends ReleaseLike>(releases: readonly T[], lang: Locale): T[] {
  return sortNewestFirst(releases.filter((release) => release.data.lang === lang));
}

/** Tag ids used by at least one release of `lang`, with their releases newest first. */
export function releasesByTag<T extends ReleaseLike>(releases: readonly T[], lang: Locale): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const release of releasesInLanguage(releases, lang)) {
    for (const tag of release.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), release]);
  }
  return byTag;
}

/**
 * Page numbers to show in a pagination bar: always the first, last, current
 * and its neighbours, with `null` marking a gap ("…").
 */
export function paginationWindow(current: number, total: number, radius = 1): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let page = 1; page <= total; page += 1) {
    const near = Math.abs(page - current) <= radius;
    if (page === 1 || page === total || near) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
