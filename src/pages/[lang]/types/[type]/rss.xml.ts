/**
 * `/<lang>/types/<type>/rss.xml`: releases of one type (press releases,
 * media advisories, statements, news). Every type has a feed in every
 * language, even while it is empty (the feed list: src/lib/feeds/listFeeds.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { feedRouteResponse, feedStaticPaths, type FeedRouteProps } from '../../../../lib/feeds/loadFeedSources.ts';

export const getStaticPaths = (() => feedStaticPaths('type', (feed) => ({ type: feed.key }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feedRouteResponse(params.lang as Locale, props as FeedRouteProps);
