/** `/<lang>/rss.xml`: every public release in one language (the feed list: src/lib/feeds/listFeeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { feedRouteResponse, feedStaticPaths, type FeedRouteProps } from '../../lib/feeds/loadFeedSources.ts';

export const getStaticPaths = (() => feedStaticPaths('language', () => ({}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feedRouteResponse(params.lang as Locale, props as FeedRouteProps);
