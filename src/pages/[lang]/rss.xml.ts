/** `/<lang>/rss.xml`: every public release in one language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { languageFeedChannel } from '../../lib/feeds/feedChannels.ts';
import { feedResponse, feedSettings, loadFeedSources, siteIdentity } from '../../lib/feeds/loadFeedSources.ts';
import { renderFeed } from '../../lib/feeds/renderFeed.ts';
import { locales } from '../../i18n/locales.ts';
import { createCacheKey } from '../../lib/pageCacheKey.ts';
import { releasesInLanguage } from '../../lib/releaseCollections.ts';

export const getStaticPaths = (async () => {
  const [{ releases }, cacheKey] = await Promise.all([loadFeedSources(), createCacheKey()]);
  return locales.map((lang) => ({ params: { lang }, cacheKey: cacheKey('feed', lang, releasesInLanguage(releases, lang)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const { releases, tags } = await loadFeedSources();
  const channel = languageFeedChannel(lang, siteIdentity(lang));
  return feedResponse(await renderFeed(channel, releasesInLanguage(releases, lang), feedSettings(lang, tags)));
};
