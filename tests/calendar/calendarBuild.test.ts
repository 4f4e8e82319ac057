/**
 * Builds the calendar fixture twice (machine zones UTC and America/New_York)
 * and the basic fixture once, then reads the generated .ics files with
 * ical.js and the pages with cheerio.
 */
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFeed } from '../feeds/readFeed.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { lineProblems, parseCalendar, unfold, type ParsedEvent } from './icsHelpers.ts';

const HOST = 'newsroom.example.org';
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

let utc: BuiltSite;
let newYork: BuiltSite;
let basic: BuiltSite;

beforeAll(async () => {
  utc = await buildSite('calendar', { TZ: 'UTC' });
  newYork = await buildSite('calendar', { TZ: 'America/New_York' });
  basic = await buildSite('basic', { TZ: 'America/New_York' });
  for (const site of [utc, newYork, basic]) expect(site.exitCode, site.output).toBe(0);
});

const icsFiles = (site: BuiltSite) => site.files().filter((file) => file.endsWith('.ics')).sort();
const onlyEvent = (site: BuiltSite, path: string): ParsedEvent => {
  const { events } = parseCalendar(site.file(path));
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe('calendar files', () => {
  it('exist per public advisory translation and per language, and never for embargoed or draft releases', () => {
    expect(icsFiles(utc)).toEqual([
      'en/events.ics',
      'en/releases/2026-06-01-summer-briefing.ics',
      'en/releases/2026-10-20-recent-briefing.ics',
      'en/releases/2026-11-10-upcoming-briefing.ics',
      'en/releases/2026-11-12-cancelled-roundtable.ics',
      'en/releases/2026-11-14-postponed-visit.ics',
      'en/releases/2026-11-15-spring-conference.ics',
      'en/releases/2026-11-18-two-day-forum.ics',
      'ky/events.ics',
      'ky/releases/2026-11-10-upcoming-briefing.ics',
      'ky/releases/2026-11-14-postponed-visit.ics',
      'ru/events.ics',
      'ru/releases/2026-11-10-upcoming-briefing.ics',
      'ru/releases/2026-11-12-cancelled-roundtable.ics',
    ]);
    for (const file of icsFiles(utc)) {
      expect(utc.file(file)).not.toMatch(/embargoed-advisory|draft-advisory|Secret room|Draft room/);
    }
  });

  it('are byte-identical between builds on machines in different time zones', () => {
    expect(icsFiles(newYork)).toEqual(icsFiles(utc));
    for (const file of icsFiles(utc)) expect(newYork.file(file), file).toBe(utc.file(file));
  });

  it('use CRLF and fold every line at 75 octets, also in Kyrgyz and Russian', () => {
    for (const file of [...icsFiles(utc).map((path) => utc.file(path)), ...icsFiles(basic).map((path) => basic.file(path))]) {
      expect(lineProblems(file)).toEqual([]);
    }
    expect(utc.file('ky/releases/2026-11-10-upcoming-briefing.ics')).toMatch(/\r\n [^\r\n]*[а-яөүң]/i);
  });

  it('give the 11:30–12:15 Bishkek event the right instants, zone and VTIMEZONE', () => {
    for (const lang of ['ky', 'ru', 'en']) {
      const path = `${lang}/releases/2026-11-10-upcoming-briefing.ics`;
      const event = onlyEvent(utc, path);
      expect(event.startZone).toBe('Asia/Bishkek');
      expect(event.endZone).toBe('Asia/Bishkek');
      expect(event.start.toISOString()).toBe('2026-12-03T05:30:00.000Z');
      expect(event.end.toISOString()).toBe('2026-12-03T06:15:00.000Z');
      const lines = unfold(utc.file(path)).split('\r\n');
      expect(lines).toContain('DTSTART;TZID=Asia/Bishkek:20261203T113000');
      expect(lines).toContain('TZID:Asia/Bishkek');
      expect(lines).toContain('METHOD:PUBLISH');
    }
  });

  it('share one UID and SEQUENCE across languages and derive DTSTAMP from content', () => {
    const events = ['ky', 'ru', 'en'].map((lang) => onlyEvent(utc, `${lang}/releases/2026-11-10-upcoming-briefing.ics`));
    expect(new Set(events.map((event) => event.uid))).toEqual(new Set([`2026-11-10-upcoming-briefing@${HOST}`]));
    expect(events.map((event) => event.sequence)).toEqual([0, 0, 0]);
    // The Russian translation's `updated: 2026-11-12T10:00` (Bishkek) is the latest revision.
    expect(new Set(events.map((event) => event.dtstamp))).toEqual(new Set(['2026-11-12T04:00:00Z']));
  });

  it('carry summary, link, venue and address in each language', () => {
    const ky = onlyEvent(utc, 'ky/releases/2026-11-10-upcoming-briefing.ics');
    expect(ky.summary).toMatch(/^ЖМК үчүн чакыруу: «Таза суу — ар бир айылга»/);
    expect(ky.description).toContain('Коалиция Чүй, Ош, Талас жана Нарын облустарындагы');
    expect(ky.description).toContain(`Кененирээк: https://${HOST}/ky/releases/2026-11-10-upcoming-briefing/`);
    expect(ky.description).toContain('Түз эфир: https://live.example.org/water');
    expect(ky.location).toBe('«Ала-Тоо» медиа-хабы, чоң конференц-зал, Бишкек ш., Чүй проспектиси, 155; 2-кабат');
    expect(ky.url).toBe(`https://${HOST}/ky/releases/2026-11-10-upcoming-briefing/`);
    const ru = onlyEvent(utc, 'ru/releases/2026-11-10-upcoming-briefing.ics');
    expect(ru.description).toContain('Подробнее: https://');
    expect(ru.location).toBe('Медиа-хаб «Ала-Тоо», большой конференц-зал, г. Бишкек, проспект Чуй, 155; 2-й этаж');
  });

  it('mark cancelled events CANCELLED and postponed ones TENTATIVE with a raised SEQUENCE', () => {
    const cancelledEn = onlyEvent(utc, 'en/releases/2026-11-12-cancelled-roundtable.ics');
    const cancelledRu = onlyEvent(utc, 'ru/releases/2026-11-12-cancelled-roundtable.ics');
    expect(cancelledEn.status).toBe('CANCELLED');
    expect(cancelledRu.status).toBe('CANCELLED');
    // 1 for the cancellation + 1 for the Russian correction, in both languages.
    expect([cancelledEn.sequence, cancelledRu.sequence]).toEqual([2, 2]);
    expect(cancelledEn.uid).toBe(cancelledRu.uid);
    expect(cancelledEn.dtstamp).toBe('2026-11-20T10:00:00Z');
    expect(cancelledEn.summary).toBe('Cancelled: Round table on the media law');
    expect(cancelledRu.summary).toBe('Отменено: Круглый стол по закону о СМИ');

    const postponed = onlyEvent(utc, 'ky/releases/2026-11-14-postponed-visit.ics');
    expect(postponed.status).toBe('TENTATIVE');
    expect(postponed.sequence).toBe(5); // 2 × event.sequence 2 + 1 for the postponement
    expect(postponed.summary).toBe('Кийинкиге калтырылды: Нарындагы суу түйүндөрүнө сапар');
    // No end given: one hour.
    expect(postponed.end.getTime() - postponed.start.getTime()).toBe(3_600_000);
  });

  it('keep a multi-day event whole', () => {
    const forum = onlyEvent(utc, 'en/releases/2026-11-18-two-day-forum.ics');
    expect(forum.start.toISOString()).toBe('2026-12-04T03:00:00.000Z');
    expect(forum.end.toISOString()).toBe('2026-12-05T11:00:00.000Z');
  });

  it('feed upcoming and recent events per language, soonest first, with a name', () => {
    const { calendar, events } = parseCalendar(utc.file('en/events.ics'));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Civic Coalition Newsroom: events');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Bishkek');
    expect(events.map((event) => event.uid.replace(`@${HOST}`, ''))).toEqual([
      '2026-10-20-recent-briefing',
      '2026-11-12-cancelled-roundtable',
      '2026-11-14-postponed-visit',
      '2026-11-10-upcoming-briefing',
      '2026-11-18-two-day-forum',
      '2026-11-15-spring-conference',
    ]);
    const ky = parseCalendar(utc.file('ky/events.ics'));
    expect(ky.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Жарандык коалиция: басма сөз борбору: иш-чаралар');
    expect(ky.events.map((event) => event.uid)).toEqual([`2026-11-14-postponed-visit@${HOST}`, `2026-11-10-upcoming-briefing@${HOST}`]);
    // The same event has the same UID, SEQUENCE and DTSTAMP in the feed as in its own file.
    const single = onlyEvent(utc, 'ky/releases/2026-11-10-upcoming-briefing.ics');
    const inFeed = ky.events.find((event) => event.uid === single.uid)!;
    expect([inFeed.sequence, inFeed.dtstamp, inFeed.start.getTime()]).toEqual([single.sequence, single.dtstamp, single.start.getTime()]);
  });

  it('work for the basic fixture advisory (ru, en) built with TZ=America/New_York', () => {
    const en = onlyEvent(basic, 'en/releases/2026-04-01-youth-briefing.ics');
    const ru = onlyEvent(basic, 'ru/releases/2026-04-01-youth-briefing.ics');
    expect(en.uid).toBe(ru.uid);
    expect(en.start.toISOString()).toBe('2026-04-01T05:30:00.000Z');
    expect(en.end.toISOString()).toBe('2026-04-01T06:15:00.000Z');
    expect(unfold(basic.file('en/releases/2026-04-01-youth-briefing.ics'))).toContain('DTSTART;TZID=Asia/Bishkek:20260401T113000');
  });
});

describe('advisory pages', () => {
  it('show 11:30 Bishkek time whatever the machine zone, with the zone named', () => {
    for (const site of [utc, newYork]) {
      for (const lang of ['ky', 'ru', 'en']) {
        const $ = site.page(`/${lang}/releases/2026-11-10-upcoming-briefing/`);
        expect($('.event-time').text()).toBe('11:30–12:15');
        expect($('.event-zone').text()).toContain('(GMT+6)');
      }
    }
    const $en = utc.page('/en/releases/2026-11-10-upcoming-briefing/');
    expect([$en('.event-date').text(), $en('.event-time').text(), $en('.event-zone').text()]).toEqual(['Thursday, 3 December 2026', '11:30–12:15', 'Bishkek time (GMT+6)']);
    expect(text(utc.page('/ru/releases/2026-11-10-upcoming-briefing/')('.event-date').text())).toBe('четверг, 3 декабря 2026 г.');
    expect(text(utc.page('/ky/releases/2026-11-10-upcoming-briefing/')('.event-zone').text())).toBe('Бишкек убактысы боюнча (GMT+6)');
    const $basic = basic.page('/en/releases/2026-04-01-youth-briefing/');
    expect($basic('.event-time').text()).toBe('11:30–12:15');
  });

  it('link the address to the map the author gave', () => {
    expect(utc.page('/en/releases/2026-11-18-two-day-forum/')('.event-block a.event-map').attr('href')).toBe('https://2gis.kg/bishkek/search/Orion%20Hotel');
  });

  it('show the reference zone as CET in December and CEST in April, localized', () => {
    expect(text(utc.page('/en/releases/2026-11-10-upcoming-briefing/')('.reference-time').text())).toBe('06:30–07:15 Central European Time (GMT+1)');
    expect(text(newYork.page('/en/releases/2026-11-15-spring-conference/')('.reference-time').text())).toBe('07:30–09:00 Central European Summer Time (GMT+2)');
    expect(text(utc.page('/ru/releases/2026-11-10-upcoming-briefing/')('.reference-time').text())).toBe('06:30–07:15 по центральноевропейскому времени (GMT+1)');
    expect(text(utc.page('/ky/releases/2026-11-10-upcoming-briefing/')('.reference-time').text())).toBe('06:30–07:15 Борбордук Европа убактысы (GMT+1)');
  });

  it('link "Add to calendar", Google Calendar and the language feed', () => {
    const $ = utc.page('/ru/releases/2026-11-10-upcoming-briefing/');
    expect($('a.calendar-ics').attr('href')).toBe('/ru/releases/2026-11-10-upcoming-briefing.ics');
    expect($('a.calendar-ics').text()).toBe('Добавить в календарь (.ics)');
    // The calendar on the subscribe page, which offers webcal:, Google Calendar and the address (a bare
    // webcal: link does nothing on Android).
    expect($('a.calendar-feed').attr('href')).toBe('/ru/subscribe/#events-calendar');
    const google = new URL($('a.calendar-google').attr('href')!);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).toBe('TEMPLATE');
    expect(google.searchParams.get('dates')).toBe('20261203T053000Z/20261203T061500Z');
    expect(google.searchParams.get('ctz')).toBe('Asia/Bishkek');
    expect(google.searchParams.get('details')).toContain('https://newsroom.example.org/ru/releases/2026-11-10-upcoming-briefing/');
    expect(google.searchParams.get('location')).toContain('проспект Чуй, 155');
  });

  it('announce cancellation and postponement prominently', () => {
    expect(text(utc.page('/en/releases/2026-11-12-cancelled-roundtable/')('.event-status').text())).toBe('This event has been cancelled.');
    expect(text(utc.page('/ru/releases/2026-11-12-cancelled-roundtable/')('.event-status').text())).toBe('Мероприятие отменено.');
    expect(utc.page('/ky/releases/2026-11-14-postponed-visit/')('.event-status').text()).toContain('Иш-чара кийинкиге калтырылды.');
    expect(utc.page('/en/releases/2026-11-10-upcoming-briefing/')('.event-status')).toHaveLength(0);
  });

  it('put the event block in the feed item before the text: when in both zones, where, and the calendar file', () => {
    const feed = readFeed(utc.file('ru/rss.xml'), 'ru/rss.xml');
    const item = feed.items?.find((entry) => entry.link?.endsWith('/ru/releases/2026-11-10-upcoming-briefing/'));
    const block = load(item?.content?.encoded ?? '');
    const facts = block('section').first();
    expect(facts.find('h2').text()).toBe(utc.page('/ru/releases/2026-11-10-upcoming-briefing/')('#event-heading').text());
    expect(facts.find('dd').first().text()).toContain('11:30');
    expect(facts.text()).toContain('проспект Чуй, 155');
    expect(facts.find('a[href$="/ru/releases/2026-11-10-upcoming-briefing.ics"]').text()).toBe('Добавить в календарь (.ics)');
    // A release without an event has no such block.
    const plain = readFeed(utc.file('en/rss.xml'), 'en/rss.xml').items?.find((entry) => entry.link?.endsWith('/en/releases/2026-11-16-plain-news/'));
    expect(plain?.content?.encoded).toBeDefined();
    expect(load(plain?.content?.encoded ?? '')('dl')).toHaveLength(0);
  });

  it('offer no Google Calendar link for a cancelled event (it would add it), only the .ics that cancels it', () => {
    const $ = utc.page('/en/releases/2026-11-12-cancelled-roundtable/');
    expect($('a.calendar-google')).toHaveLength(0);
    expect($('a.calendar-ics').attr('href')).toBe('/en/releases/2026-11-12-cancelled-roundtable.ics');
    expect(utc.page('/ky/releases/2026-11-14-postponed-visit/')('a.calendar-google')).toHaveLength(1);
  });

  it('mark past events as past on the page', () => {
    expect(utc.page('/en/releases/2026-10-20-recent-briefing/')('.event-block .badge-past').text()).toBe('Past event');
    expect(utc.page('/en/releases/2026-11-10-upcoming-briefing/')('.event-block .badge-past')).toHaveLength(0);
  });
});

describe('home and archive', () => {
  it('list upcoming events soonest first, without ended ones, with status', () => {
    const $ = utc.page('/en/');
    const slugs = $('.upcoming-events li').map((_, item) => $(item).attr('data-slug')).get();
    expect(slugs).toEqual([
      '2026-11-12-cancelled-roundtable',
      '2026-11-14-postponed-visit',
      '2026-11-10-upcoming-briefing',
      '2026-11-18-two-day-forum',
      '2026-11-15-spring-conference',
    ]);
    expect($('.upcoming-events li').first().text()).toContain('Cancelled');
    expect($('.upcoming-events a.calendar-feed').attr('href')).toBe('/en/subscribe/#events-calendar');
    const ky = utc.page('/ky/');
    expect(ky('.upcoming-events li').map((_, item) => ky(item).attr('data-slug')).get()).toEqual(['2026-11-14-postponed-visit', '2026-11-10-upcoming-briefing']);
    expect(ky('.upcoming-events h2').text()).toBe('Жакынкы иш-чаралар');
  });

  it('mark past events and non-scheduled status in the archive', () => {
    const $ = utc.page('/en/releases/');
    const row = (slug: string) => $(`.release-list li:has(a[href$="/${slug}/"])`);
    expect(row('2026-10-20-recent-briefing').find('[data-event-past]')).toHaveLength(1);
    expect(row('2026-06-01-summer-briefing').find('[data-event-past]')).toHaveLength(1);
    expect(row('2026-11-10-upcoming-briefing').find('[data-event-past]')).toHaveLength(0);
    expect(row('2026-11-12-cancelled-roundtable').find('[data-event-status="cancelled"]')).toHaveLength(1);
    expect(row('2026-11-14-postponed-visit').find('[data-event-status="postponed"]')).toHaveLength(1);
  });
});
