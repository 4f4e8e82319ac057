/**
 * Indexes the languages whose pages changed. Each language is prepared in
 * turn on this thread (its pages scanned, and when they changed, staged:
 * stagePages), and a changed language's Pagefind (indexLanguage) starts as
 * soon as it is staged, while the next language is scanned. Languages are
 * indexed side by side, no more at once than there are cores; each new
 * bundle is committed to the cache.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { recordBundleSizes } from './assembleBundle.ts';
import { indexLanguage } from './indexLanguage.ts';
import { pagefindBinary } from './pagefindPackage.ts';
import type { IndexedPage } from './scanIndexedPages.ts';
import { newBundleDir } from './searchIndexCache.ts';
import { stagePages, type StagedPages } from './stagePages.ts';

/** A language to index: its pages (sorted by path) and their fingerprint. */
export interface StaleLanguage {
  lang: string;
  pages: readonly IndexedPage[];
  fingerprint: string;
}

/** What indexing took. */
export interface LanguagesIndexed {
  /** Peak memory of the Pagefind processes that ran at once (summed), when it could be measured (Linux). */
  peakMb: number | undefined;
  /** Settles when every staged folder is removed (removal runs while the remaining work goes on). */
  cleanedUp: Promise<void>;
}

interface Prepared extends StaleLanguage {
  bundle: Awaited<ReturnType<typeof newBundleDir>>;
  staged: StagedPages;
}

/** Lets the event loop turn once: what was waiting (starting an indexer) goes first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Indexes, into the search cache `cacheDir`, each of `languages` for which
 * `prepare` (called one language at a time, in order) returns pages; it
 * returns undefined for a language with nothing to index. Throws the first
 * failure, after removing what this call staged.
 */
export async function indexLanguages(
  outDir: string,
  cacheDir: string,
  languages: readonly string[],
  prepare: (lang: string) => Promise<StaleLanguage | undefined>,
): Promise<LanguagesIndexed> {
  let binary: Promise<string> | undefined;
  let failure: { error: unknown } | undefined;
  // Scanning and staging are synchronous file work on this thread (about a second per 3,000 pages):
  // one language after the other, each while the indexers of the languages before it already run.
  let previous: Promise<unknown> = Promise.resolve();
  const prepared = languages.map((lang): Promise<Prepared | undefined> => {
    const next = previous.then(nextTurn).then(async () => {
      if (failure) return undefined;
      const stale = await prepare(lang);
      if (!stale || failure) return undefined;
      // Found before anything is staged: without Pagefind's program there is nothing to stage for.
      await (binary ??= pagefindBinary());
      // Made before staging: a new bundle folder clears the language's leftovers of killed builds.
      const bundle = await newBundleDir(cacheDir, lang);
      try {
        return { ...stale, bundle, staged: await stagePages(outDir, stale.pages, `${bundle.dir}-pages`) };
      } catch (error) {
        await rm(bundle.dir, { recursive: true, force: true }).catch(() => undefined);
        throw error;
      }
    });
    previous = next.catch(() => undefined);
    return next;
  });
  const removals: Array<Promise<void>> = [];
  const peaks: number[] = [];
  let position = 0;
  const worker = async () => {
    // After a failure no worker starts another language.
    while (position < prepared.length && !failure) {
      const language = await prepared[position++]!;
      if (!language || failure) continue;
      const { lang, pages, fingerprint, bundle, staged } = language;
      const result = await indexLanguage(await binary!, lang, staged.dir, bundle.dir);
      removals.push(staged.remove());
      if (result.peakMb !== undefined) peaks.push(result.peakMb);
      if (result.errors.length > 0) throw new Error(`[newsroom] Pagefind could not index the ${lang} pages: ${result.errors.join('; ')}`);
      if (result.pages !== pages.length) throw new Error(`[newsroom] Pagefind indexed ${result.pages} ${lang} pages, expected ${pages.length}.`);
      await recordBundleSizes(bundle.dir);
      await bundle.commit(fingerprint);
    }
  };
  // Each Pagefind process also reads its pages on every core, and holds its index in memory.
  const workers = Math.min(languages.length, Math.max(1, availableParallelism()));
  await Promise.all(Array.from({ length: workers }, () => worker().catch((error: unknown) => {
    failure ??= { error };
  })));
  if (failure) {
    // Languages staged but not indexed: their staged pages and unfinished bundle folders go too.
    const cleanups = prepared.map((language) => language.then(
      (done) => done && Promise.all([done.staged.remove(), rm(done.bundle.dir, { recursive: true, force: true }).catch(() => undefined)]),
      () => undefined,
    ));
    await Promise.all([...removals, ...cleanups]);
    throw failure.error;
  }
  // The largest peaks of as many processes as ran at once: an upper bound of what they held together.
  const peakMb = peaks.length > 0 ? peaks.sort((a, b) => b - a).slice(0, workers).reduce((sum, peak) => sum + peak, 0) : undefined;
  return { peakMb, cleanedUp: Promise.all(removals).then(() => undefined) };
}
