import { TZDate } from '@date-fns/tz';

/** A date read from front-matter: the instant, and whether the author gave a time. */
export interface SiteDate {
  instant: Date;
  hasTime: boolean;
}

/** Why a front-matter date was refused, in words an author understands. */
export interface SiteDateError {
  problem: string;
  fix: string;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const EXAMPLE = 'write it as "2026-03-14" or "2026-03-14T10:30", optionally with an offset like "+06:00"';

const TYPOGRAPHIC_QUOTES = /^[“”„«»‘’‚"']+|[“”„«»‘’‚"']+$/g;

/** Why `text` is not a date, with the value rewritten as it should be when that is clear. */
function unreadable(text: string): SiteDateError {
  const unquoted = text.replace(TYPOGRAPHIC_QUOTES, '');
  if (unquoted !== text && ISO_PATTERN.test(unquoted)) {
    return { problem: `${text} is in typographic quotes, which YAML keeps as part of the text`, fix: `use straight quotes: "${unquoted}"` };
  }
  // 14.03.2026 and 14.03.2026 10:30, the way dates are written in Kyrgyzstan and Russia.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2}))?$/.exec(unquoted);
  if (dotted) {
    const [, day, month, year, hour, minute] = dotted;
    const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}${hour ? `T${hour.padStart(2, '0')}:${minute}` : ''}`;
    return { problem: `"${text}" is written day first; dates here are written year first`, fix: `write "${iso}"` };
  }
  return { problem: `"${text}" is not a date in the form year-month-day`, fix: EXAMPLE };
}

/** Minutes east of UTC of "Z", "+06", "+0600" or "+06:00"; undefined when no place on Earth has it. */
function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
  return sign * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date or date-time the way authors mean it: a date without
 * a time, or a time without an offset, is wall-clock time in `timeZone`
 * (YAML and `new Date()` would read it as UTC, shifting Bishkek dates by six
 * hours). An explicit `Z` or offset is kept as written.
 */
export function parseSiteDate(value: unknown, timeZone: string): SiteDate | SiteDateError {
  if (value instanceof Date) {
    return { problem: 'was read as a bare date by another YAML parser', fix: 'quote the value' };
  }
  if (value === undefined) {
    return { problem: 'is required but missing', fix: 'add a line such as date: "2026-03-14T10:00"' };
  }
  if (typeof value !== 'string') {
    return { problem: `must be a date, not ${value === null ? 'empty' : typeof value}`, fix: EXAMPLE };
  }
  const text = value.trim();
  const match = ISO_PATTERN.exec(text);
  if (!match) return unreadable(text);
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { problem: `"${text}" is not a real calendar date`, fix: 'check the month and the day' };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { problem: `"${text}" has an impossible time of day`, fix: 'use 24-hour time between 00:00 and 23:59' };
  }
  const milliseconds = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const hasTime = h !== undefined;
  if (offset) {
    const minutes = offsetMinutes(offset);
    if (minutes === undefined) {
      return { problem: `"${text}" has an impossible time-zone offset "${offset}"`, fix: 'offsets run from -12:00 to +14:00: for Bishkek write "+06:00"' };
    }
    // Worked out here rather than by new Date(text), which refuses offsets without minutes ("+06").
    return { instant: new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - minutes * 60_000), hasTime };
  }
  const instant = new TZDate(year, month - 1, day, hour, minute, second, milliseconds, timeZone);
  return { instant: new Date(instant.getTime()), hasTime };
}

/** Narrows a parse result to its error. */
export function isSiteDateError(result: SiteDate | SiteDateError): result is SiteDateError {
  return 'problem' in result;
}
