/**
 * A language's search index started before the pages are built. After an
 * edit, most of a language's pages are the same as at its last full index,
 * whose staged pages are kept (keptPages.ts). Pagefind reads those while
 * Astro still renders, at a lower priority, on the core Astro's single
 * thread leaves idle. Once the new pages are written: if they have the same
 * paths and only a few differ, those few are given to Pagefind again (it
 * replaces a page of the same address where it stands, so every page keeps
 * its number) and the index is written, the same files a full index of the
 * new pages writes. Otherwise the early index is dropped and the language is
 * indexed in full, as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexedPageCount, type LanguageIndexResult } from './indexLanguage.ts';
import { keptPagesIntact, readKeptPages } from './keptPages.ts';
import { pagefindBinary } from './pagefindPackage.ts';
import { startPagefindService } from './pagefindService.ts';
import type { IndexedPage } from './scanIndexedPages.ts';

/**
 * Above this many changed pages a language is indexed in full: each page
 * given again is one message (about 5 ms for a 650-word release), and a
 * full index also renews the kept pages, which later builds compare with.
 */
export const MOST_CHANGED_PAGES = 100;

/**
 * The early index's priority (nice value), the lowest: the scheduler weighs
 * each thread, and a Pagefind process runs several, which at a middle value
 * together weigh more than Astro's one thread.
 */
const NICENESS = 19;

/** An early index of one language. */
export interface EarlyIndex {
  lang: string;
  /**
   * The pages (sorted by path, as scanned) that differ from the kept ones,
   * or undefined when this early index cannot make their index: the paths
   * differ, too many pages changed, or Pagefind failed.
   */
  changedPages(pages: readonly IndexedPage[]): IndexedPage[] | undefined;
  /** Gives Pagefind the `changed` pages from `outDir` and writes the index into `bundleDir`; undefined when it could not (then index in full). */
  finish(outDir: string, changed: readonly IndexedPage[], bundleDir: string): Promise<LanguageIndexResult | undefined>;
  /** Ends Pagefind without an index (safe to call more than once). */
  cancel(): void;
  /** Settles when Pagefind has read the kept pages, or could not. */
  read: Promise<void>;
}

/** Starts the early index of `lang` with Pagefind's program `binary`, or returns undefined when the cache keeps no intact pages for it. */
export function startEarlyIndex(binary: string, cacheDir: string, lang: string, after: Promise<unknown> = Promise.resolve()): EarlyIndex | undefined {
  const kept = readKeptPages(cacheDir, lang);
  if (!kept) return undefined;
  const service = startPagefindService(binary, kept.dir, NICENESS);
  let closed = false;
  let failed = false;
  const close = () => {
    if (closed) return undefined;
    closed = true;
    return service.close();
  };
  const read = (async () => {
    await after.catch(() => undefined);
    const created = await service.request({ type: 'NewIndex', config: { force_language: lang } });
    const added = await service.request({ type: 'AddDir', index_id: created.index_id, path: kept.dir });
    if (added.page_count !== kept.pages.length) throw new Error(`Pagefind read ${String(added.page_count)} kept pages, expected ${kept.pages.length}`);
    return created.index_id;
  })();
  read.catch(() => {
    failed = true;
  });
  return {
    lang,
    changedPages(pages) {
      if (failed || closed || pages.length !== kept.pages.length) return undefined;
      const changed: IndexedPage[] = [];
      for (const [position, page] of pages.entries()) {
        const before = kept.pages[position]!;
        if (page.file !== before.file) return undefined;
        if (page.digest !== before.digest) changed.push(page);
      }
      return changed.length <= MOST_CHANGED_PAGES ? changed : undefined;
    },
    async finish(outDir, changed, bundleDir) {
      try {
        const indexId = await read;
        if (!keptPagesIntact(kept)) throw new Error('the kept pages changed while Pagefind read them');
        for (const page of changed) {
          await service.request({ type: 'AddFile', index_id: indexId, file_path: page.file, file_contents: readFileSync(join(outDir, page.file), 'utf8') });
        }
        await service.request({ type: 'WriteFiles', index_id: indexId, output_path: bundleDir });
        const peakMb = close();
        return { pages: await indexedPageCount(bundleDir, lang), errors: [], peakMb };
      } catch {
        // Whatever went wrong, the full index (run next) reports Pagefind's own errors.
        close();
        return undefined;
      }
    },
    cancel() {
      close();
    },
    /** Settles when Pagefind has read the kept pages (or could not). */
    read: read.then(() => undefined, () => undefined),
  };
}

/**
 * The languages whose pages change with `files`, among `languages`: a
 * translation file is named after its language (`content/releases/<slug>/ky.md`),
 * and each translation's page shows the titles of the others (the language
 * switcher), so every translation in the folder of a changed one counts.
 */
export function languagesOfFiles(files: Iterable<string>, languages: readonly string[]): string[] {
  const languageOf = (name: string) => {
    const lang = name.replace(/\.[^.]*$/, '');
    return languages.includes(lang) ? lang : undefined;
  };
  const found = new Set<string>();
  for (const file of files) {
    // Either separator: the paths come from the file system of whichever system builds.
    const parts = file.split(/[\\/]/);
    const own = languageOf(parts.pop() ?? '');
    if (!own) continue;
    found.add(own);
    try {
      for (const name of readdirSync(parts.join('/'))) found.add(languageOf(name) ?? own);
    } catch {
      // The folder is gone (the release was removed): its own language is enough.
    }
  }
  return languages.filter((lang) => found.has(lang));
}

/**
 * Starts an early index for each of `languages` whose pages the cache keeps.
 * None without Pagefind's program: the full index then says it is missing.
 */
export async function startEarlyIndexes(cacheDir: string, languages: readonly string[]): Promise<Map<string, EarlyIndex>> {
  const started = new Map<string, EarlyIndex>();
  if (languages.length === 0) return started;
  const binary = await pagefindBinary().catch(() => undefined);
  // One language reads at a time: the idle core is one, and each reading process holds its pages in memory.
  let previous: Promise<unknown> = Promise.resolve();
  for (const lang of binary ? languages : []) {
    const index = startEarlyIndex(binary!, cacheDir, lang, previous);
    if (!index) continue;
    started.set(lang, index);
    previous = index.read;
  }
  return started;
}
