import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { langs, releasesIn, split } from '../../releases.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) => {
  const releases = (await releasesIn(params.lang!)).slice(0, 50);
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
