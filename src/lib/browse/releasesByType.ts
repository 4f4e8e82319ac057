/** Releases grouped by type, for the type pages (`/<lang>/types/<type>/`). */
import type { Locale } from '../../i18n/locales.ts';
import { releaseTypes, type ReleaseType } from '../content/schemas.ts';
import { releasesInLanguage, type ReleaseLike } from '../releaseCollections.ts';

/**
 * The releases of one language by type, in the order of `releaseTypes`,
 * each newest first. Types without releases in `lang` are absent, so no
 * empty type page is built.
 */
export function releasesByType<T extends ReleaseLike & { data: { type: ReleaseType } }>(releases: readonly T[], lang: Locale): Map<ReleaseType, T[]> {
  const inLanguage = releasesInLanguage(releases, lang);
  const byType = new Map<ReleaseType, T[]>();
  for (const type of releaseTypes) {
    const ofType = inLanguage.filter((release) => release.data.type === type);
    if (ofType.length > 0) byType.set(type, ofType);
  }
  return byType;
}
