/**
 * The search index as built files: only release and plain pages are in it,
 * with the facets and result fields the search page shows; a rebuild with
 * nothing changed reuses every language's index from the cache, an edit
 * re-indexes only its language, and either way the output is byte for byte
 * what a clean build writes.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/buildSite.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in the built index of one language, from its fragment files. */
function fragments(site: BuiltSite, lang: string): Fragment[] {
  return site.files()
    .filter((path) => path.startsWith(`pagefind/fragment/${lang}_`))
    .map((path) => JSON.parse(gunzipSync(readFileSync(join(site.outDir, path))).subarray(12).toString('utf8')) as Fragment)
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The search bundle's files and their bytes. */
function bundle(site: BuiltSite): Map<string, string> {
  return new Map(site.files().filter((path) => path.startsWith('pagefind/')).sort().map((path) => [path, readFileSync(join(site.outDir, path)).toString('base64')]));
}

const logLine = (site: BuiltSite) => /search index: .*/.exec(site.output)?.[0] ?? '';

describe('search index', () => {
  const work = mkdtempSync(join(tmpdir(), 'newsroom-search-index-'));
  const content = join(work, 'site');
  const cache = join(work, 'cache');
  let first: BuiltSite;
  let again: BuiltSite;
  let edited: BuiltSite;
  let clean: BuiltSite;

  beforeAll(async () => {
    cpSync(join(projectRoot, 'tests', 'fixtures', 'search'), content, { recursive: true });
    const build = async (env: Record<string, string>) => {
      const site = await buildSite(content, env);
      if (site.exitCode !== 0) throw new Error(site.output);
      return site;
    };
    first = await build({ NEWSROOM_CACHE_DIR: cache });
    again = await build({ NEWSROOM_CACHE_DIR: cache });
    const file = join(content, 'content', 'releases', '2025-03-10-reservoir-levels', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('over the winter.', 'over the winter, said hydrologist Zyzzyva Temirova.'));
    edited = await build({ NEWSROOM_CACHE_DIR: cache });
    clean = await build({ NEWSROOM_CACHE_DIR: join(work, 'clean-cache') });
  }, 600_000); // four builds in a row

  it('holds the release, plain and organisation pages of each language, and nothing else', () => {
    for (const lang of ['ky', 'ru', 'en']) {
      expect(fragments(first, lang).map((fragment) => fragment.url)).toEqual([
        `/${lang}/about/`, `/${lang}/organizations/civic-monitor/`, `/${lang}/organizations/water-coalition/`,
        `/${lang}/releases/2024-06-01-water-law-hearing/`, `/${lang}/releases/2025-03-10-reservoir-levels/`,
      ]);
    }
    expect(first.files().filter((path) => /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(path))).toEqual([]);
    expect(JSON.parse(first.file('pagefind/pagefind-entry.json')).languages).toMatchObject({ ky: { page_count: 5 }, ru: { page_count: 5 }, en: { page_count: 5 } });
  });

  it('keeps facets and result fields in the page language, and leaves navigation and boilerplate out', () => {
    const release = fragments(first, 'ru').find((fragment) => fragment.url.includes('reservoir'))!;
    expect(release.filters).toEqual({ organisation: ['Коалиция «Чистая вода»'], type: ['Пресс-релиз'], topic: ['Вода', 'Законы'], year: ['2025'] });
    expect(release.meta).toMatchObject({ title: 'Уровень воды в Нарынской области снизился', type: 'Пресс-релиз', summary: 'Коалиция опубликовала данные о положении дел на водных объектах области.' });
    expect(release.meta.date).toMatch(/^10 марта 2025/);
    // Title, dateline, body and contacts are searchable; menus, the About paragraph and the topic list are not.
    expect(release.content).toContain('Уровень воды в водохранилищах');
    expect(release.content).toContain('Нургуль Асанова');
    expect(release.content).not.toContain('Коалиция работает над защитой водных ресурсов');
    expect(release.content).not.toContain('Все материалы');
    expect(release.content).not.toContain('Темы');
  });

  it('reuses every language from the cache when nothing changed, with the same files', () => {
    expect(logLine(first)).toContain('(ky, ru, en indexed)');
    expect(logLine(again)).toContain('(ky, ru, en reused)');
    expect(bundle(again)).toEqual(bundle(first));
  });

  it('re-indexes only the language of an edited page, and writes what a clean build writes', () => {
    // The edited translation's language started its index before the pages, from the pages kept by the first build.
    expect(logLine(edited)).toContain('(en indexed; ky, ru reused; en started before the pages)');
    expect(fragments(edited, 'en').find((fragment) => fragment.url.includes('reservoir'))?.content).toContain('Zyzzyva Temirova');
    expect(logLine(clean)).toContain('(ky, ru, en indexed)');
    expect(bundle(edited)).toEqual(bundle(clean));
  });
});
