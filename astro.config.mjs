// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { resolveContentRoot, resolvePublicDir, siteConfig } from './src/config.ts';
import { locales } from './src/i18n/locales.ts';
import { resolveCacheDir } from './src/lib/contentRoot.ts';
import { isMovedAddress } from './src/lib/renamedReleases.ts';
import { brandIntegration } from './src/integration/brandIntegration.ts';
import { newsroomIntegration } from './src/integration/newsroomIntegration.ts';
import { pressKitIntegration } from './src/integration/pressKitIntegration.ts';
import { searchIndexIntegration } from './src/integration/searchIndexIntegration.ts';
import { securityHeadersIntegration } from './src/integration/securityHeadersIntegration.ts';
import { socialImagesIntegration } from './src/og/socialImagesIntegration.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
/** @param {string} path  A path with "/" separators (Vite's watcher may hand either kind on Windows). */
const slashed = (path) => path.split(sep).join('/');
const unwatched = [join(resolveContentRoot(projectRoot), 'content'), ...['dist', 'bench/out', 'outbox', '.cache'].map((folder) => join(projectRoot, folder))]
  .map((folder) => `${slashed(folder)}/`);
/** @param {string} path */
const ignoredByWatcher = (path) => unwatched.some((folder) => `${slashed(path)}/`.startsWith(folder));

// Site URL and base path come from src/config.ts (overridable with SITE_URL / BASE_PATH).
export default defineConfig({
  site: siteConfig.url,
  // public/ beside content/ when CONTENT_ROOT points at a separate content folder that has one.
  publicDir: resolvePublicDir(fileURLToPath(new URL('.', import.meta.url))),
  base: siteConfig.basePath,
  trailingSlash: 'ignore',
  // The Content-Security-Policy (src/lib/security/) allows no inline style or script:
  // stylesheets are always files, and so are small scripts and assets (Vite would inline those under 4 kB).
  build: { inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server need not watch this project's build output, benchmark runs or e-mails written by
    // `npm run email`: thousands of files there would each wake the watcher. The content folder has a
    // watch of its own, lighter than Vite's for thousands of files (src/lib/content/watchFolderTree.ts).
    server: { watch: { ignored: ignoredByWatcher } },
  },
  // Separate caches let test fixtures and benchmarks build side by side.
  ...(process.env.NEWSROOM_CACHE_DIR ? { cacheDir: resolveCacheDir(projectRoot) } : {}),
  // Rebuilds copy pages whose data and code are unchanged instead of rendering them again
  // (keys: src/lib/pageCacheKey.ts). `astro build --force` or NEWSROOM_INCREMENTAL=0 renders everything.
  experimental: { incrementalBuild: process.env.NEWSROOM_INCREMENTAL !== '0' },
  i18n: {
    locales: [...locales],
    defaultLocale: siteConfig.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    newsroomIntegration(),
    brandIntegration(),
    socialImagesIntegration(),
    pressKitIntegration(),
    // The root chooser and 404 page are not content, and a renamed release's old address only forwards:
    // keep them out of the sitemap.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname.slice(siteConfig.basePath.length - 1);
        return !['/', '/404/'].includes(path) && !isMovedAddress(path);
      },
    }),
    // After the pages are written: indexes the release and plain pages of each language.
    searchIndexIntegration(),
    securityHeadersIntegration(),
  ],
});
