/** Reading generated .ics files with a real iCalendar parser (ical.js). */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  dtstamp: string;
  start: Date;
  end: Date;
  startZone: string;
  endZone: string;
}

/**
 * Parses a calendar, registers its VTIMEZONE blocks so TZID values resolve
 * with the file's own zone data (not the machine's), and returns its events.
 */
export function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      dtstamp: String(vevent.getFirstPropertyValue('dtstamp')),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? '',
      endZone: event.endDate.zone?.tzid ?? '',
    };
  });
  return { calendar, events };
}

/** Problems with RFC 5545 line structure: bare LF/CR, lines over 75 octets, folds inside a character. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('has a bare CR or LF');
  const bytes = Buffer.from(text, 'utf8');
  let lineStart = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
    const line = bytes.subarray(lineStart, i);
    if (line.length > 75) problems.push(`line of ${line.length} octets: ${line.toString('utf8').slice(0, 40)}…`);
    // A fold inside a multi-byte character leaves invalid UTF-8 on both lines.
    if (line.toString('utf8').includes('\uFFFD')) problems.push(`line splits a UTF-8 character: ${line.toString('utf8').slice(0, 40)}…`);
    lineStart = i + 2;
  }
  return problems;
}

/** The text with folds removed (RFC 5545 §3.1). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
