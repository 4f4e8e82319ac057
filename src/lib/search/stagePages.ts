/**
 * Hands Pagefind exactly one language's indexed pages as a folder of its
 * own: a fresh folder under the cache that mirrors the pages' paths, each
 * page a hard link to the built file (a copy across devices).
 *
 * Why a folder: Pagefind reads a folder on all cores (addDirectory), about
 * twice as fast as one message per page. But it takes the pages in the
 * order the file system lists them, and that order decides its output
 * files. The output folder's listing order depends on how Astro happened to
 * write it (a clean build and an incremental one write in different
 * orders); a fresh folder whose entries are created one by one in path
 * order lists the same way on every build, so the same pages give the same
 * index, byte for byte.
 */
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkOrCopy } from '../files/linkOrCopy.ts';
import type { IndexedPage } from './scanIndexedPages.ts';

/** A staged folder; `remove` deletes it (the built pages stay). */
export interface StagedPages {
  dir: string;
  remove(): Promise<void>;
}

/**
 * Creates `dir` (which must not exist) holding `pages` (files under `outDir`,
 * sorted by path) at their own relative paths. Sequential on purpose: the
 * creation order is what makes the listing order repeatable.
 */
export async function stagePages(outDir: string, pages: readonly IndexedPage[], dir: string): Promise<StagedPages> {
  // A failed removal (a virus scanner holding a file on Windows) must not hide the indexer's own
  // outcome: the folder is only a set of links, and the next index of this language removes it.
  const remove = () => rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
    console.warn(`[newsroom] the staged search pages in ${dir} could not be removed (${(error as Error).message}); the next search index build removes them.`);
  });
  try {
    const made = new Set<string>();
    for (const page of pages) {
      const target = join(dir, page.file);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      linkOrCopy(join(outDir, page.file), target);
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
