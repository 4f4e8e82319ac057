/**
 * Time-zone offsets from Intl, for telling summer time from standard time
 * (the reference zone is named "Central European Summer Time" in summer).
 */
import { getDateTimeFormat } from './dateTimeFormat.ts';

/** Minutes east of UTC in `timeZone` at `date` (Bishkek: 360). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const name = getDateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** True when `timeZone` changes its clocks during `year` (Berlin yes, Bishkek no). */
export function observesSummerTime(timeZone: string, year: number): boolean {
  return offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone) !== offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone);
}

/** True when `date` falls in `timeZone`'s summer (daylight-saving) time. */
export function isSummerTime(date: Date, timeZone: string): boolean {
  const year = date.getUTCFullYear();
  const january = offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone);
  const july = offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone);
  // The smaller offset is standard time, in either hemisphere.
  return january !== july && offsetMinutes(date, timeZone) > Math.min(january, july);
}
