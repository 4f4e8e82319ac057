/**
 * Writes one RSS 2.0 document with @astrojs/rss, adding the channel
 * elements it lacks: `<language>`, `atom:link rel="self"` and a
 * `lastBuildDate` taken from the content (never the clock), so two builds of
 * the same content give byte-identical feeds. Plain RSS, without a
 * stylesheet: browsers are dropping XSLT (Chromium warns on pages that use
 * it), and people who open a feed are sent to the subscribe page instead.
 */
import { getRssString } from '@astrojs/rss';
import type { Locale } from '../../i18n/locales.ts';
import { absoluteUrl } from '../urls.ts';
import { buildFeedItem, type FeedItemContext, type FeedRelease } from './buildFeedItem.ts';
import { escapeXml } from './escapeXml.ts';
import { formatRfc822Date } from './formatFeedDate.ts';
import { feedLastModified } from './releaseLastModified.ts';
import { latestReleases } from './selectFeedReleases.ts';

/** What a feed is about, in its own language. */
export interface FeedChannel {
  lang: Locale;
  title: string;
  description: string;
  /** Site path (without base) of the web page the feed mirrors. */
  pagePath: string;
  /** Site path (without base) of the feed itself. */
  feedPath: string;
}

/** Site settings for a feed and its items. */
export interface FeedSettings extends FeedItemContext {
  /** Most items a feed lists (siteConfig.feedItemLimit). */
  itemLimit: number;
}

/** A release with what sorting needs besides its feed fields. */
export type FeedSource = FeedRelease & { id: string };

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

function channelExtraXml(channel: FeedChannel, lastBuild: Date | undefined, settings: FeedSettings): string {
  const selfUrl = absoluteUrl(channel.feedPath, settings.siteUrl, settings.basePath);
  return [
    `<language>${channel.lang}</language>`,
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    lastBuild ? `<lastBuildDate>${formatRfc822Date(lastBuild, settings.timeZone)}</lastBuildDate>` : '',
    '<docs>https://www.rssboard.org/rss-specification</docs>',
  ].join('');
}

/** Renders the feed of `channel` from public releases (any order; the newest `itemLimit` are listed). */
export async function renderFeed(channel: FeedChannel, releases: readonly FeedSource[], settings: FeedSettings): Promise<string> {
  const listed = latestReleases(releases, settings.itemLimit);
  const xml = await getRssString({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(channel.pagePath, settings.siteUrl, settings.basePath),
    xmlns: { atom: ATOM_NAMESPACE, media: MEDIA_NAMESPACE },
    customData: channelExtraXml(channel, feedLastModified(listed.map((release) => release.data)), settings),
    items: listed.map((release) => buildFeedItem(release, settings)),
  });
  return `${withoutXmlIllegalCharacters(xml)}\n`;
}

/**
 * Characters XML 1.0 forbids (controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF). Validation stops content that holds them; this
 * keeps a feed well-formed even so, because a strict reader refuses the
 * whole document over one of them, and pollers would lose every item.
 */
export function withoutXmlIllegalCharacters(xml: string): string {
  return xml.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
