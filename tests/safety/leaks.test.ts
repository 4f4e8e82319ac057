/**
 * Embargoed, draft and future-dated releases must be absent from every file
 * the build writes (pages, feeds, calendars, images, sitemap…), not merely
 * hidden; and an embargoed release must appear once the build clock passes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const EMBARGOED = '2026-11-20-leakcheck-embargoed-budget';
const DRAFT = '2026-11-01-leakcheck-draft-note';
const SCHEDULED = '2027-01-15-leakcheck-scheduled-news';

/** Pagefind's data files (search index): gzip, then a "pagefind_dcd" signature, then CBOR or JSON. */
const PAGEFIND_DATA = /^pagefind\/.*\.(pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** Decompressed text of a Pagefind data file; fails if it is not what Pagefind writes (so the scan cannot read garbage). */
function pagefindText(site: BuiltSite, path: string): string {
  const bytes = gunzipSync(readFileSync(join(site.outDir, path)));
  expect(bytes.subarray(0, 12).toString('latin1'), path).toBe('pagefind_dcd');
  return bytes.toString('utf8');
}

/**
 * Text of a built file, decompressed when it is gzip or brotli; a zip (press kit) gives every entry's name and text;
 * search index files are decompressed too, and given lower-cased as well (Pagefind stores words lower-cased).
 */
function contents(site: BuiltSite, path: string): string {
  if (PAGEFIND_DATA.test(path)) {
    const text = pagefindText(site, path);
    return `${text}\n${text.toUpperCase()}`;
  }
  const bytes = readFileSync(join(site.outDir, path));
  if (path.endsWith('.gz')) return gunzipSync(bytes).toString('latin1');
  if (path.endsWith('.br')) return brotliDecompressSync(bytes).toString('latin1');
  if (path.endsWith('.zip')) {
    return Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, entry]) => `${name}\n${Buffer.from(entry).toString('utf8')}`).join('\n');
  }
  return bytes.toString('latin1') + bytes.toString('utf8');
}

/** Files whose name or content mention any of `needles`. */
function filesMentioning(site: BuiltSite, needles: string[]): string[] {
  return site.files().filter((path) => {
    const text = `${path}\n${contents(site, path)}`;
    return needles.some((needle) => text.includes(needle));
  });
}

describe('before the embargo (BUILD_NOW 2026-11-22)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite('leaks', { BUILD_NOW: '2026-11-22T12:00:00+06:00' });
    if (site.exitCode !== 0) throw new Error(site.output);
  });

  it('builds the public release (the scan below is not vacuous)', () => {
    expect(site.files()).toContain('en/releases/2026-05-01-public-water-report/index.html');
    expect(filesMentioning(site, ['2026-05-01-public-water-report']).length).toBeGreaterThan(3);
  });

  it('writes no file that names or contains an embargoed, draft or scheduled release', () => {
    const markers = ['LEAKCHECK', EMBARGOED, DRAFT, SCHEDULED];
    expect(filesMentioning(site, markers)).toEqual([]);
  });

  it('decompresses every search index file, and the scan reads their words (the public release is in them)', () => {
    const data = site.files().filter((path) => PAGEFIND_DATA.test(path));
    expect(data.filter((path) => path.endsWith('.pf_fragment')).length).toBeGreaterThanOrEqual(2);
    const fragments = data.filter((path) => path.startsWith('pagefind/fragment/en_')).map((path) => pagefindText(site, path)).join('\n');
    expect(fragments).toContain('/en/releases/2026-05-01-public-water-report/');
    expect(fragments).toContain('Public body.');
    // Word chunks hold words, lower-cased: "public" is there.
    const words = data.filter((path) => path.startsWith('pagefind/index/en_')).map((path) => pagefindText(site, path)).join('\n');
    expect(words).toContain('public');
    expect(filesMentioning(site, ['Public body']).filter((path) => path.startsWith('pagefind/'))).not.toEqual([]);
  });

  it("packs the public release's press kit, and none for the embargoed release", () => {
    const kit = contents(site, 'en/releases/2026-05-01-public-water-report/press-kit.zip');
    expect(kit).toContain('2026-05-01-public-water-report-en/documents/water-report.pdf');
    expect(kit).toContain('Public body.');
    expect(site.files().filter((path) => path.endsWith('.zip'))).toEqual(['en/releases/2026-05-01-public-water-report/press-kit.zip']);
  });

  it('builds no page for a tag whose only release is embargoed', () => {
    expect(site.files().filter((path) => path.includes('leakcheck-only-tag') && path.endsWith('.html'))).toEqual([]);
  });

  it('counts only public releases in indexes and pagination', () => {
    const page = site.page('/en/releases/');
    expect(page('.release-list > li')).toHaveLength(1);
    expect(page('.meta').first().text()).toContain('1 release');
  });

  it('links the public translation only to public translations', () => {
    const page = site.page('/ru/releases/2026-05-01-public-water-report/');
    expect(page('a[hreflang]').map((_, link) => page(link).attr('hreflang')).get()).toEqual(['en', 'en']);
  });

  it('says at the end of the build when the next embargo lifts', () => {
    expect(site.output).toContain(`Next scheduled publication: ${EMBARGOED}/en at 2026-12-01T03:00:00.000Z`);
  });
});

describe('after the embargo (BUILD_NOW 2026-12-01 09:00 Bishkek)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite('leaks', { BUILD_NOW: '2026-12-01T09:00:00+06:00' });
    if (site.exitCode !== 0) throw new Error(site.output);
  });

  it('publishes the formerly embargoed release in both its languages', () => {
    expect(site.page(`/en/releases/${EMBARGOED}/`)('h1').text()).toBe('LEAKCHECK-EMBARGO-TITLE-en budget plan');
    expect(site.files()).toContain(`ru/releases/${EMBARGOED}/index.html`);
    expect(site.page('/en/releases/')('.release-list > li')).toHaveLength(2);
    expect(site.files()).toContain('en/tags/leakcheck-only-tag/index.html');
  });

  it("packs its press kit once the embargo has lifted, with the photo's credit", () => {
    const kit = contents(site, `en/releases/${EMBARGOED}/press-kit.zip`);
    expect(kit).toContain(`${EMBARGOED}-en/photos/budget-hall.jpg`);
    expect(kit).toContain('LEAKCHECK-EMBARGO-CREDIT');
  });

  it('finds the formerly embargoed release in the search index', () => {
    expect(filesMentioning(site, ['LEAKCHECK-EMBARGO-BODY-en']).filter((path) => path.startsWith('pagefind/fragment/'))).toHaveLength(1);
  });

  it('still keeps the draft and the future-dated release out of every file', () => {
    expect(filesMentioning(site, ['LEAKCHECK-DRAFT', DRAFT, 'LEAKCHECK-SCHEDULED', SCHEDULED])).toEqual([]);
  });
});
