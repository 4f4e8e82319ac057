/**
 * The dev server's freshest release entries, straight from the releases
 * loader, for getPublicReleases.
 *
 * Why not only Astro's content store: after a save, Astro waits 500 ms,
 * writes the whole store to disk and loads it back as a module before any
 * page sees the change. At 3,000 releases that took 2.2 s on 2 cores, on
 * top of the read. Worse, a page request that started while Astro reloaded
 * the store could put the old entries back in Astro's route cache (where
 * getStaticPaths results live), so an author's save sometimes never showed
 * until the next one. The loader hands the same entries it gives the store
 * to this registry, and the newsroom integration clears the route cache and
 * reloads the browser as soon as the loaders are done (onContentReloaded in
 * contentWatch.ts).
 *
 * Builds never publish here: they read the store, which Astro's incremental
 * build keys pages on.
 */

/** A release entry as getCollection('releases') returns it. */
export interface LiveEntry<Data> {
  id: string;
  collection: 'releases';
  data: Data;
  digest: string;
  filePath?: string | undefined;
}

interface LiveRegistry {
  /** Bumped on every publish, so readers can keep derived lists (e.g. sorted) per version. */
  version: number;
  entries?: readonly LiveEntry<unknown>[];
}

const GLOBAL_KEY = Symbol.for('newsroom.liveReleases');

// On globalThis: the loader runs in Astro's content-config module instance, pages in Vite's module runner.
function registry(): LiveRegistry {
  const store = globalThis as Record<symbol, unknown>;
  return (store[GLOBAL_KEY] as LiveRegistry | undefined) ?? (store[GLOBAL_KEY] = { version: 0 }) as LiveRegistry;
}

/** Called by the releases loader in the dev server after each (re)load, with what it stored. */
export function publishLiveReleases<Data>(entries: readonly LiveEntry<Data>[]): void {
  const live = registry();
  live.entries = entries;
  live.version++;
}

/** The entries last published by the dev server's releases loader and their version, or undefined (builds, tests). */
export function liveReleases<Data>(): { version: number; entries: readonly LiveEntry<Data>[] } | undefined {
  const { version, entries } = registry();
  return entries === undefined ? undefined : { version, entries: entries as readonly LiveEntry<Data>[] };
}
