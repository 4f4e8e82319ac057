/**
 * Date and time formatting with Intl, always in an explicit time zone (the
 * site's by default), never the build machine's.
 */
import { getDateTimeFormat } from './dateTimeFormat.ts';
import { siteConfig } from '../config.ts';
import { localeInfo, type Locale } from '../i18n/locales.ts';

/** "14 March 2026" / "14 марта 2026 г." / "2026-ж., 14-март" in the site zone. */
export function formatDate(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return getDateTimeFormat(localeInfo[lang].intlTag, { dateStyle: 'long', timeZone }).format(date);
}

/** "09:30": 24-hour wall-clock time in `timeZone`. */
export function formatTime(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return timeFormat(localeInfo[lang].intlTag, timeZone).format(date);
}

function timeFormat(intlTag: string, timeZone: string): Intl.DateTimeFormat {
  return getDateTimeFormat(intlTag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** Machine-readable local date for `<time datetime>`: "2026-03-14". */
export function isoDateInZone(date: Date, timeZone: string = siteConfig.timeZone): string {
  return getDateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/** "2026-12-01 09:00": wall-clock date and time in `timeZone`, for messages to authors. */
export function formatLocalDateTime(date: Date, timeZone: string = siteConfig.timeZone): string {
  return getDateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
}

/** An event's time span as shown to readers in one zone. */
export interface ZonedTimeSpan {
  /** "Thursday, 2 April 2026" */
  date: string;
  /** "11:30–13:00" or "11:30" */
  time: string;
  /** "Kyrgyzstan Time" / "Central European Summer Time", for the event's date. */
  zoneName: string;
  /** "GMT+6" */
  offset: string;
  /** True when the end falls on another calendar day in this zone. */
  spansDays: boolean;
}

/** "GMT+6": the zone's offset from UTC at `date`. */
export function formatZoneOffset(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return zonePart(date, localeInfo[lang].intlTag, timeZone, 'shortOffset');
}

function zonePart(date: Date, intlTag: string, timeZone: string, style: 'long' | 'shortOffset'): string {
  const parts = getDateTimeFormat(intlTag, { timeZone, timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** Formats start (and end) in `timeZone` in the reader's language. */
export function formatTimeSpan(start: Date, end: Date | undefined, lang: Locale, timeZone: string): ZonedTimeSpan {
  const intlTag = localeInfo[lang].intlTag;
  const dateFormat = getDateTimeFormat(intlTag, { dateStyle: 'full', timeZone });
  const times = timeFormat(intlTag, timeZone);
  const spansDays = end !== undefined && isoDateInZone(start, timeZone) !== isoDateInZone(end, timeZone);
  let time = times.format(start);
  if (end) {
    time = spansDays
      ? `${time} – ${dateFormat.format(end)}, ${times.format(end)}`
      : times.formatRange(start, end);
  }
  return {
    date: dateFormat.format(start),
    time,
    zoneName: zonePart(start, intlTag, timeZone, 'long'),
    offset: zonePart(start, intlTag, timeZone, 'shortOffset'),
    spansDays,
  };
}
