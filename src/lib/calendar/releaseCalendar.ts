/**
 * Turns media advisories into calendar entries: one `.ics` per translation
 * (`/<lang>/releases/<slug>.ics`), one feed per language
 * (`/<lang>/events.ics`) and a Google Calendar link.
 *
 * Everything here is derived from content, never from the clock, so two
 * builds of the same content write byte-identical files:
 * - UID: `<slug>@<site host>`, the same in every language, so a journalist
 *   who adds the Russian and the English file gets one event (the first
 *   folder name of a renamed release, so the event is not added twice).
 * - DTSTAMP / LAST-MODIFIED: the latest of the translations' publication (`date`, or the embargo's lift),
 *   `updated` and correction dates.
 * - SEQUENCE: twice `event.sequence` (default 0) + the largest number of
 *   corrections any translation lists + 1 while the event is postponed or
 *   cancelled, so cancelling or correcting an event raises it, and so does
 *   raising `sequence` when a postponed event is set back to scheduled (with
 *   `sequence` counted once, postponed with 1 and rescheduled with 2 gave 2
 *   both times, and calendars kept the postponement).
 */
import { groupTranslations } from '../releaseCollections.ts';
import { siteConfig } from '../../config.ts';
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import type { ReleaseEvent } from '../content/schemas.ts';
import { titleWithEventStatus } from '../titleWithEventStatus.ts';
import { firstFolderName } from '../renamedReleases.ts';
import { publicationInstant } from '../isPublic.ts';
import { absoluteUrl, languageCalendarPath, releasePath } from '../urls.ts';
import { phoneNumberText } from '../phoneNumber.ts';
import { belongsInFeed, eventEnd } from './eventTiming.ts';
import { writeCalendar, type CalendarEvent } from './writeCalendar.ts';

/** The fields of a release translation the calendar needs. */
export interface CalendarRelease {
  data: {
    slug: string;
    lang: Locale;
    title: string;
    summary: string;
    date: Date;
    embargo?: Date | undefined;
    updated?: Date | undefined;
    corrections: ReadonlyArray<{ date: Date }>;
    event?: ReleaseEvent | undefined;
    /** Earlier folder names: the event keeps the UID of the first (renamedReleases.ts). */
    renamed_from?: readonly string[] | undefined;
  };
}

/** Subscribers are asked to refresh the feed this often (seconds). */
export const FEED_REFRESH_SECONDS = 6 * 3600;

/** `<slug>@newsroom.example.org`: one id per event, whatever the language. */
export function eventUid(slug: string, siteUrl: string = siteConfig.url): string {
  return `${slug}@${new URL(siteUrl).hostname}`;
}

/** Latest content revision among the translations of one release. */
export function eventStamp(translations: readonly CalendarRelease[]): Date {
  // Publication is the embargo's lift when there is one, as in the feeds and JSON-LD.
  const instants = translations.flatMap(({ data }) => [publicationInstant(data), data.updated, ...data.corrections.map((correction) => correction.date)]);
  return new Date(Math.max(...instants.filter((instant): instant is Date => instant !== undefined).map((instant) => instant.getTime())));
}

/** RFC 5545 SEQUENCE of the event (see the header). */
export function eventSequence(event: ReleaseEvent, translations: readonly CalendarRelease[]): number {
  const corrections = Math.max(0, ...translations.map(({ data }) => data.corrections.length));
  return 2 * (event.sequence ?? 0) + corrections + (event.status === 'scheduled' ? 0 : 1);
}


/** "Venue, address" (or the livestream when the event is online only). */
function calendarLocation(event: ReleaseEvent): string | undefined {
  const place = [event.venue, event.address].filter(Boolean).join(', ');
  return place || event.livestream;
}

/** Summary, status notice, livestream, registration, the venue's telephone and the advisory's address. */
function calendarDescription(release: CalendarRelease, event: ReleaseEvent, pageUrl: string): string {
  const t = getTranslator(release.data.lang);
  const paragraphs = [release.data.summary];
  if (event.status !== 'scheduled') paragraphs.unshift(t(`calendar.notice.${event.status}`));
  const details: string[] = [];
  if (event.livestream) details.push(`${t('event.livestream')}: ${event.livestream}`);
  if (event.registration) details.push(`${t('event.registration')}: ${event.registration}`);
  // Written the international way: calendar apps make a link of it, which must connect from abroad too.
  if (event.phone) details.push(`${t('event.phone')}: ${phoneNumberText(event.phone)}`);
  if (details.length > 0) paragraphs.push(details.join('\n'));
  paragraphs.push(t('calendar.moreInformation', { url: pageUrl }));
  return paragraphs.join('\n\n');
}

/**
 * The calendar entry of one translation. `translations` are all public
 * translations of the release (this one included): UID, DTSTAMP and
 * SEQUENCE come from all of them so the languages agree.
 */
export function calendarEventOf(release: CalendarRelease, translations: readonly CalendarRelease[]): CalendarEvent | undefined {
  const { event } = release.data;
  if (!event) return undefined;
  const group = translations.length > 0 ? translations : [release];
  const url = absoluteUrl(releasePath(release.data.lang, release.data.slug));
  return {
    uid: eventUid(firstFolderName(release.data)),
    sequence: eventSequence(event, group),
    stamp: eventStamp(group),
    start: event.start,
    end: eventEnd(event),
    status: event.status === 'cancelled' ? 'cancelled' : event.status === 'postponed' ? 'tentative' : 'confirmed',
    summary: titleWithEventStatus(release),
    description: calendarDescription(release, event, url),
    location: calendarLocation(event),
    url,
  };
}

/** The `.ics` file of one advisory translation; `translations` are all its public translations, this one included. */
export function releaseCalendar(release: CalendarRelease, translations: readonly CalendarRelease[]): string {
  const event = calendarEventOf(release, translations);
  return writeCalendar(event ? [event] : [], { timeZone: siteConfig.timeZone, lang: localeInfo[release.data.lang].intlTag });
}

/** The feed of one language: upcoming and recent events (see RECENT_EVENT_DAYS), soonest first. */
export function languageCalendar(lang: Locale, publicReleases: readonly CalendarRelease[], now: Date): string {
  const t = getTranslator(lang);
  const groups = groupTranslations(publicReleases);
  const events = publicReleases
    .filter((release) => release.data.lang === lang && release.data.event && belongsInFeed(release.data.event, now))
    .flatMap((release) => calendarEventOf(release, groups.get(release.data.slug) ?? []) ?? [])
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
  const site = siteConfig.name[lang];
  return writeCalendar(events, {
    timeZone: siteConfig.timeZone,
    lang: localeInfo[lang].intlTag,
    name: t('calendar.feedName', { site }),
    description: t('calendar.feedDescription', { site }),
    url: absoluteUrl(languageCalendarPath(lang)),
    refreshSeconds: FEED_REFRESH_SECONDS,
  });
}

/** "20260401T053000Z" */
function googleInstant(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A Google Calendar "create event" link prefilled with the advisory's event. */
export function googleCalendarUrl(release: CalendarRelease): string | undefined {
  const { event } = release.data;
  // Google's link only adds an event: for a cancelled one it would add what no longer takes place
  // (the .ics file, which carries STATUS:CANCELLED, removes it from calendars that have it).
  if (!event || event.status === 'cancelled') return undefined;
  const url = absoluteUrl(releasePath(release.data.lang, release.data.slug));
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: titleWithEventStatus(release),
    dates: `${googleInstant(event.start)}/${googleInstant(eventEnd(event))}`,
    ctz: siteConfig.timeZone,
    details: calendarDescription(release, event, url),
  });
  const location = calendarLocation(event);
  if (location) params.set('location', location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
