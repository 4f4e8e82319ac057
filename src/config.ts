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
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { locales, type Locale } from './i18n/locales.ts';
import { HEX_COLOR } from './lib/brand/color.ts';
import { checkAccentContrast } from './lib/brand/checkAccentContrast.ts';
import { resolveContentRoot } from './lib/contentRoot.ts';
import { isSupportedCountry } from 'libphonenumber-js/max';

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

const color = z.string().regex(HEX_COLOR, 'must be a colour written as "#" and six hex digits, e.g. "#2f3d8f"');
const imageFile = z.string().regex(/^\/[^?#]+\.(svg|png)$/i, 'must be an SVG or PNG file in public/, written from the slash, e.g. "/brand/logo.svg"');

/** The organisation's look: logo, colours, favicon (README "Make it yours"). */
export const brandSchema = z.strictObject({
  /** Logo shown in the header, on social cards and in the app icons: SVG or PNG in public/. */
  logo: imageFile,
  /** What the logo shows, per language, for where it stands without the site name beside it. */
  logoAlt: localized,
  /** Optional light version of the logo for dark backgrounds: used on app icons filled with the accent colour. */
  logoOnDark: imageFile.optional(),
  /** Colour of links, labels, buttons and the event block's frame; must reach 4.5:1 on white (checked). */
  accent: color.superRefine((value, context) => {
    if (!HEX_COLOR.test(value)) return; // the format message is enough
    for (const message of checkAccentContrast(value)) context.addIssue({ code: 'custom', message });
  }),
  /** Optional second colour for decoration only (the stripe above the header, the edge of social cards); never text. */
  secondary: color.optional(),
  /** Square SVG or PNG the favicons are made from; default: the logo. */
  favicon: imageFile.optional(),
});

/** The validated brand settings. */
export type BrandConfig = z.infer<typeof brandSchema>;

/** The shape of the site configuration; `SiteConfig` is derived from it. */
export const siteConfigSchema = z.object({
  /** Brand shown in the header, titles and social cards, per language. */
  name: localized,
  /** One line under the brand on home pages and in feed descriptions. */
  tagline: localized,
  /** Public origin of the site, e.g. https://ngo.example.org */
  // A path here would be dropped from every address without a word ("https://ngo.kg/press/" → "https://ngo.kg/en/…").
  url: z.url({ protocol: /^https?$/, message: 'must be a full address starting with https://, e.g. "https://ngo.example.org" (not "ngo.example.org")' }).refine((value) => {
    // Checks go on after a failed one: an address that is not one at all was reported just above.
    if (!URL.canParse(value)) return true;
    const parsed = new URL(value);
    return parsed.pathname === '/' && parsed.search === '' && parsed.hash === '';
  }, 'must be the address of the site\'s host only, e.g. "https://ngo.example.org"; a path such as "/press/" goes in BASE_PATH (basePath)'),
  /** Path the site is served under, e.g. "/newsroom/" ("/" for the domain root). */
  basePath: z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'must start and end with "/", e.g. "/newsroom/"'),
  /** Time zone in which dates without an offset are read and all dates are shown. */
  timeZone,
  /** Second time zone shown beside event times for foreign correspondents. */
  referenceTimeZone: timeZone,
  /**
   * Country whose telephone numbers authors may write without "+" and the
   * country code ("(0312) 66-02-55"): the tap-to-call link then dials
   * "+996 312 66 02 55", which works from abroad too. ISO code, e.g. "KG".
   */
  phoneCountry: z.string().refine((code) => isSupportedCountry(code), {
    message: 'must be a two-letter country code in capitals, e.g. "KG" (Kyrgyzstan) or "KZ" (Kazakhstan)',
  }),
  /** Language of the root chooser's `x-default` alternate. */
  defaultLocale: z.enum(locales),
  /** Releases per archive and tag page. */
  pageSize: z.number().int().min(1).max(200),
  /** Releases listed on each home page. */
  homeReleaseCount: z.number().int().min(1).max(50),
  /** Items per RSS feed. */
  feedItemLimit: z.number().int().min(1).max(1000),
  /** Logo, colours and favicon; content/brand.yml beside the content may override any of them. */
  brand: brandSchema,
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
  phoneCountry: 'KG',
  defaultLocale: 'en',
  pageSize: 10,
  homeReleaseCount: 6,
  feedItemLimit: 50,
  brand: {
    logo: '/brand/civic-coalition.svg',
    logoAlt: {
      ky: 'Жарандык коалициянын логотиби: бири-бирине кирген үч тегерек',
      ru: 'Логотип Гражданской коалиции: три переплетённых круга',
      en: 'Civic Coalition logo: three interlocking circles',
    },
    logoOnDark: '/brand/civic-coalition-on-dark.svg',
    accent: '#2f3d8f',
    secondary: '#e8a317',
  },
} satisfies z.input<typeof siteConfigSchema>;

/** Adds the slashes a base path needs: "newsroom" → "/newsroom/". */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Where a content folder may override the brand: `content/brand.yml`. */
export const BRAND_OVERRIDE_FILE = join('content', 'brand.yml');

/**
 * The brand settings of `content/brand.yml` in the content folder, if there
 * is one: a content repository (CONTENT_ROOT) can carry its organisation's
 * logo and colours, so one copy of the code serves several newsrooms.
 */
export function readBrandOverride(contentRoot: string): Record<string, unknown> | undefined {
  const file = join(contentRoot, BRAND_OVERRIDE_FILE);
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`[newsroom] ${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`[newsroom] ${file} must list brand settings as "name: value" lines, e.g. accent: "#2f3d8f"`);
  }
  return data as Record<string, unknown>;
}

/**
 * Validates settings merged with environment overrides (and content/brand.yml
 * in the content folder); throws one readable error listing every bad setting.
 */
export function loadSiteConfig(env: Record<string, string | undefined> = process.env, projectRoot: string = process.cwd()): SiteConfig {
  const brandOverride = readBrandOverride(resolveContentRoot(projectRoot, env));
  const merged = {
    ...siteSettings,
    url: env.SITE_URL?.trim() || siteSettings.url,
    basePath: normalizeBasePath(env.BASE_PATH ?? siteSettings.basePath),
    brand: { ...siteSettings.brand, ...brandOverride },
  };
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    const sources = ['src/config.ts', ...(brandOverride ? [`${BRAND_OVERRIDE_FILE} in the content folder`] : []), 'or the SITE_URL / BASE_PATH environment variables'];
    throw new Error(
      `[newsroom] The site configuration is invalid (${sources.join(', ')}):\n${lines.join('\n')}`,
    );
  }
  return { ...result.data, url: result.data.url.replace(/\/+$/, '') };
}

/** Where the content is read from (in a module of its own: scripts/devPrefetch.ts needs it before Astro loads). */
export { resolveContentRoot };

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

/**
 * The configuration of this build. A bad setting stops every command
 * (build, dev, validate, new, email) with the list of what to change, not
 * with a stack trace: the people reading it edit src/config.ts or a CI
 * variable, not code. Under Vitest it throws, so tests can see it.
 */
export const siteConfig: SiteConfig = (() => {
  try {
    return loadSiteConfig();
  } catch (error) {
    if (process.env.VITEST || !(error instanceof Error) || !error.message.startsWith('[newsroom] The site configuration is invalid')) throw error;
    console.error(`${error.message}\nCorrect the setting, then run the command again.`);
    process.exit(1);
  }
})();
