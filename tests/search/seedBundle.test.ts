/**
 * A language's new bundle is written into a folder seeded with links to its
 * previous bundle's content-named files, which Pagefind does not write
 * again; the seeded files the new index no longer refers to are removed.
 * The result must be byte for byte a write into an empty folder, and the
 * unchanged files must really be reused (same file, not rewritten).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { indexLanguage } from '../../src/lib/search/indexLanguage.ts';
import { pagefindBinary } from '../../src/lib/search/pagefindPackage.ts';
import { referencedFiles, removeUnreferenced, seedBundle } from '../../src/lib/search/seedBundle.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';
import { bundle, LANGS, scratch, writeSite } from './searchSites.ts';

/** When set, reading a new index's list of files fails (as it would with a Pagefind that lays its index out otherwise). */
const unreadable = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/lib/search/seedBundle.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/search/seedBundle.ts')>();
  return {
    ...real,
    removeUnreferenced: (bundleDir: string, seeded: readonly string[]) => (unreadable.on ? Promise.reject(new Error('unreadable index')) : real.removeUnreferenced(bundleDir, seeded)),
  };
});

/** Every file under `folder` (relative path → bytes as base64). */
function tree(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((path) => [path.slice(folder.length), readFileSync(path).toString('base64')]));
}

describe('seeded search bundles', () => {
  const workFolder = useTempFolders(scratch);
  afterEach(() => {
    unreadable.on = false;
  });

  /** Indexes the ky pages of `site` into `bundleDir` with Pagefind's program. */
  async function index(site: string, bundleDir: string) {
    mkdirSync(bundleDir, { recursive: true });
    const result = await indexLanguage(await pagefindBinary(), 'ky', join(site, 'ky'), bundleDir);
    expect(result.errors).toEqual([]);
    return result;
  }

  it('writes what an empty folder gets, reusing the unchanged files and dropping the outdated ones', async () => {
    const work = workFolder('newsroom-seed-');
    const site = writeSite(join(work, 'site'), 'forward');
    const previous = join(work, 'previous');
    await index(site, previous);
    writeFileSync(join(site, 'ky/releases/r-07/index.html'), readFileSync(join(site, 'ky/releases/r-07/index.html'), 'utf8').replace('</p></article>', ' жаңы сөз</p></article>'));

    const fresh = join(work, 'fresh');
    await index(site, fresh);
    const seededDir = join(work, 'seeded');
    mkdirSync(seededDir);
    const seeded = seedBundle(previous, seededDir);
    expect(seeded.filter((file) => file.startsWith('fragment/'))).toHaveLength(40);
    await index(site, seededDir);
    const removed = await removeUnreferenced(seededDir, seeded);

    expect(tree(seededDir)).toEqual(tree(fresh));
    // The edited page's old fragment and the chunks holding its words are gone; the rest were reused as they were.
    expect(removed).toBeGreaterThanOrEqual(2);
    const kept = seeded.filter((file) => readdirSync(join(seededDir, file.split('/')[0]!)).includes(file.split('/')[1]!));
    expect(kept.length).toBe(seeded.length - removed);
    for (const file of kept) expect(statSync(join(seededDir, file)).ino).toBe(statSync(join(previous, file)).ino);
  });

  it('seeds nothing from a bundle that another Pagefind version wrote, or from none', async () => {
    const work = workFolder('newsroom-seed-');
    const site = writeSite(join(work, 'site'), 'forward');
    const previous = join(work, 'previous');
    await index(site, previous);
    const target = join(work, 'target');
    mkdirSync(target);
    expect(seedBundle(previous, target, '0.0.1')).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
    expect(seedBundle(join(work, 'missing'), target)).toEqual([]);
    expect(seedBundle(previous, target).length).toBeGreaterThan(40);
  });

  it('removes a seeded file the index does not refer to, and refuses an index that lacks a file it names', async () => {
    const work = workFolder('newsroom-seed-');
    const site = writeSite(join(work, 'site'), 'forward');
    const bundleDir = join(work, 'bundle');
    await index(site, bundleDir);
    writeFileSync(join(bundleDir, 'fragment', 'ky_0000000.pf_fragment'), 'left over');
    expect(await removeUnreferenced(bundleDir, ['fragment/ky_0000000.pf_fragment'])).toBe(1);
    expect(readdirSync(join(bundleDir, 'fragment'))).not.toContain('ky_0000000.pf_fragment');

    const [named] = [...(await referencedFiles(bundleDir))].filter((file) => file.startsWith('index/'));
    writeFileSync(join(bundleDir, 'fragment', 'ky_0000001.pf_fragment'), 'left over');
    // Unlinked by hand: the index now names a file the bundle lacks, so nothing is removed.
    rmSync(join(bundleDir, named!));
    await expect(removeUnreferenced(bundleDir, ['fragment/ky_0000001.pf_fragment'])).rejects.toThrow(/refers to index\//);
    expect(readdirSync(join(bundleDir, 'fragment'))).toContain('ky_0000001.pf_fragment');
  });

  it('refuses a meta file that is not Pagefind\'s', async () => {
    const work = workFolder('newsroom-seed-');
    const site = writeSite(join(work, 'site'), 'forward');
    const bundleDir = join(work, 'bundle');
    await index(site, bundleDir);
    const meta = readdirSync(bundleDir).find((name) => name.endsWith('.pf_meta'))!;
    writeFileSync(join(bundleDir, meta), 'not gzip');
    await expect(referencedFiles(bundleDir)).rejects.toThrow();
  });

  it('writes the bundle again into an empty folder when the new index cannot be read back', async () => {
    const work = workFolder('newsroom-seed-');
    const site = writeSite(join(work, 'site'), 'forward');
    const cacheDir = join(work, 'cache');
    await buildSearchIndex({ outDir: site, cacheDir, languages: LANGS });
    const edited = join(site, 'ky/releases/r-07/index.html');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('</p></article>', ' жаңы сөз</p></article>'));
    rmSync(join(site, 'pagefind'), { recursive: true });
    unreadable.on = true;
    const report = await buildSearchIndex({ outDir: site, cacheDir, languages: LANGS });
    expect(report.indexed).toEqual(['ky']);
    const seededThenRewritten = bundle(site);

    unreadable.on = false;
    rmSync(join(site, 'pagefind'), { recursive: true });
    await buildSearchIndex({ outDir: site, cacheDir: join(work, 'clean-cache'), languages: LANGS });
    expect(seededThenRewritten).toEqual(bundle(site));
  });
});
