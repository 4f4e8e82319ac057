/**
 * Rebuilds reuse unchanged pages (Astro's incremental build, keys in
 * src/lib/pageCacheKey.ts). A reused page that should have changed is a
 * stale page on the live site, so every case here compares a rebuild with
 * the previous build's cache against a clean build of the same content at
 * the same instant: both must write exactly the same files, byte for byte.
 */
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectCopy, type BuiltSite } from '../helpers/buildSite.ts';
import type { CheerioAPI } from 'cheerio';
import { contentFixture, markdown } from '../helpers/contentFixture.ts';
import { differences } from '../helpers/compareBuilds.ts';

const BEFORE = '2026-11-22T12:00:00+06:00';
// After the embargo of 2026-11-21-embargoed-advisory (1 Dec 09:00) and after the
// events of 28 Nov, 30 Nov and 3 Dec 11:30–12:15 have ended.
const AFTER = '2026-12-03T13:00:00+06:00';

// A 2025 statement, added to this copy only (the calendar fixture's own tests count its
// releases), gives the browse pages a second year and a third type. It belongs to a
// donor-funded project (its disclaimer ends the release), and alpha-ngo gets a profile.
const root = contentFixture({
  'releases/2025-06-01-old-statement/en.md': markdown('title: "Statement of June 2025"\nsummary: "An older statement."\ntype: statement\ndate: "2025-06-01T10:00"\norganization: alpha-ngo\nproject: alpha-project\ntags: [youth]'),
  'releases/2025-06-01-old-statement/ky.md': markdown('title: "2025-жылдын июнундагы билдирүү"\nsummary: "Мурунку билдирүү."\ntype: statement\ndate: "2025-06-01T10:00"\norganization: alpha-ngo\nproject: alpha-project\ntags: [youth]'),
  'projects/alpha-project.yml': 'name: {ky: Альфа долбоору, en: Alpha project}\norganization: alpha-ngo\ndonor: {name: {ky: Донор, en: The Donor}}\ndisclaimer:\n  ky: Донордун колдоосу менен.\n  en: Supported by the Donor.\nstart: "2025-01-01"\n',
  'organizations/alpha-ngo/en.md': markdown('title: "Our story"', 'Alpha was founded in 2001.'),
}, 'calendar');
const cacheDir = mkdtempSync(join(tmpdir(), 'newsroom-incremental-cache-'));

/** Pages the build copied from the previous build instead of rendering. */
function reused(site: BuiltSite): string[] {
  return [...site.output.matchAll(/─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(root, 'content', path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

async function build(now: string, cache = cacheDir): Promise<BuiltSite> {
  const site = await buildSite(root, { BUILD_NOW: now, NEWSROOM_CACHE_DIR: cache });
  if (site.exitCode !== 0) throw new Error(`build failed:\n${site.output}`);
  return site;
}

const freshCache = () => mkdtempSync(join(tmpdir(), 'newsroom-clean-cache-'));

/** Release folders listed in one section of the events page. */
function eventSlugs(page: CheerioAPI, section: '.events-upcoming' | '.events-past'): string[] {
  return page(`${section} li`).map((_, item) => page(item).attr('data-slug')).get();
}

let first: BuiltSite;

beforeAll(async () => {
  first = await build(BEFORE);
});

describe('incremental rebuilds', () => {
  it('reuses every keyed page when nothing changed, and writes the same site', async () => {
    const again = await build(BEFORE);
    expect(differences(again, first)).toEqual([]);
    expect(reused(again)).toContain('/en/releases/2026-11-16-plain-news/index.html');
    expect(reused(again).length).toBeGreaterThan(20);
    // Browse pages too: their keys stay the same while nothing they show changes.
    for (const page of ['/en/types/media-advisory/', '/en/releases/2026/', '/ky/releases/2025/', '/ru/events/', '/en/tags/']) {
      expect(reused(again)).toContain(`${page}index.html`);
    }
  });

  it('after an edit, a removed translation, a lifted embargo and ended events, writes what a clean build writes', async () => {
    edit('releases/2026-11-16-plain-news/en.md', (text) => text.replace('Plain news item', 'Plain news item, corrected title'));
    rmSync(join(root, 'content', 'releases', '2026-11-14-postponed-visit', 'ky.md'));
    // A first press release: a new type in the browse block of every English browse page.
    mkdirSync(join(root, 'content', 'releases', '2026-11-20-first-press-release'));
    writeFileSync(join(root, 'content', 'releases', '2026-11-20-first-press-release', 'en.md'),
      markdown('title: "First press release"\nsummary: "The first of its type."\ntype: press-release\ndate: "2026-11-20T10:00"\norganization: alpha-ngo'));
    const rebuild = await build(AFTER);
    const clean = await build(AFTER, freshCache());
    expect(differences(rebuild, clean)).toEqual([]);
    expect(rebuild.page('/en/releases/2026-11-16-plain-news/').text()).toContain('corrected title');
    expect(rebuild.files()).toContain('en/releases/2026-11-21-embargoed-advisory/index.html');
    // The event of 3 December 11:30–12:15 has ended: it moved from upcoming to past events.
    expect(eventSlugs(first.page('/en/events/'), '.events-upcoming')).toContain('2026-11-10-upcoming-briefing');
    expect(eventSlugs(rebuild.page('/en/events/'), '.events-upcoming')).not.toContain('2026-11-10-upcoming-briefing');
    expect(eventSlugs(rebuild.page('/en/events/'), '.events-past')[0]).toBe('2026-11-10-upcoming-briefing');
    expect(eventSlugs(rebuild.page('/en/events/'), '.events-upcoming')).toContain('2026-11-21-embargoed-advisory');
    expect(rebuild.page('/en/releases/2026/').text()).toContain('corrected title');
    expect(rebuild.page('/en/releases/2025/')('.browse-nav').text()).toContain('Press releases');
    // Pages whose data did not change are still copied, not rendered again.
    expect(reused(rebuild)).toContain('/en/releases/2026-11-15-spring-conference/index.html');
    expect(reused(rebuild)).not.toContain('/en/releases/2026-11-16-plain-news/index.html');
    expect(reused(rebuild)).toContain('/ky/releases/2025/index.html');
  });

  it('after an organisation and a topic label change, writes what a clean build writes', async () => {
    edit('organizations/alpha-ngo.yml', (text) => text.replace('en: Alpha Civic Union', 'en: Alpha Civic Union (renamed)'));
    edit('tags.yml', (text) => text.replace('en: Water', 'en: Water and sanitation'));
    const rebuild = await build(AFTER);
    const clean = await build(AFTER, freshCache());
    expect(differences(rebuild, clean)).toEqual([]);
    expect(rebuild.page('/en/releases/2026-11-16-plain-news/').text()).toContain('Alpha Civic Union (renamed)');
    expect(rebuild.page('/en/tags/')('.topic-index').text()).toContain('Water and sanitation');
  });

  it('after a project\'s disclaimer and an organisation\'s profile change, writes what a clean build writes', async () => {
    const release = '/en/releases/2025-06-01-old-statement/';
    expect(first.page(release)('.donor-disclaimer').text()).toContain('Supported by the Donor.');
    expect(first.page('/en/organizations/alpha-ngo/')('.organization-profile').text()).toContain('founded in 2001');
    edit('projects/alpha-project.yml', (text) => text.replace('Supported by the Donor.', 'Funded by the Donor; views are our own.'));
    edit('organizations/alpha-ngo/en.md', (text) => text.replace('founded in 2001', 'founded in 2002'));
    const rebuild = await build(AFTER);
    const clean = await build(AFTER, freshCache());
    expect(differences(rebuild, clean)).toEqual([]);
    expect(rebuild.page(release)('.donor-disclaimer').text()).toContain('Funded by the Donor; views are our own.');
    expect(readFileSync(join(rebuild.outDir, 'en', 'rss.xml'), 'utf8')).toContain('Funded by the Donor; views are our own.');
    expect(rebuild.page('/en/organizations/alpha-ngo/')('.organization-profile').text()).toContain('founded in 2002');
  });

  // Last: it edits the project copy's configuration, which every build of this file reads.
  it('after the site\'s time zone changes, writes what a clean build writes (dates are read in the new zone)', async () => {
    const config = join(projectCopy(), 'src', 'config.ts');
    const original = readFileSync(config, 'utf8');
    const moved = original.replace("timeZone: 'Asia/Bishkek',", "timeZone: 'Europe/Berlin',");
    expect(moved).not.toBe(original);
    const release = '/en/releases/2026-11-16-plain-news/';
    // The instant the page gives search engines (its date is written without an offset).
    const published = (site: BuiltSite) => (JSON.parse(site.page(release)('script[type="application/ld+json"]').first().text()) as { datePublished: string }).datePublished;
    try {
      writeFileSync(config, moved);
      const rebuild = await build(AFTER);
      const clean = await build(AFTER, freshCache());
      expect(differences(rebuild, clean)).toEqual([]);
      // "2026-11-16T09:00" is now 09:00 in Berlin, no longer 09:00 in Bishkek.
      expect(published(first)).toBe('2026-11-16T03:00:00.000Z');
      expect(published(rebuild)).toBe('2026-11-16T08:00:00.000Z');
    } finally {
      writeFileSync(config, original);
    }
  });
});
