// @ts-check
// The control site of `npm run bench`: plain Astro, no integrations, no images.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://newsroom.example.org',
  ...(process.env.NEWSROOM_CACHE_DIR ? { cacheDir: process.env.NEWSROOM_CACHE_DIR } : {}),
});
