/**
 * The search index does not depend on the order the pages were written in:
 * a clean build and an incremental one write the output folder in
 * different orders, and Pagefind reads a folder in the order the file
 * system lists it. Also: a Pagefind failure stops the build with Pagefind's
 * own message, and leaves no staged copy of the pages behind.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';
import { bundle, LANGS, page, scratch, writeSite } from './searchSites.ts';

describe('search index order', () => {
  const workFolder = useTempFolders(scratch);
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes the same files whichever order the pages were written in', async () => {
    // A deployment's old Pagefind setting must not change what the index holds.
    vi.stubEnv('PAGEFIND_GLOB', 'nothing/**/*.html');
    const work = workFolder('newsroom-search-order-');
    const forward = writeSite(join(work, 'forward'), 'forward');
    const backward = writeSite(join(work, 'backward'), 'backward');
    // What a build killed while indexing leaves behind: a half-written bundle and its staged pages
    // (4194305 is above Linux's largest process id, so no such process runs).
    mkdirSync(join(work, 'cache-forward', 'ky', 'bundle-4194305-1-pages', 'ky'), { recursive: true });
    writeFileSync(join(work, 'cache-forward', 'ky', 'bundle-4194305-1-pages', 'ky', 'index.html'), page('ky', 0));
    // What a build running beside this one (this test's own parent process) is writing: kept.
    mkdirSync(join(work, 'cache-forward', 'en', `bundle-${process.ppid}-1`), { recursive: true });
    const first = await buildSearchIndex({ outDir: forward, cacheDir: join(work, 'cache-forward'), languages: LANGS });
    const second = await buildSearchIndex({ outDir: backward, cacheDir: join(work, 'cache-backward'), languages: LANGS });
    expect(first.pages).toBe(80);
    expect(first.indexed).toEqual(['ky', 'en']);
    expect(second.pages).toBe(80);
    const written = bundle(forward);
    expect(written.size).toBeGreaterThan(80);
    expect(bundle(backward)).toEqual(written);
    // Nothing but the cached bundles, their fingerprints and the kept pages stays in the cache: no leftovers.
    expect(readdirSync(join(work, 'cache-forward', 'ky')).sort()).toEqual(['bundle', 'fingerprint', 'pages', 'pages.json']);
    expect(readdirSync(join(work, 'cache-forward', 'en')).sort()).toEqual(['bundle', `bundle-${process.ppid}-1`, 'fingerprint', 'pages', 'pages.json']);
  }, 120_000);

  it('stops with Pagefind\'s message when Pagefind fails, and removes the staged pages', async () => {
    const work = workFolder('newsroom-search-fail-');
    const site = writeSite(join(work, 'site'), 'forward');
    // A program that fails the way Pagefind does: a message, and a non-zero exit.
    const fake = join(work, 'pagefind-fails');
    writeFileSync(fake, '#!/bin/sh\necho "Error: Pagefind could not write to the output folder" >&2\nexit 1\n', { mode: 0o755 });
    vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', fake);
    await expect(buildSearchIndex({ outDir: site, cacheDir: join(work, 'cache'), languages: LANGS }))
      .rejects.toThrow(/\[newsroom\] Pagefind could not index the (ky|en) pages: Error: Pagefind could not write to the output folder/);
    // A language not reached before the failure has no cache folder at all: nothing staged either.
    const cached = LANGS.filter((lang) => existsSync(join(work, 'cache', lang)));
    expect(cached.length).toBeGreaterThan(0);
    for (const lang of cached) expect(readdirSync(join(work, 'cache', lang)).filter((name) => name.endsWith('-pages'))).toEqual([]);
  }, 60_000);
});
