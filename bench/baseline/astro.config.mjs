// @ts-check
// The control site of `npm run bench`: plain Astro, no integrations, no images.
// BASELINE_INCREMENTAL=1 makes it the `baseline-incremental` control: the same
// site with Astro's incremental build, its pages keyed in src/releases.ts.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://newsroom.example.org',
  ...(process.env.NEWSROOM_CACHE_DIR ? { cacheDir: process.env.NEWSROOM_CACHE_DIR } : {}),
  experimental: { incrementalBuild: process.env.BASELINE_INCREMENTAL === '1' },
});
