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
  const advisories = releases.filter((release) => release.data.event !== undefined);
  const taken = new Set(advisories.map((release) => `${release.data.lang}/${release.data.slug}`));
  return advisories.flatMap((release) => {
    const translations = groups.get(release.data.slug) ?? [];
    const key = cacheKey('calendar', release, translations);
    // A renamed advisory's file stays at its old addresses too (a journalist's "Add to calendar" link, a
    // subscription to it): the same event, same UID, so calendars update the entry they have.
    const old = release.data.renamed_from.filter((name) => !taken.has(`${release.data.lang}/${name}`));
    old.forEach((name) => taken.add(`${release.data.lang}/${name}`));
    return [release.data.slug, ...old].map((slug) => ({ params: { lang: release.data.lang, slug }, props: { release, translations }, cacheKey: key }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release; translations: Release[] }> = ({ props }) =>
  new Response(releaseCalendar(props.release, props.translations), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
