/**
 * Loaded before Astro by `npm run dev` (package.json: `node --import
 * ./scripts/devPrefetch.ts node_modules/astro/bin/astro.mjs dev`): starts
 * the content prefetch of a first start (src/lib/content/prefetchContentFiles.ts).
 *
 * Why: Astro loads for 2–4 s before it reads its config, where the
 * newsroom integration would start the prefetch. Started here, the worker
 * thread parsing the content has the second core during that time. The
 * command line stays Astro's own, so `astro dev status`, `stop` and its
 * check for a server already running recognise the process. A plain
 * `astro dev` still works: the integration then starts the prefetch itself.
 */
import { resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { resolveCacheDir, resolveContentRoot } from '../src/lib/contentRoot.ts';
import { startContentPrefetch } from '../src/lib/content/prefetchContentFiles.ts';

// Worker threads (this prefetch's own, the social-card pool) inherit `--import`: only the main thread starts one.
if (isMainThread) {
  const projectRoot = resolve(import.meta.dirname, '..');
  // Only when the cache holds no parsed content (a fresh clone): later starts read the cache instead.
  startContentPrefetch(resolveContentRoot(projectRoot), resolveCacheDir(projectRoot));
}
