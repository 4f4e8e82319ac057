/**
 * The Astro side of feeds: public releases and tag labels from the content
 * collections, and the feed settings of one language from the site config.
 * Endpoints call these; everything else in src/lib/feeds is plain functions.
 */
import { getCollection } from 'astro:content';
import { siteConfig } from '../../config.ts';
import type { Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import type { LocalizedText } from '../content/schemas.ts';
import { formatDate } from '../formatDate.ts';
import { getPublicReleases, type Release } from '../getPublicReleases.ts';
import type { FeedSettings } from './renderFeed.ts';
import type { SiteIdentity } from './feedChannels.ts';

/** Public releases (drafts and embargoed releases are never among them) and tag labels. */
export interface FeedSources {
  releases: Release[];
  tags: Map<string, LocalizedText>;
}

/** Loads what every feed is built from. */
export async function loadFeedSources(): Promise<FeedSources> {
  const [releases, tags] = await Promise.all([getPublicReleases(), getCollection('tags')]);
  return { releases, tags: new Map(tags.map((tag) => [tag.id, tag.data.labels])) };
}

/** The site's name and tagline in `lang`. */
export function siteIdentity(lang: Locale): SiteIdentity {
  return { name: siteConfig.name[lang], tagline: siteConfig.tagline[lang] };
}

/** Feed settings of `lang` from the site configuration. */
export function feedSettings(lang: Locale, tags: ReadonlyMap<string, LocalizedText>): FeedSettings {
  const t = getTranslator(lang);
  return {
    siteUrl: siteConfig.url,
    basePath: siteConfig.basePath,
    timeZone: siteConfig.timeZone,
    itemLimit: siteConfig.feedItemLimit,
    tagLabel: (tag) => tags.get(tag)?.[lang] ?? tag,
    correctionsHeading: t('release.corrections'),
    formatDate: (date) => formatDate(date, lang, siteConfig.timeZone),
  };
}

/** The HTTP response of a feed (static builds write the body to a file). */
export function feedResponse(xml: string): Response {
  // application/xml (not application/rss+xml) so browsers apply the XSL view instead of downloading.
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
