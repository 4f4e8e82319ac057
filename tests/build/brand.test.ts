/**
 * The brand in a built site (the `brand` fixture: its own public/ folder
 * without the logo, and content/brand.yml with its own colours): the logo
 * in the header of every kind of page in every language, favicons, the
 * home-screen icon and the manifests linked with the base path, the
 * colours in the stylesheet and on social cards, the Content-Security-Policy
 * on every page and in `_headers`, and pages the policy does not break (no
 * inline script or style). A too-light accent or a missing logo stops the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/security/contentSecurityPolicy.ts';
import { parseHeadersFile } from '../../src/lib/security/headersFile.ts';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const BASE = '/newsroom/';
const LOGO = `${BASE}brand/civic-coalition.svg`;
const ACCENT = '#8a2b52'; // content/brand.yml of the fixture
const NAMES = { ky: 'Жарандык коалиция: басма сөз борбору', ru: 'Гражданская коалиция: пресс-центр', en: 'Civic Coalition Newsroom' };
const LANGS = ['ky', 'ru', 'en'] as const;
const RELEASE = 'releases/2026-11-10-river-cleanup/';
/** One page of every kind, in each language. */
const PAGE_KINDS = [
  '', 'releases/', 'releases/2026/', RELEASE, 'releases/2026-12-03-water-briefing/', 'types/press-release/', 'events/',
  'tags/', 'tags/water/', 'about/', 'subscribe/', 'search/', 'organizations/', 'organizations/river-watch/',
];

let site: BuiltSite;
let pages: string[];

beforeAll(async () => {
  site = await buildSite('brand', { BASE_PATH: BASE });
  if (site.exitCode !== 0) throw new Error(site.output);
  pages = site.files().filter((file) => file.endsWith('.html'));
});

/** The site path of a built HTML file: "en/about/index.html" → "/en/about/". */
const sitePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const langOf = (file: string) => (LANGS as readonly string[]).find((lang) => file.startsWith(`${lang}/`));

describe('the logo and name in the header', () => {
  it('the fixture has every kind of page in every language', () => {
    for (const lang of LANGS) for (const kind of PAGE_KINDS) expect(pages).toContain(`${lang}/${kind}index.html`);
    expect(pages).toContain('404.html');
  });

  it('every page but the language chooser has the logo and the name in its language, linking home', () => {
    const checked = pages.filter((file) => file !== 'index.html');
    expect(checked.length).toBeGreaterThanOrEqual(PAGE_KINDS.length * LANGS.length + 1);
    for (const file of checked) {
      const page = site.page(sitePath(file).replace(/^\/404\.html\/$/, '/404.html'));
      const lang = langOf(file) ?? 'en';
      const brand = page('header.site-header a.brand');
      expect(brand.attr('href'), file).toBe(`${BASE}${lang}/`);
      expect(brand.find('img.brand-logo').attr('src'), file).toBe(LOGO);
      expect(brand.find('img.brand-logo').attr('alt'), file).toBe('');
      expect([brand.find('img').attr('width'), brand.find('img').attr('height')], file).toEqual(['96', '96']);
      expect(brand.find('.brand-name').text(), file).toBe(NAMES[lang as keyof typeof NAMES]);
    }
  });

  it('the language chooser shows the logo with its text alternative', () => {
    const logo = site.page('/')('img.chooser-logo');
    expect(logo.attr('src')).toBe(LOGO);
    expect(logo.attr('alt')).toBe('Civic Coalition logo: three interlocking circles');
  });

  it('the logo from the project\'s public/ is copied, since the content has a public/ folder of its own', () => {
    expect(site.file('brand/civic-coalition.svg')).toBe(readFileSync(join(projectRoot, 'public', 'brand', 'civic-coalition.svg'), 'utf8'));
    expect(site.files()).toContain('images/river.jpg');
  });

  it('the navigation links events and topics and marks the current section, in the header and in the phone menu', () => {
    const events = site.page('/ru/events/');
    for (const nav of ['.site-nav', '.site-menu-panel']) {
      expect(events(`${nav} a`).map((_, link) => events(link).attr('href')).get()).toEqual(
        ['', 'releases/', 'events/', 'tags/', 'about/'].map((path) => `${BASE}ru/${path}`),
      );
      expect(events(`${nav} a[aria-current="page"]`).text()).toBe('События');
    }
    const tag = site.page('/ky/tags/water/');
    expect(tag('.site-nav a[aria-current="page"]').text()).toBe('Темалар');
    expect(site.page('/en/')('details.site-menu > summary').text().trim()).toBe('Menu');
  });

  it('keeps the search box a plain GET form to the search page of the language', () => {
    const form = site.page(`/ky/${RELEASE}`)('header form.site-search');
    expect([form.attr('method'), form.attr('action'), form.find('input[name="q"]').length]).toEqual(['get', `${BASE}ky/search/`, 1]);
    expect(form.find('button').text().trim()).toBe('Издөө');
  });
});

describe('favicons and manifests', () => {
  it('every page links the icons and the manifest of its language, with the base path, and the files exist', () => {
    for (const file of pages) {
      const page = site.page(sitePath(file).replace(/^\/404\.html\/$/, '/404.html'));
      const lang = langOf(file);
      const href = (selector: string) => page(selector).attr('href');
      expect(href('link[rel="icon"][sizes]'), file).toBe(`${BASE}favicon.ico`);
      expect(href('link[rel="icon"][type="image/svg+xml"]'), file).toBe(`${BASE}favicon.svg`);
      expect(href('link[rel="apple-touch-icon"]'), file).toBe(`${BASE}apple-touch-icon.png`);
      expect(href('link[rel="manifest"]'), file).toBe(lang ? `${BASE}${lang}/site.webmanifest` : `${BASE}site.webmanifest`);
      expect(page('meta[name="theme-color"]').attr('content'), file).toBe(ACCENT);
      expect(page('meta[name="referrer"]').attr('content'), file).toBe('strict-origin-when-cross-origin');
    }
    for (const path of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png']) expect(site.files()).toContain(path);
  });

  it('the icons are real images of the right size', async () => {
    const ico = readFileSync(join(site.outDir, 'favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);
    const touch = await sharp(join(site.outDir, 'apple-touch-icon.png')).metadata();
    expect([touch.format, touch.width, touch.height, touch.hasAlpha]).toEqual(['png', 180, 180, false]);
  });

  it('each language has a manifest with the name in that language that opens its home page', () => {
    for (const lang of LANGS) {
      const manifest = JSON.parse(site.file(`${lang}/site.webmanifest`));
      expect(manifest).toMatchObject({ name: NAMES[lang], lang, start_url: `${BASE}${lang}/`, scope: BASE, theme_color: ACCENT });
      for (const icon of manifest.icons) expect(site.files()).toContain(icon.src.slice(BASE.length));
    }
    expect(JSON.parse(site.file('site.webmanifest'))).toMatchObject({ name: NAMES.en, start_url: BASE });
  });
});

describe('colours', () => {
  it('the stylesheet carries the accent of content/brand.yml, its tint and the second colour', () => {
    const css = site.page(`/en/${RELEASE}`)('link[rel="stylesheet"]').map((_, link) => site.file(link.attribs.href!.slice(BASE.length))).get().join('\n');
    expect(css).toContain(`--accent:${ACCENT}`);
    expect(css).toMatch(/--accent-soft:#[0-9a-f]{6}/);
    expect(css).toContain('--brand-secondary:#2a9d8f');
  });

  it('social cards have the accent colour down their edge and the logo at the top', async () => {
    const { data, info } = await sharp(join(site.outDir, 'og', 'en', '2026-11-10-river-cleanup.png')).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => {
      const offset = (y * info.width + x) * info.channels;
      return `#${[...data.subarray(offset, offset + 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(pixel(8, 315)).toBe(ACCENT);
    // The sample logo's amber ring somewhere in the top left corner, where the card draws the logo.
    const corner: string[] = [];
    for (let y = 40; y < 120; y += 2) for (let x = 70; x < 150; x += 2) corner.push(pixel(x, y));
    expect(corner.some((colour) => {
      const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16)) as [number, number, number];
      return r > 200 && g > 130 && g < 190 && b < 80;
    })).toBe(true);
  });
});

describe('security', () => {
  it('every page starts its head with the Content-Security-Policy, before anything it loads', () => {
    for (const file of pages) {
      const page = site.page(sitePath(file).replace(/^\/404\.html\/$/, '/404.html'));
      const meta = page('head meta[http-equiv="Content-Security-Policy"]');
      expect(meta.attr('content'), file).toBe(contentSecurityPolicy('meta'));
      const before = meta.prevAll().map((_, element) => element.tagName).get();
      expect(before.sort(), file).toEqual(['meta', 'meta']); // charset and viewport only
    }
  });

  it('no page has an inline script, style element, style attribute or event handler the policy would block', () => {
    for (const file of pages) {
      const page = site.page(sitePath(file).replace(/^\/404\.html\/$/, '/404.html'));
      const inlineScripts = page('script:not([src])').filter((_, script) => !['application/ld+json', 'application/json'].includes(script.attribs.type ?? ''));
      expect(inlineScripts.length, `${file}: inline <script>`).toBe(0);
      expect(page('style').length, `${file}: <style>`).toBe(0);
      expect(page('[style]').length, `${file}: style attribute`).toBe(0);
      const handlers = page('*').filter((_, element) => 'attribs' in element && Object.keys(element.attribs).some((name) => name.startsWith('on')));
      expect(handlers.length, `${file}: event handler attribute`).toBe(0);
    }
  });

  it('_headers sends the policy with frame-ancestors and the other headers to every address', () => {
    const rules = parseHeadersFile(site.file('_headers'));
    expect(rules.map(({ path }) => path)).toEqual(['/*']);
    const headers = Object.fromEntries(rules[0]!.headers);
    expect(headers['Content-Security-Policy']).toBe(`${contentSecurityPolicy('meta')}; frame-ancestors 'none'`);
    expect(rules[0]!.headers).toEqual(securityHeaders());
  });
});

describe('a brand the build refuses', () => {
  it('a too-light accent colour stops the build with its ratio and a darker shade that passes', async () => {
    const result = await buildSite(contentFixture({ 'brand.yml': 'accent: "#7fb3c0"\n' }, 'brand'), { BASE_PATH: BASE });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('brand.accent: #7fb3c0 is too light for links and labels');
    expect(result.output).toContain('2.30:1 on the white page');
    expect(result.output).toMatch(/A darker shade of the same colour that passes: "#[0-9a-f]{6}" \(4\.5\d:1\)/);
    expect(result.files()).toEqual([]);
  });

  it('a logo that is not in the public folders stops the build, naming it', async () => {
    const result = await buildSite(contentFixture({ 'brand.yml': 'logo: /brand/our-logo.svg\n' }, 'brand'), { BASE_PATH: BASE });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('The brand file "/brand/our-logo.svg" named in the site configuration is not in');
    expect(result.files()).toEqual([]);
  });
});
