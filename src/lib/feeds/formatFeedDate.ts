/**
 * Dates as feeds write them, in the site time zone rather than UTC or the
 * build machine's zone, so a Bishkek release dated 14 March at 00:00 does not
 * show up as 13 March in a reader.
 */
import { getDateTimeFormat } from '../dateTimeFormat.ts';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Wall-clock fields of `date` in `timeZone` and the zone's offset from UTC in minutes. */
interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

function zonedFields(date: Date, timeZone: string): ZonedFields {
  const parts = getDateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const fields = {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
  const wallClockAsUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return {
    ...fields,
    weekday: new Date(wallClockAsUtc).getUTCDay(),
    offsetMinutes: Math.round((wallClockAsUtc - wholeSeconds) / 60_000),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function formatOffset(offsetMinutes: number, separator: '' | ':'): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${separator}${pad(absolute % 60)}`;
}

/**
 * RFC 822 date-time (as RSS 2.0 requires, with a four-digit year) in
 * `timeZone`: "Sat, 14 Mar 2026 10:30:00 +0600".
 */
export function formatRfc822Date(date: Date, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  return `${DAY_NAMES[f.weekday]}, ${pad(f.day)} ${MONTH_NAMES[f.month - 1]} ${f.year} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${formatOffset(f.offsetMinutes, '')}`;
}

/** RFC 3339 date-time in `timeZone`, for Atom elements: "2026-03-14T10:30:00+06:00". */
export function formatRfc3339Date(date: Date, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${formatOffset(f.offsetMinutes, ':')}`;
}
