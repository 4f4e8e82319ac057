/**
 * In `npm run dev`, a first start (no per-file cache: a fresh clone) spends
 * 3–4 s with the main thread idle while the content loaders wait for the
 * worker that parses every file (prefetchContentFiles.ts), and then, once
 * Astro is ready, 2–3 s transforming about 500 modules for the first page
 * (Astro's dev app, the page, its components and ours). This moves those
 * transforms into the wait. Measured at N = 3000 on 2 cores (docs/performance.md,
 * "The dev server"): the first page 1.0–1.2 s after "ready" instead of 2.4–3.6 s.
 */
import { whileContentParses } from '../lib/content/prefetchContentFiles.ts';
import { warmModules } from '../lib/dev/warmModules.ts';
import type { DevServer } from './reloadPreviewOnContentChange.ts';

/**
 * Where the first page's modules start: Astro 7's dev app (an internal
 * module name: if a later Astro renames it, only this head start is lost)
 * and the pages an author opens first: the language chooser, a language's
 * home page and a release. Other pages share most of their modules.
 */
export const FIRST_PAGE_MODULES = [
  'virtual:astro:server-app',
  '/src/pages/index.astro',
  '/src/pages/[lang]/index.astro',
  '/src/pages/[lang]/releases/[slug].astro',
] as const;

/** Transforms the first page's modules in Vite's `ssr` environment (the one that renders pages) while the content is parsed. */
export function warmFirstPageWhileContentParses(server: DevServer): void {
  const environment = server.environments.ssr;
  if (!environment) return;
  whileContentParses(() => {
    // Failures are the page request's to report; this is only a head start.
    warmModules(environment, FIRST_PAGE_MODULES).catch(() => undefined);
  });
}
