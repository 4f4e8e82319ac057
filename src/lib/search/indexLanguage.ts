/**
 * Runs Pagefind over one language's indexed pages and writes that
 * language's bundle (pagefind.js, its wasm, the language's meta, index
 * chunks, filters and fragments) into a folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Pagefind's Node API: one module instance drives one indexing process. */
export type Pagefind = typeof import('pagefind');

/** Pages sent ahead of Pagefind's answers (read from disk and encoded while it parses the previous ones). */
const IN_FLIGHT = 16;

/**
 * Indexes the language's `pages` (files under `outDir`) into `bundleDir`
 * with `pagefind` (see pagefindInstance). Only these pages are read;
 * Pagefind keeps the part marked `data-pagefind-body`, minus
 * `data-pagefind-ignore`.
 */
export async function indexLanguage(pagefind: Pagefind, outDir: string, lang: string, pages: readonly IndexedPage[], bundleDir: string): Promise<LanguageIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) return { pages: 0, errors };
  try {
    // In path order: the order pages arrive in decides Pagefind's output files (the same pages must
    // give the same files). Its process handles messages strictly in arrival order, so sending ahead
    // keeps that order while Node reads and encodes the next pages.
    const pending: Array<Promise<unknown>> = [];
    for (const page of pages) {
      if (errors.length > 0) break;
      const content = await readFile(join(outDir, page.file), 'utf8');
      pending.push(index.addHTMLFile({ url: pageUrl(page.file), content }).then(
        (added) => { errors.push(...added.errors.map((error) => `${page.file}: ${error}`)); },
        (error: unknown) => { errors.push(`${page.file}: ${String(error)}`); },
      ));
      if (pending.length >= IN_FLIGHT) await pending.shift();
    }
    await Promise.all(pending);
    if (errors.length > 0) return { pages: 0, errors };
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) return { pages: 0, errors: written.errors };
    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pages: entry.languages[lang]?.page_count ?? 0, errors: [] };
  } finally {
    // Its own failure must not hide the error that got here (the process is closed after the build anyway).
    await index.deleteIndex().catch(() => undefined);
  }
}

/**
 * The Pagefind API for indexing worker `worker` (0, 1, …). Pagefind 1.x runs
 * one indexing process per module instance, and that process handles its
 * messages one at a time whichever index they belong to: two languages
 * sent to one process share one core. Each further worker therefore loads
 * its own instance of the module (the same file under another URL), which
 * starts its own process. Measured at N = 1000 on 2 cores: three languages
 * in 8.3 s instead of 9.5 s, 7.2 s with pages sent ahead (IN_FLIGHT);
 * the files written are byte for byte the same.
 */
export async function pagefindInstance(worker: number): Promise<Pagefind> {
  if (worker === 0) return import('pagefind');
  return (await import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?indexer=${worker}`)) as Pagefind;
}

/** Stops Pagefind's indexing processes (they would otherwise keep the build's Node process alive). */
export async function closeIndexers(instances: readonly Pagefind[]): Promise<void> {
  await Promise.all(instances.map((instance) => instance.close()));
}
