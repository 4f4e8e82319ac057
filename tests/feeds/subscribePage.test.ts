/**
 * The subscribe page (/<lang>/subscribe/) of tests/fixtures/feeds built under
 * a base path: it offers exactly the feeds the build wrote (both directions),
 * in every language, and every "Subscribe" link of the site leads to it.
 */
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { releaseTypes } from '../../src/lib/content/schemas.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { parseCalendar } from '../calendar/icsHelpers.ts';
import { BASE_PATH, PUBLIC_ROOT, SITE_URL, builtFileOf, readFeed, resolvesToBuiltFile } from './readFeed.ts';

let site: BuiltSite;
const page = (lang: string): CheerioAPI => site.page(`/${lang}/subscribe/`);
/** Addresses the page lists, in order: the text of every `code.feed-url`. */
const listedUrls = ($: CheerioAPI) => $('main code.feed-url').map((_, element) => $(element).text()).get();
/** The output files of `lang` a subscriber can add: feeds and the events calendar (not one advisory's .ics). */
const subscriptionFiles = (lang: string) =>
  site.files().filter((file) => file.startsWith(`${lang}/`) && (file.endsWith('rss.xml') || file === `${lang}/events.ics`)).sort();

beforeAll(async () => {
  site = await buildSite('feeds', { SITE_URL, BASE_PATH, BUILD_NOW: '2026-11-22T12:00:00+06:00' });
  if (site.exitCode !== 0) throw new Error(`fixture build failed:\n${site.output}`);
});

describe('the subscribe page agrees with the build', () => {
  it('lists only addresses that were built: RSS feeds of its language and its calendar', () => {
    for (const lang of locales) {
      const urls = listedUrls(page(lang));
      expect(urls.length, lang).toBeGreaterThan(releaseTypes.length);
      expect(new Set(urls).size, `${lang}: an address listed twice`).toBe(urls.length);
      for (const url of urls) {
        expect(resolvesToBuiltFile(url, site.outDir), `${lang}: ${url} was not built`).toBe(true);
        const file = builtFileOf(url) as string;
        if (file.endsWith('.ics')) expect(parseCalendar(site.file(file)).calendar.name).toBe('vcalendar');
        else {
          const feed = readFeed(site.file(file), file);
          expect(feed.language, url).toBe(lang);
          expect(feed.atom?.links?.find((link) => link.rel === 'self')?.href, url).toBe(url);
        }
      }
    }
  });

  it('lists every feed and calendar file of its language, leaving out only topic feeds with no releases in it', () => {
    for (const lang of locales) {
      const listed = new Set(listedUrls(page(lang)).map((url) => builtFileOf(url)));
      const missing = subscriptionFiles(lang).filter((file) => !listed.has(file));
      for (const file of missing) {
        expect(file, `${lang}: ${file} is built but not on the subscribe page`).toMatch(new RegExp(`^${lang}/tags/[^/]+/rss\\.xml$`));
        expect(readFeed(site.file(file), file).items ?? [], `${file} has releases but is not offered`).toEqual([]);
      }
      expect(missing, lang).toEqual([`${lang}/tags/archive-only/rss.xml`]);
    }
  });

  it('groups the language feed, every type, the topics with releases and the calendar, with counts of public releases only', () => {
    const $ = page('en');
    // An entry as read aloud or copied, without its address.
    const group = (id: string) =>
      $(`#group-${id} + ul > li`).map((_, item) => $(item).clone().find('code').remove().end().text().replace(/\s+/g, ' ').trim()).get();
    expect($('#group-language').text()).toBe('All releases');
    expect(group('language')).toEqual(['Civic Coalition Newsroom (4 releases)']);
    expect(group('type')).toEqual(['Press releases (1 release)', 'Media advisories (1 release)', 'Statements (1 release)', 'News (1 release)']);
    // Drafts, embargoed and scheduled releases carry the water and youth tags too: never counted.
    expect(group('topic')).toEqual(['Water & Sanitation (2 releases)', 'Youth (2 releases)']);
    const ky = page('ky');
    expect(ky('#group-topic + ul .feed-name').map((_, link) => ky(link).text()).get()).toEqual(['Жаштар', 'Суу']);
    expect(ky('#group-topic').text()).toBe('Темалар боюнча');
    expect(page('ru')('#group-type').text()).toBe('По типу материала');
  });

  it('links each feed name to the feed itself, next to its address', () => {
    const $ = page('ru');
    $('ul.feed-list > li').each((_, item) => {
      expect($(item).find('a.feed-name').attr('href')).toBe($(item).find('code.feed-url').text());
      expect($(item).find('a.feed-name').attr('type')).toBe('application/rss+xml');
    });
    expect($('#topic-water code').text()).toBe(`${PUBLIC_ROOT}ru/tags/water/rss.xml`);
  });

  it('offers the calendar as a webcal: subscription, through Google Calendar and as an https address', () => {
    for (const lang of locales) {
      const $ = page(lang);
      const https = `${PUBLIC_ROOT}${lang}/events.ics`;
      const webcal = https.replace('https:', 'webcal:');
      expect($('#events-calendar code.feed-url').text(), lang).toBe(https);
      expect($('#events-calendar a.calendar-webcal').attr('href'), lang).toBe(webcal);
      const google = new URL($('#events-calendar a.calendar-google-subscribe').attr('href') ?? '');
      expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/r');
      expect(google.searchParams.get('cid')).toBe(webcal);
    }
  });
});

describe('robots.txt', () => {
  it('lets crawlers read everything and names the sitemap index, which the build wrote and which lists the site', () => {
    const robots = site.file('robots.txt');
    expect(robots.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', `Sitemap: ${PUBLIC_ROOT}sitemap-index.xml`, '']);
    const index = load(site.file('sitemap-index.xml'), { xml: true });
    expect(index('sitemap > loc').first().text()).toBe(`${PUBLIC_ROOT}sitemap-0.xml`);
  });
});

describe('the subscribe page as a page', () => {
  it('exists in every language with hreflang alternates to all of them, and is in the sitemap', () => {
    const sitemap = load(site.file('sitemap-0.xml'), { xml: true });
    const inSitemap = sitemap('loc').map((_, loc) => sitemap(loc).text()).get();
    for (const lang of locales) {
      const $ = page(lang);
      expect($('html').attr('lang')).toBe(lang);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${PUBLIC_ROOT}${lang}/subscribe/`);
      const alternates = $('link[rel="alternate"][hreflang]').map((_, link) => [[link.attribs.hreflang, link.attribs.href]]).get();
      expect(alternates).toEqual(locales.map((other) => [other, `${PUBLIC_ROOT}${other}/subscribe/`]));
      expect(inSitemap).toContain(`${PUBLIC_ROOT}${lang}/subscribe/`);
    }
  });

  it('explains RSS and calendar subscriptions in the page language, in the HTML itself', () => {
    const terms = (lang: string) => page(lang)('main dl dt').map((_, term) => page(lang)(term).text()).get();
    expect(terms('en')).toEqual(['A news reader app', 'Telegram', 'E-mail', 'Media monitoring', 'iPhone, iPad, Mac', 'Android phone', 'Outlook and other calendar programs']);
    expect(page('ru')('h1').text()).toBe('Подписка');
    expect(page('ru')('main').text()).toContain('RSS-лента — это веб-адрес');
    expect(terms('ky')).toContain('Электрондук почта');
    expect(page('ky')('#calendar h2').text()).toBe('Иш-чаралар календары');
    // Headings go down one level at a time: h1, h2, h3.
    for (const lang of locales) {
      const levels = page(lang)('main :header').map((_, heading) => Number(heading.tagName.slice(1))).get();
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), lang).toBeLessThanOrEqual(1));
    }
  });
});

describe('every Subscribe link leads to the subscribe page', () => {
  it('has a Subscribe link in the footer of every page, to the page of its language', () => {
    const pages = site.files().filter((file) => file.endsWith('index.html') && /^(ky|ru|en)\//.test(file));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const $ = load(site.file(file));
      expect($('footer a.footer-subscribe').attr('href'), file).toBe(`${BASE_PATH}${file.slice(0, 2)}/subscribe/`);
    }
  });

  it('sends the calendar Subscribe links of the events page and an advisory to the calendar on that page', () => {
    for (const path of ['/en/events/', '/en/releases/2026-04-01-youth-briefing/', '/ru/releases/2026-04-01-youth-briefing/']) {
      const href = site.page(path)('main a.calendar-feed').attr('href');
      const lang = path.slice(1, 3);
      expect(href, path).toBe(`${BASE_PATH}${lang}/subscribe/#events-calendar`);
      expect(page(lang)('#events-calendar'), path).toHaveLength(1);
    }
  });

  it('has no link on any page straight to a feed file except the feed names on the subscribe page', () => {
    for (const file of site.files().filter((name) => name.endsWith('.html'))) {
      const $ = load(site.file(file));
      const direct = $('body a[href$="rss.xml"], body a[href^="webcal:"]').not('.feed-name, .calendar-webcal');
      expect(direct.map((_, link) => link.attribs.href).get(), file).toEqual([]);
    }
  });
});
