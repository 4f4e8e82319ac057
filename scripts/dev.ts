/**
 * `npm run dev`: Astro's dev server (`astro dev`, with any arguments given
 * after `npm run dev --`), run in this process after starting the content
 * prefetch of a first start (src/lib/content/prefetchContentFiles.ts).
 *
 * Why not plain `astro dev`: Astro loads for 2–4 s before it reads the
 * config, where the newsroom integration would start the prefetch. Started
 * here, the worker thread parsing the content has the second core during
 * that time. Running `astro dev` directly still works: the integration
 * then starts the prefetch itself.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveCacheDir, resolveContentRoot } from '../src/lib/contentRoot.ts';
import { startContentPrefetch } from '../src/lib/content/prefetchContentFiles.ts';

const projectRoot = resolve(import.meta.dirname, '..');
// Only when the cache holds no parsed content (a fresh clone): later starts read the cache instead.
startContentPrefetch(resolveContentRoot(projectRoot), resolveCacheDir(projectRoot));

// Astro's own command line, as `npx astro dev …` would run it.
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
process.argv = [process.argv[0]!, astroBin, 'dev', ...process.argv.slice(2)];
await import(pathToFileURL(astroBin).href);
