/**
 * Builds tests/fixtures/feeds with the real site code (under a base path)
 * and reads every generated feed the way a subscriber's reader would.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/buildSite.ts';
import { locales } from '../../src/i18n/locales.ts';
import { releaseTypes } from '../../src/lib/content/schemas.ts';
import {
  BASE_PATH, PUBLIC_ROOT, SITE_URL, builtFileOf, feedFiles, readFeed, resolvesToBuiltFile, stylesheetHref, type ParsedFeed,
} from './readFeed.ts';

const ENV = { SITE_URL, BASE_PATH, BUILD_NOW: '2026-11-22T12:00:00+06:00' };
const NASTY_TITLE = 'Water & "Sanitation" <script>alert(1)</script> forum';
const NASTY_SUMMARY = 'The forum on water & sanitation drew <b>120</b> "participants" <img src=x onerror=alert(1)>, not &amp; <tags>.';
const WATER = 'https://newsroom.example.org/newsroom/en/releases/2026-03-14-water-forum/';

let site: BuiltSite;
const feeds = new Map<string, ParsedFeed>();

const feed = (path: string): ParsedFeed => {
  const parsed = feeds.get(path);
  if (!parsed) throw new Error(`no feed at ${path}; built: ${[...feeds.keys()].join(', ')}`);
  return parsed;
};
const links = (path: string) => (feed(path).items ?? []).map((item) => item.link);
const itemAt = (path: string, link: string) => {
  const item = feed(path).items?.find((candidate) => candidate.link === link);
  if (!item) throw new Error(`${link} is not in ${path}`);
  return item;
};
const release = (lang: string, folder: string) => `${PUBLIC_ROOT}${lang}/releases/${folder}/`;

beforeAll(async () => {
  site = await buildSite('feeds', ENV);
  if (site.exitCode !== 0) throw new Error(`fixture build failed:\n${site.output}`);
  for (const file of feedFiles(site.files())) feeds.set(file, readFeed(site.file(file), file));
});

describe('the set of feeds', () => {
  it('has a feed per language, per tag in tags.yml, per release type and per organisation in every language', () => {
    const expected = locales.flatMap((lang) => [
      `${lang}/rss.xml`,
      ...['archive-only', 'water', 'youth'].map((tag) => `${lang}/tags/${tag}/rss.xml`),
      ...releaseTypes.map((type) => `${lang}/types/${type}/rss.xml`),
      `${lang}/organizations/alpha-ngo/rss.xml`,
    ]);
    expect([...feeds.keys()].sort()).toEqual(expected.sort());
  });
});

describe('every feed', () => {
  it('is well-formed RSS 2.0 in its own language with a self link to its public URL', () => {
    for (const [path, parsed] of feeds) {
      const lang = path.split('/')[0];
      expect(parsed.language, path).toBe(lang);
      const self = parsed.atom?.links?.filter((link) => link.rel === 'self') ?? [];
      expect(self.map((link) => link.href), path).toEqual([`${PUBLIC_ROOT}${path}`]);
      expect(parsed.title, path).toBeTruthy();
      expect(parsed.description, path).toBeTruthy();
    }
  });

  it('links its channel and items to absolute URLs of pages that were built, in the feed language', () => {
    for (const [path, parsed] of feeds) {
      const lang = path.split('/')[0];
      expect(resolvesToBuiltFile(parsed.link ?? '', site.outDir), `${path} channel link ${parsed.link}`).toBe(true);
      for (const item of parsed.items ?? []) {
        const link = item.link ?? '';
        expect(link.startsWith(`${PUBLIC_ROOT}${lang}/releases/`), `${path}: ${link}`).toBe(true);
        expect(resolvesToBuiltFile(link, site.outDir), `${path}: ${link} was not built`).toBe(true);
        const page = load(site.file(builtFileOf(link) as string));
        expect(page('html').attr('lang')).toBe(lang);
        expect(page('h1').first().text().trim()).toBe(item.title);
      }
    }
  });

  it('gives every item a unique guid derived from the release folder and language', () => {
    for (const [path, parsed] of feeds) {
      const guids = (parsed.items ?? []).map((item) => item.guid?.value);
      expect(new Set(guids).size, path).toBe(guids.length);
      for (const item of parsed.items ?? []) {
        expect(item.guid?.isPermaLink).toBe(false);
        const [, lang, folder] = /\/newsroom\/(\w+)\/releases\/([^/]+)\/$/.exec(item.link ?? '') ?? [];
        expect(item.guid?.value).toBe(`tag:newsroom.example.org,${folder?.slice(0, 10)}:release/${folder}/${lang}`);
      }
    }
  });

  it('lists items newest first with RFC 822 dates in the Bishkek offset, at most 50', () => {
    for (const [path, parsed] of feeds) {
      const items = parsed.items ?? [];
      expect(items.length).toBeLessThanOrEqual(50);
      const times = items.map((item) => {
        expect(item.pubDate, path).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0600$/);
        return Date.parse(item.pubDate ?? '');
      });
      expect(times, path).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it('never contains a draft, embargoed or scheduled release', () => {
    for (const [path, parsed] of feeds) {
      for (const item of parsed.items ?? []) expect(item.title, path).not.toMatch(/SECRET/);
      expect(site.file(path), path).not.toMatch(/draft-note|embargoed-report|scheduled-news/);
    }
  });

  it('is plain RSS: no stylesheet instruction (browsers warn about XSLT), and no stylesheet built', () => {
    for (const path of feeds.keys()) expect(stylesheetHref(site.file(path)), path).toBeUndefined();
    expect(site.files().filter((file) => /\.xslt?$/.test(file))).toEqual([]);
  });
});

describe('feed contents', () => {
  it('lists exactly the public releases of each language, newest first, ties in a fixed order', () => {
    expect(links('en/rss.xml')).toEqual([
      release('en', '2026-04-01-youth-briefing'),
      release('en', '2026-03-14-water-forum'),
      release('en', '2026-02-10-same-time-news'),
      release('en', '2026-02-10-joint-statement'),
    ]);
    expect(links('ru/rss.xml')).toEqual([release('ru', '2026-04-01-youth-briefing'), release('ru', '2026-03-14-water-forum')]);
    expect(links('ky/rss.xml')).toEqual([release('ky', '2026-03-14-water-forum'), release('ky', '2026-01-05-winter-news')]);
  });

  it('filters tag and type feeds, and keeps an unused tag feed valid and empty', () => {
    expect(links('en/tags/water/rss.xml')).toEqual([release('en', '2026-04-01-youth-briefing'), release('en', '2026-03-14-water-forum')]);
    expect(links('ky/tags/youth/rss.xml')).toEqual([release('ky', '2026-01-05-winter-news')]);
    expect(links('en/types/media-advisory/rss.xml')).toEqual([release('en', '2026-04-01-youth-briefing')]);
    expect(links('en/types/statement/rss.xml')).toEqual([release('en', '2026-02-10-joint-statement')]);
    expect(links('ky/types/statement/rss.xml')).toEqual([]);
    expect(links('en/tags/archive-only/rss.xml')).toEqual([]);
    expect(feed('en/tags/water/rss.xml').link).toBe(`${PUBLIC_ROOT}en/tags/water/`);
  });

  it('titles channels in the feed language', () => {
    expect(feed('ru/tags/water/rss.xml').title).toBe('Вода — Гражданская коалиция: пресс-центр');
    expect(feed('ky/types/news/rss.xml').title).toBe('Жаңылыктар — Жарандык коалиция: басма сөз борбору');
    expect(feed('en/types/press-release/rss.xml').title).toBe('Press releases — Civic Coalition Newsroom');
  });

  it('delivers a title, summary and tag label containing & " and <script> as literal text', () => {
    const item = itemAt('en/rss.xml', WATER);
    expect(item.title).toBe(NASTY_TITLE);
    // Readers render description as HTML: decoded as HTML, the summary is its own literal text and builds no element.
    const description = load(item.description ?? '', null, false);
    expect(description.text()).toBe(NASTY_SUMMARY);
    expect(description('*')).toHaveLength(0);
    expect(item.categories?.map((category) => category.name)).toEqual(['Water & Sanitation']);
    expect(feed('en/tags/water/rss.xml').title).toBe('Water & Sanitation — Civic Coalition Newsroom');
  });

  it('carries the sanitized body with absolute URLs and the corrections in content:encoded', () => {
    const body = load(itemAt('en/rss.xml', WATER).content?.encoded ?? '');
    expect(body('script')).toHaveLength(0);
    expect(body.text()).not.toContain('fixtureScriptRan');
    const urls = [...body('[href]').map((_, element) => body(element).attr('href')), ...body('[src]').map((_, element) => body(element).attr('src'))];
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(URL.canParse(url as string), `${url} is not absolute`).toBe(true);
    expect(urls).toContain(`${PUBLIC_ROOT}en/releases/2026-04-01-youth-briefing/`);
    expect(urls).toContain(`${WATER}chart.png`);
    expect(urls).toContain('https://partner.example.org/water');
    expect(urls).toContain('mailto:press@alpha.example.org');
    expect(body('section h2').last().text()).toBe('Corrections');
    expect(body('section li').last().text()).toBe('16 March 2026: The number of participants was 120, not 102.');
  });

  it('marks corrected releases with atom:updated and the feed with a content-derived lastBuildDate', () => {
    expect(itemAt('en/rss.xml', WATER).atom?.updated).toBe('2026-03-16T09:00:00+06:00');
    expect(itemAt('ru/rss.xml', release('ru', '2026-03-14-water-forum')).atom?.updated).toBe('2026-03-16T09:00:00+06:00');
    expect(itemAt('ky/rss.xml', release('ky', '2026-03-14-water-forum')).atom?.updated).toBeUndefined();
    expect(itemAt('en/rss.xml', WATER).pubDate).toBe('Sat, 14 Mar 2026 10:30:00 +0600');
    expect(feed('en/rss.xml').lastBuildDate).toBe('Wed, 25 Mar 2026 09:00:00 +0600');
    expect(feed('en/types/press-release/rss.xml').lastBuildDate).toBe('Mon, 16 Mar 2026 09:00:00 +0600');
    expect(feed('en/tags/archive-only/rss.xml').lastBuildDate).toBeUndefined();
  });

  it('attaches the 1200×630 social card as enclosure and media:content', () => {
    const card = `${PUBLIC_ROOT}og/en/2026-03-14-water-forum.png`;
    const item = itemAt('en/rss.xml', WATER);
    expect(item.enclosures).toEqual([{ url: card, length: 0, type: 'image/png' }]);
    expect(item.media?.contents).toEqual([{ url: card, type: 'image/png', medium: 'image', width: 1200, height: 630 }]);
  });

  it('points every enclosure at a built 1200×630 PNG card', () => {
    for (const [path, parsed] of feeds) {
      for (const item of parsed.items ?? []) {
        const url = item.enclosures?.[0]?.url ?? '';
        expect(resolvesToBuiltFile(url, site.outDir), `${path}: ${url} was not built`).toBe(true);
        const png = readFileSync(join(site.outDir, builtFileOf(url) as string));
        // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
      }
    }
  });
});

describe('feed discovery on pages', () => {
  it('announces the language feed in the head of every page', () => {
    const pages = site.files().filter((file) => file.endsWith('.html') && /^(ky|ru|en)\//.test(file));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const lang = file.slice(0, 2);
      const hrefs = load(site.file(file))('head link[rel="alternate"][type="application/rss+xml"]').map((_, element) => element.attribs.href).get();
      expect(hrefs, file).toContain(`${PUBLIC_ROOT}${lang}/rss.xml`);
      for (const href of hrefs) expect(resolvesToBuiltFile(href, site.outDir), `${file}: ${href}`).toBe(true);
    }
  });

  it('announces the tag feed on tag pages and the type feeds on the archive', () => {
    const tagHead = site.page('/ru/tags/water/')('head link[type="application/rss+xml"]').map((_, element) => element.attribs.href).get();
    expect(tagHead).toContain(`${PUBLIC_ROOT}ru/tags/water/rss.xml`);
    const archiveHead = site.page('/en/releases/')('head link[type="application/rss+xml"]').map((_, element) => element.attribs.href).get();
    for (const type of releaseTypes) expect(archiveHead).toContain(`${PUBLIC_ROOT}en/types/${type}/rss.xml`);
  });

  it('shows Subscribe on home, archive and tag pages, leading to the feed on the subscribe page, with the feed URL', () => {
    const cases = [
      ['/en/', `${PUBLIC_ROOT}en/rss.xml`, 'Subscribe', `${BASE_PATH}en/subscribe/#all`],
      ['/ru/releases/', `${PUBLIC_ROOT}ru/rss.xml`, 'Подписаться', `${BASE_PATH}ru/subscribe/#all`],
      ['/ky/tags/youth/', `${PUBLIC_ROOT}ky/tags/youth/rss.xml`, 'Жазылуу', `${BASE_PATH}ky/subscribe/#topic-youth`],
    ] as const;
    for (const [path, url, label, target] of cases) {
      const $ = site.page(path);
      const link = $('main .feed-subscribe a').first();
      expect(link.text(), path).toBe(label);
      expect(link.attr('href'), path).toBe(target);
      expect($('main .feed-subscribe code').text(), path).toBe(url);
      // The anchor exists on the subscribe page and holds that very feed.
      const [page, anchor] = target.slice(BASE_PATH.length - 1).split('#') as [string, string];
      expect(site.page(page)(`[id="${anchor}"] code`).text(), path).toBe(url);
    }
  });
});

describe('stability across builds', () => {
  it('writes byte-identical feeds when the content is unchanged, whatever the build clock says', async () => {
    const again = await buildSite('feeds', { ...ENV, BUILD_NOW: '2026-11-29T08:00:00+06:00' });
    expect(again.exitCode, again.output).toBe(0);
    const first = feedFiles(site.files());
    expect(feedFiles(again.files())).toEqual(first);
    for (const file of first) expect(again.file(file), file).toBe(site.file(file));
  });

  it('keeps guid and link when a title is corrected, and reports the correction', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'newsroom-feeds-'));
    cpSync(join(projectRoot, 'tests', 'fixtures', 'feeds'), copy, { recursive: true });
    const file = join(copy, 'content', 'releases', '2026-03-14-water-forum', 'en.md');
    const corrected = readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, 'title: "Water forum: corrected title"')
      .replace('updated: "2026-03-16T09:00"', 'updated: "2026-03-18T12:00"')
      .replace('    note: The number of participants was 120, not 102.', '    note: The number of participants was 120, not 102.\n  - date: "2026-03-18T12:00"\n    note: The title was corrected.');
    writeFileSync(file, corrected);
    const edited = await buildSite(copy, ENV);
    expect(edited.exitCode, edited.output).toBe(0);
    const before = itemAt('en/rss.xml', WATER);
    const after = readFeed(edited.file('en/rss.xml')).items?.find((item) => item.link === WATER);
    expect(after?.title).toBe('Water forum: corrected title');
    expect(after?.guid).toEqual(before.guid);
    expect(after?.pubDate).toBe(before.pubDate);
    expect(after?.atom?.updated).toBe('2026-03-18T12:00:00+06:00');
    // Other languages of the same release keep their items untouched.
    expect(edited.file('ru/rss.xml')).toBe(site.file('ru/rss.xml'));
  });
});
