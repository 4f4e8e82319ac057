/**
 * Builds the site's search index after the pages are written: one Pagefind
 * index per language, from the pages marked `data-pagefind-body`. A
 * language whose indexed pages did not change since the previous build
 * reuses its cached bundle; the others are indexed again, in full or, when
 * an early index was started for them (earlyIndex.ts), from the pages kept
 * at their last full index with the changed pages given again. Either way
 * the index is made from exactly the built pages (the early index only
 * when the kept pages have the same paths), so what it holds is what the
 * site publishes (drafts and embargoed releases have no page, hence no
 * entry).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleBundle } from './assembleBundle.ts';
import type { EarlyIndex } from './earlyIndex.ts';
import { indexLanguages } from './indexLanguages.ts';
import { scanIndexedPages } from './scanIndexedPages.ts';
import { cachedBundleDir, hasCachedBundle, pagesFingerprint } from './searchIndexCache.ts';

/** What happened, for the build log (and the benchmark, which reads that line). */
export interface SearchIndexReport {
  pages: number;
  indexed: string[];
  reused: string[];
  /** Of `indexed`, the languages finished from an early index. */
  early: string[];
  files: number;
  bytes: number;
  seconds: number;
  /** Peak memory of the Pagefind processes that ran at once (summed) when they ran and could be measured (Linux). */
  indexerPeakMb?: number | undefined;
}

/** Writes `<outDir>/pagefind/` for `languages`, using and refreshing the cache in `cacheDir`. */
export async function buildSearchIndex(options: {
  outDir: string;
  cacheDir: string;
  languages: readonly string[];
  /** Early indexes started while the pages were built (startEarlyIndexes). */
  early?: ReadonlyMap<string, EarlyIndex> | undefined;
}): Promise<SearchIndexReport> {
  const started = performance.now();
  const { outDir, cacheDir } = options;
  const early = options.early ?? new Map<string, EarlyIndex>();
  const report: SearchIndexReport = { pages: 0, indexed: [], reused: [], early: [], files: 0, bytes: 0, seconds: 0 };
  const bundles = new Map<string, string>();
  const indexed = await indexLanguages(outDir, cacheDir, options.languages, async (lang) => {
    const pages = await scanIndexedPages(outDir, lang);
    if (pages.length === 0) return undefined;
    report.pages += pages.length;
    bundles.set(lang, cachedBundleDir(cacheDir, lang));
    const fingerprint = pagesFingerprint(lang, pages);
    if (await hasCachedBundle(cacheDir, lang, fingerprint)) {
      report.reused.push(lang);
      return undefined;
    }
    report.indexed.push(lang);
    return { lang, pages, fingerprint };
  }, early).finally(() => {
    // Those not reached (a language without pages, or a failure before it) end here.
    for (const index of early.values()) index.cancel();
  });
  report.indexerPeakMb = indexed.peakMb;
  report.early = options.languages.filter((lang) => indexed.early.includes(lang));
  const target = join(outDir, 'pagefind');
  await rm(target, { recursive: true, force: true });
  const assembled = await assembleBundle(bundles, target).finally(() => indexed.cleanedUp);
  return { ...report, ...assembled, seconds: (performance.now() - started) / 1000 };
}
