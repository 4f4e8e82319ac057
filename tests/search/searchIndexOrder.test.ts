/**
 * The search index does not depend on the order the pages were written in:
 * a clean build and an incremental one write the output folder in
 * different orders, and Pagefind reads a folder in the order the file
 * system lists it. Also: a Pagefind failure stops the build with Pagefind's
 * own message, and leaves no staged copy of the pages behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';

const LANGS = ['ky', 'en'] as const;

/**
 * Where the sites are written: tmpfs where there is one, because it lists a
 * folder in the order its entries were made (newest first), which is what
 * exposes an order dependence; ext4 lists by a hash of the names whatever
 * the order.
 */
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const WORDS = { ky: ['суу', 'өрөөн', 'үй', 'көңүл', 'жаңы', 'мектеп'], en: ['water', 'valley', 'school', 'river', 'council', 'budget'] };

/** A release page as the site writes it, reduced to what Pagefind reads. */
function page(lang: 'ky' | 'en', position: number): string {
  const words = WORDS[lang];
  const text = Array.from({ length: 40 }, (_, index) => words[(index * (position + 1)) % words.length]).join(' ');
  return `<!doctype html><html lang="${lang}"><head><title>${lang} ${position}</title></head><body>
<nav>menu</nav><main><article data-pagefind-body><h1 data-pagefind-meta="title">${words[position % words.length]} ${position}</h1>
<p data-pagefind-filter="year">${2015 + (position % 10)}</p><p>${text}</p></article></main></body></html>`;
}

/** A site folder with 40 pages per language (and a list page Pagefind must leave out), written in `order`. */
function writeSite(root: string, order: 'forward' | 'backward'): string {
  const files: Array<[string, string]> = [];
  for (const lang of LANGS) {
    files.push([`${lang}/index.html`, `<!doctype html><html lang="${lang}"><body><a href="x">list</a></body></html>`]);
    for (let position = 0; position < 40; position++) files.push([`${lang}/releases/r-${String(position).padStart(2, '0')}/index.html`, page(lang, position)]);
  }
  if (order === 'backward') files.reverse();
  for (const [file, html] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), html);
  }
  return root;
}

/** Every file of the written search bundle with its bytes. */
function bundle(outDir: string): Map<string, string> {
  const folder = join(outDir, 'pagefind');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((path) => [path.slice(folder.length), readFileSync(path).toString('base64')]));
}

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
    // Nothing but the cached bundles and their fingerprints stays in the cache: no staged pages, no leftovers.
    expect(readdirSync(join(work, 'cache-forward', 'ky')).sort()).toEqual(['bundle', 'fingerprint']);
    expect(readdirSync(join(work, 'cache-forward', 'en')).sort()).toEqual(['bundle', `bundle-${process.ppid}-1`, 'fingerprint']);
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
    for (const lang of LANGS) expect(readdirSync(join(work, 'cache', lang)).filter((name) => name.endsWith('-pages'))).toEqual([]);
  }, 60_000);
});
