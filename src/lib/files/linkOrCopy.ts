/**
 * A hard link where the file system allows it, else a copy: thousands of
 * files appear at once, take no more room and cost no writes (the social
 * cards of a 3,000-release newsroom are 280 MB, copied on every build until
 * they were linked). Only for files nobody changes in place afterwards: a
 * cached search bundle or social card (the caches write new files and
 * rename them, never rewrite one), a built page handed to the indexer.
 * Synchronous, because a few thousand links take a tenth of the time that
 * way than one by one through the thread pool.
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

/**
 * Makes `target` a copy of `source`. An existing `target` is removed first,
 * never written through: it may itself be a link to a cached file, which
 * must not change.
 */
export function copyReplacing(source: string, target: string): void {
  rmSync(target, { force: true });
  copyFileSync(source, target);
}

/**
 * Makes `target` a link to `source`, or a copy of it across devices or
 * where links are refused; an existing `target` is replaced as by
 * copyReplacing.
 */
export function linkOrCopy(source: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
