/**
 * The one list of everything a reader can subscribe to in one language: the
 * language feed, a feed per release type, per organisation and per topic, and the events
 * calendar. The feed routes build their files from this list and the
 * subscribe page shows it, so a feed added here (say, per organisation)
 * gets its file and its place on the page together, and the two cannot
 * disagree (tests/feeds/subscribePage.test.ts checks both directions).
 */
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { releaseTypes, type LocalizedText } from '../content/schemas.ts';
import { releasesInLanguage, type ReleaseLike } from '../releaseCollections.ts';
import { languageCalendarPath } from '../urls.ts';
import { languageFeedChannel, organizationFeedChannel, tagFeedChannel, typeFeedChannel, type SiteIdentity } from './feedChannels.ts';
import type { FeedChannel } from './renderFeed.ts';
import { releasesOfType, releasesWithTag } from './selectFeedReleases.ts';

/** How the subscribe page groups feeds; each group has a heading `subscribe.group.<group>`. */
export type FeedGroup = 'language' | 'type' | 'organization' | 'topic' | 'calendar';

/** A release as feeds select it. */
export type ListedRelease = ReleaseLike & { data: { type: string; organization?: readonly string[] } };

interface FeedBase {
  group: FeedGroup;
  /** What the route parameter names: the type, the tag or organisation id; empty for one-per-language feeds. */
  key: string;
  /** Fragment id of the feed on the subscribe page. */
  anchor: string;
  /** Short name on the subscribe page: "News", a topic label. */
  label: string;
  /** Site path (without base) of the file subscribers add. */
  path: string;
  /**
   * False for a topic or organisation with no releases in this language
   * yet: its feed is still built (a subscription survives a release being
   * re-tagged), but the subscribe page does not offer an empty feed.
   */
  listed: boolean;
}

/** An RSS feed and the releases it is built from. */
export interface RssFeed<T extends ListedRelease = ListedRelease> extends FeedBase {
  format: 'rss';
  channel: FeedChannel;
  releases: T[];
}

/** The events calendar (iCalendar), rebuilt by its own route from the advisories. */
export interface CalendarFeed extends FeedBase {
  format: 'ics';
}

export type SiteFeed<T extends ListedRelease = ListedRelease> = RssFeed<T> | CalendarFeed;

/** What the list is made of: public releases, topic labels and organisation names (see loadFeedSources). */
export interface FeedListSources<T extends ListedRelease> {
  releases: readonly T[];
  tags: ReadonlyMap<string, LocalizedText>;
  /** Organisation id → name; each organisation has a feed of its releases, joint ones included. */
  organizations?: ReadonlyMap<string, LocalizedText>;
}

/** Fragment id of a feed on the subscribe page, e.g. "topic-water"; "all" for the language feed. */
export function feedAnchor(group: FeedGroup, key = ''): string {
  if (group === 'language') return 'all';
  if (group === 'calendar') return 'events-calendar';
  return `${group}-${key}`;
}

/** Every feed and calendar of `lang`, in the order the subscribe page shows them. */
export function listFeeds<T extends ListedRelease>(lang: Locale, sources: FeedListSources<T>, site: SiteIdentity, t: Translate): SiteFeed<T>[] {
  const inLanguage = releasesInLanguage(sources.releases, lang);
  const rss = (group: FeedGroup, key: string, label: string, channel: FeedChannel, releases: T[], listed = true): RssFeed<T> => ({
    format: 'rss', group, key, anchor: feedAnchor(group, key), label, path: channel.feedPath, listed, channel, releases,
  });
  const language = rss('language', '', site.name, languageFeedChannel(lang, site), inLanguage);
  const types = releaseTypes.map((type) => rss('type', type, t(`feed.types.${type}`), typeFeedChannel(lang, type, site, t), releasesOfType(inLanguage, lang, type)));
  const collator = new Intl.Collator(localeInfo[lang].intlTag);
  const organizations = [...(sources.organizations ?? [])]
    .map(([id, names]) => ({ id, label: names[lang], issued: inLanguage.filter((release) => release.data.organization?.includes(id)) }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .map(({ id, label, issued }) => rss('organization', id, label, organizationFeedChannel(lang, id, label, site, t), issued, issued.length > 0));
  const topics = [...sources.tags]
    .map(([tag, labels]) => ({ tag, label: labels[lang], tagged: releasesWithTag(inLanguage, lang, tag) }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .map(({ tag, label, tagged }) => rss('topic', tag, label, tagFeedChannel(lang, tag, label, tagged.length > 0, site, t), tagged, tagged.length > 0));
  const calendar: CalendarFeed = {
    format: 'ics', group: 'calendar', key: '', anchor: feedAnchor('calendar'), label: t('calendar.feedName', { site: site.name }),
    path: languageCalendarPath(lang), listed: true,
  };
  return [language, ...types, ...organizations, ...topics, calendar];
}

