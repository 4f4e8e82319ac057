/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, Pagefind 1.x)
 * the search page uses. Pagefind ships no types for it.
 */

/** Counts per filter value: `{ year: { "2026": 12, "2025": 30 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One result's details, loaded on demand (one small fragment file each). */
export interface PagefindResultData {
  /** Address of the page, with the base URL given to options(). */
  url: string;
  /** Words around the matches, matched words in `<mark>`; the page text's `<` and `>` escaped. */
  excerpt: string;
  /** `data-pagefind-meta` values: title, type, date, summary. */
  meta: Record<string, string | undefined>;
}

/** One result, before its details are loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What a search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts among the results of this search with its filters. */
  filters: FilterCounts;
  /** Counts among the results of this search without filters. */
  totalFilters: FilterCounts;
}

/** The module's exports. */
export interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean; excerptLength?: number }): Promise<void>;
  /** `null` as the term lists every page that passes the filters. */
  search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  /** Every filter value of the index with its number of pages. */
  filters(): Promise<FilterCounts>;
}
