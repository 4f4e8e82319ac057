// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';
import { locales } from './src/i18n/locales.ts';
import { newsroomIntegration } from './src/integration/newsroomIntegration.ts';

// Site URL and base path come from src/config.ts (overridable with SITE_URL / BASE_PATH).
export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.basePath,
  trailingSlash: 'ignore',
  i18n: {
    locales: [...locales],
    defaultLocale: siteConfig.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [newsroomIntegration()],
});
