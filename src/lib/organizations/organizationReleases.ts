/**
 * Which releases an organisation's or a project's page lists: those of one
 * language that name it, newest first. A joint release names several
 * organisations and so appears on each of their pages. Callers pass only
 * public releases (getPublicReleases).
 */
import type { Locale } from '../../i18n/locales.ts';
import { releasesInLanguage, type ReleaseLike } from '../releaseCollections.ts';

/** A release as these lists select it. */
export type OrganizedRelease = ReleaseLike & { data: { organization: readonly string[]; project: readonly string[] } };

/** Releases of `lang` issued by organisation `id` (alone or jointly), newest first. */
export function releasesOfOrganization<T extends OrganizedRelease>(releases: readonly T[], lang: Locale, id: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.organization.includes(id));
}

/** Releases of `lang` that name project `id`, newest first. */
export function releasesOfProject<T extends OrganizedRelease>(releases: readonly T[], lang: Locale, id: string): T[] {
  return releasesInLanguage(releases, lang).filter((release) => release.data.project.includes(id));
}

/** The projects an organisation runs (alone or with others), by their `organization` field. */
export function projectsOfOrganization<T extends { data: { organization: readonly string[] } }>(projects: readonly T[], id: string): T[] {
  return projects.filter((project) => project.data.organization.includes(id));
}
