/**
 * Titles, descriptions and addresses of the kinds of feed, in the
 * feed's language.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import type { ReleaseType } from '../content/schemas.ts';
import { archivePath, homePath, languageFeedPath, organizationPath, tagPath } from '../urls.ts';
import { organizationFeedPath, tagFeedPath, typeFeedPath } from './feedPaths.ts';
import type { FeedChannel } from './renderFeed.ts';

/** The site's name and tagline in one language. */
export interface SiteIdentity {
  name: string;
  tagline: string;
}

/** Every release in `lang`. */
export function languageFeedChannel(lang: Locale, site: SiteIdentity): FeedChannel {
  return { lang, title: site.name, description: site.tagline, pagePath: homePath(lang), feedPath: languageFeedPath(lang) };
}

/**
 * Releases in `lang` with one tag. A tag page exists only while the tag has
 * releases in that language; until then the channel links to the archive.
 */
export function tagFeedChannel(lang: Locale, tag: string, label: string, hasPage: boolean, site: SiteIdentity, t: Translate): FeedChannel {
  return {
    lang,
    title: t('feed.tag.title', { site: site.name, tag: label }),
    description: t('feed.tag.description', { site: site.name, tag: label }),
    pagePath: hasPage ? tagPath(lang, tag) : archivePath(lang),
    feedPath: tagFeedPath(lang, tag),
  };
}

/** Releases in `lang` of one type (press releases, media advisories…). */
export function typeFeedChannel(lang: Locale, type: ReleaseType, site: SiteIdentity, t: Translate): FeedChannel {
  const typeName = t(`feed.types.${type}`);
  return {
    lang,
    title: t('feed.type.title', { site: site.name, type: typeName }),
    description: t('feed.type.description', { site: site.name, type: typeName }),
    pagePath: archivePath(lang),
    feedPath: typeFeedPath(lang, type),
  };
}

/** Releases in `lang` issued by one organisation, alone or jointly; the channel links to its page. */
export function organizationFeedChannel(lang: Locale, id: string, name: string, site: SiteIdentity, t: Translate): FeedChannel {
  return {
    lang,
    title: t('feed.organization.title', { site: site.name, organization: name }),
    description: t('feed.organization.description', { site: site.name, organization: name }),
    pagePath: organizationPath(lang, id),
    feedPath: organizationFeedPath(lang, id),
  };
}
