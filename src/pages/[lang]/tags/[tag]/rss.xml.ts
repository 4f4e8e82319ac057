/**
 * `/<lang>/tags/<tag>/rss.xml`: releases with one tag. Every tag in
 * content/tags.yml has a feed in every language, even while it has no
 * releases there, so a subscription never starts failing when a release is
 * re-tagged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTranslator } from '../../../../i18n/translator.ts';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { tagFeedChannel } from '../../../../lib/feeds/feedChannels.ts';
import { feedResponse, feedSettings, loadFeedSources, siteIdentity } from '../../../../lib/feeds/loadFeedSources.ts';
import { renderFeed } from '../../../../lib/feeds/renderFeed.ts';
import { releasesWithTag } from '../../../../lib/feeds/selectFeedReleases.ts';
import { createCacheKey } from '../../../../lib/pageCacheKey.ts';

export const getStaticPaths = (async () => {
  const [{ releases, tags }, cacheKey] = await Promise.all([loadFeedSources(), createCacheKey()]);
  return locales.flatMap((lang) =>
    [...tags.keys()].map((tag) => ({ params: { lang, tag }, cacheKey: cacheKey('tag feed', lang, tag, releasesWithTag(releases, lang, tag)) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const tag = params.tag as string;
  const { releases, tags } = await loadFeedSources();
  const tagged = releasesWithTag(releases, lang, tag);
  const label = tags.get(tag)?.[lang] ?? tag;
  const channel = tagFeedChannel(lang, tag, label, tagged.length > 0, siteIdentity(lang), getTranslator(lang));
  return feedResponse(await renderFeed(channel, tagged, feedSettings(lang, tags)));
};
