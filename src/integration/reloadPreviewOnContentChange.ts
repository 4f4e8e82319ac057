/**
 * In `npm run dev`: once the content loaders have read a saved release,
 * forget the pages' getStaticPaths results and reload the author's browser,
 * without waiting for Astro to write and reload its content store (about
 * 2 s at 3,000 releases; liveReleases.ts says why pages need not wait).
 * Other content (organisations, projects, tags, pages) is still read from
 * Astro's store, which reloads the browser itself once it is written:
 * reloading earlier would only show the old text.
 */
import type { AstroIntegration } from 'astro';
import { onContentReloaded } from '../lib/content/contentWatch.ts';

/** Vite's dev server as Astro hands it to integrations (vite is Astro's dependency, not ours). */
export type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The Vite environments that render pages in Astro 7's dev server. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'] as const;

/** A release's file or folder, as contentWatch names changed paths (either separator: Windows). */
const RELEASE_PATH = /^content[\\/]releases[\\/]/;

/**
 * Unwires the previous server's reload. Astro restarts its server in the
 * same process after a config change, loading this module anew: hence
 * globalThis, not a module variable.
 */
const STOP_PREVIOUS = Symbol.for('newsroom.stopPreviewReload');
const holder = globalThis as { [STOP_PREVIOUS]?: () => void };

/** Wires the reload for the lifetime of `server` (and unwires the previous server's). */
export function reloadPreviewOnContentChange(server: DevServer): void {
  holder[STOP_PREVIOUS]?.();
  const stop = onContentReloaded((files) => {
    if (!files.some((file) => RELEASE_PATH.test(file))) return;
    // Astro's own signal for a content change: its dev app clears the route cache on it.
    for (const name of PAGE_ENVIRONMENTS) server.environments[name]?.hot.send('astro:content-changed', {});
    server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
  });
  const unwire = () => {
    stop();
    if (holder[STOP_PREVIOUS] === unwire) delete holder[STOP_PREVIOUS];
  };
  holder[STOP_PREVIOUS] = unwire;
  server.httpServer?.once('close', unwire);
}
