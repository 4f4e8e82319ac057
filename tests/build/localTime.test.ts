/**
 * Times and dates as Kyrgyz and Russian writers write them: event times
 * labelled by the city ("Бишкек убактысы боюнча", "по времени Бишкека"), the
 * reference zone as Central European (summer) time, Kyrgyz long dates as
 * "3-июнь, 2022-жыл", on pages, cards and calendar files alike. Builds the
 * localtime fixture (a winter and a summer advisory, a 2022 press release).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { parseCalendar } from '../calendar/icsHelpers.ts';

const WINTER = '2026-11-20-winter-briefing';
const SUMMER = '2026-05-20-summer-briefing';
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('localtime', { TZ: 'America/New_York' });
  expect(site.exitCode, site.output).toBe(0);
});

const when = (lang: string, slug: string) => {
  const $ = site.page(`/${lang}/releases/${slug}/`);
  return { date: text($('.event-date').text()), zone: text($('.event-zone').text()), reference: text($('.reference-time').text()) };
};

describe('event times on advisory pages', () => {
  it('name the site zone by its city in each language', () => {
    expect(when('ky', WINTER).zone).toBe('Бишкек убактысы боюнча (GMT+6)');
    expect(when('ru', WINTER).zone).toBe('по времени Бишкека (GMT+6)');
    expect(when('en', WINTER).zone).toBe('Bishkek time (GMT+6)');
    expect(when('ky', SUMMER).zone).toBe('Бишкек убактысы боюнча (GMT+6)');
  });

  it('name the reference zone as Central European Time in winter', () => {
    expect(when('ky', WINTER).reference).toBe('06:30–07:15 Борбордук Европа убактысы (GMT+1)');
    expect(when('ru', WINTER).reference).toBe('06:30–07:15 по центральноевропейскому времени (GMT+1)');
    expect(when('en', WINTER).reference).toBe('06:30–07:15 Central European Time (GMT+1)');
  });

  it('and as Central European Summer Time on a summer date', () => {
    expect(when('ky', SUMMER).reference).toBe('07:30–08:15 Борбордук Европа жайкы убактысы (GMT+2)');
    expect(when('ru', SUMMER).reference).toBe('07:30–08:15 по центральноевропейскому летнему времени (GMT+2)');
    expect(when('en', SUMMER).reference).toBe('07:30–08:15 Central European Summer Time (GMT+2)');
  });

  it('write the event date with the weekday, Kyrgyz in the form Kyrgyz newsrooms use', () => {
    expect(when('ky', WINTER).date).toBe('бейшемби, 3-декабрь, 2026-жыл');
    expect(when('ru', WINTER).date).toBe('четверг, 3 декабря 2026 г.');
    expect(when('en', WINTER).date).toBe('Thursday, 3 December 2026');
  });

  it("show the venue's telephone as a number to tap, and put it in the calendar file", () => {
    const $ = site.page(`/ky/releases/${WINTER}/`);
    const link = $('.event-block a[href^="tel:"]');
    expect(link.attr('href')).toBe('tel:+996554202945');
    expect(link.text()).toBe('+996 554 202 945');
    expect(link.closest('dd').prev('dt').text()).toBe('Өтүүчү жердин телефону');
    const [event] = parseCalendar(site.file(`ru/releases/${WINTER}.ics`)).events;
    expect(event?.description).toContain('Телефон места проведения: +996 554 202 945');
  });
});

describe('long dates', () => {
  it('are "3-июнь, 2022-жыл" in Kyrgyz and stay "3 июня 2022 г." and "3 June 2022"', () => {
    const date = (lang: string) => text(site.page(`/${lang}/releases/2022-06-03-mission-results/`)('time[datetime="2022-06-03"]').first().text());
    expect(date('ky')).toBe('3-июнь, 2022-жыл');
    expect(date('ru')).toBe('3 июня 2022 г.');
    expect(date('en')).toBe('3 June 2022');
  });

  it('are the same on the social card as on the page', () => {
    const alt = site.page(`/ky/releases/${WINTER}/`)('meta[property="og:image:alt"]').attr('content');
    expect(alt).toContain('3-декабрь, 2026-жыл, 11:30–12:15');
    const pressRelease = site.page('/ky/releases/2022-06-03-mission-results/')('meta[property="og:image:alt"]').attr('content');
    expect(pressRelease).toContain('3-июнь, 2022-жыл');
  });

  it('are the same in the archive list', () => {
    const $ = site.page('/ky/releases/');
    expect(text($('time[datetime="2022-06-03"]').first().text())).toBe('3-июнь, 2022-жыл');
  });
});
