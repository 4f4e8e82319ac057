/**
 * `/<lang>/organizations/<id>/rss.xml`: releases of one organisation, joint
 * ones included. Every organisation has a feed in every language, even while
 * it is empty (the feed list: src/lib/feeds/listFeeds.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { feedRouteResponse, feedStaticPaths, type FeedRouteProps } from '../../../../lib/feeds/loadFeedSources.ts';

export const getStaticPaths = (() => feedStaticPaths('organization', (feed) => ({ organization: feed.key }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feedRouteResponse(params.lang as Locale, props as FeedRouteProps);
