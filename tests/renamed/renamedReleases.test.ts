/**
 * A renamed release folder (`renamed_from`): the old addresses forward to the
 * release in every language it is published in (under the base path, without
 * JavaScript), stay out of the sitemap, and feeds and calendars keep knowing
 * the release by its first name, so readers and calendars do not get it
 * twice. An embargoed release's old name leads nowhere and appears nowhere.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { parseCalendar } from '../calendar/icsHelpers.ts';
import { BASE_PATH, readFeed, SITE_URL } from '../feeds/readFeed.ts';

const NOW = '2026-11-20-water-tariff-hearing';
const FIRST = '2026-11-19-tariff-hearing';
const EARLIER = [FIRST, '2026-11-20-water-tarif-hearing'];
const LANGS = ['ky', 'ru', 'en'] as const;

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('renamed', { SITE_URL, BASE_PATH });
  if (site.exitCode !== 0) throw new Error(site.output);
});

describe('a renamed release', () => {
  it.each(LANGS)('forwards each old address to the release (%s), naming the new address as canonical', (lang) => {
    const target = `${BASE_PATH}${lang}/releases/${NOW}/`;
    const release = site.page(`/${lang}/releases/${NOW}/`);
    const title = release('h1').text();
    expect(site.files()).toContain(`${lang}/releases/${NOW}/index.html`);
    for (const old of EARLIER) {
      const page = site.page(`/${lang}/releases/${old}/`);
      expect(page('html').attr('lang')).toBe(lang);
      expect(page('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
      expect(page('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}${target}`);
      expect(page('meta[name="robots"]').attr('content')).toBe('noindex');
      // Without a forwarding browser, a link with the title.
      expect(page('main a').attr('href')).toBe(target);
      expect(page('main a').text()).toBe(title);
      // A shared old link still previews as the release: link previews read these tags and do not follow the refresh.
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt']) {
        const content = page(`meta[property="${property}"]`).attr('content');
        expect(content, property).toBeTruthy();
        expect(content, property).toBe(release(`meta[property="${property}"]`).attr('content'));
      }
    }
  });

  it('leaves the old addresses out of the sitemap, and keeps the new one', () => {
    const sitemap = new XMLParser().parse(site.file('sitemap-0.xml')) as { urlset: { url: Array<{ loc: string }> } };
    const locations = sitemap.urlset.url.map((entry) => entry.loc);
    for (const lang of LANGS) expect(locations).toContain(`${SITE_URL}${BASE_PATH}${lang}/releases/${NOW}/`);
    expect(locations.filter((location) => EARLIER.some((old) => location.includes(old)))).toEqual([]);
  });

  it.each(LANGS)('keeps the feed guid of the first name (%s), linking to the new address', (lang) => {
    const feed = readFeed(site.file(`${lang}/rss.xml`), `${lang}/rss.xml`);
    const item = feed.items?.find((entry) => entry.link === `${SITE_URL}${BASE_PATH}${lang}/releases/${NOW}/`);
    expect(item?.guid?.value).toBe(`tag:newsroom.example.org,2026-11-19:release/${FIRST}/${lang}`);
  });

  it('keeps the calendar UID of the first name, in the release\'s file and the language calendar', () => {
    const uid = `${FIRST}@newsroom.example.org`;
    expect(parseCalendar(site.file(`en/releases/${NOW}.ics`)).events.map((event) => event.uid)).toEqual([uid]);
    expect(parseCalendar(site.file('ru/events.ics')).events.map((event) => event.uid)).toContain(uid);
    // The old "Add to calendar" addresses still give the event, the same entry.
    for (const old of EARLIER) expect(site.file(`en/releases/${old}.ics`)).toBe(site.file(`en/releases/${NOW}.ics`));
  });

  it('gives an embargoed release\'s old name no page and no mention', () => {
    expect(site.files().filter((path) => /secretbudgetplan|embargoed-budget-review/.test(path))).toEqual([]);
    const mentions = site.files().filter((path) => /\.(html|xml|ics|json|txt)$/.test(path))
      .filter((path) => /secretbudgetplan|RENAMEDLEAK/.test(site.file(path)));
    expect(mentions).toEqual([]);
  });
});
