/**
 * Where the content is read from, in a module of its own: `scripts/devPrefetch.ts`
 * needs it before Astro loads, without loading the site configuration
 * (src/config.ts re-exports it).
 */
import { resolve } from 'node:path';

/**
 * The folder holding `content/`: the project itself, unless CONTENT_ROOT
 * points elsewhere (a relative path is read from the project root). Tests
 * use it to build small fixture sites with the real code.
 */
export function resolveContentRoot(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const override = env.CONTENT_ROOT?.trim();
  return override ? resolve(projectRoot, override) : projectRoot;
}

/**
 * Astro's cache folder for this project, as astro.config.mjs sets it:
 * NEWSROOM_CACHE_DIR (tests and the benchmark keep caches apart with it;
 * relative to the project) or Astro's default, `node_modules/.astro`.
 */
export function resolveCacheDir(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const override = env.NEWSROOM_CACHE_DIR?.trim();
  return override ? resolve(projectRoot, override) : resolve(projectRoot, 'node_modules', '.astro');
}
