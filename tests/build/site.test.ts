/**
 * Builds tests/fixtures/basic as a site deployed under a base path and checks
 * the HTML a journalist and a crawler receive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const SITE = 'https://ngo.example.org';
const BASE = '/newsroom/';

/** Every release translation in the fixture: folder → languages present. */
const FIXTURE_RELEASES: Record<string, string[]> = {
  '2026-03-14-water-forum': ['ky', 'ru', 'en'],
  '2026-04-01-youth-briefing': ['ru', 'en'],
  '2026-02-10-joint-statement': ['en'],
  '2026-01-05-winter-news': ['ky'],
  ...Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`2025-06-${String(index + 1).padStart(2, '0')}-filler-news-${String(index + 1).padStart(2, '0')}`, ['en']])),
};

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('basic', { SITE_URL: SITE, BASE_PATH: BASE });
  if (site.exitCode !== 0) throw new Error(`fixture build failed:\n${site.output}`);
});

describe('routes', () => {
  it('builds every release page in each of its languages, and none in the others', () => {
    for (const [slug, languages] of Object.entries(FIXTURE_RELEASES)) {
      for (const lang of ['ky', 'ru', 'en']) {
        const exists = site.files().includes(`${lang}/releases/${slug}/index.html`);
        expect(exists, `${lang}/${slug}`).toBe(languages.includes(lang));
      }
    }
  });

  it('builds the chooser, home, archive, tag, about and 404 pages', () => {
    const files = site.files();
    for (const path of [
      'index.html', '404.html',
      ...['ky', 'ru', 'en'].flatMap((lang) => [`${lang}/index.html`, `${lang}/releases/index.html`, `${lang}/about/index.html`]),
      'en/releases/2/index.html', 'en/tags/water/index.html', 'ky/tags/water/index.html', 'ru/tags/youth/index.html',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('paginates the archive newest first with the configured page size (10)', () => {
    const first = site.page('/en/releases/');
    const second = site.page('/en/releases/2/');
    const titles = (page: typeof first) => page('.release-list h2 a').map((_, link) => page(link).attr('href')).get();
    const firstLinks = titles(first);
    expect(firstLinks).toHaveLength(10);
    expect(titles(second)).toHaveLength(3);
    expect(firstLinks[0]).toBe(`${BASE}en/releases/2026-04-01-youth-briefing/`);
    expect(firstLinks[1]).toBe(`${BASE}en/releases/2026-03-14-water-forum/`);
    expect(titles(second).at(-1)).toBe(`${BASE}en/releases/2025-06-01-filler-news-01/`);
    expect(second('a[rel="prev"]').attr('href')).toBe(`${BASE}en/releases/`);
    expect(site.files()).not.toContain('en/releases/3/index.html');
  });

  it('lists on a tag page only releases with that tag, in that language', () => {
    const page = site.page('/ky/tags/water/');
    expect(page('h1').text()).toContain('Суу');
    expect(page('.release-list h2 a').map((_, link) => page(link).attr('href')).get()).toEqual([`${BASE}ky/releases/2026-03-14-water-forum/`]);
  });
});

describe('language alternates', () => {
  it('links hreflang alternates only to translations that exist, with absolute URLs', () => {
    const page = site.page('/ru/releases/2026-04-01-youth-briefing/');
    const alternates = page('link[rel="alternate"][hreflang]').map((_, link) => [[page(link).attr('hreflang'), page(link).attr('href')]]).get();
    expect(alternates).toEqual([
      ['ru', `${SITE}${BASE}ru/releases/2026-04-01-youth-briefing/`],
      ['en', `${SITE}${BASE}en/releases/2026-04-01-youth-briefing/`],
    ]);
    expect(page('html').attr('lang')).toBe('ru');
    expect(page('link[rel="canonical"]').attr('href')).toBe(`${SITE}${BASE}ru/releases/2026-04-01-youth-briefing/`);
  });

  it('shows no language links on a release that exists in one language', () => {
    const page = site.page('/ky/releases/2026-01-05-winter-news/');
    expect(page('link[rel="alternate"][hreflang]')).toHaveLength(1);
    expect(page('.language-switcher')).toHaveLength(0);
    expect(page('a[hreflang]')).toHaveLength(0);
  });

  it('offers the other existing translations in the switcher and below the release', () => {
    const page = site.page('/ky/releases/2026-03-14-water-forum/');
    const switcher = page('.language-switcher a').map((_, link) => page(link).attr('href')).get();
    expect(switcher).toEqual([`${BASE}ru/releases/2026-03-14-water-forum/`, `${BASE}en/releases/2026-03-14-water-forum/`]);
    expect(page('.translation-list a')).toHaveLength(2);
  });

  it('has a static language chooser at the root, without redirect', () => {
    const page = site.page('/');
    expect(page('meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(page('.chooser a').map((_, link) => page(link).attr('hreflang')).get()).toEqual(['ky', 'ru', 'en']);
    expect(page('link[hreflang="x-default"]').attr('href')).toBe(`${SITE}${BASE}`);
  });
});

describe('base path', () => {
  it('prefixes every root-relative link and asset on every page with the base path', () => {
    const offenders: string[] = [];
    for (const file of site.files().filter((name) => name.endsWith('.html'))) {
      const page = site.page(`/${file}`);
      page('[href], [src]').each((_, element) => {
        const value = page(element).attr('href') ?? page(element).attr('src') ?? '';
        if (value.startsWith('/') && !value.startsWith(BASE)) offenders.push(`${file}: ${value}`);
        if (value.startsWith('http') && value.startsWith(SITE) && !value.startsWith(`${SITE}${BASE}`)) offenders.push(`${file}: ${value}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('serves files from public/ beside content/ (the fixture keeps its logo there)', () => {
    expect(site.files()).toContain('logos/alpha.svg');
    expect(site.page('/en/releases/2026-03-14-water-forum/')('img[src="/newsroom/logos/alpha.svg"]').length).toBeGreaterThan(0);
  });

  it('links stylesheets that exist in the output', () => {
    const page = site.page('/en/');
    const stylesheets = page('link[rel="stylesheet"]').map((_, link) => page(link).attr('href')).get();
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const href of stylesheets) expect(site.files()).toContain(href.slice(BASE.length));
  });
});

describe('a release page is a press release', () => {
  it('shows type, release status, dateline and local date, title and lede in the page language', () => {
    const page = site.page('/ky/releases/2026-03-14-water-forum/');
    expect(page('.release-kicker .badge').text()).toBe('Пресс-релиз');
    expect(page('.release-status').text()).toBe('Дароо таратуу үчүн');
    expect(page('h1').text()).toBe('Суу форуму: Өзгөн, Үч-Коргон жана Ноокат үчүн жаңы мүмкүнчүлүктөр');
    expect(page('.lede .dateline').text()).toContain('Бишкек');
    // 2026-03-14 is read as midnight in Bishkek: the page must not show 13 March.
    expect(page('.lede time').attr('datetime')).toBe('2026-03-14');
    expect(page('.lede time').text()).toContain('14');
  });

  it('ends the release with ###, media contacts with mailto/tel links and the organisation boilerplate', () => {
    const page = site.page('/en/releases/2026-03-14-water-forum/');
    expect(page('.end-mark [aria-hidden="true"]').text()).toBe('###');
    expect(page('.end-mark .visually-hidden').text()).toBe('End of release');
    expect(page('.contacts a[href^="mailto:"]').attr('href')).toBe('mailto:press@alpha.example.org');
    expect(page('.contacts a[href^="tel:"]').attr('href')).toBe('tel:+996555000111');
    expect(page('.contacts').text()).toContain('Press officer');
    expect(page('.boilerplate h2').text()).toBe('About Alpha Civic Union');
    expect(page('.boilerplate img').attr('src')).toBe(`${BASE}logos/alpha.svg`);
    expect(page('.boilerplate img').attr('alt')).toBe('Alpha Civic Union');
    expect(page('.tag-list a').attr('href')).toBe(`${BASE}en/tags/water/`);
  });

  it('lists both organisations of a joint release and prefers the release contacts', () => {
    const page = site.page('/en/releases/2026-04-01-youth-briefing/');
    expect(page('.boilerplate h2').map((_, heading) => page(heading).text()).get()).toEqual(['About Alpha Civic Union', 'About Beta Network']);
    expect(page('.contacts li')).toHaveLength(1);
    expect(page('.contacts').text()).toContain('Fixture Contact');
  });

  it('shows the event in Bishkek time with the zone named, and the reference zone', () => {
    const page = site.page('/en/releases/2026-04-01-youth-briefing/');
    const when = page('.event-block').text();
    expect(when).toContain('11:30–12:15');
    expect(when).toContain('GMT+6');
    expect(when).toContain('07:30–08:15'); // Berlin, CEST on 1 April 2026
    expect(page('.event-block a[href="https://live.example.org/youth"]')).toHaveLength(1);
  });

  it('links the event address to a map search for it', () => {
    const link = site.page('/en/releases/2026-04-01-youth-briefing/')('.event-block a.event-map');
    expect(link.text()).toBe('Map');
    const url = new URL(link.attr('href')!);
    expect(url.origin + url.pathname).toBe('https://www.google.com/maps/search/');
    expect(url.searchParams.get('query')).toBe('1 Chui Avenue, Bishkek');
  });

  it('shows corrections and marks the release as corrected', () => {
    const page = site.page('/en/releases/2026-02-10-joint-statement/');
    expect(page('.release-status').text()).toContain('Corrected');
    expect(page('.corrections li').text()).toContain('from 30 to 31');
  });

  it('gives links to site paths in the body the base path', () => {
    const page = site.page('/en/releases/2026-03-14-water-forum/');
    expect(page('.release-body a').map((_, link) => page(link).attr('href')).get()).toEqual([`${BASE}en/about/`, `${BASE}files/programme.pdf`]);
  });

  it('removes scripts from the Markdown body', () => {
    const page = site.page('/en/releases/2026-03-14-water-forum/');
    expect(page('.release-body script')).toHaveLength(0);
    expect(page('main script')).toHaveLength(0);
    expect(page('.release-body').text()).not.toContain('fixtureScriptRan');
  });

  it('needs no client JavaScript (only the search page and the 404 page run a script)', () => {
    const page = site.page('/en/releases/2026-03-14-water-forum/');
    expect(page('script[src], script:not([type="application/ld+json"])').length).toBe(0);
    const scripts = site.files().filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/'));
    expect(scripts.map((file) => file.replace(/\.[\w-]+\.js$/, '.js')).sort()).toEqual([
      '_astro/404.astro_astro_type_script_index_0_lang.js', '_astro/SearchApp.astro_astro_type_script_index_0_lang.js',
    ]);
  });

  it('shows readers no content warnings (the fixture has two; only the dev server lists them)', () => {
    expect(site.output).toContain('(translations): exists in en but not in ky, ru');
    for (const path of ['/en/', '/en/releases/', '/en/releases/2026-03-14-water-forum/']) {
      expect(site.page(path)('.content-problems').length, path).toBe(0);
    }
  });
});
