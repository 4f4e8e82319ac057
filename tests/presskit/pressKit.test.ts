/**
 * Press photos and kits on the built presskit fixture (under a base path):
 * responsive photos from astro:assets with width and height and a link to
 * the original with its sizes, attachments with type and size, the press kit
 * unzipped and checked, reused from the cache by the next build, and absent
 * for an embargoed release. Also the share links and the 404 page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/buildSite.ts';

const BASE = '/newsroom/';
const SURVEY = '2026-10-05-glacier-survey';
const HEARING = '2026-11-30-budget-hearing';
const FIXTURE_PUBLIC = join(projectRoot, 'tests', 'fixtures', 'presskit', 'public');
const ENV = { SITE_URL: 'https://ngo.example.org', BASE_PATH: BASE };

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite('presskit', ENV);
  if (site.exitCode !== 0) throw new Error(site.output);
});

/** The built file a site address points to. */
const builtFile = (url: string) => readFileSync(join(site.outDir, decodeURI(url).slice(BASE.length)));
const unzip = (path: string) => unzipSync(new Uint8Array(readFileSync(join(site.outDir, path))));

describe('the lead photo of a release', () => {
  it('is a picture with WebP sources at several widths and a JPEG fallback, with width and height', () => {
    const $ = site.page(`/en/releases/${SURVEY}/`);
    const picture = $('article figure.release-photo picture').first();
    const webp = picture.find('source[type="image/webp"]').attr('srcset') ?? '';
    expect(webp.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['480w', '800w', '1200w', '1600w']);
    const img = picture.find('img');
    expect(img.attr('width')).toBe('1600');
    expect(img.attr('height')).toBe('1067');
    expect(img.attr('alt')).toBe('Researchers measure the snout of the Golubin glacier with a survey pole');
    expect(img.attr('sizes')).toContain('42rem');
    expect(img.attr('src')).toMatch(/^\/newsroom\/images\/glacier_.*\.jpg$/);
    // Every size exists, is an image of the announced width, and is smaller than the original's 1600 px when it says so.
    for (const candidate of [...webp.split(', '), ...(img.attr('srcset') ?? '').split(', ')]) {
      const [url = '', width = ''] = candidate.split(' ');
      expect(builtFile(url).length, url).toBeGreaterThan(1000);
      expect(url.startsWith(BASE), url).toBe(true);
      expect(width).toMatch(/^\d+w$/);
    }
  });

  it('has credit, licence and a "Download high resolution" link to the original with pixel and file size', () => {
    const $ = site.page(`/en/releases/${SURVEY}/`);
    const caption = $('article figure.release-photo').first().find('figcaption');
    expect(caption.text()).toContain('Photo: Aida Sultanova / Glacier Watch');
    expect(caption.text()).toContain('Licence: CC BY 4.0');
    const link = caption.find('a.photo-original');
    expect(link.text()).toBe('Download high resolution (JPEG, 1600 × 1067 px, 167 kB)');
    expect(link.attr('href')).toBe('/newsroom/images/glacier.jpg');
    expect(builtFile(link.attr('href')!).equals(readFileSync(join(FIXTURE_PUBLIC, 'images', 'glacier.jpg')))).toBe(true);
  });

  it('says the sizes as Kyrgyz readers write them', () => {
    const $ = site.page(`/ky/releases/${SURVEY}/`);
    expect($('a.photo-original').text()).toBe('Жогорку сапатта жүктөп алуу (JPEG, 1600 × 1067 px, 167 кБ)');
    expect($('.release-attachments .file-details').first().text()).toBe(' (PDF, 21 кБ)');
  });

  it('shows the further photos as a gallery, each with its own credit and original', () => {
    const $ = site.page(`/en/releases/${SURVEY}/`);
    const figures = $('.release-gallery figure');
    expect($('.release-gallery h2').text()).toBe('More photos');
    expect(figures).toHaveLength(2);
    expect(figures.eq(0).find('img').attr('width')).toBe('1200');
    expect(figures.eq(0).text()).toContain('Licence: free for editorial use with credit');
    expect(figures.eq(1).find('a.photo-original').text()).toBe('Download high resolution (JPEG, 1000 × 1000 px, 102 kB)');
  });
});

describe('attachments and the press kit', () => {
  it('lists attachments with type and size, and links the kit with its size', () => {
    const $ = site.page(`/en/releases/${SURVEY}/`);
    const items = $('.release-attachments li').map((_, item) => $(item).text()).get();
    expect(items).toEqual(['Full survey report (English) (PDF, 21 kB)', "Data tables on the partner's site (XLSX)"]);
    const kit = $('.press-kit a');
    expect(kit.attr('href')).toBe(`/newsroom/en/releases/${SURVEY}/press-kit.zip`);
    const size = readFileSync(join(site.outDir, `en/releases/${SURVEY}/press-kit.zip`)).length;
    expect(kit.text()).toBe(`Download the press kit (ZIP, ${Math.round(size / 1000)} kB): photos, documents and the text`);
  });

  it('packs the originals, the local attachment, the release as text and credits.txt', () => {
    const files = unzip(`en/releases/${SURVEY}/press-kit.zip`);
    const folder = `${SURVEY}-en`;
    expect(Object.keys(files).sort()).toEqual([
      `${folder}/${folder}.txt`, `${folder}/credits.txt`, `${folder}/documents/glacier-report.pdf`,
      `${folder}/photos/glacier-camp.jpg`, `${folder}/photos/glacier-stream.jpg`, `${folder}/photos/glacier.jpg`,
    ].sort());
    for (const name of ['glacier.jpg', 'glacier-camp.jpg', 'glacier-stream.jpg']) {
      expect(Buffer.from(files[`${folder}/photos/${name}`]!).equals(readFileSync(join(FIXTURE_PUBLIC, 'images', name))), name).toBe(true);
    }
    expect(Buffer.from(files[`${folder}/documents/glacier-report.pdf`]!).equals(readFileSync(join(FIXTURE_PUBLIC, 'files', 'glacier-report.pdf')))).toBe(true);
    const text = Buffer.from(files[`${folder}/${folder}.txt`]!).toString('utf8');
    expect(text).toContain('Glacier survey: Golubin glacier lost 14 metres of ice in five years');
    expect(text).toContain('What Glacier Watch recommends');
    expect(text).toContain('Phone: +996 555 202 303');
    expect(text).toContain(`https://ngo.example.org/newsroom/en/releases/${SURVEY}/`);
    expect(text).not.toContain('EMBARGO');
    const credits = Buffer.from(files[`${folder}/credits.txt`]!).toString('utf8');
    expect(credits).toContain('photos/glacier.jpg\n  Photo: Aida Sultanova / Glacier Watch\n  Licence: CC BY 4.0');
    expect(credits).toContain('photos/glacier-stream.jpg\n  Photo: Glacier Watch\n  Licence: no licence given: ask the media contacts before use');
  });

  it('makes a kit in each language of the release, in that language', () => {
    const files = unzip(`ky/releases/${SURVEY}/press-kit.zip`);
    const credits = Buffer.from(files[`${SURVEY}-ky/credits.txt`]!).toString('utf8');
    expect(credits.startsWith('Сүрөттөрдүн авторлору жана лицензиялары')).toBe(true);
    expect(Buffer.from(files[`${SURVEY}-ky/${SURVEY}-ky.txt`]!).toString('utf8')).toContain('Мөңгүлөрдү изилдөө: Голубин мөңгүсү');
  });

  it('has no page and no kit for the embargoed advisory', () => {
    expect(site.files().filter((path) => path.includes(HEARING))).toEqual([]);
    expect(site.files().filter((path) => path.endsWith('.zip')).sort()).toEqual([`en/releases/${SURVEY}/press-kit.zip`, `ky/releases/${SURVEY}/press-kit.zip`]);
  });

  it('is not packed again by later builds: restored with its page, or taken from the kit cache', async () => {
    expect(site.output).toContain('press kits: 2 packed, 0 reused');
    const cache = join(site.outDir, '..', 'cache');
    const kit = `en/releases/${SURVEY}/press-kit.zip`;
    // An incremental rebuild copies the unchanged page and kit, and still writes every size of its photos.
    const incremental = await buildSite('presskit', { ...ENV, NEWSROOM_CACHE_DIR: cache });
    expect(incremental.exitCode, incremental.output).toBe(0);
    expect(incremental.output).toContain(`/en/releases/${SURVEY}/index.html (restored)`);
    expect(incremental.output).not.toMatch(/press kits: [1-9]\d* packed/);
    const srcset = incremental.page(`/en/releases/${SURVEY}/`)('picture source').attr('srcset') ?? '';
    for (const candidate of srcset.split(', ')) expect(readFileSync(join(incremental.outDir, candidate.split(' ')[0]!.slice(BASE.length))).length).toBeGreaterThan(1000);
    // Rendering everything again (as after a code change) takes the kits from their cache.
    const full = await buildSite('presskit', { ...ENV, NEWSROOM_CACHE_DIR: cache, NEWSROOM_INCREMENTAL: '0' });
    expect(full.exitCode, full.output).toBe(0);
    expect(full.output).toContain('press kits: 0 packed, 2 reused');
    for (const build of [incremental, full]) expect(readFileSync(join(build.outDir, kit)).equals(readFileSync(join(site.outDir, kit)))).toBe(true);
  });
});

describe('sharing and the not-found page', () => {
  it('shares the page without script: Telegram, WhatsApp, Facebook, X, e-mail and the address', () => {
    const $ = site.page(`/en/releases/${SURVEY}/`);
    const url = `https://ngo.example.org/newsroom/en/releases/${SURVEY}/`;
    const title = 'Glacier survey: Golubin glacier lost 14 metres of ice in five years';
    const links = $('.share-links a').map((_, link) => [[$(link).text(), $(link).attr('href') ?? '']]).get() as unknown as Array<[string, string]>;
    expect(links.map(([name]) => name)).toEqual(['Telegram', 'WhatsApp', 'Facebook', 'X', 'E-mail']);
    const hrefs = new Map(links);
    expect(new URL(hrefs.get('Telegram')!).searchParams.get('url')).toBe(url);
    expect(new URL(hrefs.get('WhatsApp')!).searchParams.get('text')).toBe(`${title} ${url}`);
    expect(new URL(hrefs.get('Facebook')!).searchParams.get('u')).toBe(url);
    expect(new URL(hrefs.get('X')!).searchParams.get('url')).toBe(url);
    const mail = new URL(hrefs.get('E-mail')!);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.search)).toBe(`?subject=${title}&body=${url}`);
    expect($('.share-url').text()).toBe(url);
    expect($('.share-links script, script[src]').length).toBe(0);
  });

  it('prints the source address under the title (hidden on screen by the print stylesheet)', () => {
    const $ = site.page(`/ky/releases/${SURVEY}/`);
    expect($('h1 + .print-source').text()).toBe(`Булагы: https://ngo.example.org/newsroom/ky/releases/${SURVEY}/`);
  });

  it('has the site header with its search box, latest releases per language and links to the archives', () => {
    const $ = site.page('/404.html');
    expect($('header.site-header form[role="search"]').attr('action')).toBe('/newsroom/en/search/');
    const sections = $('section.not-found');
    expect(sections.map((_, section) => $(section).attr('lang')).get()).toEqual(['ky', 'ru', 'en']);
    expect($('section.not-found[lang="ky"] .release-list h3 a').first().attr('href')).toBe(`/newsroom/ky/releases/${SURVEY}/`);
    expect($('section.not-found[lang="en"] .release-list h3 a').first().text()).toBe('Glacier survey: Golubin glacier lost 14 metres of ice in five years');
    expect($('section.not-found[lang="ru"] .release-list')).toHaveLength(0);
    expect($('section.not-found[lang="ru"] a[href="/newsroom/ru/releases/"]').text()).toBe('Все материалы на русском языке');
  });
});
