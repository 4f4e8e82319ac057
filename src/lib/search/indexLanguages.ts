/**
 * Indexes the languages whose pages changed. Each language is prepared in
 * turn on this thread (its pages scanned, and when they changed, staged:
 * stagePages), and a changed language's Pagefind (indexLanguage) starts as
 * soon as it is staged, while the next language is scanned. Languages are
 * indexed side by side, no more at once than there are cores. Each new
 * bundle is written into a folder seeded with the previous bundle's
 * content-named files, which Pagefind then does not write again
 * (seedBundle.ts), is committed to the cache, and its staged pages are kept
 * there (keptPages.ts). A language with an early index (earlyIndex.ts) that can
 * make the new index is finished from it instead, and not staged.
 */
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { recordBundleSizes } from './assembleBundle.ts';
import type { EarlyIndex } from './earlyIndex.ts';
import { indexLanguage, type LanguageIndexResult } from './indexLanguage.ts';
import { keepStagedPages } from './keptPages.ts';
import { pagefindBinary } from './pagefindPackage.ts';
import type { IndexedPage } from './scanIndexedPages.ts';
import { cachedBundleDir, newBundleDir } from './searchIndexCache.ts';
import { removeUnreferenced, seedBundle } from './seedBundle.ts';
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
  /** Settles when every staged folder is kept or removed (which runs while the remaining work goes on). */
  cleanedUp: Promise<void>;
  /** Languages finished from their early index. */
  early: string[];
}

interface Prepared extends StaleLanguage {
  bundle: Awaited<ReturnType<typeof newBundleDir>>;
  /** Files linked from the cached bundle, which Pagefind does not write again (seedBundle.ts). */
  seeded: string[];
  /** Staged for a full index, or… */
  staged?: StagedPages;
  /** …finished from an early index, giving it these pages again. */
  early?: { index: EarlyIndex; changed: IndexedPage[] };
}

/** Lets the event loop turn once: what was waiting (starting an indexer) goes first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Indexes, into the search cache `cacheDir`, each of `languages` for which
 * `prepare` (called one language at a time, in order) returns pages; it
 * returns undefined for a language with nothing to index. `early` holds the
 * early indexes started for some languages; this call finishes or cancels
 * each one it reaches. Throws the first failure, after removing what this
 * call staged.
 */
export async function indexLanguages(
  outDir: string,
  cacheDir: string,
  languages: readonly string[],
  prepare: (lang: string) => Promise<StaleLanguage | undefined>,
  early: ReadonlyMap<string, EarlyIndex> = new Map(),
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
      const changed = stale && early.get(lang)?.changedPages(stale.pages);
      if (!changed) early.get(lang)?.cancel();
      if (!stale || failure) return undefined;
      // Found before anything is staged: without Pagefind's program there is nothing to stage for.
      await (binary ??= pagefindBinary());
      // Made before staging: a new bundle folder clears the language's leftovers of killed builds.
      const bundle = await newBundleDir(cacheDir, lang);
      try {
        const seeded = seedBundle(cachedBundleDir(cacheDir, lang), bundle.dir);
        if (changed) return { ...stale, bundle, seeded, early: { index: early.get(lang)!, changed } };
        return { ...stale, bundle, seeded, staged: await stagePages(outDir, stale.pages, `${bundle.dir}-pages`) };
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
  const finishedEarly: string[] = [];
  let position = 0;
  /** Empties the bundle folder of `language` and, unless told not to, seeds it again from the cached bundle. */
  const resetBundle = async (language: Prepared, seed: boolean) => {
    await rm(language.bundle.dir, { recursive: true, force: true });
    await mkdir(language.bundle.dir, { recursive: true });
    language.seeded = seed ? seedBundle(cachedBundleDir(cacheDir, language.lang), language.bundle.dir) : [];
  };
  /** Writes the index of `language` into its bundle folder: from its early index, or in full. */
  const writeIndex = async (language: Prepared): Promise<LanguageIndexResult> => {
    const { lang, pages, bundle } = language;
    if (language.early) {
      const result = await language.early.index.finish(outDir, language.early.changed, bundle.dir);
      language.early = undefined;
      if (result) return { ...result, early: true };
      // Could not: a full index, into a folder seeded afresh.
      await resetBundle(language, language.seeded.length > 0);
    }
    const staged = language.staged ??= await stagePages(outDir, pages, `${bundle.dir}-pages`);
    const result = await indexLanguage(await binary!, lang, staged.dir, bundle.dir);
    // Kept only when the index is good; otherwise removed with the other staged folders below.
    if (result.errors.length === 0 && result.pages === pages.length) {
      try {
        removals.push(keepStagedPages(cacheDir, lang, staged.dir, pages, `${bundle.dir}-retired`));
      } catch {
        // Not kept (a folder held open on Windows): the next build indexes this language in full.
        removals.push(staged.remove());
      }
      language.staged = undefined;
    }
    return result;
  };
  const worker = async () => {
    // After a failure no worker starts another language.
    while (position < prepared.length && !failure) {
      const language = await prepared[position++]!;
      if (!language || failure) continue;
      const { lang, pages, fingerprint, bundle } = language;
      let result = await writeIndex(language);
      if (result.errors.length === 0 && result.pages === pages.length && language.seeded.length > 0) {
        try {
          await removeUnreferenced(bundle.dir, language.seeded);
        } catch {
          // The new index could not be read back (another Pagefind?): written again into an empty folder.
          await resetBundle(language, false);
          result = await writeIndex(language);
        }
      }
      if (result.early) finishedEarly.push(lang);
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
      (done) => done && Promise.all([done.staged?.remove(), done.early?.index.cancel(), rm(done.bundle.dir, { recursive: true, force: true }).catch(() => undefined)]),
      () => undefined,
    ));
    await Promise.all([...removals, ...cleanups]);
    throw failure.error;
  }
  // The largest peaks of as many processes as ran at once: an upper bound of what they held together.
  const peakMb = peaks.length > 0 ? peaks.sort((a, b) => b - a).slice(0, workers).reduce((sum, peak) => sum + peak, 0) : undefined;
  return { peakMb, cleanedUp: Promise.all(removals).then(() => undefined), early: finishedEarly };
}
