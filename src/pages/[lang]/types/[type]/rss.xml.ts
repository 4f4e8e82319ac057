/**
 * `/<lang>/types/<type>/rss.xml`: releases of one type (press releases,
 * media advisories, statements, news). Every type has a feed in every
 * language, even while it is empty.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTranslator } from '../../../../i18n/translator.ts';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { releaseTypes, type ReleaseType } from '../../../../lib/content/schemas.ts';
import { typeFeedChannel } from '../../../../lib/feeds/feedChannels.ts';
import { feedResponse, feedSettings, loadFeedSources, siteIdentity } from '../../../../lib/feeds/loadFeedSources.ts';
import { renderFeed } from '../../../../lib/feeds/renderFeed.ts';
import { releasesOfType } from '../../../../lib/feeds/selectFeedReleases.ts';
import { createCacheKey } from '../../../../lib/pageCacheKey.ts';

export const getStaticPaths = (async () => {
  const [{ releases }, cacheKey] = await Promise.all([loadFeedSources(), createCacheKey()]);
  return locales.flatMap((lang) =>
    releaseTypes.map((type) => ({ params: { lang, type }, cacheKey: cacheKey('type feed', lang, type, releasesOfType(releases, lang, type)) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const type = params.type as ReleaseType;
  const { releases, tags } = await loadFeedSources();
  const channel = typeFeedChannel(lang, type, siteIdentity(lang), getTranslator(lang));
  return feedResponse(await renderFeed(channel, releasesOfType(releases, lang, type), feedSettings(lang, tags)));
};
