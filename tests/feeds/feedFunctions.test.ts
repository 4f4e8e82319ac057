/** The pure feed functions, without a build. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { absolutizeHtmlUrls } from '../../src/lib/feeds/absolutizeHtmlUrls.ts';
import { escapeHtmlText } from '../../src/lib/feeds/escapeHtmlText.ts';
import { formatRfc3339Date, formatRfc822Date } from '../../src/lib/feeds/formatFeedDate.ts';
import { releaseGuid } from '../../src/lib/feeds/releaseGuid.ts';
import { feedLastModified, releaseLastModified, wasRevised } from '../../src/lib/feeds/releaseLastModified.ts';
import { renderFeed, withoutXmlIllegalCharacters, type FeedSettings, type FeedSource } from '../../src/lib/feeds/renderFeed.ts';
import { latestReleases } from '../../src/lib/feeds/selectFeedReleases.ts';
import { readFeed } from './readFeed.ts';

describe('formatRfc822Date', () => {
  it('writes the wall clock and offset of the site time zone', () => {
    expect(formatRfc822Date(new Date('2026-03-14T04:30:00Z'), 'Asia/Bishkek')).toBe('Sat, 14 Mar 2026 10:30:00 +0600');
    // Midnight in Bishkek is still the previous day in UTC: the feed must say the 14th.
    expect(formatRfc822Date(new Date('2026-03-13T18:00:00Z'), 'Asia/Bishkek')).toBe('Sat, 14 Mar 2026 00:00:00 +0600');
  });

  it('follows daylight saving time and half-hour offsets', () => {
    expect(formatRfc822Date(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('Wed, 01 Jul 2026 08:00:00 -0400');
    expect(formatRfc822Date(new Date('2026-01-01T12:00:00Z'), 'America/New_York')).toBe('Thu, 01 Jan 2026 07:00:00 -0500');
    expect(formatRfc822Date(new Date('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe('Thu, 01 Jan 2026 17:30:00 +0530');
    expect(formatRfc822Date(new Date('2026-01-01T12:00:00Z'), 'UTC')).toBe('Thu, 01 Jan 2026 12:00:00 +0000');
  });

  it('round-trips through a date parser to the same instant', () => {
    const instant = new Date('2026-11-20T23:59:59Z');
    expect(Date.parse(formatRfc822Date(instant, 'Asia/Bishkek'))).toBe(instant.getTime());
  });
});

describe('formatRfc3339Date', () => {
  it('writes an ISO date-time with the zone offset', () => {
    expect(formatRfc3339Date(new Date('2026-03-16T03:00:00Z'), 'Asia/Bishkek')).toBe('2026-03-16T09:00:00+06:00');
    expect(formatRfc3339Date(new Date('2026-03-16T03:00:00Z'), 'America/New_York')).toBe('2026-03-15T23:00:00-04:00');
  });
});

describe('releaseGuid', () => {
  it('is a tag URI from the host, the folder and the language only', () => {
    expect(releaseGuid({ slug: '2026-03-14-water-forum', lang: 'ky' }, 'https://ngo.example.org')).toBe(
      'tag:ngo.example.org,2026-03-14:release/2026-03-14-water-forum/ky',
    );
    expect(releaseGuid({ slug: '2026-03-14-water-forum', lang: 'en' }, 'https://ngo.example.org:8443')).toBe(
      'tag:ngo.example.org,2026-03-14:release/2026-03-14-water-forum/en',
    );
  });

  it('refuses a folder without a date instead of inventing one', () => {
    expect(() => releaseGuid({ slug: 'water-forum', lang: 'en' }, 'https://ngo.example.org')).toThrow(/water-forum/);
  });
});

describe('releaseLastModified', () => {
  const date = new Date('2026-03-14T04:30:00Z');
  it('is the latest of date, updated and corrections', () => {
    const corrections = [{ date: new Date('2026-03-20T00:00:00Z') }, { date: new Date('2026-03-18T00:00:00Z') }];
    expect(releaseLastModified({ date, updated: new Date('2026-03-16T00:00:00Z'), corrections }).toISOString()).toBe('2026-03-20T00:00:00.000Z');
    expect(wasRevised({ date, corrections: [] })).toBe(false);
    expect(wasRevised({ date, corrections })).toBe(true);
  });

  it('gives an empty feed no date', () => {
    expect(feedLastModified([])).toBeUndefined();
  });
});

function fakeRelease(day: number, overrides: Partial<FeedSource['data']> = {}): FeedSource {
  const slug = `2026-01-${String(day).padStart(2, '0')}-item-${day}`;
  return {
    id: `${slug}/en`,
    data: { title: `Item ${day}`, summary: `Summary ${day}`, slug, lang: 'en', date: new Date(Date.UTC(2026, 0, day, 4)), tags: [], corrections: [], ...overrides },
    rendered: { html: `<p>Body ${day}</p>` },
  };
}

const settings: FeedSettings = {
  siteUrl: 'https://ngo.example.org',
  basePath: '/newsroom/',
  timeZone: 'Asia/Bishkek',
  itemLimit: 50,
  tagLabel: (tag) => `label of ${tag}`,
  correctionsHeading: 'Corrections',
  formatDate: (date) => date.toISOString().slice(0, 10),
};
const channel = { lang: 'en' as const, title: 'Feed & "news"', description: 'All <releases>', pagePath: '/en/', feedPath: '/en/rss.xml' };

describe('latestReleases and the item limit', () => {
  it('keeps the newest releases up to the limit', () => {
    const releases = Array.from({ length: 28 }, (_, index) => fakeRelease(index + 1));
    expect(latestReleases(releases, 3).map((release) => release.data.slug)).toEqual(['2026-01-28-item-28', '2026-01-27-item-27', '2026-01-26-item-26']);
  });

  it('makes a feed list only feedItemLimit items, newest first', async () => {
    const releases = Array.from({ length: 28 }, (_, index) => fakeRelease(index + 1)).reverse();
    const parsed = readFeed(await renderFeed(channel, releases, { ...settings, itemLimit: 5 }));
    expect(parsed.items?.map((item) => item.title)).toEqual(['Item 28', 'Item 27', 'Item 26', 'Item 25', 'Item 24']);
  });
});

describe('renderFeed', () => {
  it('escapes channel and item text so it arrives literally', async () => {
    const nasty = fakeRelease(3, { title: 'A & "B" <script>alert(1)</script>', summary: '1 < 2 & 3 > 2', tags: ['x&y'] });
    const parsed = readFeed(await renderFeed(channel, [nasty], settings));
    expect(parsed.title).toBe('Feed & "news"');
    expect(parsed.description).toBe('All <releases>');
    expect(parsed.items?.[0]?.title).toBe('A & "B" <script>alert(1)</script>');
    // description is HTML to a reader: the summary arrives escaped, and reads as itself once decoded.
    expect(parsed.items?.[0]?.description).toBe('1 &lt; 2 &amp; 3 &gt; 2');
    expect(load(parsed.items?.[0]?.description ?? '').text()).toBe('1 < 2 & 3 > 2');
    expect(parsed.items?.[0]?.categories?.[0]?.name).toBe('label of x&y');
  });

  it('produces the same bytes for the same releases in any input order', async () => {
    const releases = [fakeRelease(1), fakeRelease(2), fakeRelease(3)];
    const first = await renderFeed(channel, releases, settings);
    expect(await renderFeed(channel, [...releases].reverse(), settings)).toBe(first);
  });

  it('writes an empty but valid feed without lastBuildDate', async () => {
    const parsed = readFeed(await renderFeed(channel, [], settings));
    expect(parsed.items ?? []).toEqual([]);
    expect(parsed.lastBuildDate).toBeUndefined();
    expect(parsed.language).toBe('en');
  });

  it('keeps the guid when title, summary, tags and corrections change', async () => {
    const original = readFeed(await renderFeed(channel, [fakeRelease(4)], settings)).items?.[0];
    const corrected = fakeRelease(4, {
      title: 'Corrected', summary: 'New summary', tags: ['water'],
      corrections: [{ date: new Date('2026-02-01T00:00:00Z'), note: 'Fixed & improved' }],
    });
    const after = readFeed(await renderFeed(channel, [corrected], settings)).items?.[0];
    expect(after?.guid).toEqual(original?.guid);
    expect(after?.atom?.updated).toBe('2026-02-01T06:00:00+06:00');
    expect(load(after?.content?.encoded ?? '')('li').text()).toBe('2026-02-01: Fixed & improved');
  });
});

describe('absolutizeHtmlUrls', () => {
  const page = 'https://ngo.example.org/newsroom/en/releases/2026-03-14-water-forum/';

  it('resolves relative, root-relative and fragment URLs like a browser on the release page', () => {
    const html = absolutizeHtmlUrls(
      '<p><a href="report.pdf">a</a><a href="/files/b.pdf">b</a><a href="#fn-1">c</a><a href="../other/">d</a><img src="img/c.png" alt=""></p>',
      page,
    );
    const $ = load(html);
    expect($('a').map((_, element) => element.attribs.href).get()).toEqual([
      `${page}report.pdf`,
      'https://ngo.example.org/files/b.pdf',
      `${page}#fn-1`,
      'https://ngo.example.org/newsroom/en/releases/other/',
    ]);
    expect($('img').attr('src')).toBe(`${page}img/c.png`);
    const srcset = load(absolutizeHtmlUrls('<img src="a.png" srcset="a.png 1x, /b.png 2x" alt="">', page))('img').attr('srcset');
    expect(srcset).toBe(`${page}a.png 1x, https://ngo.example.org/b.png 2x`);
  });

  it('leaves absolute, mailto and tel URLs alone and keeps escaped text escaped', () => {
    const html = absolutizeHtmlUrls(
      '<p><a href="https://x.example/a?b=1&amp;c=2">x</a> <a href="mailto:a@b.example">m</a> <a href="tel:+996555">t</a> &lt;script&gt;alert(1)&lt;/script&gt;</p>',
      page,
    );
    const $ = load(html);
    expect($('a').map((_, element) => element.attribs.href).get()).toEqual(['https://x.example/a?b=1&c=2', 'mailto:a@b.example', 'tel:+996555']);
    expect($('script')).toHaveLength(0);
    expect($('p').text()).toContain('<script>alert(1)</script>');
  });
});

describe('escapeHtmlText', () => {
  it('turns text into HTML that a parser reads back as the same text and no element', () => {
    for (const text of ['Ampersand & <tags> "quotes"', "NGO's <b>bold</b> &amp; &lt;p&gt;", '<script>alert(1)</script>', 'Plain']) {
      const $ = load(`<div>${escapeHtmlText(text)}</div>`, null, false);
      expect($('div').text()).toBe(text);
      expect($('div *')).toHaveLength(0);
    }
    // No &apos;: HTML 4 parsers in older readers would show it as is.
    expect(escapeHtmlText("NGO's")).toBe("NGO's");
  });
});

describe('a release whose embargo lifted after its date', () => {
  // Dated 2 January, embargoed until 20 January 09:00 Bishkek time; the others are dated 5 to 10 January.
  const lifted = fakeRelease(2, { embargo: new Date('2026-01-20T03:00:00Z') });
  const others = [5, 6, 7, 8, 9, 10].map((day) => fakeRelease(day));

  it('is dated in the feed when readers could first see it, and listed first', async () => {
    const parsed = readFeed(await renderFeed(channel, [...others, lifted], settings));
    expect(parsed.items?.[0]?.title).toBe('Item 2');
    expect(parsed.items?.[0]?.pubDate).toBe('Tue, 20 Jan 2026 09:00:00 +0600');
    // The channel changed when the item appeared, so pollers see a newer lastBuildDate.
    expect(parsed.lastBuildDate).toBe('Tue, 20 Jan 2026 09:00:00 +0600');
    expect(parsed.items?.[0]?.atom?.updated).toBeUndefined();
  });

  it('keeps its place among the newest when the feed is cut to its item limit', () => {
    expect(latestReleases([...others, lifted], 2).map((release) => release.data.slug)).toEqual(['2026-01-02-item-2', '2026-01-10-item-10']);
  });
});

describe('a translation that came out days after its release', () => {
  // Dated 2 January; its English translation came out on 21 January at 15:30 Bishkek time. The others are dated 5 to 10 January.
  const late = fakeRelease(2, { translated: new Date('2026-01-21T09:30:00Z') });
  const others = [5, 6, 7, 8, 9, 10].map((day) => fakeRelease(day));

  it('is dated in its feed when the translation came out, and listed first, not as revised', async () => {
    const parsed = readFeed(await renderFeed(channel, [...others, late], settings));
    expect(parsed.items?.[0]?.title).toBe('Item 2');
    expect(parsed.items?.[0]?.pubDate).toBe('Wed, 21 Jan 2026 15:30:00 +0600');
    expect(parsed.lastBuildDate).toBe('Wed, 21 Jan 2026 15:30:00 +0600');
    expect(parsed.items?.[0]?.atom?.updated).toBeUndefined();
  });

  it('keeps its place among the newest when the feed is cut to its item limit', () => {
    expect(latestReleases([...others, late], 2).map((release) => release.data.slug)).toEqual(['2026-01-02-item-2', '2026-01-10-item-10']);
  });

  it('counts a correction made after the translation came out as a revision, and one made before as not', () => {
    const before = { date: new Date('2026-01-10T00:00:00Z'), note: 'Before.' };
    const after = { date: new Date('2026-01-25T00:00:00Z'), note: 'After.' };
    expect(wasRevised({ ...late.data, corrections: [before] })).toBe(false);
    expect(wasRevised({ ...late.data, corrections: [before, after] })).toBe(true);
  });

  it('is dated by the release when its translated date is not later (nothing to announce)', async () => {
    const early = fakeRelease(8, { translated: new Date('2026-01-01T00:00:00Z') });
    const parsed = readFeed(await renderFeed(channel, [early], settings));
    expect(parsed.items?.[0]?.pubDate).toBe('Thu, 08 Jan 2026 10:00:00 +0600');
  });
});

describe('characters XML forbids', () => {
  it('are dropped from the feed, so a strict parser reads every item', async () => {
    const broken = fakeRelease(3, { title: 'Water\u0008 forum', summary: 'Form\u000Cfeed \uD800alone' });
    const xml = await renderFeed(channel, [broken], settings);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(readFeed(xml).items?.[0]?.title).toBe('Water forum');
    expect(withoutXmlIllegalCharacters('Ө\u0001ү 😀')).toBe('Өү 😀');
  });
});

describe('a cancelled or postponed advisory', () => {
  it('says so at the start of its title, keeping its guid', async () => {
    const scheduled = readFeed(await renderFeed(channel, [fakeRelease(4, { event: { status: 'scheduled' } })], settings)).items?.[0];
    const cancelled = readFeed(await renderFeed(channel, [fakeRelease(4, { event: { status: 'cancelled' } })], settings)).items?.[0];
    const postponed = readFeed(await renderFeed(channel, [fakeRelease(4, { event: { status: 'postponed' } })], settings)).items?.[0];
    expect(scheduled?.title).toBe('Item 4');
    expect(cancelled?.title).toBe('Cancelled: Item 4');
    expect(postponed?.title).toBe('Postponed: Item 4');
    expect(cancelled?.guid).toEqual(scheduled?.guid);
  });
});

