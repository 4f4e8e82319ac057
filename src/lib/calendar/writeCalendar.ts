/**
 * Writes iCalendar (RFC 5545) text for newsroom events with ical-generator:
 * CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), DTSTART/DTEND as wall-clock time with TZID plus a VTIMEZONE
 * block, DTSTAMP in UTC.
 *
 * Output depends only on the input: no wall clock, no build-machine time
 * zone. ical-generator formats a plain `Date` with a TZID using the
 * machine's local time, so every zoned value goes in as a `TZDate`, and the
 * calendar itself gets no time zone name (that would write DTSTAMP as local
 * time, which RFC 5545 forbids).
 */
import { TZDate } from '@date-fns/tz';
import ical, { foldLines, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { buildVTimezone } from './vtimezone.ts';

/** What a calendar entry says, already worded in the reader's language. */
export interface CalendarEvent {
  /** Stable across rebuilds and across the translations of one event. */
  uid: string;
  /** RFC 5545 revision number; higher wins in the reader's calendar. */
  sequence: number;
  /** Last revision of the event's content (not the build time). */
  stamp: Date;
  start: Date;
  end: Date;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary: string;
  description: string;
  location?: string | undefined;
  url: string;
}

export interface CalendarOptions {
  /** IANA zone the event times are written in. */
  timeZone: string;
  /** Feed name (NAME / X-WR-CALNAME); single-event files have none. */
  name?: string | undefined;
  /** Feed description (X-WR-CALDESC). */
  description?: string | undefined;
  /** Feed address (URL / SOURCE). */
  url?: string | undefined;
  /** How often subscribers should refresh, in seconds (REFRESH-INTERVAL). */
  refreshSeconds?: number | undefined;
  /** BCP 47 language of the text, for PRODID. */
  lang: string;
}

const STATUS: Record<CalendarEvent['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** "PT6H" for 21600 seconds. */
function duration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 || hours === 0 ? `${minutes}M` : ''}`;
}

/** One VCALENDAR holding `events`, as RFC 5545 text. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { timeZone } = options;
  const calendar = ical({
    prodId: { company: 'newsroom', product: 'events', language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      lastModified: event.stamp,
      timezone: timeZone,
      start: new TZDate(event.start.getTime(), timeZone),
      end: new TZDate(event.end.getTime(), timeZone),
      status: STATUS[event.status],
      summary: event.summary,
      description: event.description,
      ...(event.location ? { location: event.location } : {}),
      url: event.url,
    });
  }
  // ical-generator writes feed properties after VTIMEZONE, which RFC 5545's
  // grammar does not allow, so they and the VTIMEZONE block are added here.
  const properties: string[] = [];
  if (options.name) properties.push(`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`);
  if (options.description) properties.push(`X-WR-CALDESC:${escapeText(options.description)}`);
  if (options.url) properties.push(`URL;VALUE=URI:${options.url}`, `SOURCE;VALUE=URI:${options.url}`);
  if (options.name) properties.push(`X-WR-TIMEZONE:${timeZone}`);
  if (options.refreshSeconds) {
    properties.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration(options.refreshSeconds)}`, `X-PUBLISHED-TTL:${duration(options.refreshSeconds)}`);
  }
  const instants = events.flatMap((event) => [event.start, event.end]);
  const vtimezone = buildVTimezone(timeZone, instants.length > 0 ? instants : [new Date(0)]);
  const text = calendar.toString();
  const firstComponent = text.includes('BEGIN:VEVENT') ? 'BEGIN:VEVENT' : 'END:VCALENDAR';
  const withZone = text.replace(firstComponent, `${vtimezone}\r\n${firstComponent}`);
  const header = properties.length > 0 ? foldLines(properties.join('\r\n')) + '\r\n' : '';
  const result = withZone.replace('METHOD:PUBLISH\r\n', `METHOD:PUBLISH\r\n${header}`);
  return result.endsWith('\r\n') ? result : `${result}\r\n`;
}
