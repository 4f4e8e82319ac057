/**
 * Date and time formatting with Intl, always in an explicit time zone (the
 * site's by default), never the build machine's.
 */
import { getDateTimeFormat } from './dateTimeFormat.ts';
import { siteConfig } from '../config.ts';
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { uiStrings } from '../i18n/translator.ts';
import { isSummerTime } from './zoneOffset.ts';

/**
 * Fills a date pattern from the UI strings ("{{day}}-{{month}}, {{year}}-жыл")
 * with Intl's day, month and weekday names for the language. The pattern is
 * the translator's to change: CLDR's Kyrgyz order ("2022-ж., 3-июнь") is not
 * the one Kyrgyz newsrooms write ("3-июнь, 2022-жыл").
 */
function formatWithPattern(date: Date, lang: Locale, timeZone: string, key: 'date.long' | 'date.full'): string {
  const parts = getDateTimeFormat(localeInfo[lang].intlTag, {
    ...(key === 'date.full' ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone,
  }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const pattern = uiStrings[lang][key] ?? '{{day}} {{month}} {{year}}';
  return pattern.replace(/\{\{(day|month|year|weekday)\}\}/g, (_match, name: 'day' | 'month' | 'year' | 'weekday') => value(name));
}

/** "14 March 2026" / "14 марта 2026 г." / "14-март, 2026-жыл" in the site zone (pattern: UI string date.long). */
export function formatDate(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return formatWithPattern(date, lang, timeZone, 'date.long');
}

/** "Saturday, 14 March 2026" / "ишемби, 14-март, 2026-жыл" (pattern: UI string date.full). */
export function formatFullDate(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return formatWithPattern(date, lang, timeZone, 'date.full');
}

/** The UI-string key naming `timeZone` at `date`: "zone.Europe/Berlin", or "zone.Europe/Berlin.summer" in summer time. */
export function zoneLabelKey(date: Date, timeZone: string): string {
  return `zone.${timeZone}${isSummerTime(date, timeZone) ? '.summer' : ''}`;
}

/**
 * "Bishkek time" / "по времени Бишкека" / "Central European Summer Time":
 * the zone as the UI strings name it (the way the newsroom's own writers
 * do), not Intl's exonym ("Киргизия"). Validation makes sure every
 * configured zone has its labels (src/i18n/checkZoneLabels.ts).
 */
export function zoneLabel(date: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  const key = zoneLabelKey(date, timeZone);
  const label = uiStrings[lang][key];
  if (!label) throw new Error(`[newsroom] The UI string "${key}" is missing from src/i18n/${lang}.json: every time zone in src/config.ts needs its name in every language.`);
  return label;
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
  /** "Bishkek time" / "Central European Summer Time", for the event's date (see zoneLabel). */
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

function zonePart(date: Date, intlTag: string, timeZone: string, style: 'shortOffset'): string {
  const parts = getDateTimeFormat(intlTag, { timeZone, timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Tuesday, 1 December 2026, 09:00 (GMT+6)": when an embargo lifts, as the dev preview states it, in the site's zone. */
export function formatLiftTime(instant: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  const lift = formatTimeSpan(instant, undefined, lang, timeZone);
  return `${lift.date}, ${lift.time} (${lift.offset})`;
}

/** Formats start (and end) in `timeZone` in the reader's language. */
export function formatTimeSpan(start: Date, end: Date | undefined, lang: Locale, timeZone: string): ZonedTimeSpan {
  const intlTag = localeInfo[lang].intlTag;
  const times = timeFormat(intlTag, timeZone);
  const spansDays = end !== undefined && isoDateInZone(start, timeZone) !== isoDateInZone(end, timeZone);
  let time = times.format(start);
  if (end) {
    time = spansDays
      ? `${time} – ${formatFullDate(end, lang, timeZone)}, ${times.format(end)}`
      : times.formatRange(start, end);
  }
  return {
    date: formatFullDate(start, lang, timeZone),
    time,
    zoneName: zoneLabel(start, lang, timeZone),
    offset: zonePart(start, intlTag, timeZone, 'shortOffset'),
    spansDays,
  };
}
