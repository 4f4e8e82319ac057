/**
 * How the search index fails: with the first real error, with no unhandled
 * rejection (which would kill `astro build` without its message), and with
 * nothing staged left in the cache. Pagefind's program that cannot be found
 * and a language whose pages cannot be scanned are the two failures that
 * happen before Pagefind runs.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { indexLanguages } from '../../src/lib/search/indexLanguages.ts';
import { scanIndexedPages } from '../../src/lib/search/scanIndexedPages.ts';
import { pagesFingerprint } from '../../src/lib/search/searchIndexCache.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';

/** When set, finding Pagefind's program fails with it. A plain function, not vi.fn: a spy handles the promises it returns, which would hide an unhandled rejection. */
const pagefindMissing = vi.hoisted(() => ({ error: undefined as Error | undefined }));
vi.mock('../../src/lib/search/pagefindPackage.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/search/pagefindPackage.ts')>();
  return { ...real, pagefindBinary: () => (pagefindMissing.error ? Promise.reject(pagefindMissing.error) : real.pagefindBinary()) };
});

const LANGS = ['ky', 'ru', 'en'] as const;

/** A site with `count` indexed release pages per language. */
function writeSite(root: string, count: number): string {
  for (const lang of LANGS) {
    for (let position = 0; position < count; position++) {
      const file = join(root, lang, 'releases', `r-${position}`, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `<!doctype html><html lang="${lang}"><body><main><article data-pagefind-body><h1 data-pagefind-meta="title">${lang} ${position}</h1><p>water school council ${position}</p></article></main></body></html>`);
    }
  }
  return root;
}

/** Everything left in the cache besides committed bundles, their fingerprints and kept pages. */
function leftovers(cacheDir: string): string[] {
  return LANGS.flatMap((lang) => {
    try {
      return readdirSync(join(cacheDir, lang)).filter((name) => !['bundle', 'fingerprint', 'pages', 'pages.json'].includes(name)).map((name) => `${lang}/${name}`);
    } catch {
      return [];
    }
  });
}

describe('search index failures', () => {
  const tempFolder = useTempFolders();
  const work = () => tempFolder('newsroom-search-fail-');
  afterEach(() => {
    pagefindMissing.error = undefined;
  });

  it('stops with the message that Pagefind is missing, and stages nothing', async () => {
    const folder = work();
    const site = writeSite(join(folder, 'site'), 5);
    pagefindMissing.error = new Error('[newsroom] Pagefind is not installed: run `npm ci`');
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      await expect(buildSearchIndex({ outDir: site, cacheDir: join(folder, 'cache'), languages: LANGS })).rejects.toThrow('Pagefind is not installed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', listener);
    }
    expect(unhandled).toEqual([]);
    expect(leftovers(join(folder, 'cache'))).toEqual([]);
  });

  it('stops with the scan\'s own error when a language cannot be read, after the languages before it', async () => {
    const folder = work();
    const site = writeSite(join(folder, 'site'), 5);
    const cacheDir = join(folder, 'cache');
    const prepare = async (lang: string) => {
      if (lang === 'ru') throw new Error('EACCES: permission denied, open ru/releases/r-3/index.html');
      const pages = await scanIndexedPages(site, lang);
      return { lang, pages, fingerprint: pagesFingerprint(lang, pages) };
    };
    await expect(indexLanguages(site, cacheDir, LANGS, prepare)).rejects.toThrow('EACCES: permission denied');
    // The language indexed before the failure keeps its new bundle and its pages; nothing else staged stays behind.
    expect(readdirSync(join(cacheDir, 'ky')).sort()).toEqual(['bundle', 'fingerprint', 'pages', 'pages.json']);
    expect(leftovers(cacheDir)).toEqual([]);
  }, 60_000);
});
