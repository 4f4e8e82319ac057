/** Unit tests of the calendar writer, VTIMEZONE generator and event rules (no site build). */
import { describe, expect, it } from 'vitest';
import { belongsInFeed, eventEnd, isEventOver } from '../../src/lib/calendar/eventTiming.ts';
import { eventSequence, eventStamp, eventUid, type CalendarRelease } from '../../src/lib/calendar/releaseCalendar.ts';
import { buildVTimezone, offsetTransitions } from '../../src/lib/calendar/vtimezone.ts';
import { escapeText, writeCalendar, type CalendarEvent } from '../../src/lib/calendar/writeCalendar.ts';
import type { ReleaseEvent } from '../../src/lib/content/schemas.ts';
import { upcomingEvents } from '../../src/lib/upcomingEvents.ts';
import { lineProblems, parseCalendar, unfold } from './icsHelpers.ts';

const longKyrgyz =
  'ЖМК үчүн чакыруу: «Суу — ар бир үй-бүлөгө» улуттук форумунун алдындагы басма сөз жыйыны; Бишкек, Чүй проспектиси, 155 — Ңң Өө Үү 💧';

function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'briefing@newsroom.example.org',
    sequence: 0,
    stamp: new Date('2026-11-10T03:00:00Z'),
    start: new Date('2026-12-03T05:30:00Z'),
    end: new Date('2026-12-03T06:15:00Z'),
    status: 'confirmed',
    summary: longKyrgyz,
    description: `${longKyrgyz}\n\nКененирээк: https://newsroom.example.org/ky/releases/briefing/`,
    location: '«Ала-Тоо» медиа-хабы, Бишкек',
    url: 'https://newsroom.example.org/ky/releases/briefing/',
    ...overrides,
  };
}

function event(start: string, end?: string, status: ReleaseEvent['status'] = 'scheduled', sequence?: number): ReleaseEvent {
  return {
    start: new Date(start),
    ...(end ? { end: new Date(end) } : {}),
    languages: [],
    interpretation: false,
    status,
    ...(sequence !== undefined ? { sequence } : {}),
  } as ReleaseEvent;
}

describe('writeCalendar', () => {
  const text = writeCalendar([calendarEvent()], { timeZone: 'Asia/Bishkek', lang: 'ky-KG' });

  it('uses CRLF only and folds long Kyrgyz lines at 75 octets without splitting characters', () => {
    expect(lineProblems(text)).toEqual([]);
    expect(text).toMatch(/\r\n /); // something was folded
    const summaryLine = unfold(text).split('\r\n').find((line) => line.startsWith('SUMMARY:'));
    expect(summaryLine).toBe(`SUMMARY:${escapeText(longKyrgyz)}`);
  });

  it('round-trips through ical.js with zone, instants and text intact', () => {
    const [parsed] = parseCalendar(text).events;
    expect(parsed).toBeDefined();
    expect(parsed!.startZone).toBe('Asia/Bishkek');
    expect(parsed!.start.toISOString()).toBe('2026-12-03T05:30:00.000Z');
    expect(parsed!.end.toISOString()).toBe('2026-12-03T06:15:00.000Z');
    expect(parsed!.summary).toBe(longKyrgyz);
    expect(parsed!.description).toContain('\n\nКененирээк: https://newsroom.example.org/ky/releases/briefing/');
    expect(parsed!.location).toBe('«Ала-Тоо» медиа-хабы, Бишкек');
  });

  it('writes DTSTAMP in UTC and local DTSTART with TZID, whatever the machine zone', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTAMP:20261110T030000Z');
    expect(lines).toContain('DTSTART;TZID=Asia/Bishkek:20261203T113000');
    expect(lines).toContain('DTEND;TZID=Asia/Bishkek:20261203T121500');
    expect(lines).toContain('TZOFFSETTO:+0600');
  });

  it('is deterministic', () => {
    expect(writeCalendar([calendarEvent()], { timeZone: 'Asia/Bishkek', lang: 'ky-KG' })).toBe(text);
  });

  it('puts feed properties before the first component and stays valid when empty', () => {
    const feed = writeCalendar([], { timeZone: 'Asia/Bishkek', lang: 'en-GB', name: 'News, events', url: 'https://x.example/en/events.ics', refreshSeconds: 21600 });
    const lines = feed.split('\r\n');
    expect(lines).toContain('NAME:News\\, events');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(lines.indexOf('X-WR-TIMEZONE:Asia/Bishkek')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
    const { calendar, events } = parseCalendar(feed);
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('writes STATUS and SEQUENCE', () => {
    const cancelled = writeCalendar([calendarEvent({ status: 'cancelled', sequence: 3 })], { timeZone: 'Asia/Bishkek', lang: 'en' });
    const [parsed] = parseCalendar(cancelled).events;
    expect(parsed!.status).toBe('CANCELLED');
    expect(parsed!.sequence).toBe(3);
  });
});

describe('VTIMEZONE', () => {
  it('gives Asia/Bishkek one fixed +06 observance', () => {
    const block = buildVTimezone('Asia/Bishkek', [new Date('2026-12-03T05:30:00Z')]);
    expect(block.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(block).not.toContain('DAYLIGHT');
  });

  it('describes Europe/Berlin DST so ical.js resolves CET and CEST instants', () => {
    expect(offsetTransitions('Europe/Berlin', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1)).map((t) => new Date(t.at).toISOString())).toEqual([
      '2027-03-28T01:00:00.000Z',
      '2027-10-31T01:00:00.000Z',
    ]);
    const winter = calendarEvent({ uid: 'w@x', start: new Date('2027-01-20T10:00:00Z'), end: new Date('2027-01-20T11:00:00Z') });
    const summer = calendarEvent({ uid: 's@x', start: new Date('2027-07-20T10:00:00Z'), end: new Date('2027-07-20T11:00:00Z') });
    const text = writeCalendar([winter, summer], { timeZone: 'Europe/Berlin', lang: 'en' });
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20270120T110000');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20270720T120000');
    expect(lines).toContain('TZNAME:CEST');
    const events = parseCalendar(text).events;
    expect(events.map((parsed) => parsed.start.toISOString())).toEqual(['2027-01-20T10:00:00.000Z', '2027-07-20T10:00:00.000Z']);
  });
});

describe('event rules', () => {
  const release = (lang: 'ky' | 'ru' | 'en', extra: Partial<CalendarRelease['data']> = {}): CalendarRelease => ({
    data: { slug: 'briefing', lang, title: 't', summary: 's', date: new Date('2026-11-10T03:00:00Z'), corrections: [], ...extra },
  });

  it('derives UID from slug and site host only', () => {
    expect(eventUid('briefing', 'https://newsroom.example.org')).toBe('briefing@newsroom.example.org');
  });

  it('takes DTSTAMP from the latest date, update or correction of any translation', () => {
    const stamp = eventStamp([
      release('en', { updated: new Date('2026-11-12T04:00:00Z') }),
      release('ru', { corrections: [{ date: new Date('2026-11-15T10:00:00Z') }] }),
    ]);
    expect(stamp.toISOString()).toBe('2026-11-15T10:00:00.000Z');
  });

  it('takes DTSTAMP from the embargo\'s lift when that is the publication, as feeds date the release', () => {
    const stamp = eventStamp([release('en', { embargo: new Date('2026-12-01T03:00:00Z') })]);
    expect(stamp.toISOString()).toBe('2026-12-01T03:00:00.000Z');
  });

  it('raises SEQUENCE for corrections, postponement or cancellation, and event.sequence', () => {
    const translations = [release('en'), release('ru', { corrections: [{ date: new Date('2026-11-15T10:00:00Z') }] })];
    expect(eventSequence(event('2026-12-03T05:30:00Z'), [release('en')])).toBe(0);
    expect(eventSequence(event('2026-12-03T05:30:00Z'), translations)).toBe(1);
    expect(eventSequence(event('2026-12-03T05:30:00Z', undefined, 'cancelled'), translations)).toBe(2);
    expect(eventSequence(event('2026-12-03T05:30:00Z', undefined, 'postponed', 2), [release('en')])).toBe(5);
    // The author guide's way: postponed with sequence 1, then a new date with sequence 2 and status scheduled.
    const postponed = eventSequence(event('2026-12-20T05:30:00Z', undefined, 'postponed', 1), [release('en')]);
    const rescheduled = eventSequence(event('2026-12-22T05:30:00Z', undefined, 'scheduled', 2), [release('en')]);
    expect(rescheduled).toBeGreaterThan(postponed);
  });

  it('gives an event without end one hour, and treats it alike everywhere', () => {
    const open = event('2026-12-03T05:30:00Z');
    expect(eventEnd(open).toISOString()).toBe('2026-12-03T06:30:00.000Z');
    expect(isEventOver(open, new Date('2026-12-03T06:00:00Z'))).toBe(false);
    expect(isEventOver(open, new Date('2026-12-03T06:30:00Z'))).toBe(true);
    expect(belongsInFeed(open, new Date('2027-01-15T00:00:00Z'))).toBe(true);
    expect(belongsInFeed(open, new Date('2027-03-15T00:00:00Z'))).toBe(false);
  });

  it('lists upcoming events soonest first and drops ended ones', () => {
    const now = new Date('2026-11-22T06:00:00Z');
    const items = [
      { data: { slug: 'c', event: event('2026-12-10T05:00:00Z') } },
      { data: { slug: 'past', event: event('2026-11-01T05:00:00Z', '2026-11-01T06:00:00Z') } },
      { data: { slug: 'none' } },
      { data: { slug: 'running', event: event('2026-11-22T05:00:00Z', '2026-11-22T07:00:00Z') } },
      { data: { slug: 'b', event: event('2026-12-10T05:00:00Z') } },
    ];
    expect(upcomingEvents(items, now).map(({ release: item }) => item.data.slug)).toEqual(['running', 'b', 'c']);
  });
});
