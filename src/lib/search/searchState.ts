/**
 * What a search is, as it appears in the address of the search page:
 * `?q=water+tariff&year=2023&organisation=Clean+Water+Coalition&sort=newest`.
 * The address is the state, so a search (with its filters) can be
 * bookmarked, shared and reloaded. Used in the browser; pure, so testable.
 */

/** Facets of the search page, in the order they are shown; also the `data-pagefind-filter` names in the page markup. */
export const FILTER_KEYS = ['organisation', 'project', 'type', 'topic', 'year'] as const;

/** One facet. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result order: Pagefind's relevance, or newest first by the `date` sort key. */
export type SortOrder = 'relevance' | 'newest';

/** A search as the page shows it. */
export interface SearchState {
  query: string;
  /** Selected values per facet (labels in the page language, as indexed). */
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** Reads the state from the address's query string. Unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))]]),
  ) as Record<FilterKey, string[]>;
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

/** The query string for a state: `q` first, then each selected filter value, then the order if not the default. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when at least one facet value is selected. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's search options: filters and order. */
export interface PagefindSearchOptions {
  filters?: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: { date: 'desc' };
}

/**
 * Pagefind options for a state. Values of one facet are alternatives (this
 * organisation *or* that one), facets combine (organisation *and* year).
 * `except` leaves one facet out, to count what choosing another of its
 * values would give. Without words, relevance means nothing: a filtered
 * list is newest first. Empty parts are left out (Pagefind returns no
 * facet counts when given an empty filter object).
 */
export function pagefindOptions(state: SearchState, except?: FilterKey): PagefindSearchOptions {
  const options: PagefindSearchOptions = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && state.filters[key].length > 0) options.filters = { ...options.filters, [key]: { any: state.filters[key] } };
  }
  if (state.sort === 'newest' || state.query === '') options.sort = { date: 'desc' };
  return options;
}
