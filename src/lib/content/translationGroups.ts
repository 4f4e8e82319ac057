import { locales } from '../../i18n/locales.ts';
import type { ReleaseSource } from './readReleases.ts';

/**
 * The translations of each release, by folder name, in the order of the
 * site's language list (ky, ru, en): the first is the one the checks across
 * translations compare the others with, and report release-wide problems in.
 */
export function translationGroups(releases: readonly ReleaseSource[]): Map<string, ReleaseSource[]> {
  const groups = new Map<string, ReleaseSource[]>();
  for (const release of releases) groups.set(release.slug, [...(groups.get(release.slug) ?? []), release]);
  for (const group of groups.values()) group.sort((a, b) => locales.indexOf(a.lang) - locales.indexOf(b.lang));
  return groups;
}
