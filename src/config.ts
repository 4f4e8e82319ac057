/**
 * Site configuration: the one file an NGO edits to make the newsroom its own.
 *
 * Values are checked with zod when the build starts, so a typo here stops the
 * build with a message instead of producing a broken site. The public URL, the
 * base path and the build clock can be overridden per build with the
 * environment variables SITE_URL, BASE_PATH and BUILD_NOW.
 *
 * This module is plain TypeScript (no `astro:*` imports) so Node scripts such
 * as `npm run validate` can read it too.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { locales, type Locale } from './i18n/locales.ts';

const localized = z.object(
  Object.fromEntries(locales.map((locale) => [locale, z.string().min(1)])) as Record<Locale, z.ZodString>,
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.string().refine(isTimeZone, { message: 'is not an IANA time zone such as "Asia/Bishkek"' });

/** The shape of the site configuration; `SiteConfig` is derived from it. */
export const siteConfigSchema = z.object({
  /** Brand shown in the header, titles and social cards, per language. */
  name: localized,
  /** One line under the brand on home pages and in feed descriptions. */
  tagline: localized,
  /** Public origin of the site, e.g. https://ngo.example.org */
  url: z.url({ protocol: /^https?$/ }),
  /** Path the site is served under, e.g. "/newsroom/" ("/" for the domain root). */
  basePath: z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'must start and end with "/", e.g. "/newsroom/"'),
  /** Time zone in which dates without an offset are read and all dates are shown. */
  timeZone,
  /** Second time zone shown beside event times for foreign correspondents. */
  referenceTimeZone: timeZone,
  /** Language of the root chooser's `x-default` alternate. */
  defaultLocale: z.enum(locales),
  /** Releases per archive and tag page. */
  pageSize: z.number().int().min(1).max(200),
  /** Releases listed on each home page. */
  homeReleaseCount: z.number().int().min(1).max(50),
  /** Items per RSS feed. */
  feedItemLimit: z.number().int().min(1).max(1000),
});

/** The validated site configuration. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** What the NGO edits. */
const siteSettings = {
  name: {
    ky: 'Жарандык коалиция: басма сөз борбору',
    ru: 'Гражданская коалиция: пресс-центр',
    en: 'Civic Coalition Newsroom',
  },
  tagline: {
    ky: 'Пресс-релиздер, маалымдамалар жана ЖМК үчүн чакыруулар',
    ru: 'Пресс-релизы, заявления и приглашения для СМИ',
    en: 'Press releases, statements and media advisories',
  },
  url: 'https://newsroom.example.org',
  basePath: '/',
  timeZone: 'Asia/Bishkek',
  referenceTimeZone: 'Europe/Berlin',
  defaultLocale: 'en',
  pageSize: 10,
  homeReleaseCount: 6,
  feedItemLimit: 50,
} satisfies z.input<typeof siteConfigSchema>;

/** Adds the slashes a base path needs: "newsroom" → "/newsroom/". */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Validates settings merged with environment overrides; throws one readable
 * error listing every bad setting.
 */
export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const merged = {
    ...siteSettings,
    url: env.SITE_URL?.trim() || siteSettings.url,
    basePath: normalizeBasePath(env.BASE_PATH ?? siteSettings.basePath),
  };
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(
      `[newsroom] The site configuration is invalid (src/config.ts, or the SITE_URL / BASE_PATH environment variables):\n${lines.join('\n')}`,
    );
  }
  return { ...result.data, url: result.data.url.replace(/\/+$/, '') };
}

/**
 * The folder that holds `content/`: the project root, unless CONTENT_ROOT
 * points elsewhere (a relative path is read from the project root). Tests
 * use it to build small fixture sites with the real code.
 */
export function resolveContentRoot(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const override = env.CONTENT_ROOT?.trim();
  return override ? resolve(projectRoot, override) : projectRoot;
}

/**
 * The folder of files the site serves as they are (attachments, images,
 * logos), written in content as "/files/report.pdf": `public/` beside
 * `content/` when the content lives elsewhere (CONTENT_ROOT) and has one, so
 * a content repository carries its own files; otherwise the project's.
 */
export function resolvePublicDir(projectRoot: string, contentRoot: string = resolveContentRoot(projectRoot)): string {
  const beside = join(contentRoot, 'public');
  return existsSync(beside) ? beside : join(projectRoot, 'public');
}

/** The configuration of this build. */
export const siteConfig: SiteConfig = loadSiteConfig();
