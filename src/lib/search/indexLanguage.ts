/**
 * Runs Pagefind over one language's indexed pages and writes that
 * language's bundle (pagefind.js, its wasm, the language's meta, index
 * chunks, filters and fragments) into a folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { IndexedPage } from './scanIndexedPages.ts';

/** What Pagefind reported. */
export interface LanguageIndexResult {
  /** Pages in the written index (from its pagefind-entry.json). */
  pages: number;
  /** Pagefind's own error messages (an empty list when it went well). */
  errors: string[];
}

/** The address Pagefind gives a page: "en/releases/x/index.html" → "/en/releases/x/" (the search page adds the base path). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Indexes the language's `pages` (files under `outDir`) into `bundleDir`.
 * Only these pages are read; Pagefind keeps the part marked
 * `data-pagefind-body`, minus `data-pagefind-ignore`.
 */
export async function indexLanguage(outDir: string, lang: string, pages: readonly IndexedPage[], bundleDir: string): Promise<LanguageIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) return { pages: 0, errors };
  try {
    // One page at a time, in path order: Pagefind parses the pages of one index one after another anyway,
    // and the order pages arrive in decides its output files (the same pages must give the same files).
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
      return { pages: 0, errors };
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) return { pages: 0, errors: written.errors };
    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pages: entry.languages[lang]?.page_count ?? 0, errors: [] };
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's indexing process (it would otherwise keep the build's Node process alive). */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}
