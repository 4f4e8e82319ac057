/**
 * The staged pages of a language's last full index, kept in the search
 * cache (`<cache>/<lang>/pages/` and `pages.json`) instead of being removed:
 * the next build can start Pagefind on them before its own pages exist
 * (earlyIndex.ts). The folder is only ever made whole by stagePages and
 * never changed afterwards: Pagefind numbers pages in the order the file
 * system lists them, and a folder made the same way from the same names
 * lists them the same way, which is what keeps an early index byte for byte
 * equal to a full one.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexedPage } from './scanIndexedPages.ts';

/** One kept page: its path and digest as scanned, and its file's size and time as staged. */
export interface KeptPage extends IndexedPage {
  size: number;
  mtimeMs: number;
}

/** A language's kept pages. */
export interface KeptPages {
  dir: string;
  pages: KeptPage[];
}

const folderOf = (cacheDir: string, lang: string) => join(cacheDir, lang, 'pages');
const listOf = (cacheDir: string, lang: string) => join(cacheDir, lang, 'pages.json');

/**
 * True when every kept file still has the size and time it was staged with.
 * The files are links to pages of an earlier build: a deployment step that
 * rewrote that build's pages in place would have changed them too.
 */
export function keptPagesIntact(kept: KeptPages): boolean {
  try {
    return kept.pages.every((page) => {
      const stats = statSync(join(kept.dir, page.file));
      return stats.size === page.size && stats.mtimeMs === page.mtimeMs;
    });
  } catch {
    return false;
  }
}

/** The kept pages of `lang`, or undefined when there are none or they changed since they were kept. */
export function readKeptPages(cacheDir: string, lang: string): KeptPages | undefined {
  try {
    const kept = { dir: folderOf(cacheDir, lang), pages: JSON.parse(readFileSync(listOf(cacheDir, lang), 'utf8')) as KeptPage[] };
    return keptPagesIntact(kept) ? kept : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the folder `stagedDir` (made by stagePages from `pages`, and just
 * indexed) as the kept pages of `lang`, in place of the previous ones.
 * `retired` is a free name in the language's cache folder for the previous
 * folder, which the returned promise removes.
 */
export function keepStagedPages(cacheDir: string, lang: string, stagedDir: string, pages: readonly IndexedPage[], retired: string): Promise<void> {
  const kept = pages.map((page): KeptPage => {
    const stats = statSync(join(stagedDir, page.file));
    return { ...page, size: stats.size, mtimeMs: stats.mtimeMs };
  });
  // The list goes first and comes back last: a build stopped in between leaves no list that names other files.
  rmSync(listOf(cacheDir, lang), { force: true });
  const folder = folderOf(cacheDir, lang);
  let previous = false;
  try {
    renameSync(folder, retired);
    previous = true;
  } catch {
    // None kept yet.
  }
  renameSync(stagedDir, folder);
  writeFileSync(listOf(cacheDir, lang), JSON.stringify(kept));
  return previous ? rm(retired, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined) : Promise.resolve();
}
