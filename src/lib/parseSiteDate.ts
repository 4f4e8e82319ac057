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
  if (!match) return { problem: `"${text}" is not an ISO 8601 date`, fix: EXAMPLE };
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
    return { instant: new Date(text.replace(' ', 'T')), hasTime };
  }
  const instant = new TZDate(year, month - 1, day, hour, minute, second, milliseconds, timeZone);
  return { instant: new Date(instant.getTime()), hasTime };
}

/** Narrows a parse result to its error. */
export function isSiteDateError(result: SiteDate | SiteDateError): result is SiteDateError {
  return 'problem' in result;
}
