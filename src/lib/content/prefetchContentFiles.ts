/**
 * The dev server's first start, sped up: with no per-file cache yet, every
 * translation file must be parsed (about 4.5 s for 8,833 files on one
 * core). `npm run dev` (scripts/devPrefetch.ts) starts that work on a worker thread
 * before Astro loads, and the newsroom integration when the config is read
 * (for a plain `astro dev`), so it runs on a second core while Astro
 * boots; the content loaders then take its results into the per-file cache
 * (contentFileCache.ts) before their read, which finds the files already
 * parsed. While they wait, Astro's and Vite's own start-up work (dependency
 * scan, first transforms) goes on, so the first page comes sooner too.
 * Measured at N = 3000 on 2 cores, start to first page: median 9.1 s
 * (8.5–10.9, 7 starts) against 10.8 s (10.1–12.7, 6 starts) without; two
 * workers gave 10.0 s (they slow Astro's own start as much as they save).
 * Results are only a head start: each record still passes the cache's
 * stamp and hash checks, and the checks that span files run as always.
 */
import { Worker } from 'node:worker_threads';
import { contentFileCache, hasPersistedCache, type FileRecord } from './contentFileCache.ts';

type Prefetches = Map<string, Promise<Array<[string, FileRecord]>>>;

/** Per content root; on globalThis because Astro loads the config and the content config as separate module instances. */
function prefetches(): Prefetches {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('newsroom.contentPrefetch');
  return (store[key] as Prefetches | undefined) ?? (store[key] = new Map()) as Prefetches;
}

/**
 * Starts parsing `<root>/content` on a worker thread when `cacheDir` holds
 * no per-file cache (a first start; later starts read the cache instead).
 * Returns whether it started.
 */
export function startContentPrefetch(root: string, cacheDir: string): boolean {
  if (hasPersistedCache(cacheDir) || prefetches().has(root)) return false;
  const worker = new Worker(new URL('./prefetchWorker.ts', import.meta.url), { workerData: { root } });
  // Never keeps the server from exiting; a failed prefetch only means the loaders parse every file themselves.
  worker.unref();
  prefetches().set(root, new Promise((resolve) => {
    worker.once('message', (records: Array<[string, FileRecord]>) => resolve(records));
    worker.once('error', (error: Error) => {
      // Only time is lost (the loaders parse every file themselves), but it is a bug worth seeing.
      console.warn(`[newsroom] the first-start content prefetch failed (${error.message}); reading the content on the main thread.`);
      resolve([]);
    });
    worker.once('exit', () => resolve([]));
  }));
  return true;
}

/** On globalThis for the same reason as the prefetches: set by the integration, run from the loaders. */
const WHILE_PARSING = Symbol.for('newsroom.whileContentParses');
const holder = globalThis as { [WHILE_PARSING]?: () => void };

/**
 * Gives the main thread something to do while the loaders wait for the
 * worker (only on a first start, when there is a prefetch to wait for):
 * `task` runs once, when the first loader starts waiting. A later call (a
 * restarted server) replaces a task that has not run.
 */
export function whileContentParses(task: () => void): void {
  holder[WHILE_PARSING] = task;
}

/** Waits for a prefetch of `root`, if one was started, and hands its records to the per-file cache (once). */
export async function adoptPrefetchedContent(root: string): Promise<void> {
  const pending = prefetches().get(root);
  if (!pending) return;
  const task = holder[WHILE_PARSING];
  delete holder[WHILE_PARSING];
  task?.();
  const records = await pending;
  if (prefetches().get(root) !== pending) return;
  prefetches().delete(root);
  contentFileCache().adopt(records);
}
