/**
 * Builds tests/fixtures/organizations under a base path and checks what a
 * journalist and a donor see: every organisation and project page in each
 * language (profile or boilerplate, contacts, current and past projects,
 * releases with pagination, joint releases on both pages), the
 * organisation feed read with an RSS parser and offered on the subscribe
 * page, and the donor's disclaimer on the page and in the feed item of a
 * project release, and nowhere else. Draft and embargoed releases of the
 * project carry ORGLEAK and must appear nowhere. In Chromium, the new pages
 * have no axe-core WCAG 2.2 A/AA violations and fit a 360 px phone.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { type Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serveStatic.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { readFeed } from '../feeds/readFeed.ts';

const SITE = 'https://newsroom.example.org';
const BASE = '/newsroom/';
const ROOT = `${SITE}${BASE}`;
const LANGS = ['ky', 'ru', 'en'] as const;
const ORGANIZATIONS = ['north-water', 'south-rights'];
const PROJECTS = ['clean-rivers', 'old-survey'];
const LAUNCH = '2026-10-01-clean-rivers-launch';
const JOINT = '2026-10-05-joint-statement';
const SURVEY = '2025-03-01-survey-results';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('organizations', { SITE_URL: SITE, BASE_PATH: BASE });
  if (site.exitCode !== 0) throw new Error(`fixture build failed:\n${site.output}`);
});

/** Site paths (without the base path) of the release titles a page lists. */
function listed(page: CheerioAPI): string[] {
  return page('.release-list h2 a, .release-list h3 a').map((_, link) => page(link).attr('href')!.slice(BASE.length - 1)).get();
}

/** hreflang → href of a page's alternates. */
function alternates(page: CheerioAPI): Record<string, string> {
  return Object.fromEntries(page('link[rel="alternate"][hreflang]').map((_, link) => [[page(link).attr('hreflang')!, page(link).attr('href')!]]).get());
}

/** Text files of the build (what a reader, crawler or feed reader can get), by path. */
function textFiles(): string[] {
  return site.files().filter((file) => /\.(html|xml|ics|json|txt|webmanifest)$/.test(file) && !file.startsWith('pagefind/'));
}

describe('organisation pages', () => {
  it('exist for every organisation in every language, page 1 with alternates in all three', () => {
    for (const lang of LANGS) {
      for (const id of ORGANIZATIONS) {
        const page = site.page(`/${lang}/organizations/${id}/`);
        expect(page('h1').text().trim(), `${lang}/${id}`).not.toBe('');
        expect(alternates(page)).toEqual(Object.fromEntries(LANGS.map((locale) => [locale, `${ROOT}${locale}/organizations/${id}/`])));
        expect(page('link[rel="canonical"]').attr('href')).toBe(`${ROOT}${lang}/organizations/${id}/`);
      }
    }
  });

  it('show the logo, name, profile in the page language, website and press contacts', () => {
    const en = site.page('/en/organizations/north-water/');
    expect(en('h1').text()).toBe('North Water Union');
    expect(en('.organization-page-logo').attr('src')).toBe(`${BASE}logos/north-water.svg`);
    expect(en('#profile').text()).toBe('Who we are (NORTHPROFILE)');
    expect(en('.organization-profile strong').text()).toBe('mountain villages');
    expect(en('.organization-profile h2').map((_, heading) => en(heading).text()).get()).toContain('Where we work');
    expect(en('.organization-profile a[href="https://north.example.org"]')).toHaveLength(1);
    expect(en('.contacts a[href="mailto:press@north.example.org"]')).toHaveLength(1);
    expect(en('.contacts a[href^="tel:"]').text()).toBe('+996 555 100 200');
    // The contact's name and role, each given per language: Latin letters on English pages, Cyrillic on the others.
    expect(en('.contacts li strong').first().text()).toBe('Aida Press');
    expect(en('.contacts li').first().text()).toContain('Aida Press, Press officer');
    expect(site.page('/ky/organizations/north-water/')('.contacts li').first().text()).toContain('Аида Пресс, Басма сөз катчысы');
    // A profile without front-matter is all text; its heading is the "About" heading of the language.
    const ru = site.page('/ru/organizations/north-water/');
    expect(ru('.organization-profile').text()).toContain('NORTHPROFILE');
    expect(ru('#profile').text()).toBe('Справка: Объединение «Северная вода»');
    expect(site.page('/ky/organizations/north-water/')('#profile').text()).toBe('Биз жөнүндө');
  });

  it('show the "About" text of an organisation without a profile, and no logo when it has none', () => {
    for (const lang of LANGS) {
      const page = site.page(`/${lang}/organizations/south-rights/`);
      expect(page('.organization-profile').text()).toContain('SOUTHABOUT');
      expect(page('.organization-page-logo')).toHaveLength(0);
      expect(page('.contacts a[href="mailto:press@south.example.org"]')).toHaveLength(1);
    }
  });

  it('list current and past projects, each linked to its page', () => {
    const page = site.page('/en/organizations/north-water/');
    const projectsIn = (section: string) => page(`section[aria-labelledby="${section}"] .project-list > li`).map((_, item) => page(item).attr('data-project')).get();
    expect(projectsIn('current-projects')).toEqual(['clean-rivers']);
    expect(projectsIn('past-projects')).toEqual(['old-survey']);
    expect(page('[data-project="clean-rivers"] h3 a').attr('href')).toBe(`${BASE}en/projects/clean-rivers/`);
    expect(page('[data-project="clean-rivers"]').text()).toContain('Donor Fund');
    expect(page('[data-project="old-survey"] time').map((_, time) => page(time).attr('datetime')).get()).toEqual(['2024-01-01', '2025-06-30']);
    // South runs only the finished survey: no "current projects" heading.
    const south = site.page('/en/organizations/south-rights/');
    expect(south('#current-projects')).toHaveLength(0);
    expect(south('section[aria-labelledby="past-projects"] [data-project]').map((_, item) => south(item).attr('data-project')).get()).toEqual(['old-survey']);
  });

  it('list the organisation\'s releases newest first, 10 a page, with numbered pages', () => {
    const first = site.page('/en/organizations/north-water/');
    const second = site.page('/en/organizations/north-water/2/');
    // 11 fillers, the launch, the joint statement and the survey: 14 English releases.
    expect(listed(first)).toHaveLength(10);
    expect(listed(second)).toHaveLength(4);
    expect(listed(first).slice(0, 2)).toEqual([`/en/releases/${JOINT}/`, `/en/releases/${LAUNCH}/`]);
    expect(listed(second).at(-1)).toBe(`/en/releases/${SURVEY}/`);
    expect(first('.pagination a[rel="next"]').attr('href')).toBe(`${BASE}en/organizations/north-water/2/`);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe(`${BASE}en/organizations/north-water/`);
    // Later pages list releases only, and are their own only alternate.
    expect(second('.organization-profile, .project-list, .contacts')).toHaveLength(0);
    expect(alternates(second)).toEqual({ en: `${ROOT}en/organizations/north-water/2/` });
    expect(site.files()).not.toContain('en/organizations/north-water/3/index.html');
    expect(site.files()).not.toContain('en/organizations/south-rights/2/index.html');
  });

  it('show a joint release on the page of each of its organisations', () => {
    for (const lang of ['ru', 'en'] as const) {
      for (const id of ORGANIZATIONS) expect(listed(site.page(`/${lang}/organizations/${id}/`)), `${lang}/${id}`).toContain(`/${lang}/releases/${JOINT}/`);
    }
    expect(listed(site.page('/ky/organizations/south-rights/'))).toEqual([]);
    expect(site.page('/ky/organizations/south-rights/')('.organization-page').text()).toContain('Уюмдун кыргыз тилиндеги материалдары азырынча жок.');
  });

  it('are listed on the organisations index with logo and one line, and linked from the archive\'s browse block', () => {
    for (const lang of LANGS) {
      const index = site.page(`/${lang}/organizations/`);
      expect(index('.organization-index h2 a').map((_, link) => index(link).attr('href')).get().sort())
        .toEqual(ORGANIZATIONS.map((id) => `${BASE}${lang}/organizations/${id}/`));
      expect(Object.keys(alternates(index)).sort()).toEqual(['en', 'ky', 'ru']);
      expect(site.page(`/${lang}/releases/`)(`.browse-nav a[href="${BASE}${lang}/organizations/"]`)).toHaveLength(1);
    }
    const en = site.page('/en/organizations/');
    const north = en('.organization-index li').filter((_, item) => en(item).text().includes('North Water Union'));
    expect(north.find('img').attr('src')).toBe(`${BASE}logos/north-water.svg`);
    // One line: the first sentence of the "About" text.
    expect(north.find('p').text()).toBe('North Water Union works on water in mountain villages.');
  });

  it('are linked from release pages and release lists', () => {
    const release = site.page(`/en/releases/${JOINT}/`);
    expect(release('header .meta a').map((_, link) => release(link).attr('href')).get())
      .toEqual([`${BASE}en/organizations/north-water/`, `${BASE}en/organizations/south-rights/`]);
    const archive = site.page('/en/releases/');
    const item = archive('.release-list li').filter((_, entry) => archive(entry).find(`a[href="${BASE}en/releases/${JOINT}/"]`).length > 0);
    expect(item.find('.release-organizations a').map((_, link) => archive(link).text()).get()).toEqual(['North Water Union', 'South Rights Centre']);
  });

  it('are in the sitemap', () => {
    const sitemap = site.file('sitemap-0.xml');
    for (const lang of LANGS) {
      for (const path of [`${lang}/organizations/`, ...ORGANIZATIONS.map((id) => `${lang}/organizations/${id}/`), ...PROJECTS.map((id) => `${lang}/projects/${id}/`)]) {
        expect(sitemap, path).toContain(`<loc>${ROOT}${path}</loc>`);
      }
    }
  });
});

describe('project pages', () => {
  it('exist for every project in every language, with the name, organisations, donor, period and releases', () => {
    for (const lang of LANGS) {
      for (const id of PROJECTS) {
        const page = site.page(`/${lang}/projects/${id}/`);
        expect(page('h1').text().trim(), `${lang}/${id}`).not.toBe('');
        expect(alternates(page)).toEqual(Object.fromEntries(LANGS.map((locale) => [locale, `${ROOT}${locale}/projects/${id}/`])));
      }
    }
    const rivers = site.page('/en/projects/clean-rivers/');
    expect(rivers('h1').text()).toBe('Clean Rivers');
    expect(rivers('.lede').text()).toBe('Rivers of Naryn region, monitored by villagers.');
    expect(rivers('.project-donor a').attr('href')).toBe('https://donor.example.org');
    expect(rivers('.project-donor').text()).toContain('Donor Fund');
    expect(rivers('.project-facts').text()).toContain('Since 1 January 2026');
    expect(rivers('.project-status').text()).toBe('Current project');
    expect(listed(rivers)).toEqual([`/en/releases/${LAUNCH}/`]);
    const survey = site.page('/en/projects/old-survey/');
    expect(survey('.project-status').text()).toBe('Finished project');
    expect(survey('.project-facts a').map((_, link) => survey(link).attr('href')).get())
      .toEqual([`${BASE}en/organizations/north-water/`, `${BASE}en/organizations/south-rights/`]);
    expect(listed(survey)).toEqual([`/en/releases/${SURVEY}/`]);
    expect(site.page('/ru/projects/old-survey/')('.project-page').text()).toContain('Материалов проекта на русском языке пока нет.');
  });

  it('are linked from the releases that name them', () => {
    const release = site.page(`/ky/releases/${LAUNCH}/`);
    expect(release(`header a[href="${BASE}ky/projects/clean-rivers/"]`).text()).toBe('Таза дарыялар');
  });
});

describe('the organisation feed', () => {
  it('lists the organisation\'s releases in one language, joint ones included, and is valid RSS', () => {
    const feed = readFeed(site.file('en/organizations/south-rights/rss.xml'), 'south-rights en');
    expect(feed.title).toBe('South Rights Centre — Civic Coalition Newsroom');
    expect(feed.link).toBe(`${ROOT}en/organizations/south-rights/`);
    expect(feed.items?.map((item) => item.link)).toEqual([`${ROOT}en/releases/${JOINT}/`, `${ROOT}en/releases/${SURVEY}/`]);
    const north = readFeed(site.file('en/organizations/north-water/rss.xml'), 'north-water en');
    expect(north.items).toHaveLength(14);
    expect(readFeed(site.file('ky/organizations/south-rights/rss.xml')).items ?? []).toEqual([]);
  });

  it('is offered on the subscribe page where it has releases, and linked from the organisation page', () => {
    const subscribe = site.page('/en/subscribe/');
    const offered = subscribe('ul[aria-labelledby="group-organization"] .feed-url').map((_, code) => subscribe(code).text()).get();
    expect(offered).toEqual([`${ROOT}en/organizations/north-water/rss.xml`, `${ROOT}en/organizations/south-rights/rss.xml`]);
    expect(subscribe('#organization-north-water .feed-name').text()).toBe('North Water Union');
    // No Kyrgyz releases of South Rights Centre: its (empty) feed exists but is not offered.
    expect(site.page('/ky/subscribe/')('#organization-south-rights')).toHaveLength(0);
    expect(site.files()).toContain('ky/organizations/south-rights/rss.xml');
    const page = site.page('/en/organizations/north-water/');
    expect(page('.feed-subscribe-link').attr('href')).toBe(`${BASE}en/subscribe/#organization-north-water`);
    expect(page(`link[rel="alternate"][type="application/rss+xml"][href="${ROOT}en/organizations/north-water/rss.xml"]`)).toHaveLength(1);
  });
});

describe('the donor\'s disclaimer', () => {
  it('ends each translation of a project release, in its language, after the "About" text, with the donor\'s logo', () => {
    for (const lang of LANGS) {
      const page = site.page(`/${lang}/releases/${LAUNCH}/`);
      const disclaimer = page('.donor-disclaimer');
      expect(disclaimer, lang).toHaveLength(1);
      expect(disclaimer.text()).toContain(`DISCLAIMERMARK-${lang}`);
      expect(disclaimer.find('img').attr('src')).toBe(`${BASE}logos/donor-fund.svg`);
      expect(disclaimer.find('img').attr('alt')).toBe({ ky: 'Донор фонду', ru: 'Фонд-донор', en: 'Donor Fund' }[lang]);
      // After the boilerplate: the last "About" section comes before it.
      const article = page('article.release').children().toArray();
      expect(article.indexOf(disclaimer.get(0)!)).toBeGreaterThan(article.indexOf(page('.boilerplate').last().get(0)!));
    }
  });

  it('is named as the funder in the release\'s structured data', () => {
    const data = JSON.parse(site.page(`/en/releases/${LAUNCH}/`)('script[type="application/ld+json"]').text()) as { funder?: unknown };
    expect(data.funder).toEqual([{ '@type': 'Organization', name: 'Donor Fund', url: 'https://donor.example.org' }]);
    const joint = JSON.parse(site.page(`/en/releases/${JOINT}/`)('script[type="application/ld+json"]').text()) as { funder?: unknown };
    expect(joint.funder).toBeUndefined();
  });

  it('is in the feed item of the project release, and in no other item', () => {
    for (const file of site.files().filter((path) => path.endsWith('rss.xml'))) {
      const lang = file.slice(0, 2);
      for (const item of readFeed(site.file(file), file).items ?? []) {
        const content = item.content?.encoded ?? '';
        if (item.link === `${ROOT}${lang}/releases/${LAUNCH}/`) {
          expect(content, file).toContain(`DISCLAIMERMARK-${lang}`);
          expect(content, file).toContain(`src="${ROOT}logos/donor-fund.svg"`);
        } else {
          expect(content, `${file} ${item.link}`).not.toContain('DISCLAIMERMARK');
        }
      }
    }
    expect(readFeed(site.file('ru/organizations/north-water/rss.xml')).items?.find((item) => item.link?.endsWith(`/${LAUNCH}/`))?.content?.encoded).toContain('DISCLAIMERMARK-ru');
  });

  it('appears in no other file: not on project, organisation or list pages', () => {
    const pages = LANGS.map((lang) => `${lang}/releases/${LAUNCH}/index.html`);
    const carrying = textFiles().filter((file) => readFileSync(join(site.outDir, file), 'utf8').includes('DISCLAIMERMARK'));
    expect(carrying.filter((file) => !file.endsWith('rss.xml')).sort()).toEqual(pages.sort());
  });
});

describe('search', () => {
  /** Decompressed text of every Pagefind file of a kind ("fragment", "filter"), wherever its index keeps them. */
  function indexText(kind: string): string {
    return site.files().filter((file) => file.startsWith('pagefind/') && file.endsWith(`.pf_${kind}`))
      .map((file) => gunzipSync(readFileSync(join(site.outDir, file))).toString('utf8')).join('\n');
  }

  it('finds an organisation by its name, profile and contacts on its first page', () => {
    const page = site.page('/en/organizations/north-water/');
    expect(page('[data-pagefind-body] h1[data-pagefind-meta="title"]').text()).toBe('North Water Union');
    // Pagefind keeps only the innermost of nested parts: none is nested.
    expect(page('[data-pagefind-body] [data-pagefind-body]')).toHaveLength(0);
    expect(site.page('/en/organizations/north-water/2/')('[data-pagefind-body]')).toHaveLength(0);
    const fragments = indexText('fragment');
    expect(fragments).toContain('"url":"/en/organizations/north-water/"');
    expect(fragments).toContain('mountain villages');
    expect(fragments).toContain('press@north.example.org');
  });

  it('offers the project of a release as a facet, and indexes no disclaimer', () => {
    const release = site.page(`/en/releases/${LAUNCH}/`);
    expect(release('[data-pagefind-filter="project"]').text()).toBe('Clean Rivers');
    expect(indexText('filter')).toContain('Clean Rivers');
    expect(indexText('fragment')).not.toContain('DISCLAIMERMARK');
  });
});

describe('draft and embargoed releases of the project', () => {
  it('appear nowhere: not on organisation, project or list pages, nor in any feed', () => {
    expect(textFiles().length).toBeGreaterThan(50);
    const leaking = textFiles().filter((file) => readFileSync(join(site.outDir, file), 'utf8').includes('ORGLEAK'));
    expect(leaking).toEqual([]);
    const index = site.files().filter((file) => file.startsWith('pagefind/') && /\.pf_(fragment|filter|index|meta)$/.test(file));
    expect(index.length).toBeGreaterThan(3);
    // Word chunks hold words lower-cased.
    expect(index.filter((file) => gunzipSync(readFileSync(join(site.outDir, file))).toString('utf8').toLowerCase().includes('orgleak'))).toEqual([]);
    expect(site.files().filter((file) => file.includes('draft-rivers') || file.includes('embargoed-rivers'))).toEqual([]);
  });
});

describe('in a browser', () => {
  const PAGES = [
    'en/organizations/', 'ky/organizations/north-water/', 'en/organizations/north-water/', 'en/organizations/north-water/2/',
    'ru/organizations/south-rights/', 'en/projects/clean-rivers/', 'ky/projects/old-survey/', `ru/releases/${LAUNCH}/`,
  ];
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(site.outDir, BASE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the site at `width` px, under its real Content-Security-Policy. */
  async function open(path: string, width: number) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}${BASE}${path}`);
    expect(response?.status(), path).toBe(200);
    return { page, close: () => context.close() };
  }

  it.each(PAGES)('%s has no WCAG 2.2 A/AA violations (axe-core)', async (path) => {
    const { page, close } = await open(path, 1280);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(PAGES)('%s fits a 360 px wide phone without sideways scrolling, logos loaded', async (path) => {
    const { page, close } = await open(path, 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Every logo is a file of the site (the base path is applied): none is a broken image.
    await page.evaluate(async () => {
      for (const image of document.querySelectorAll('img')) {
        image.loading = 'eager';
        await image.decode().catch(() => undefined);
      }
    });
    expect(await page.evaluate(() => [...document.querySelectorAll('img')].filter((image) => image.naturalWidth === 0).map((image) => image.src))).toEqual([]);
    await close();
  });
});
