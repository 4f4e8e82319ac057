/**
 * `/<lang>/tags/<tag>/rss.xml`: releases with one tag. Every tag in
 * content/tags.yml has a feed in every language, even while it has no
 * releases there, so a subscription never starts failing when a release is
 * re-tagged (the feed list: src/lib/feeds/listFeeds.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { feedRouteResponse, feedStaticPaths, type FeedRouteProps } from '../../../../lib/feeds/loadFeedSources.ts';

export const getStaticPaths = (() => feedStaticPaths('topic', (feed) => ({ tag: feed.key }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feedRouteResponse(params.lang as Locale, props as FeedRouteProps);
