import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { groupTranslations, paginationWindow, releasesByTag, releasesInLanguage, sortNewestFirst } from '../../src/lib/releaseCollections.ts';

function release(slug: string, lang: Locale, date: string, tags: string[] = []) {
  return { id: `${slug}/${lang}`, data: { slug, lang, date: new Date(date), tags } };
}

const releases = [
  release('2026-01-01-a', 'en', '2026-01-01T00:00:00Z', ['water']),
  release('2026-03-01-c', 'ru', '2026-03-01T00:00:00Z'),
  release('2026-03-01-c', 'en', '2026-03-01T00:00:00Z', ['water']),
  release('2026-03-01-b', 'en', '2026-03-01T00:00:00Z'),
  release('2026-03-01-c', 'ky', '2026-03-01T00:00:00Z'),
];

describe('sortNewestFirst', () => {
  it('orders by date, newest first, and breaks ties by slug so builds are stable', () => {
    expect(sortNewestFirst(releases).map((entry) => entry.id)).toEqual([
      '2026-03-01-c/en', '2026-03-01-c/ky', '2026-03-01-c/ru', '2026-03-01-b/en', '2026-01-01-a/en',
    ]);
  });

  it('gives the same order whatever the input order', () => {
    expect(sortNewestFirst([...releases].reverse())).toEqual(sortNewestFirst(releases));
  });
});

describe('groupTranslations', () => {
  it('groups translations by release folder in the locale order ky, ru, en', () => {
    const groups = groupTranslations(releases);
    expect(groups.get('2026-03-01-c')!.map((entry) => entry.data.lang)).toEqual(['ky', 'ru', 'en']);
    expect(groups.get('2026-01-01-a')!.map((entry) => entry.data.lang)).toEqual(['en']);
  });
});

describe('releasesInLanguage and releasesByTag', () => {
  it('lists only one language, newest first', () => {
    expect(releasesInLanguage(releases, 'en').map((entry) => entry.data.slug)).toEqual(['2026-03-01-c', '2026-03-01-b', '2026-01-01-a']);
    expect(releasesInLanguage(releases, 'ky')).toHaveLength(1);
  });

  it('builds tag listings per language only from releases that carry the tag', () => {
    expect(releasesByTag(releases, 'en').get('water')?.map((entry) => entry.id)).toEqual(['2026-03-01-c/en', '2026-01-01-a/en']);
    expect(releasesByTag(releases, 'ru').has('water')).toBe(false);
  });
});

describe('paginationWindow', () => {
  it('shows every page when there are few', () => {
    expect(paginationWindow(2, 3)).toEqual([1, 2, 3]);
  });

  it('shows first, last and neighbours of the current page with gaps', () => {
    expect(paginationWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(paginationWindow(1, 12)).toEqual([1, 2, null, 12]);
  });
});
