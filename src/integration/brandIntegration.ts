/**
 * The brand at build time: stops the build when a brand file is missing
 * (the accent's contrast is checked with the config), serves the colours as
 * the stylesheet `virtual:newsroom/brand.css`, and after the pages writes
 * the favicons, home-screen icons and one web app manifest per language,
 * copying brand files that live in the project's public/ while the site
 * serves the content's (CONTENT_ROOT). `npm run dev` serves the same files.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { siteConfig } from '../config.ts';
import { locales } from '../i18n/locales.ts';
import { brandFilePaths, locateBrandFile, missingBrandFiles, publicFoldersOf, type PublicFolders } from '../lib/brand/brandFiles.ts';
import { brandStylesheet } from '../lib/brand/brandStylesheet.ts';
import { generateFavicons, type GeneratedFile } from '../lib/brand/faviconSet.ts';
import { webManifest } from '../lib/brand/webManifest.ts';
import { homePath, manifestPath, withBase } from '../lib/urls.ts';

/** Import this in a layout to get the brand's colours. */
export const BRAND_STYLESHEET_ID = 'virtual:newsroom/brand.css';
const RESOLVED_STYLESHEET_ID = `\0${BRAND_STYLESHEET_ID}`;

/** Favicons, home-screen icons and manifests for the configured brand. */
export async function brandFiles(folders: PublicFolders): Promise<GeneratedFile[]> {
  const { brand } = siteConfig;
  const path = (sitePath: string) => locateBrandFile(sitePath, folders)!.absolutePath;
  const icons = await generateFavicons({
    favicon: path(brand.favicon ?? brand.logo),
    tile: brand.logoOnDark
      ? { file: path(brand.logoOnDark), background: brand.accent }
      : { file: path(brand.favicon ?? brand.logo), background: '#ffffff' },
  });
  const manifest = (lang: (typeof locales)[number], startPath: string, sitePath: string): GeneratedFile => ({
    path: sitePath,
    data: Buffer.from(webManifest({
      name: siteConfig.name[lang], lang, description: siteConfig.tagline[lang],
      startUrl: withBase(startPath), scope: siteConfig.basePath, themeColor: brand.accent,
    })),
  });
  return [
    ...icons,
    ...locales.map((lang) => manifest(lang, homePath(lang), manifestPath(lang))),
    manifest(siteConfig.defaultLocale, '/', manifestPath()),
  ];
}

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/** The stylesheet module, and in `npm run dev` the files the build would write. */
function brandVitePlugin(folders: PublicFolders): Plugin {
  let generated: Promise<GeneratedFile[]> | undefined;
  return {
    name: 'newsroom-brand',
    // Before Astro's own dev middleware, which answers every address it has no page for with a 404.
    enforce: 'pre',
    // "\0" marks the module as virtual (Vite's convention), so the dev server serves it as /@id/__x00__…;
    // without it the browser asked for /virtual:newsroom/brand.css, a file that does not exist, on every page.
    resolveId: (id) => (id === BRAND_STYLESHEET_ID || id === `/${BRAND_STYLESHEET_ID}` ? RESOLVED_STYLESHEET_ID : undefined),
    load: (id) => (id === RESOLVED_STYLESHEET_ID ? brandStylesheet(siteConfig.brand) : undefined),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        // Vite has usually taken the base path off already ("/newsroom/favicon.ico" → "/favicon.ico").
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        const sitePath = pathname.startsWith(siteConfig.basePath) ? `/${pathname.slice(siteConfig.basePath.length)}` : pathname;
        if (existsSync(join(folders.served, sitePath))) return next(); // the public folder's own file wins, as in the build
        const send = (data: Buffer) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(sitePath)] ?? 'application/octet-stream' }).end(data);
        const fromProject = brandFilePaths(siteConfig.brand).includes(sitePath) ? locateBrandFile(sitePath, folders) : undefined;
        if (fromProject && !fromProject.served) return void readFile(fromProject.absolutePath).then(send, next);
        generated ??= brandFiles(folders);
        generated.then((files) => {
          const file = files.find((candidate) => candidate.path === sitePath);
          if (file) send(file.data);
          else next();
        }, next);
      });
    },
  };
}

/** Add once in astro.config.mjs. */
export function brandIntegration(): AstroIntegration {
  let folders: PublicFolders;
  let generated: Promise<GeneratedFile[]> | undefined;
  return {
    name: 'newsroom-brand',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        folders = publicFoldersOf(fileURLToPath(config.root), fileURLToPath(config.publicDir));
        const missing = missingBrandFiles(siteConfig.brand, folders);
        if (missing.length > 0) {
          if (command !== 'build') logger.warn(missing.join('\n'));
          else {
            logger.error(`The build stopped before writing anything.\n${missing.join('\n')}`);
            process.exit(1);
          }
        }
        updateConfig({ vite: { plugins: [brandVitePlugin(folders)] } });
      },
      // Resized on sharp's threads while Astro renders the pages, instead of after them.
      'astro:build:start': () => {
        generated = brandFiles(folders);
        // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled meanwhile.
        generated.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const written: string[] = [];
        const kept: string[] = [];
        for (const sitePath of brandFilePaths(siteConfig.brand)) {
          const file = locateBrandFile(sitePath, folders);
          if (!file || file.served) continue;
          await mkdir(dirname(join(outDir, sitePath)), { recursive: true });
          await copyFile(file.absolutePath, join(outDir, sitePath));
        }
        for (const file of await (generated ?? brandFiles(folders))) {
          // An icon or manifest the newsroom keeps in its public folder wins over the generated one.
          if (existsSync(join(folders.served, file.path))) {
            kept.push(file.path);
            continue;
          }
          await mkdir(dirname(join(outDir, file.path)), { recursive: true });
          await writeFile(join(outDir, file.path), file.data);
          written.push(file.path);
        }
        logger.info(
          `brand: ${written.length} icon and manifest files written in ${((performance.now() - started) / 1000).toFixed(2)} s` +
            (kept.length > 0 ? `; kept from the public folder: ${kept.join(', ')}` : ''),
        );
      },
    },
  };
}
