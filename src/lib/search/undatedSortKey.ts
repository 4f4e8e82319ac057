/**
 * The `data-pagefind-sort` of indexed pages that have no date (an
 * organisation's profile, the about page). Pagefind leaves a page without
 * the sort key out of a sorted search, so without it "newest first" found
 * fewer results than "most relevant" for the same words (3 against 2 for
 * "coalition" in the search fixture). Release pages sort by their instant
 * (`data-instant`, an ISO string, compared as text): this value comes
 * before every one of them, so undated pages come last, newest first.
 */
export const UNDATED_SORT_KEY = 'date:0000-01-01T00:00:00.000Z';
