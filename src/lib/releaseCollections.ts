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

/** Translations of each release, keyed by slug, in the order of `locales`. */
export function groupTranslations<T extends ReleaseLike>(releases: readonly T[]): Map<string, Map<Locale, T>> {
  const groups = new Map<string, Map<Locale, T>>();
  for (const release of releases) {
    const group = groups.get(release.data.slug) ?? new Map<Locale, T>();
    group.set(release.data.lang, release);
    groups.set(release.data.slug, group);
  }
  for (const [slug, group] of groups) {
    groups.set(slug, new Map(locales.filter((locale) => group.has(locale)).map((locale) => [locale, group.get(locale) as T])));
  }
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
