/**
 * Runs Pagefind over one language's indexed pages and writes that
 * language's bundle (pagefind.js, its wasm, the language's meta, index
 * chunks, filters and fragments) into a folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrl } from './pageUrl.ts';
import type { IndexedPage } from './scanIndexedPages.ts';
import type { Speculation } from './speculation.ts';

/** What Pagefind reported. */
export interface LanguageIndexResult {
  /** Pages in the written index (from its pagefind-entry.json). */
  pages: number;
  /** Pagefind's own error messages (an empty list when it went well). */
  errors: string[];
  /** Pages that had been fed ahead and were taken as they were (speculation.ts). */
  ahead: number;
}

/**
 * The index fed ahead, if every page it was fed is among `pages` with the
 * same digest; otherwise undefined (and that index is dropped).
 */
async function takeSpeculation(speculation: Speculation | undefined, pages: readonly IndexedPage[]): Promise<pagefind.PagefindIndex | undefined> {
  const index = await speculation?.ready;
  if (!speculation || !index) return undefined;
  const built = new Map(pages.map((page) => [page.file, page.digest]));
  if (speculation.fed.length > 0 && speculation.fed.every((page) => built.get(page.file) === page.digest)) return index;
  await index.deleteIndex();
  return undefined;
}


/**
 * Indexes the language's `pages` (files under `outDir`) into `bundleDir`.
 * Only these pages are read; Pagefind keeps the part marked
 * `data-pagefind-body`, minus `data-pagefind-ignore`. With a speculation
 * whose pages all came out unchanged, only the other pages are added.
 */
export async function indexLanguage(outDir: string, lang: string, allPages: readonly IndexedPage[], bundleDir: string, speculation?: Speculation): Promise<LanguageIndexResult> {
  const fedAhead = await takeSpeculation(speculation, allPages);
  const created = fedAhead ? { index: fedAhead, errors: [] as string[] } : await pagefind.createIndex({ forceLanguage: lang });
  const { index, errors } = created;
  if (!index) return { pages: 0, errors, ahead: 0 };
  const ahead = new Set(fedAhead ? speculation!.fed.map((page) => page.file) : []);
  const pages = allPages.filter((page) => !ahead.has(page.file));
  try {
    // One page at a time, in path order (after any fed ahead): Pagefind parses the pages of one index one after
    // another anyway, and the order pages arrive in decides its output files (the same pages give the same files).
    let reading = pages[0] ? readFile(join(outDir, pages[0].file), 'utf8') : undefined;
    for (const [position, page] of pages.entries()) {
      const content = await reading!;
      const following = pages[position + 1];
      reading = following ? readFile(join(outDir, following.file), 'utf8') : undefined;
      const added = await index.addHTMLFile({ url: pageUrl(page.file), content });
      errors.push(...added.errors.map((error) => `${page.file}: ${error}`));
      if (errors.length > 0) break;
    }
    if (errors.length > 0) {
      await reading?.catch(() => undefined);
      return { pages: 0, errors, ahead: 0 };
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) return { pages: 0, errors: written.errors, ahead: 0 };
    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pages: entry.languages[lang]?.page_count ?? 0, errors: [], ahead: ahead.size };
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's indexing process (it would otherwise keep the build's Node process alive). */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}
