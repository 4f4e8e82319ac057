/**
 * Social cards in a real `astro build`: every release page's og:image
 * points at a built 1200×630 PNG (under a base path), unpublished releases
 * get no card, a rebuild reuses the cache, and an uncovered character stops
 * the build with the file, the character and its code point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/contentFixture.ts';
import { buildSite, run, type BuiltSite } from '../helpers/buildSite.ts';

const SITE = 'https://ngo.example.org';
const BASE = '/newsroom/';

describe('social images in the build', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite('og/site', { SITE_URL: SITE, BASE_PATH: BASE });
  });

  const releasePages = () => site.files().filter((file) => /^(ky|ru|en)\/releases\/[^/]*[a-z][^/]*\/index\.html$/.test(file));

  it('builds and reports rendered and reused counts', () => {
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).toMatch(/social images: 6 rendered, 0 reused in \d+\.\d+ s/);
  });

  it("resolves every release page's og:image to a built 1200×630 PNG", async () => {
    const pages = releasePages();
    expect(pages.sort()).toEqual(['en/releases/2026-03-14-clean-water/index.html', 'ky/releases/2026-03-14-clean-water/index.html', 'ru/releases/2026-02-10-joint-statement/index.html']);
    for (const page of pages) {
      const $ = site.page(page);
      const image = $('meta[property="og:image"]').attr('content') ?? '';
      expect(image.startsWith(`${SITE}${BASE}og/`), image).toBe(true);
      const file = join(site.outDir, decodeURIComponent(image.slice(`${SITE}${BASE}`.length)));
      expect(existsSync(file), `${page} → ${image}`).toBe(true);
      expect(await sharp(file).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
      expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
      expect($('meta[property="og:image:height"]').attr('content')).toBe('630');
      expect($('meta[property="og:image:alt"]').attr('content')).toContain($('meta[property="og:title"]').attr('content'));
      expect($('meta[property="og:type"]').attr('content')).toBe('article');
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    }
  });

  it('gives translations og:locale and og:locale:alternate', () => {
    const $ = site.page('/ky/releases/2026-03-14-clean-water/');
    expect($('meta[property="og:locale"]').attr('content')).toBe('ky_KG');
    expect($('meta[property="og:locale:alternate"]').map((_, el) => $(el).attr('content')).get()).toEqual(['en_GB']);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}${BASE}og/ky/2026-03-14-clean-water.png`);
  });

  it('points home, archive and tag pages at the default card of their language, which exists', async () => {
    for (const lang of ['ky', 'ru', 'en']) {
      for (const path of [`/${lang}/`, `/${lang}/releases/`, `/${lang}/tags/water/`]) {
        expect(site.page(path)('meta[property="og:image"]').attr('content'), path).toBe(`${SITE}${BASE}og/${lang}/default.png`);
      }
      expect((await sharp(join(site.outDir, 'og', lang, 'default.png')).metadata()).width).toBe(1200);
    }
  });

  it('never renders a card for a draft or an embargoed release', () => {
    const cards = site.files().filter((file) => file.startsWith('og/'));
    expect(cards.sort()).toEqual([
      'og/en/2026-03-14-clean-water.png', 'og/en/default.png', 'og/ky/2026-03-14-clean-water.png',
      'og/ky/default.png', 'og/ru/2026-02-10-joint-statement.png', 'og/ru/default.png',
    ]);
  });

  it('reuses every card when nothing changed', async () => {
    const before = readFileSync(join(site.outDir, 'og/ky/2026-03-14-clean-water.png'));
    const cacheDir = join(site.outDir, '..', 'cache');
    const rebuild = await run('astro', ['build', '--outDir', site.outDir], {
      CONTENT_ROOT: join(import.meta.dirname, '..', 'fixtures', 'og', 'site'),
      NEWSROOM_CACHE_DIR: cacheDir,
      BUILD_NOW: '2026-11-22T12:00:00+06:00',
      SITE_URL: SITE,
      BASE_PATH: BASE,
    });
    expect(rebuild.exitCode, rebuild.output).toBe(0);
    expect(rebuild.output).toMatch(/social images: 0 rendered, 6 reused/);
    expect(readFileSync(join(site.outDir, 'og/ky/2026-03-14-clean-water.png')).equals(before)).toBe(true);
  });
});

describe('a title the fonts cannot draw', () => {
  it('fails the build naming the file, the character and its code point', async () => {
    const site = await buildSite('og/bad-glyph');
    expect(site.exitCode).not.toBe(0);
    expect(site.output).toContain('content/releases/2026-03-14-clean-water/en.md:2  title: contains "𓀀" (U+13000)');
    expect(existsSync(join(site.outDir, 'og'))).toBe(false);
  });

  it('fails already while the release is embargoed, not in the rebuild that lifts the embargo', async () => {
    const root = contentFixture({
      'releases/2026-03-21-embargoed-report/en.md': readFileSync(
        join(import.meta.dirname, '..', 'fixtures', 'og', 'site', 'content', 'releases', '2026-03-21-embargoed-report', 'en.md'), 'utf8',
      ).replace('Embargoed report that must not leak', 'Embargoed report \u{13000}'),
    }, 'og/site');
    const site = await buildSite(root);
    expect(site.exitCode).not.toBe(0);
    expect(site.output).toContain('content/releases/2026-03-21-embargoed-report/en.md:2  title: contains "𓀀" (U+13000)');
  });
});
