/**
 * Builds the site's search index after the pages are written: one Pagefind
 * index per language, from the pages marked `data-pagefind-body`. A
 * language whose indexed pages did not change since the previous build
 * reuses its cached bundle; the others are indexed again. Only built pages
 * are read, so what the index holds is exactly what the site publishes
 * (drafts and embargoed releases have no page, hence no entry).
 */
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { assembleBundle, recordBundleSizes } from './assembleBundle.ts';
import { indexLanguage } from './indexLanguage.ts';
import { pagefindBinary } from './pagefindPackage.ts';
import { scanIndexedPages, type IndexedPage } from './scanIndexedPages.ts';
import { cachedBundleDir, hasCachedBundle, newBundleDir, pagesFingerprint } from './searchIndexCache.ts';

/** What happened, for the build log (and the benchmark, which reads that line). */
export interface SearchIndexReport {
  pages: number;
  indexed: string[];
  reused: string[];
  files: number;
  bytes: number;
  seconds: number;
  /** Peak memory of the Pagefind processes that ran at once (summed) when they ran and could be measured (Linux). */
  indexerPeakMb?: number | undefined;
}

/** Writes `<outDir>/pagefind/` for `languages`, using and refreshing the cache in `cacheDir`. */
export async function buildSearchIndex(options: { outDir: string; cacheDir: string; languages: readonly string[] }): Promise<SearchIndexReport> {
  const started = performance.now();
  const { outDir, cacheDir } = options;
  const report: SearchIndexReport = { pages: 0, indexed: [], reused: [], files: 0, bytes: 0, seconds: 0 };
  const bundles = new Map<string, string>();
  const stale: Array<{ lang: string; pages: IndexedPage[]; fingerprint: string }> = [];
  const scanned = await Promise.all(options.languages.map((lang) => scanIndexedPages(outDir, lang)));
  for (const [position, lang] of options.languages.entries()) {
    const pages = scanned[position]!;
    if (pages.length === 0) continue;
    report.pages += pages.length;
    const fingerprint = pagesFingerprint(lang, pages);
    if (await hasCachedBundle(cacheDir, lang, fingerprint)) report.reused.push(lang);
    else stale.push({ lang, pages, fingerprint });
    bundles.set(lang, cachedBundleDir(cacheDir, lang));
  }
  if (stale.length > 0) {
    const binary = await pagefindBinary();
    const peaks: number[] = [];
    // Languages are indexed side by side, one Pagefind process per core; each process also reads its
    // pages on every core, so no more at once than there are cores (each holds its index in memory).
    let next = 0;
    let failed = false;
    const worker = async () => {
      // After a failure no worker starts another language.
      while (next < stale.length && !failed) {
        const { lang, pages, fingerprint } = stale[next++]!;
        const fresh = await newBundleDir(cacheDir, lang);
        const result = await indexLanguage(binary, outDir, lang, pages, fresh.dir, `${fresh.dir}-pages`);
        if (result.peakMb !== undefined) peaks.push(result.peakMb);
        if (result.errors.length > 0) throw new Error(`[newsroom] Pagefind could not index the ${lang} pages: ${result.errors.join('; ')}`);
        if (result.pages !== pages.length) throw new Error(`[newsroom] Pagefind indexed ${result.pages} ${lang} pages, expected ${pages.length}.`);
        await recordBundleSizes(fresh.dir);
        await fresh.commit(fingerprint);
      }
    };
    const workers = Math.min(stale.length, Math.max(1, availableParallelism()));
    const outcomes = await Promise.allSettled(Array.from({ length: workers }, () => worker().catch((error: unknown) => {
      failed = true;
      throw error;
    })));
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    report.indexed = stale.map(({ lang }) => lang);
    // The largest peaks of as many processes as ran at once: an upper bound of what they held together.
    if (peaks.length > 0) report.indexerPeakMb = peaks.sort((a, b) => b - a).slice(0, workers).reduce((sum, peak) => sum + peak, 0);
  }
  const target = join(outDir, 'pagefind');
  await rm(target, { recursive: true, force: true });
  const assembled = await assembleBundle(bundles, target);
  return { ...report, ...assembled, seconds: (performance.now() - started) / 1000 };
}
