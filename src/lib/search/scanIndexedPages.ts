/**
 * Finds the pages the search index covers: built HTML files under
 * `<outDir>/<lang>/` that carry `data-pagefind-body` (release articles and
 * plain pages; indexes, topic pages and the rest do not). Each page comes
 * with a digest of its file, so a rebuild can tell whether anything the
 * index was made from changed without running the indexer.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The attribute that marks a page (and the part of it) Pagefind indexes. */
export const INDEXED_MARKER = 'data-pagefind-body';

/** One indexed page. */
export interface IndexedPage {
  /** Path relative to the output folder, with "/" separators: "en/releases/2026-03-14-water-forum/index.html". */
  file: string;
  /** SHA-256 of the file (base64url). */
  digest: string;
}

/** Files read at once: enough to keep the disk busy, few enough to keep memory flat. */
const CONCURRENCY = 32;

async function listHtmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The indexed pages of one language, sorted by path. Reads every HTML file
 * of the language once; keeps only digests, not the text.
 */
export async function scanIndexedPages(outDir: string, lang: string): Promise<IndexedPage[]> {
  const files = await listHtmlFiles(join(outDir, lang));
  const pages: IndexedPage[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const bytes = await readFile(path);
      if (!bytes.includes(INDEXED_MARKER)) continue;
      pages.push({ file: relative(outDir, path).split('\\').join('/'), digest: createHash('sha256').update(bytes).digest('base64url') });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
