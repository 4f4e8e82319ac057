/**
 * The dev server's release entries, straight from the releases loader, for
 * getPublicReleases. In `npm run dev` Astro's content store holds no
 * releases: read them through getPublicReleases, never
 * getCollection('releases') (which gives none there).
 *
 * Why: after a save, Astro waits 500 ms, writes its whole store to disk and
 * loads it back as a module before a page can see the change: at 3,000
 * releases (an 8 MB store) that was 2.2 s on 2 cores, after every save, on
 * top of the read. Worse, a page request that started while Astro reloaded
 * the store could put the old entries back in Astro's route cache (where
 * getStaticPaths results live), so a save sometimes never showed until the
 * next one. Now the loader hands its entries to this registry, and the
 * newsroom integration clears the route cache and reloads the browser as
 * soon as the loaders are done (onContentReloaded in contentWatch.ts).
 *
 * Builds never publish here: they read the store, on which Astro's
 * incremental build keys pages.
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
  /** A new array on every publish: readers keep what they derive from it (e.g. sorted) by its identity. */
  entries?: readonly LiveEntry<unknown>[];
}

const GLOBAL_KEY = Symbol.for('newsroom.liveReleases');

// On globalThis: the loader runs in Astro's content-config module instance, pages in Vite's module runner.
function registry(): LiveRegistry {
  const store = globalThis as Record<symbol, unknown>;
  return (store[GLOBAL_KEY] as LiveRegistry | undefined) ?? (store[GLOBAL_KEY] = {}) as LiveRegistry;
}

/** Called by the releases loader in the dev server after each (re)load. */
export function publishLiveReleases<Data>(entries: readonly LiveEntry<Data>[]): void {
  registry().entries = entries;
}

/** The entries last published by the dev server's releases loader, or undefined (builds, tests). */
export function liveReleases<Data>(): readonly LiveEntry<Data>[] | undefined {
  return registry().entries as readonly LiveEntry<Data>[] | undefined;
}
