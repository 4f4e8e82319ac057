/**
 * The Astro side of feeds: public releases and tag labels from the content
 * collections, the feed settings of one language from the site config, and
 * the feed list (listFeeds) as feed routes and the subscribe page use it.
 * Endpoints call these; everything else in src/lib/feeds is plain functions.
 */
import { getCollection } from 'astro:content';
import { siteConfig } from '../../config.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import type { LocalizedText, ProjectData } from '../content/schemas.ts';
import { releaseBodyHtml } from '../content/releaseBodyHtml.ts';
import { releaseDisclaimers } from '../organizations/releaseDisclaimers.ts';
import { formatDate } from '../formatDate.ts';
import { getPublicReleases, type Release } from '../getPublicReleases.ts';
import { createCacheKey } from '../pageCacheKey.ts';
import type { SiteIdentity } from './feedChannels.ts';
import { listFeeds, type FeedGroup, type RssFeed, type SiteFeed } from './listFeeds.ts';
import { renderFeed, type FeedSettings } from './renderFeed.ts';
import { eventSummaryHtml } from './eventSummaryHtml.ts';
import { emailEvent } from '../email/emailEvent.ts';

/** Public releases (drafts and embargoed releases are never among them), tag labels, organisation names and projects. */
export interface FeedSources {
  releases: Release[];
  tags: Map<string, LocalizedText>;
  organizations: Map<string, LocalizedText>;
  projects: Map<string, ProjectData>;
}

/** Loads what every feed is built from. */
export async function loadFeedSources(): Promise<FeedSources> {
  const [releases, tags, organizations, projects] = await Promise.all([getPublicReleases(), getCollection('tags'), getCollection('organizations'), getCollection('projects')]);
  return {
    releases,
    tags: new Map(tags.map((tag) => [tag.id, tag.data.labels])),
    organizations: new Map(organizations.map((organization) => [organization.id, organization.data.name])),
    projects: new Map(projects.map((project) => [project.id, project.data])),
  };
}

/** The site's name and tagline in `lang`. */
export function siteIdentity(lang: Locale): SiteIdentity {
  return { name: siteConfig.name[lang], tagline: siteConfig.tagline[lang] };
}

/** Feed settings of `lang` from the site configuration. */
export function feedSettings(lang: Locale, tags: ReadonlyMap<string, LocalizedText>, projects: ReadonlyMap<string, ProjectData> = new Map()): FeedSettings {
  const t = getTranslator(lang);
  return {
    siteUrl: siteConfig.url,
    basePath: siteConfig.basePath,
    timeZone: siteConfig.timeZone,
    itemLimit: siteConfig.feedItemLimit,
    tagLabel: (tag) => tags.get(tag)?.[lang] ?? tag,
    correctionsHeading: t('release.corrections'),
    formatDate: (date) => formatDate(date, lang, siteConfig.timeZone),
    disclaimers: (release) => releaseDisclaimers(release.data.project ?? [], projects, lang),
    // Feeds list collection entries (Release), which carry where their body is.
    bodyHtml: (release) => releaseBodyHtml(release as Release),
    eventHtml: (release) => {
      const { data } = release as Release;
      return data.event ? eventSummaryHtml(emailEvent(data, data.event)) : '';
    },
  };
}

/** The HTTP response of a feed (static builds write the body to a file). */
export function feedResponse(xml: string): Response {
  // application/xml, as static hosts serve .xml files: a browser shows the text instead of downloading a file.
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

/** Every feed and calendar of `lang` (see listFeeds). */
export async function loadFeedList(lang: Locale): Promise<SiteFeed<Release>[]> {
  return listFeeds(lang, await loadFeedSources(), siteIdentity(lang), getTranslator(lang));
}

/** What a feed route's `getStaticPaths` passes to its `GET`. */
export interface FeedRouteProps {
  feed: RssFeed<Release>;
}

/**
 * `getStaticPaths` of the route that writes the RSS feeds of `group`: one
 * path per feed listFeeds gives in every language, with `params` naming its
 * route parameters besides `lang` (e.g. `{ tag: feed.key }`).
 */
export async function feedStaticPaths(group: FeedGroup, params: (feed: RssFeed<Release>) => Record<string, string>) {
  const [sources, cacheKey] = await Promise.all([loadFeedSources(), createCacheKey()]);
  return locales.flatMap((lang) =>
    listFeeds(lang, sources, siteIdentity(lang), getTranslator(lang))
      .filter((feed): feed is RssFeed<Release> => feed.format === 'rss' && feed.group === group)
      .map((feed) => ({
        params: { lang, ...params(feed) },
        props: { feed } satisfies FeedRouteProps,
        cacheKey: cacheKey(`${group} feed`, lang, feed.key, feed.releases),
      })),
  );
}

/** `getStaticPaths` of the events calendar route: every language whose feed list has a calendar. */
export async function calendarStaticPaths() {
  const sources = await loadFeedSources();
  return locales
    .filter((lang) => listFeeds(lang, sources, siteIdentity(lang), getTranslator(lang)).some((feed) => feed.group === 'calendar'))
    .map((lang) => ({ params: { lang } }));
}

/** The response of a feed route: the feed's XML. */
export async function feedRouteResponse(lang: Locale, { feed }: FeedRouteProps): Promise<Response> {
  const { tags, projects } = await loadFeedSources();
  return feedResponse(await renderFeed(feed.channel, feed.releases, feedSettings(lang, tags, projects)));
}
