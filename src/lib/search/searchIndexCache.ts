/**
 * The search index's build cache, under Astro's cacheDir: per language, the
 * Pagefind bundle of the previous build and the fingerprint of the pages it
 * was made from. A rebuild whose pages of a language are byte-for-byte the
 * same reuses that language's bundle instead of running Pagefind again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagefindVersion } from './pagefindPackage.ts';
import type { IndexedPage } from './scanIndexedPages.ts';

/** Raise when what the index holds changes without the pages changing (e.g. indexer settings). */
const INDEX_FORMAT_VERSION = 2;

const PAGEFIND_VERSION = pagefindVersion();

/** Fingerprint of a language's indexed pages: paths and contents, indexer version. */
export function pagesFingerprint(lang: string, pages: readonly IndexedPage[]): string {
  const hash = createHash('sha256').update(`${INDEX_FORMAT_VERSION}\n${PAGEFIND_VERSION}\n${lang}`);
  for (const page of pages) hash.update(`\n${page.file}\t${page.digest}`);
  return hash.digest('base64url');
}

/** Where one language's cached bundle lives. */
export function cachedBundleDir(cacheDir: string, lang: string): string {
  return join(cacheDir, lang, 'bundle');
}

/** True when the cache holds a complete bundle made from pages with this fingerprint. */
export async function hasCachedBundle(cacheDir: string, lang: string, fingerprint: string): Promise<boolean> {
  const stored = await readFile(join(cacheDir, lang, 'fingerprint'), 'utf8').catch(() => '');
  return stored === fingerprint && existsSync(cachedBundleDir(cacheDir, lang));
}

/** True when process `pid` (another build) still runs. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A fresh folder for a new bundle of `lang`; `commit` then replaces the
 * cached bundle with it. The fingerprint is written last, so a build killed
 * half-way leaves no entry that claims to be complete.
 */
export async function newBundleDir(cacheDir: string, lang: string): Promise<{ dir: string; commit(fingerprint: string): Promise<void> }> {
  const folder = join(cacheDir, lang);
  const dir = join(folder, `bundle-${process.pid}-${Date.now()}`);
  await rm(join(folder, 'fingerprint'), { force: true });
  // A build killed while indexing leaves its new bundle and staged pages behind: nothing refers to
  // them. Those of a build still running on the same cache (its process is alive) are left alone.
  const leftovers = (await readdir(folder).catch(() => [])).filter((name) => name.startsWith('bundle-') && !isRunning(Number(name.split('-')[1])));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { recursive: true, force: true })));
  await mkdir(dir, { recursive: true });
  return {
    dir,
    async commit(fingerprint) {
      const target = cachedBundleDir(cacheDir, lang);
      await rm(target, { recursive: true, force: true });
      await rename(dir, target);
      await writeFile(join(folder, 'fingerprint'), fingerprint);
    },
  };
}
