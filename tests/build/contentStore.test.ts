/**
 * Rebuilds read only the content files that changed (the per-file cache,
 * src/lib/content/contentFileCache.ts, kept in the cache folder) and Astro
 * keeps its content store there too. A stale entry in either would publish
 * old text, so after each change a rebuild with the previous build's cache
 * must equal a clean build of the same content at the same instant: the same
 * dist/, byte for byte, and the same content store (`data-store.json`), byte
 * for byte. `npm run validate` never uses the cache: after the warm builds it
 * must report exactly what it reports on a fresh copy of the same content.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, run, type BuiltSite } from '../helpers/buildSite.ts';
import { differences } from '../helpers/compareBuilds.ts';
import { contentFixture } from '../helpers/contentFixture.ts';
import { contentFileCache } from '../../src/lib/content/contentFileCache.ts';
import { validateContent } from '../../src/lib/content/validateContent.ts';
import { formatProblemReport, type ContentProblem } from '../../src/lib/content/problems.ts';

/**
 * Astro's content store of a build: one file under the config's cacheDir (astro/dist/content/consts.js, DATA_STORE_FILE;
 * the project sets no experimental.collectionStorage, so it is not chunked). Astro writes collections and entries sorted
 * by id, so a rebuild that added, renamed or deleted entries writes them in the order a clean build does.
 */
const STORE = 'data-store.json';

const root = contentFixture({}, 'calendar');
const cacheDir = mkdtempSync(join(tmpdir(), 'newsroom-store-cache-'));
const path = (file: string) => join(root, 'content', file);
const edit = (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));
// A Latin "a" typed in a Kyrgyz word: a warning, so validate has a problem with a line to report.
edit('releases/2026-11-10-upcoming-briefing/ky.md', (text) => text.replace('Таза суу', 'Тaза суу'));

async function build(cache = cacheDir): Promise<BuiltSite & { store: Buffer }> {
  const site = await buildSite(root, { NEWSROOM_CACHE_DIR: cache });
  if (site.exitCode !== 0) throw new Error(`build failed:\n${site.output}`);
  return { ...site, store: readFileSync(join(cache, STORE)) };
}

/** Rebuilds with the previous build's cache and builds clean; both must write the same site and the same store. */
async function expectRebuildEqualsClean(): Promise<BuiltSite & { store: Buffer }> {
  const rebuild = await build();
  const clean = await build(mkdtempSync(join(tmpdir(), 'newsroom-store-clean-')));
  // The store first: a stale entry there explains any page that differs.
  expect(storeDifferences(rebuild.store, clean.store)).toEqual([]);
  expect(rebuild.store.equals(clean.store)).toBe(true);
  expect(differences(rebuild, clean)).toEqual([]);
  return rebuild;
}

/**
 * Where two stores differ, so a failure names the stale value: the store is devalue's flat form (a JSON
 * array whose values refer to each other by index), and values at the same index are compared.
 */
function storeDifferences(rebuild: Buffer, clean: Buffer): string[] {
  if (rebuild.equals(clean)) return [];
  const values = (store: Buffer) => (JSON.parse(store.toString('utf8')) as unknown[]).map((value) => JSON.stringify(value));
  const [left, right] = [values(rebuild), values(clean)];
  const lines: string[] = [];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    if (left[index] !== right[index]) lines.push(`[${index}] rebuild: ${left[index]?.slice(0, 300)} | clean: ${right[index]?.slice(0, 300)}`);
  }
  return lines.length > 0 ? lines.slice(0, 20) : ['same values, different bytes'];
}

let first: BuiltSite & { store: Buffer };
/** Problems found by a read with the last build's cache (set by the test before validate's). */
let warmProblems: ContentProblem[] = [];

beforeAll(async () => {
  first = await build();
});

describe('rebuilds with the per-file content cache write what a clean build writes, content store included', () => {
  it('after a translation is deleted', async () => {
    expect(first.files()).toContain('ky/releases/2026-11-14-postponed-visit/index.html');
    rmSync(path('releases/2026-11-14-postponed-visit/ky.md'));
    const rebuild = await expectRebuildEqualsClean();
    expect(rebuild.files()).not.toContain('ky/releases/2026-11-14-postponed-visit/index.html');
  });

  it('after a release folder is renamed', async () => {
    renameSync(path('releases/2026-11-16-plain-news'), path('releases/2026-11-16-plain-news-item'));
    const rebuild = await expectRebuildEqualsClean();
    expect(rebuild.files()).toContain('en/releases/2026-11-16-plain-news-item/index.html');
    expect(rebuild.files()).not.toContain('en/releases/2026-11-16-plain-news/index.html');
  });

  it('after a file is edited, built, and changed back to its earlier bytes', async () => {
    const file = 'releases/2026-11-15-spring-conference/en.md';
    const before = readFileSync(path(file));
    edit(file, (text) => text.replace('Spring conference on glacier monitoring', 'Spring conference on glacier monitoring, moved'));
    const edited = await build();
    expect(edited.page('/en/releases/2026-11-15-spring-conference/').text()).toContain('glacier monitoring, moved');
    writeFileSync(path(file), before);
    const rebuild = await expectRebuildEqualsClean();
    expect(rebuild.page('/en/releases/2026-11-15-spring-conference/').text()).not.toContain('glacier monitoring, moved');
  });

  it('after an organisation is renamed', async () => {
    edit('organizations/alpha-ngo.yml', (text) => text.replace('en: Alpha Civic Union', 'en: Alpha Civic Union (renamed)'));
    const rebuild = await expectRebuildEqualsClean();
    expect(rebuild.page('/en/releases/2026-11-16-plain-news-item/').text()).toContain('Alpha Civic Union (renamed)');
  });

  it('the cache the last build left is used by a new process, which then finds what a cold read finds', () => {
    const options = { timeZone: 'Asia/Bishkek' };
    // This process has not read content yet: the read below starts from the build's cache file alone.
    const warm = validateContent(root, { ...options, cacheDir });
    expect(contentFileCache().counts.parses).toBe(0);
    const store = globalThis as Record<symbol, unknown>;
    (store[Symbol.for('newsroom.contentMemo')] as Map<unknown, unknown>).clear();
    delete store[Symbol.for('newsroom.contentFileCache')];
    const cold = validateContent(root, options);
    expect(contentFileCache().counts.parses).toBeGreaterThan(15);
    expect(warm.problems).toStrictEqual(cold.problems);
    const sources = (result: typeof warm) => result.releases.map(({ id, file, sourceHash, bodyStartLine, titleLine, data }) => ({ id, file, sourceHash, bodyStartLine, titleLine, data }));
    expect(sources(warm)).toStrictEqual(sources(cold));
    expect(warm.problems).toContainEqual(expect.objectContaining({ file: 'content/releases/2026-11-10-upcoming-briefing/ky.md', line: 2, severity: 'warning' }));
    warmProblems = warm.problems;
  });

  it('npm run validate reports after the warm builds exactly what it reports on a fresh copy', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'newsroom-store-fresh-'));
    cpSync(join(root, 'content'), join(fresh, 'content'), { recursive: true });
    const validate = async (folder: string) => {
      const result = await run('node', ['scripts/validate.ts', '--root', folder], {});
      return { exitCode: result.exitCode, output: result.output.replace(/checked in \d+ ms/, 'checked in … ms') };
    };
    const [warm, cold] = [await validate(root), await validate(fresh)];
    expect(warm).toEqual(cold);
    expect(warm.exitCode).toBe(0);
    // And it is the report of the read with the builds' cache (the fixture has no UI-string, brand or public-file problems, which only validate adds).
    expect(warmProblems.length).toBeGreaterThan(0);
    expect(warm.output.startsWith(`${formatProblemReport(warmProblems)}\n`)).toBe(true);
    expect(warm.output).toContain('content/releases/2026-11-10-upcoming-briefing/ky.md:2');
  });
});
