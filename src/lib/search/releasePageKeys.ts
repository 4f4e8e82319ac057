/**
 * What each release page is made from, as a key a rebuild can compare
 * before any page exists: the source files of the release's translations
 * and whether its event is over. Used only to guess which indexed pages
 * will come out unchanged, so Pagefind can start on them while Astro is
 * still building (speculation.ts); the built pages' digests have the last
 * word, so a wrong guess costs time, never correctness.
 */
import { createHash } from 'node:crypto';
import { isEventOver } from '../calendar/eventTiming.ts';
import { releasePath } from '../urls.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The parts of a validated release the key reads. */
export interface KeyedRelease {
  slug: string;
  lang: Locale;
  sourceHash: string;
  data: { event?: { start: Date; end?: Date | undefined } | undefined };
}

/** The built file of a page path: "/ky/releases/x/" → "ky/releases/x/index.html". */
export function pageFile(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}

/** Key of each release page's file ("ky/releases/<slug>/index.html"). */
export function releasePageKeys(releases: readonly KeyedRelease[], now: Date): Map<string, string> {
  const bySlug = new Map<string, KeyedRelease[]>();
  for (const release of releases) {
    const group = bySlug.get(release.slug);
    if (group) group.push(release);
    else bySlug.set(release.slug, [release]);
  }
  const keys = new Map<string, string>();
  for (const [slug, translations] of bySlug) {
    const hash = createHash('sha256').update(slug);
    for (const translation of [...translations].sort((a, b) => (a.lang < b.lang ? -1 : 1))) {
      const { event } = translation.data;
      hash.update(`\n${translation.lang}:${translation.sourceHash}:${event === undefined ? '' : isEventOver(event, now)}`);
    }
    const key = hash.digest('base64url');
    for (const translation of translations) keys.set(pageFile(releasePath(translation.lang, slug)), key);
  }
  return keys;
}
