import { siteConfig } from '../config.ts';
import type { Release } from './getPublicReleases.ts';
import { releaseLastModified } from './feeds/releaseLastModified.ts';
import { translationPublicationInstant } from './isPublic.ts';
import { absoluteUrl, releaseCardPath, releasePath } from './urls.ts';

/** A donor of one of the release's projects (lib/organizations/releaseDisclaimers.ts releaseFunders). */
export interface Funder {
  name: string;
  url?: string | undefined;
}

/**
 * schema.org NewsArticle for a release (an Event is added for media
 * advisories); the donors of its projects are its `funder`s.
 */
export function releaseJsonLd(release: Release, funders: readonly Funder[] = []): Record<string, unknown> {
  const { title, summary, lang, slug, event, dateline } = release.data;
  const url = absoluteUrl(releasePath(lang, slug));
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    // When readers could first see this translation (an embargo that lifted after the date counts, and so does a later translation), and its latest change of any kind.
    datePublished: translationPublicationInstant(release.data).toISOString(),
    dateModified: releaseLastModified(release.data).toISOString(),
    // The social card: a 1200×630 image every release has, which search engines show beside the headline.
    image: absoluteUrl(releaseCardPath(lang, slug)),
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: siteConfig.name[lang] },
    ...(dateline ? { locationCreated: { '@type': 'Place', name: dateline } } : {}),
    ...(funders.length > 0 ? { funder: funders.map(({ name, url: funderUrl }) => ({ '@type': 'Organization', name, ...(funderUrl ? { url: funderUrl } : {}) })) } : {}),
  };
  if (event) {
    article.about = {
      '@type': 'Event',
      name: title,
      startDate: event.start.toISOString(),
      ...(event.end ? { endDate: event.end.toISOString() } : {}),
      eventStatus: `https://schema.org/Event${event.status === 'cancelled' ? 'Cancelled' : event.status === 'postponed' ? 'Postponed' : 'Scheduled'}`,
      ...(event.venue ? { location: { '@type': 'Place', name: event.venue, address: event.address } } : {}),
    };
  }
  return article;
}
