/**
 * Indexes the languages whose pages changed: stages each language's pages
 * (stagePages), runs Pagefind on them (indexLanguage) and commits the new
 * bundles to the cache. Languages run side by side, no more at once than
 * there are cores.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { recordBundleSizes } from './assembleBundle.ts';
import { indexLanguage } from './indexLanguage.ts';
import { pagefindBinary } from './pagefindPackage.ts';
import type { IndexedPage } from './scanIndexedPages.ts';
import { newBundleDir } from './searchIndexCache.ts';
import { stagePages, type StagedPages } from './stagePages.ts';

/** One language to index: its pages (sorted by path) and their fingerprint. */
export interface StaleLanguage {
  lang: string;
  pages: readonly IndexedPage[];
  fingerprint: string;
}

/** What indexing the languages took. */
export interface LanguagesIndexed {
  /** Peak memory of the Pagefind processes that ran at once (summed), when it could be measured (Linux). */
  peakMb: number | undefined;
  /** Settles when every staged folder is removed (removal runs while the remaining work goes on). */
  cleanedUp: Promise<void>;
}

/** Lets the event loop turn once: what was waiting (starting an indexer) goes first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Indexes `stale` languages of the site in `outDir` into the search cache `cacheDir`; throws on the first failure. */
export async function indexLanguages(outDir: string, cacheDir: string, stale: readonly StaleLanguage[]): Promise<LanguagesIndexed> {
  const binary = await pagefindBinary();
  // Every new bundle folder first: making one clears the language's leftovers of killed builds,
  // which would otherwise include the pages this build is staging.
  const fresh: Array<Awaited<ReturnType<typeof newBundleDir>>> = [];
  for (const { lang } of stale) fresh.push(await newBundleDir(cacheDir, lang));
  // Staging is synchronous work on this thread (a second per 3,000 pages): each language is staged
  // one after the other, while the indexers of the languages before it already run.
  let failed = false;
  let previous: Promise<unknown> = Promise.resolve();
  const staged = stale.map(({ pages }, position): Promise<StagedPages> => {
    const next = previous.then(nextTurn).then(() => {
      if (failed) throw new Error('[newsroom] not staged: another language failed');
      return stagePages(outDir, pages, `${fresh[position]!.dir}-pages`);
    });
    previous = next.catch(() => undefined);
    return next;
  });
  const removals: Array<Promise<void>> = [];
  const peaks: number[] = [];
  let next = 0;
  const worker = async () => {
    // After a failure no worker starts another language.
    while (next < stale.length && !failed) {
      const position = next++;
      const { lang, pages, fingerprint } = stale[position]!;
      const pagesDir = await staged[position]!;
      const result = await indexLanguage(binary, lang, pagesDir.dir, fresh[position]!.dir);
      removals.push(pagesDir.remove());
      if (result.peakMb !== undefined) peaks.push(result.peakMb);
      if (result.errors.length > 0) throw new Error(`[newsroom] Pagefind could not index the ${lang} pages: ${result.errors.join('; ')}`);
      if (result.pages !== pages.length) throw new Error(`[newsroom] Pagefind indexed ${result.pages} ${lang} pages, expected ${pages.length}.`);
      await recordBundleSizes(fresh[position]!.dir);
      await fresh[position]!.commit(fingerprint);
    }
  };
  // Each Pagefind process also reads its pages on every core, and holds its index in memory.
  const workers = Math.min(stale.length, Math.max(1, availableParallelism()));
  const outcomes = await Promise.allSettled(Array.from({ length: workers }, () => worker().catch((error: unknown) => {
    failed = true;
    throw error;
  })));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    // Languages not reached: their staged pages and empty bundle folders go too.
    for (const [position, pagesDir] of staged.entries()) {
      removals.push(pagesDir.then((folder) => folder.remove(), () => undefined));
      removals.push(rm(fresh[position]!.dir, { recursive: true, force: true }).catch(() => undefined));
    }
    await Promise.all(removals);
    throw failure.reason;
  }
  // The largest peaks of as many processes as ran at once: an upper bound of what they held together.
  const peakMb = peaks.length > 0 ? peaks.sort((a, b) => b - a).slice(0, workers).reduce((sum, peak) => sum + peak, 0) : undefined;
  return { peakMb, cleanedUp: Promise.all(removals).then(() => undefined) };
}
