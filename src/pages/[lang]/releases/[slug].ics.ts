/**
 * `/<lang>/releases/<slug>.ics`: the event of one advisory translation as an
 * iCalendar file ("Add to calendar" on the release page). See docs/calendar.md.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { releaseCalendar } from '../../../lib/calendar/releaseCalendar.ts';
import { calendarReleases } from '../../../lib/calendar/calendarReleases.ts';
import type { Release } from '../../../lib/getPublicReleases.ts';
import { groupTranslations } from '../../../lib/releaseCollections.ts';
import { createCacheKey } from '../../../lib/pageCacheKey.ts';

export const getStaticPaths = (async () => {
  const releases = await calendarReleases();
  const groups = groupTranslations(releases);
  const cacheKey = await createCacheKey();
  return releases
    .filter((release) => release.data.event !== undefined)
    .map((release) => {
      const translations = groups.get(release.data.slug) ?? [];
      return {
        params: { lang: release.data.lang, slug: release.data.slug },
        props: { release, translations },
        cacheKey: cacheKey('calendar', release, translations),
      };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release; translations: Release[] }> = ({ props }) =>
  new Response(releaseCalendar(props.release, props.translations), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
