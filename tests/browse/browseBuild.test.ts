/**
 * Builds tests/fixtures/browse under a base path and checks the browse
 * pages a journalist uses to find older releases: type pages, the topic
 * index, year pages and the events page, in each language, with their
 * pagination, language alternates and sitemap entries, and without any
 * unpublished release. The build runs with the machine clock in UTC+14,
 * so a year taken from the machine's zone instead of Bishkek's shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const SITE = 'https://ngo.example.org';
const BASE = '/newsroom/';
const LANGS = ['ky', 'ru', 'en'] as const;

/** Every browse page the fixture must produce (BUILD_NOW 2026-11-22 12:00 Bishkek), and no others. */
const BROWSE_PAGES = [
  ...LANGS.flatMap((lang) => [`${lang}/tags/`, `${lang}/events/`]),
  'en/types/press-release/', 'en/types/media-advisory/', 'en/types/statement/', 'en/types/news/', 'en/types/news/2/',
  'ky/types/press-release/', 'ky/types/media-advisory/', 'ky/types/statement/', 'ky/types/news/',
  // Russian has no press release: its only one is a draft.
  'ru/types/media-advisory/', 'ru/types/statement/', 'ru/types/news/',
  'en/releases/2026/', 'en/releases/2025/', 'en/releases/2025/2/', 'en/releases/2024/',
  'ky/releases/2026/', 'ky/releases/2025/', 'ky/releases/2024/',
  // Russian has nothing in 2025; 2027 has only a draft and an embargoed release.
  'ru/releases/2026/', 'ru/releases/2024/',
];

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('browse', { SITE_URL: SITE, BASE_PATH: BASE, TZ: 'Pacific/Kiritimati' });
  if (site.exitCode !== 0) throw new Error(`fixture build failed:\n${site.output}`);
});

/** Hrefs of the release titles listed on a page, without the base path. */
function listed(page: CheerioAPI): string[] {
  return page('.release-list h2 a, .release-list h3 a').map((_, link) => page(link).attr('href')!.slice(BASE.length - 1)).get();
}

function alternates(page: CheerioAPI): string[][] {
  return page('link[rel="alternate"][hreflang]').map((_, link) => [[page(link).attr('hreflang')!, page(link).attr('href')!]]).get();
}

describe('routes', () => {
  it('builds every browse page in each language that has releases for it, and no other', () => {
    const built = site.files().filter((file) => /^(ky|ru|en)\/(types\/[^/]+\/(\d+\/)?|releases\/\d{4}\/(\d+\/)?|tags\/|events\/)index\.html$/.test(file));
    expect(built.map((file) => file.replace(/index\.html$/, '')).sort()).toEqual([...BROWSE_PAGES].sort());
  });

  it('puts a release of 23:30 on 31 December (Bishkek) in that year, and one of 00:30 on 1 January in the next', () => {
    expect(listed(site.page('/en/releases/2025/'))).toContain('/en/releases/2025-12-31-year-end-statement/');
    expect(listed(site.page('/ky/releases/2025/'))).toEqual(['/ky/releases/2025-12-31-year-end-statement/']);
    expect(listed(site.page('/ky/releases/2026/'))).toContain('/ky/releases/2026-01-01-new-year-news/');
    expect(listed(site.page('/ru/releases/2026/')).at(-1)).toBe('/ru/releases/2026-01-01-new-year-news/');
  });

  it('lists a year newest first, ten to a page, with links between the pages', () => {
    const first = site.page('/en/releases/2025/');
    const second = site.page('/en/releases/2025/2/');
    expect(first('h1').text()).toBe('Releases from 2025');
    expect(listed(first)).toHaveLength(10);
    expect(listed(first)[0]).toBe('/en/releases/2025-12-31-year-end-statement/');
    expect(listed(second)).toEqual(['/en/releases/2025-05-02-filler-news-02/', '/en/releases/2025-05-01-filler-news-01/']);
    expect(first('.pagination a[rel="next"]').attr('href')).toBe(`${BASE}en/releases/2025/2/`);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe(`${BASE}en/releases/2025/`);
    expect(second('title').text()).toContain('Page 2 of 2');
  });

  it('lists one type per page, paginated, with its feed', () => {
    const news = site.page('/en/types/news/');
    expect(news('h1').text()).toBe('News');
    expect(listed(news)).toHaveLength(10);
    expect(listed(news)[0]).toBe('/en/releases/2026-01-01-new-year-news/');
    expect(listed(site.page('/en/types/news/2/'))).toHaveLength(2);
    expect(news('.pagination a[rel="next"]').attr('href')).toBe(`${BASE}en/types/news/2/`);
    expect(news(`link[rel="alternate"][type="application/rss+xml"][href="${SITE}${BASE}en/types/news/rss.xml"]`)).toHaveLength(1);
    expect(news(`main a[href="${SITE}${BASE}en/types/news/rss.xml"]`).length + news(`main code:contains("${SITE}${BASE}en/types/news/rss.xml")`).length).toBeGreaterThan(0);
    const statements = site.page('/ru/types/statement/');
    expect(statements('h1').text()).toBe('Заявления');
    expect(listed(statements)).toEqual(['/ru/releases/2024-03-05-water-statement/']);
  });
});

describe('language alternates', () => {
  it('links a type or year page only to the languages that have it, with absolute URLs', () => {
    expect(alternates(site.page('/en/types/press-release/'))).toEqual([
      ['ky', `${SITE}${BASE}ky/types/press-release/`],
      ['en', `${SITE}${BASE}en/types/press-release/`],
    ]);
    expect(alternates(site.page('/ky/releases/2025/'))).toEqual([
      ['ky', `${SITE}${BASE}ky/releases/2025/`],
      ['en', `${SITE}${BASE}en/releases/2025/`],
    ]);
    expect(site.page('/ky/releases/2025/')('link[rel="canonical"]').attr('href')).toBe(`${SITE}${BASE}ky/releases/2025/`);
  });

  it('links the topic index and the events page to all three languages', () => {
    for (const path of ['tags/', 'events/']) {
      expect(alternates(site.page(`/ru/${path}`))).toEqual(LANGS.map((lang) => [lang, `${SITE}${BASE}${lang}/${path}`]));
    }
  });

  it('links a second page only to itself, as the archive does', () => {
    expect(alternates(site.page('/en/releases/2025/2/'))).toEqual([['en', `${SITE}${BASE}en/releases/2025/2/`]]);
  });
});

describe('topic index', () => {
  it('lists every topic that has releases in the language, with its count, linked to its page', () => {
    const page = site.page('/en/tags/');
    const topics = page('.topic-index li').map((_, item) => [[page(item).find('a').text(), page(item).find('a').attr('href')!, page(item).find('.topic-count').text()]]).get();
    expect(topics).toEqual([
      ['Water', `${BASE}en/tags/water/`, '6 releases'],
      ['Youth', `${BASE}en/tags/youth/`, '1 release'],
    ]);
  });

  it('leaves out topics without releases in that language, and topics used only by unpublished releases', () => {
    const ru = site.page('/ru/tags/');
    expect(ru('.topic-index a').map((_, link) => ru(link).text()).get()).toEqual(['Вода', 'Климат']);
    expect(ru('.topic-index .topic-count').first().text()).toBe('4 материала');
    for (const lang of LANGS) expect(site.page(`/${lang}/tags/`)('.topic-index').text()).not.toMatch(/Culture|Культура|Маданият/);
  });

  it('is linked from topic pages and from the topics of a release', () => {
    // In the page itself; the site header's "Topics" link leads there too.
    expect(site.page('/en/tags/water/')(`main a[href="${BASE}en/tags/"]`).text()).toBe('All topics');
    expect(site.page('/ky/releases/2026-03-10-water-report/')(`main a[href="${BASE}ky/tags/"]`).text()).toBe('Бардык темалар');
    expect(site.page('/en/tags/water/')(`header .site-nav a[href="${BASE}en/tags/"]`)).toHaveLength(1);
  });
});

describe('events page', () => {
  it('lists upcoming events soonest first and past events newest first, with the cancelled status', () => {
    const page = site.page('/en/events/');
    const slugs = (section: string) => page(`${section} li`).map((_, item) => page(item).attr('data-slug')).get();
    expect(slugs('.events-upcoming')).toEqual(['2026-11-12-cancelled-roundtable', '2026-11-10-upcoming-forum']);
    expect(slugs('.events-past')).toEqual(['2026-10-01-past-briefing', '2024-06-01-old-briefing']);
    expect(page('.events-upcoming li').first().find('[data-event-status="cancelled"]').text()).toBe('Cancelled');
    expect(page('.events-upcoming li').first().text()).toContain('Saturday, 28 November 2026, 10:00–11:00');
  });

  it('offers the calendar subscription of its language', () => {
    const page = site.page('/ky/events/');
    expect(page('.events-upcoming a.calendar-feed')).toHaveLength(1);
    expect(page('.events-upcoming code').text()).toBe(`${SITE}${BASE}ky/events.ics`);
    expect(page('.events-upcoming li').map((_, item) => page(item).attr('data-slug')).get()).toEqual(['2026-11-10-upcoming-forum']);
    expect(page('h1').text()).toBe('Иш-чаралар');
  });
});

describe('browse navigation', () => {
  it('turns the archive’s type line into links to the type, topic, organisation, year and events pages of the language', () => {
    const page = site.page('/ru/releases/');
    const links = page('.browse-nav a').map((_, link) => page(link).attr('href')).get();
    expect(links).toEqual([
      `${BASE}ru/types/media-advisory/`, `${BASE}ru/types/statement/`, `${BASE}ru/types/news/`,
      `${BASE}ru/tags/`,
      `${BASE}ru/organizations/`,
      `${BASE}ru/releases/2026/`, `${BASE}ru/releases/2024/`,
      `${BASE}ru/events/`,
    ]);
    expect(page('.browse-nav li').first().text()).toBe('Приглашения для СМИ (3)');
  });

  it('links the events page and the other browse pages from the home page', () => {
    const page = site.page('/en/');
    expect(page(`.browse-nav a[href="${BASE}en/events/"]`)).toHaveLength(1);
    expect(page(`.upcoming-events a[href="${BASE}en/events/"]`).text()).toContain('All events');
  });

  it('marks the page being shown as current', () => {
    const page = site.page('/en/releases/2024/');
    expect(page('.browse-nav a[aria-current="page"]').attr('href')).toBe(`${BASE}en/releases/2024/`);
  });
});

describe('sitemap', () => {
  it('lists every browse page with its absolute URL', () => {
    const sitemap = load(site.file('sitemap-0.xml'), { xml: true });
    const urls = new Set(sitemap('url > loc').map((_, loc) => sitemap(loc).text()).get());
    for (const path of BROWSE_PAGES) expect(urls, path).toContain(`${SITE}${BASE}${path}`);
  });
});

describe('visibility', () => {
  it('shows no draft or embargoed release on any browse page, archive or home page', () => {
    const pages = [...BROWSE_PAGES, ...LANGS.flatMap((lang) => [`${lang}/`, `${lang}/releases/`])];
    for (const path of pages) expect(site.file(`${path}index.html`), path).not.toContain('BROWSELEAK');
    expect(site.files().filter((file) => file.includes('2027'))).toEqual([]);
  });
});
