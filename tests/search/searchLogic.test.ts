/**
 * The search page's pure parts: the address as the search's state, the
 * options sent to Pagefind, excerpt highlighting without HTML parsing,
 * facet order and the count sentence in each language's plural forms.
 */
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/translator.ts';
import { pluralForms } from '../../src/lib/search/searchPageConfig.ts';
import { pagefindOptions, readSearchState, writeSearchState } from '../../src/lib/search/searchState.ts';
import { searchQueryText } from '../../src/lib/search/searchQueryText.ts';
import { excerptParts, facetOptions, pluralText } from '../../src/lib/search/searchText.ts';

describe('the address is the search', () => {
  it('reads words, facets and order, and writes them back the same', () => {
    const query = '?q=water+tariff&organisation=Clean+Water+Coalition&organisation=Civic+Oversight&year=2023&sort=newest';
    const state = readSearchState(new URLSearchParams(query));
    expect(state).toEqual({
      query: 'water tariff',
      filters: { organisation: ['Clean Water Coalition', 'Civic Oversight'], project: [], type: [], topic: [], year: ['2023'] },
      sort: 'newest',
    });
    expect(writeSearchState(state)).toBe(query);
  });

  it('ignores unknown parameters, blank values and an unknown order; an empty search has an empty address', () => {
    const state = readSearchState(new URLSearchParams('?q=%20&year=&utm_source=mail&sort=oldest'));
    expect(state).toEqual({ query: '', filters: { organisation: [], project: [], type: [], topic: [], year: [] }, sort: 'relevance' });
    expect(writeSearchState(state)).toBe('');
  });

  it('keeps Cyrillic words and «quotes» intact', () => {
    const state = readSearchState(new URLSearchParams('?q=мыйзам&organisation=«Таза+суу»+коалициясы'));
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
    expect(state.filters.organisation).toEqual(['«Таза суу» коалициясы']);
  });
});

describe('Pagefind options', () => {
  const state = readSearchState(new URLSearchParams('?q=water&organisation=A&organisation=B&year=2024'));

  it('ORs the values of one facet and ANDs the facets; best match first unless asked', () => {
    expect(pagefindOptions(state)).toEqual({ filters: { organisation: { any: ['A', 'B'] }, year: { any: ['2024'] } } });
    expect(pagefindOptions({ ...state, sort: 'newest' }).sort).toEqual({ date: 'desc' });
  });

  it('leaves one facet out to count its other values, and sends no empty filter object', () => {
    expect(pagefindOptions(state, 'organisation')).toEqual({ filters: { year: { any: ['2024'] } } });
    expect(pagefindOptions(readSearchState(new URLSearchParams('?q=water')))).toEqual({});
  });

  it('lists filtered releases without words newest first', () => {
    expect(pagefindOptions(readSearchState(new URLSearchParams('?year=2024'))).sort).toEqual({ date: 'desc' });
  });
});

describe('excerpt', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('Levels in the <mark>reservoirs</mark> fell, <mark>reservoir</mark> 2')).toEqual([
      { text: 'Levels in the ', marked: false },
      { text: 'reservoirs', marked: true },
      { text: ' fell, ', marked: false },
      { text: 'reservoir', marked: true },
      { text: ' 2', marked: false },
    ]);
  });

  it('gives escaped page text back as text, so a "<script>" in a release stays words', () => {
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>');
    expect(parts.map((part) => part.text).join('')).toBe('a <script>alert(1)</script> & b');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['b']);
  });
});

describe('facets', () => {
  const collator = new Intl.Collator('ky');

  it('shows values with results in alphabetical order, and a ticked value even with none', () => {
    const options = facetOptions({ 'Үй-бүлө': 2, Аялдар: 1, Суу: 0 }, ['Суу'], false, collator);
    expect(options).toEqual([
      { value: 'Аялдар', count: 1, checked: false },
      { value: 'Суу', count: 0, checked: true },
      { value: 'Үй-бүлө', count: 2, checked: false },
    ]);
  });

  it('orders years newest first', () => {
    expect(facetOptions({ 2019: 3, 2024: 1, 2021: 5 }, [], true, collator).map((option) => option.value)).toEqual(['2024', '2021', '2019']);
  });
});

describe('result count sentence', () => {
  it.each([
    ['ru', 'ru-RU', 1, '1 результат по запросу «вода»'],
    ['ru', 'ru-RU', 3, '3 результата по запросу «вода»'],
    ['ru', 'ru-RU', 11, '11 результатов по запросу «вода»'],
    ['ky', 'ky-KG', 5, '«вода» боюнча 5 натыйжа'],
    ['en', 'en-GB', 1, '1 result for “вода”'],
    ['en', 'en-GB', 2, '2 results for “вода”'],
  ] as const)('%s, %i result(s)', (lang, locale, count, expected) => {
    expect(pluralText(pluralForms(uiStrings[lang], 'search.results'), count, locale, { query: 'вода' })).toBe(expected);
  });
});

describe('the query as the index spells it', () => {
  it('corrects what validate --fix corrects in the content: ѳ, a Latin letter in a Cyrillic word, invisible characters', () => {
    expect(searchQueryText('ѲТКѲРГѲН ѳткѳргѳн', 'ky-KG')).toBe('ӨТКӨРГӨН өткөргөн');
    expect(searchQueryText('Бишкeк', 'ru-RU')).toBe('Бишкек');
    expect(searchQueryText('суу\u200Bдеңгээли', 'ky-KG')).toBe('суудеңгээли');
    expect(searchQueryText('wаter', 'en-GB')).toBe('water');
  });

  it('leaves plain words, a Kyrgyz word with a Latin y (у or ү?) and mixed words it cannot decide alone', () => {
    for (const query of ['water tariff', 'мыйзам', 'сyу', 'COVID-19 вакцина', 'Жогорку Кеңеш']) expect(searchQueryText(query, 'ky-KG')).toBe(query);
  });
});
