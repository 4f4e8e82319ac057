/**
 * Keeps a build that did not finish from poisoning the next one. Astro's
 * incremental build writes each rendered page into its cache folder at
 * once, but the list of keys that says which cached page belongs to which
 * content (`incremental-build.json`) only when every page is done. A build
 * that crashes or is killed in between leaves cached pages newer than their
 * keys: after the change is undone (an embargoed release taken out again),
 * the next build finds the old key, and restores the page the failed build
 * rendered, embargoed release included.
 *
 * So a build marks the cache as "in use" before Astro reads it, and removes
 * the mark when its pages are written. A build that finds the mark of one
 * that never finished drops Astro's key list: every page is rendered once
 * again, and the cache is whole after it.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = 'newsroom-build-unfinished';
/** Astro's list of cached pages and their keys (core/build/incremental.js). */
const ASTRO_KEYS = 'incremental-build.json';

/**
 * Marks the build in `cacheDir` as started. Returns true when a previous
 * build there never finished, in which case Astro's page keys were dropped
 * and every page is rendered this time.
 */
export function startBuild(cacheDir: string): boolean {
  const mark = join(cacheDir, MARK);
  const unfinished = existsSync(mark);
  if (unfinished) rmSync(join(cacheDir, ASTRO_KEYS), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, `${process.pid} ${new Date().toISOString()}\n`);
  return unfinished;
}

/** Removes the mark once the pages (and Astro's key list) are written. */
export function finishBuild(cacheDir: string): void {
  rmSync(join(cacheDir, MARK), { force: true });
}
