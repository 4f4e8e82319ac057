/** `/<lang>/rss.xsl`: the browser view of this language's feeds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { renderFeedStylesheet } from '../../lib/feeds/renderFeedStylesheet.ts';
import { localeStaticPaths } from '../../lib/localePaths.ts';

export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const t = getTranslator(lang);
  const xsl = renderFeedStylesheet(lang, {
    badge: t('feed.xsl.badge'),
    intro: t('feed.xsl.intro'),
    address: t('feed.xsl.address'),
    website: t('feed.xsl.website'),
    latest: t('feed.xsl.latest'),
    published: t('feed.xsl.published'),
    updated: t('feed.xsl.updated'),
    empty: t('feed.xsl.empty'),
  });
  return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
