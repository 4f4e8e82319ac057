/**
 * What the search page's script needs from the build: where the site and
 * the Pagefind bundle live (base path included) and the interface strings
 * of the page language. Written into the page as JSON by SearchApp.astro.
 */
import type { FilterKey } from './searchState.ts';
import type { PluralForms } from './searchText.ts';

/** The JSON in `<script id="search-config">`. */
export interface SearchPageConfig {
  /** BCP 47 tag for plural rules and sorting ("ky-KG"). */
  locale: string;
  /** The site's base path ("/" or "/newsroom/"), prefixed to result URLs. */
  basePath: string;
  /** Where pagefind.js is ("/newsroom/pagefind/"). */
  bundlePath: string;
  strings: {
    loading: string;
    error: string;
    noResults: string;
    results: PluralForms;
    filtered: PluralForms;
    more: string;
  };
  filterLegends: Record<FilterKey, string>;
}

/** The plural forms of `key` ("search.results_one", "search.results_few"…) from one language's UI strings. */
export function pluralForms(strings: Record<string, string>, key: string): PluralForms {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of ['zero', 'one', 'two', 'few', 'many', 'other'] as const) {
    const text = strings[`${key}_${category}`];
    if (text !== undefined) forms[category] = text;
  }
  if (forms.other === undefined) throw new Error(`[newsroom] The UI string "${key}_other" is missing.`);
  return forms as PluralForms;
}
