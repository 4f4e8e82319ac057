/**
 * In `npm run dev`: once the content loaders have read a save, forget the
 * pages' getStaticPaths results and reload the author's browser, without
 * waiting for Astro to write and reload its content store (about 2 s at
 * 3,000 releases; liveReleases.ts says why pages need not wait).
 */
import type { AstroIntegration } from 'astro';
import { onContentReloaded } from '../lib/content/contentWatch.ts';

/** Vite's dev server as Astro hands it to integrations (vite is Astro's dependency, not ours). */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The Vite environments that render pages in Astro 7's dev server. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'] as const;

/** Wires the reload for the lifetime of `server`. */
export function reloadPreviewOnContentChange(server: DevServer): void {
  const stop = onContentReloaded(() => {
    // Astro's own signal for a content change: its dev app clears the route cache on it.
    for (const name of PAGE_ENVIRONMENTS) server.environments[name]?.hot.send('astro:content-changed', {});
    server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
  });
  server.httpServer?.once('close', stop);
}
