/**
 * Dates and time zones as the newsroom's writers write them, from the UI
 * strings (so a translator can change them), never from Intl's names alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkZoneLabels } from '../../src/i18n/checkZoneLabels.ts';
import { uiStrings } from '../../src/i18n/translator.ts';
import { formatDate, formatFullDate, formatTimeSpan, zoneLabel } from '../../src/lib/formatDate.ts';
import { isSummerTime } from '../../src/lib/zoneOffset.ts';

const JUNE_3_2022 = new Date('2022-06-03T05:30:00Z');
const WINTER = new Date('2026-12-03T05:30:00Z');
const SUMMER = new Date('2026-06-03T05:30:00Z');

describe('long dates', () => {
  const original = uiStrings.ky['date.long']!;
  afterEach(() => { uiStrings.ky['date.long'] = original; });

  it('are written "3-июнь, 2022-жыл" in Kyrgyz, as Kyrgyz newsrooms do (not CLDR\'s "2022-ж., 3-июнь")', () => {
    expect(formatDate(JUNE_3_2022, 'ky', 'Asia/Bishkek')).toBe('3-июнь, 2022-жыл');
    expect(formatFullDate(JUNE_3_2022, 'ky', 'Asia/Bishkek')).toBe('жума, 3-июнь, 2022-жыл');
  });

  it('stay "3 июня 2022 г." in Russian and "3 June 2022" in English', () => {
    expect(formatDate(JUNE_3_2022, 'ru', 'Asia/Bishkek')).toBe('3 июня 2022 г.');
    expect(formatDate(JUNE_3_2022, 'en', 'Asia/Bishkek')).toBe('3 June 2022');
    expect(formatFullDate(JUNE_3_2022, 'ru', 'Asia/Bishkek')).toBe('пятница, 3 июня 2022 г.');
    expect(formatFullDate(JUNE_3_2022, 'en', 'Asia/Bishkek')).toBe('Friday, 3 June 2022');
  });

  it('follow the pattern in the UI strings, so a translator can change the order', () => {
    uiStrings.ky['date.long'] = '{{year}}-жылдын {{day}}-{{month}}';
    expect(formatDate(JUNE_3_2022, 'ky', 'Asia/Bishkek')).toBe('2022-жылдын 3-июнь');
  });
});

describe('time zone names', () => {
  it('name Bishkek by its city in each language', () => {
    expect(zoneLabel(WINTER, 'ky', 'Asia/Bishkek')).toBe('Бишкек убактысы боюнча');
    expect(zoneLabel(WINTER, 'ru', 'Asia/Bishkek')).toBe('по времени Бишкека');
    expect(zoneLabel(SUMMER, 'en', 'Asia/Bishkek')).toBe('Bishkek time');
  });

  it('name Central European time, and its summer time on summer dates', () => {
    expect(isSummerTime(WINTER, 'Europe/Berlin')).toBe(false);
    expect(isSummerTime(SUMMER, 'Europe/Berlin')).toBe(true);
    expect(isSummerTime(SUMMER, 'Asia/Bishkek')).toBe(false);
    expect([zoneLabel(WINTER, 'ky', 'Europe/Berlin'), zoneLabel(SUMMER, 'ky', 'Europe/Berlin')]).toEqual(['Борбордук Европа убактысы', 'Борбордук Европа жайкы убактысы']);
    expect([zoneLabel(WINTER, 'ru', 'Europe/Berlin'), zoneLabel(SUMMER, 'ru', 'Europe/Berlin')]).toEqual(['по центральноевропейскому времени', 'по центральноевропейскому летнему времени']);
    expect([zoneLabel(WINTER, 'en', 'Europe/Berlin'), zoneLabel(SUMMER, 'en', 'Europe/Berlin')]).toEqual(['Central European Time', 'Central European Summer Time']);
  });

  it('are what an event time span carries', () => {
    const span = formatTimeSpan(SUMMER, new Date(SUMMER.getTime() + 45 * 60_000), 'ru', 'Europe/Berlin');
    expect(span).toMatchObject({ time: '07:30–08:15', zoneName: 'по центральноевропейскому летнему времени', offset: 'GMT+2' });
  });

  it('fail loudly for a zone without names instead of printing a key', () => {
    expect(() => zoneLabel(WINTER, 'ky', 'Asia/Almaty')).toThrow(/zone\.Asia\/Almaty.*src\/i18n\/ky\.json/);
  });

  it('are required for every configured zone, with the summer name where the zone has summer time', () => {
    expect(checkZoneLabels(uiStrings, ['Asia/Bishkek', 'Europe/Berlin'])).toEqual([]);
    const problems = checkZoneLabels(uiStrings, ['Asia/Almaty', 'Europe/London']);
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'src/i18n/ky.json zone.Asia/Almaty', 'src/i18n/ky.json zone.Europe/London', 'src/i18n/ky.json zone.Europe/London.summer',
      'src/i18n/ru.json zone.Asia/Almaty', 'src/i18n/ru.json zone.Europe/London', 'src/i18n/ru.json zone.Europe/London.summer',
      'src/i18n/en.json zone.Asia/Almaty', 'src/i18n/en.json zone.Europe/London', 'src/i18n/en.json zone.Europe/London.summer',
    ]);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });
});
