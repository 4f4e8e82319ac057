/**
 * One release translation as an RSS item: what @astrojs/rss renders itself
 * (title, link, summary as HTML text, full body, categories, enclosure) plus what it
 * lacks (a stable non-URL guid, pubDate in the site's offset, atom:updated
 * after a correction, media:content for the social card).
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../../i18n/locales.ts';
import { titleWithEventStatus } from '../titleWithEventStatus.ts';
import type { ReleaseDisclaimer } from '../organizations/releaseDisclaimers.ts';
import { absoluteUrl, authorHref, releaseCardPath, releasePath } from '../urls.ts';
import { absolutizeHtmlUrls } from './absolutizeHtmlUrls.ts';
import { escapeHtmlText } from './escapeHtmlText.ts';
import { escapeXml } from './escapeXml.ts';
import { formatRfc3339Date, formatRfc822Date } from './formatFeedDate.ts';
import { releaseGuid } from './releaseGuid.ts';
import { translationPublicationInstant } from '../isPublic.ts';
import { releaseLastModified, wasRevised } from './releaseLastModified.ts';

/** Social card size, fixed by the card renderer (src/og). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The parts of a release translation a feed item is made of. */
export interface FeedRelease {
  data: {
    title: string;
    summary: string;
    slug: string;
    lang: Locale;
    date: Date;
    /** When the embargo lifted: the item is new to readers from then, not from `date`. */
    embargo?: Date | undefined;
    /** When this translation came out, if after the release: the item is new to its readers from then. */
    translated?: Date | undefined;
    tags: string[];
    /** An advisory's event: a cancelled or postponed one is said in the item's title. */
    event?: { status: 'scheduled' | 'cancelled' | 'postponed' } | undefined;
    updated?: Date | undefined;
    corrections: Array<{ date: Date; note: string }>;
    /** Projects the release names (for the donor's disclaimer). */
    project?: readonly string[] | undefined;
  };
  /** Sanitized body HTML from the content store (builds); absent in the dev server, where releaseBodyHtml renders it. */
  rendered?: { html: string } | undefined;
}

/** Site settings and localized words an item needs. */
export interface FeedItemContext {
  siteUrl: string;
  basePath: string;
  timeZone: string;
  /** Label of a tag id in the feed's language. */
  tagLabel: (tag: string) => string;
  /** Heading of the corrections list, e.g. "Corrections". */
  correctionsHeading: string;
  /** A date as readers of the feed's language write it. */
  formatDate: (date: Date) => string;
  /** The donor disclaimers of a release, in the feed's language (lib/organizations/releaseDisclaimers.ts). */
  disclaimers?: (release: FeedRelease) => ReleaseDisclaimer[];
  /** The body's HTML when the release carries none (the dev server: content/releaseBodyHtml.ts). */
  bodyHtml?: (release: FeedRelease) => string;
  /** An advisory's event block (eventSummaryHtml.ts), put before the text; empty for other releases. */
  eventHtml?: (release: FeedRelease) => string;
}

/** The corrections list appended to the body, as on the release page. */
function correctionsHtml(release: FeedRelease, context: FeedItemContext): string {
  if (release.data.corrections.length === 0) return '';
  const items = release.data.corrections.map(
    (correction) =>
      `<li><time datetime="${formatRfc3339Date(correction.date, context.timeZone)}">${escapeXml(context.formatDate(correction.date))}</time>: ${escapeXml(correction.note)}</li>`,
  );
  return `<section><h2>${escapeXml(context.correctionsHeading)}</h2><ul>${items.join('')}</ul></section>`;
}

/**
 * The donors' disclaimers, after the text as on the release page: a funded
 * publication must carry them wherever it is republished, and feed readers
 * and RSS-to-e-mail services show `content:encoded` as the whole release.
 */
function disclaimersHtml(release: FeedRelease, link: string, context: FeedItemContext): string {
  return (context.disclaimers?.(release) ?? []).map(({ text, donor }) => {
    const logo = donor?.logo ? `<p><img src="${escapeXml(new URL(authorHref(donor.logo, context.basePath), link).href)}" alt="${escapeXml(donor.name)}" height="48"/></p>` : '';
    return `<section>${logo}<p>${escapeXml(text)}</p></section>`;
  }).join('');
}

/** Elements @astrojs/rss has no option for, as XML it merges into the item. */
function extraItemXml(release: FeedRelease, cardUrl: string, context: FeedItemContext): string {
  const guid = releaseGuid(release.data, context.siteUrl);
  const parts = [
    `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
    // When readers could first see it: a release dated the 22nd and embargoed until the 1st is new on the 1st,
    // and RSS-to-e-mail services send only items newer than their last visit (a translation added later likewise).
    `<pubDate>${formatRfc822Date(translationPublicationInstant(release.data), context.timeZone)}</pubDate>`,
  ];
  if (wasRevised(release.data)) {
    parts.push(`<atom:updated>${formatRfc3339Date(releaseLastModified(release.data), context.timeZone)}</atom:updated>`);
  }
  parts.push(
    `<media:content url="${escapeXml(cardUrl)}" type="image/png" medium="image" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"/>`,
  );
  return parts.join('');
}

/** Builds the RSS item of one public release translation. */
export function buildFeedItem(release: FeedRelease, context: FeedItemContext): RSSFeedItem {
  const { lang, slug } = release.data;
  const link = absoluteUrl(releasePath(lang, slug), context.siteUrl, context.basePath);
  const cardUrl = absoluteUrl(releaseCardPath(lang, slug), context.siteUrl, context.basePath);
  const body = absolutizeHtmlUrls(release.rendered?.html ?? context.bodyHtml?.(release) ?? '', link);
  return {
    // As in the calendar files: a reader scanning titles sees "Cancelled: …" without opening the item.
    title: titleWithEventStatus(release),
    link,
    // Readers treat description as HTML: the summary is plain text, so it goes in escaped
    // (the XML serializer then escapes it once more for the XML document).
    description: escapeHtmlText(release.data.summary),
    content: (context.eventHtml?.(release) ?? '') + body + correctionsHtml(release, context) + disclaimersHtml(release, link, context),
    categories: release.data.tags.map(context.tagLabel),
    // The card's byte size is unknown when the feed is written; RSS Board
    // practice is length="0" for an unknown size.
    enclosure: { url: cardUrl, length: 0, type: 'image/png' },
    customData: extraItemXml(release, cardUrl, context),
  };
}
