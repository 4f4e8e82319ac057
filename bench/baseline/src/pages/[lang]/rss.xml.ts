import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { incremental, keyFor, langs, releasesIn, split } from '../../releases.ts';

const FEED_SIZE = 50;

// The incremental control keys a feed by the entries it lists.
export const getStaticPaths = async () =>
  Promise.all(langs.map(async (lang) => ({ params: { lang }, ...(incremental ? keyFor((await releasesIn(lang)).slice(0, FEED_SIZE), 'feed') : {}) })));

export const GET: APIRoute = async ({ params, site }) => {
  const releases = (await releasesIn(params.lang!)).slice(0, FEED_SIZE);
  return rss({
    title: `Newsroom (${params.lang})`,
    description: 'Press releases',
    site: site!,
    items: releases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: new Date(entry.data.date),
      link: `/${params.lang}/releases/${split(entry).slug}/`,
    })),
  });
};
