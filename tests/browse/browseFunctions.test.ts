/**
 * The pure logic behind the browse pages: which year a release belongs to
 * (in the site's time zone, not UTC or the build machine's), grouping by
 * type, upcoming/past events, the topic index, and the guard that keeps
 * archive page numbers and years from sharing an address.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { browseSummary } from '../../src/lib/browse/browseSummary.ts';
import { checkYearPaths, pageCount } from '../../src/lib/browse/checkYearPaths.ts';
import { releasesByType } from '../../src/lib/browse/releasesByType.ts';
import { releasesByYear, yearInZone } from '../../src/lib/browse/releasesByYear.ts';
import { splitEvents } from '../../src/lib/browse/splitEvents.ts';
import { topicCounts } from '../../src/lib/browse/topicCounts.ts';
import type { ReleaseEvent, ReleaseType } from '../../src/lib/content/schemas.ts';

interface Options {
  type?: ReleaseType;
  tags?: string[];
  event?: Partial<ReleaseEvent> & { start: Date };
}

function release(slug: string, lang: Locale, date: string, { type = 'news', tags = [], event }: Options = {}) {
  const fullEvent = event && ({ status: 'scheduled', languages: [], interpretation: false, ...event } as ReleaseEvent);
  return { id: `${slug}/${lang}`, data: { slug, lang, date: new Date(date), tags, type, event: fullEvent } };
}

describe('yearInZone', () => {
  it('takes the year in Bishkek: 23:30 on 31 December is still that year, 00:30 on 1 January is the next', () => {
    expect(yearInZone(new Date('2025-12-31T23:30:00+06:00'), 'Asia/Bishkek')).toBe(2025);
    // 2025-12-31T18:30Z: UTC (and every zone west of Bishkek) still says 2025.
    expect(yearInZone(new Date('2026-01-01T00:30:00+06:00'), 'Asia/Bishkek')).toBe(2026);
  });

  it('uses the given zone, whatever the machine clock zone is', () => {
    expect(yearInZone(new Date('2026-01-01T00:30:00+06:00'), 'UTC')).toBe(2025);
  });
});

describe('releasesByYear', () => {
  const releases = [
    release('2025-12-31-late', 'en', '2025-12-31T23:30:00+06:00'),
    release('2026-01-01-early', 'en', '2026-01-01T00:30:00+06:00'),
    release('2026-05-01-may', 'en', '2026-05-01T10:00:00+06:00'),
    release('2024-02-01-old', 'en', '2024-02-01T10:00:00+06:00'),
    release('2023-01-01-russian', 'ru', '2023-01-01T10:00:00+06:00'),
  ];

  it('groups one language by year in the site zone, years and releases newest first', () => {
    const byYear = releasesByYear(releases, 'en', 'Asia/Bishkek');
    expect([...byYear.keys()]).toEqual([2026, 2025, 2024]);
    expect(byYear.get(2026)!.map((entry) => entry.data.slug)).toEqual(['2026-05-01-may', '2026-01-01-early']);
    expect(byYear.get(2025)!.map((entry) => entry.data.slug)).toEqual(['2025-12-31-late']);
  });

  it('leaves out years that have releases only in other languages', () => {
    expect([...releasesByYear(releases, 'en', 'Asia/Bishkek').keys()]).not.toContain(2023);
    expect([...releasesByYear(releases, 'ky', 'Asia/Bishkek').keys()]).toEqual([]);
  });
});

describe('releasesByType', () => {
  it('lists the types of one language in the fixed type order, skipping types without releases', () => {
    const byType = releasesByType([
      release('a', 'en', '2026-01-01T10:00:00Z', { type: 'statement' }),
      release('b', 'en', '2026-02-01T10:00:00Z', { type: 'press-release' }),
      release('c', 'en', '2026-03-01T10:00:00Z', { type: 'statement' }),
      release('d', 'ru', '2026-03-01T10:00:00Z', { type: 'news' }),
    ], 'en');
    expect([...byType.keys()]).toEqual(['press-release', 'statement']);
    expect(byType.get('statement')!.map((entry) => entry.data.slug)).toEqual(['c', 'a']);
  });
});

describe('browseSummary', () => {
  const releases = [
    release('a', 'en', '2026-01-01T10:00:00Z', { type: 'statement' }),
    release('b', 'en', '2024-02-01T10:00:00Z', { type: 'statement' }),
  ];

  it('gives counts only when asked, so pages without counts keep their key when a release is added', () => {
    expect(browseSummary(releases, 'en', { counts: true })).toEqual({ types: [{ type: 'statement', count: 2 }], years: [{ year: 2026, count: 1 }, { year: 2024, count: 1 }] });
    expect(browseSummary(releases, 'en', { counts: false })).toEqual({ types: [{ type: 'statement' }], years: [{ year: 2026 }, { year: 2024 }] });
  });
});

describe('splitEvents', () => {
  const now = new Date('2026-11-22T12:00:00+06:00');
  const at = (iso: string) => new Date(iso);
  const releases = [
    release('later', 'en', '2026-11-01T09:00:00Z', { type: 'media-advisory', event: { start: at('2026-12-10T10:00:00+06:00') } }),
    release('sooner-cancelled', 'en', '2026-11-02T09:00:00Z', { type: 'media-advisory', event: { start: at('2026-11-28T10:00:00+06:00'), status: 'cancelled' } }),
    release('running', 'en', '2026-11-03T09:00:00Z', { type: 'media-advisory', event: { start: at('2026-11-22T11:00:00+06:00'), end: at('2026-11-22T13:00:00+06:00') } }),
    release('ended-at-noon', 'en', '2026-11-04T09:00:00Z', { type: 'media-advisory', event: { start: at('2026-11-22T11:00:00+06:00') } }),
    release('long-ago', 'en', '2024-06-01T09:00:00Z', { type: 'media-advisory', event: { start: at('2024-06-05T11:00:00+06:00') } }),
    release('october', 'en', '2026-10-01T09:00:00Z', { type: 'media-advisory', event: { start: at('2026-10-05T11:00:00+06:00'), status: 'postponed' } }),
    release('no-event', 'en', '2026-11-05T09:00:00Z'),
  ];

  it('lists upcoming and running events soonest first, past events newest first, each once', () => {
    const { upcoming, recentPast, morePast } = splitEvents(releases, now);
    expect(upcoming.map(({ release: entry }) => entry.data.slug)).toEqual(['running', 'sooner-cancelled', 'later']);
    // An event without an end lasts an hour (as in the calendar files): 11:00 → 12:00 is over at 12:00.
    expect(recentPast.map(({ release: entry }) => entry.data.slug)).toEqual(['ended-at-noon', 'october', 'long-ago']);
    expect(morePast).toBe(false);
  });

  it('keeps only the most recent past events when given a limit, and says that older ones exist', () => {
    const limited = splitEvents(releases, now, 2);
    expect(limited.recentPast.map(({ release: entry }) => entry.data.slug)).toEqual(['ended-at-noon', 'october']);
    expect(limited.morePast).toBe(true);
    expect(limited.upcoming).toHaveLength(3);
    expect(splitEvents(releases, now, 3).morePast).toBe(false);
  });

  it('keeps cancelled and postponed events in their list with their status', () => {
    const { upcoming, recentPast } = splitEvents(releases, now);
    expect(upcoming.find(({ release: entry }) => entry.data.slug === 'sooner-cancelled')?.event.status).toBe('cancelled');
    expect(recentPast.find(({ release: entry }) => entry.data.slug === 'october')?.event.status).toBe('postponed');
  });
});

describe('topicCounts', () => {
  const releases = [
    release('a', 'ky', '2026-01-01T10:00:00Z', { tags: ['water', 'youth'] }),
    release('b', 'ky', '2026-02-01T10:00:00Z', { tags: ['water'] }),
    release('c', 'ky', '2026-02-01T10:00:00Z', { tags: ['elections', 'government', 'pensions'] }),
    release('d', 'en', '2026-02-01T10:00:00Z', { tags: ['climate'] }),
  ];
  const labels = new Map([['water', 'Суу'], ['youth', 'Жаштар'], ['elections', 'Шайлоо'], ['climate', 'Климат'], ['government', 'Өкмөт'], ['pensions', 'Пенсия']]);

  it('counts the releases of each topic in one language, in that language’s alphabetical order', () => {
    expect(topicCounts(releases, 'ky', labels)).toEqual([
      { tag: 'youth', label: 'Жаштар', count: 1 },
      // Ө sorts after О, not after Я as its code point would.
      { tag: 'government', label: 'Өкмөт', count: 1 },
      { tag: 'pensions', label: 'Пенсия', count: 1 },
      { tag: 'water', label: 'Суу', count: 2 },
      { tag: 'elections', label: 'Шайлоо', count: 1 },
    ]);
  });

  it('leaves out topics that have no releases in the language', () => {
    expect(topicCounts(releases, 'ky', labels).map(({ tag }) => tag)).not.toContain('climate');
  });
});

describe('checkYearPaths', () => {
  it('accepts an archive of up to 999 pages and four-digit years', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(9990, 10)).toBe(999);
    expect(() => checkYearPaths('en', 9990, 10, [2026, 2016])).not.toThrow();
  });

  it('stops the build, saying what to change, when archive page 1000 would take the address of a year page', () => {
    expect(() => checkYearPaths('en', 9991, 10, [2026])).toThrow(/archive in "en" would have 1000 pages.*Raise pageSize in src\/config\.ts/s);
  });

  it('stops the build when a year would have the address of an archive page', () => {
    expect(() => checkYearPaths('ru', 5, 10, [999])).toThrow(/year 999.*\/ru\/releases\/999\/.*"date"/s);
  });
});
