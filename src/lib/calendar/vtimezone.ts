/**
 * VTIMEZONE blocks (RFC 5545 §3.6.5) computed from the runtime's IANA time
 * zone data via `Intl`, so no time zone database package is needed and the
 * build machine's own zone (`TZ`) never matters.
 *
 * The block lists every UTC-offset change of the zone between two instants
 * (the events' years, padded by one year each side) as dated observances
 * without RRULE: simple for every client, exact for the dates it covers.
 * A zone without changes in that window (Asia/Bishkek has been UTC+6 since
 * 2005) gets one STANDARD observance.
 */
import { getDateTimeFormat } from '../dateTimeFormat.ts';
import { TZDate } from '@date-fns/tz';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Minutes east of UTC of `zone` at `instant` (Bishkek: 360). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  return -new TZDate(instant, zone).getTimezoneOffset();
}

/** "+0600", "-0430" */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Short zone name for TZNAME: "CEST", "CET"; zones without a letter abbreviation get "+06". */
function zoneAbbreviation(instant: number, zone: string, offset: number): string {
  const name = getDateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name && /^[A-Z]{2,6}$/.test(name) && name !== 'GMT' && name !== 'UTC') return name;
  if (offset === 0) return name === 'GMT' ? 'GMT' : 'UTC';
  const text = formatOffset(offset);
  return text.endsWith('00') ? text.slice(0, 3) : text;
}

/** Local wall-clock time "YYYYMMDDTHHMMSS" of `instant` seen with a fixed offset. */
function localStamp(instant: number, offsetMinutes: number): string {
  const d = new Date(instant + offsetMinutes * MINUTE);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** A change of UTC offset: the first instant with the new offset. */
export interface OffsetTransition {
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `zone` in [from, to), found day by day and narrowed to the minute. */
export function offsetTransitions(zone: string, from: number, to: number): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let previous = zoneOffsetMinutes(from, zone);
  for (let day = from + DAY; day < to + DAY; day += DAY) {
    const current = zoneOffsetMinutes(day, zone);
    if (current === previous) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (zoneOffsetMinutes(middle, zone) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return transitions;
}

/** Start of 1 January of `year` in UTC. */
const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The VTIMEZONE component (CRLF lines, unfolded) for `zone`, valid for every
 * instant in the calendar years of `instants`, padded by a year each side.
 */
export function buildVTimezone(zone: string, instants: readonly Date[]): string {
  const years = instants.length > 0 ? instants.map((instant) => instant.getUTCFullYear()) : [1970];
  const from = yearStart(Math.min(...years) - 1);
  const to = yearStart(Math.max(...years) + 2);
  // Every advisory's .ics needs the same few blocks: compute each (zone, years) block once.
  const key = `${zone}|${from}|${to}`;
  const cached = vtimezoneCache.get(key);
  if (cached) return cached;
  const block = vtimezoneBlock(zone, from, to);
  vtimezoneCache.set(key, block);
  return block;
}

const vtimezoneCache = new Map<string, string>();

function vtimezoneBlock(zone: string, from: number, to: number): string {
  const transitions = offsetTransitions(zone, from, to);
  const initial = zoneOffsetMinutes(from, zone);
  const offsets = [initial, ...transitions.map((transition) => transition.to)];
  const standardOffset = Math.min(...offsets);
  const observances: OffsetTransition[] = [{ at: from, from: initial, to: initial }, ...transitions];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const observance of observances) {
    const kind = observance.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // The onset is written in the local time in effect before the change.
      `DTSTART:${localStamp(observance.at, observance.from)}`,
      `TZOFFSETFROM:${formatOffset(observance.from)}`,
      `TZOFFSETTO:${formatOffset(observance.to)}`,
      `TZNAME:${zoneAbbreviation(observance.at, zone, observance.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
