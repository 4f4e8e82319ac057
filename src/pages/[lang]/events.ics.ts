/**
 * `/<lang>/events.ics`: upcoming and recent events of one language, for
 * desks that subscribe in their calendar app. See docs/calendar.md; it is
 * listed with the feeds in src/lib/feeds/listFeeds.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { calendarReleases } from '../../lib/calendar/calendarReleases.ts';
import { languageCalendar } from '../../lib/calendar/releaseCalendar.ts';
import { getBuildNow } from '../../lib/getBuildNow.ts';
import { calendarStaticPaths } from '../../lib/feeds/loadFeedSources.ts';

export const getStaticPaths = (() => calendarStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(languageCalendar(params.lang as Locale, await calendarReleases(), getBuildNow()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
