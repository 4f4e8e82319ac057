/**
 * The early search index: started on the pages kept from the last full
 * index while the next build writes its pages, and finished with the pages
 * that changed. What it writes must be byte for byte what a full index of
 * the new pages writes; when it cannot be (pages added or removed, kept
 * pages changed in place) the language is indexed in full, and no Pagefind
 * process is left running either way.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { languagesOfFiles, startEarlyIndexes } from '../../src/lib/search/earlyIndex.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';
import { bundle, LANGS, scratch, writeSite } from './searchSites.ts';

const EDITED = 'ky/releases/r-07/index.html';

/** Pagefind processes this test process started that still run (Linux; elsewhere none are seen). */
function pagefindChildren(): string[] {
  const children: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [name, rest] = [stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), stat.slice(stat.lastIndexOf(')') + 2).split(' ')];
      if (Number(rest[1]) === process.pid && name.startsWith('pagefind') && rest[0] !== 'Z') children.push(`${pid} ${name}`);
    } catch {
      // Ended meanwhile.
    }
  }
  return children;
}

async function noPagefindLeft(): Promise<string[]> {
  for (let attempt = 0; attempt < 40 && pagefindChildren().length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  return pagefindChildren();
}

describe('early search index', () => {
  const workFolder = useTempFolders(scratch);

  /**
   * A first build (full index, pages kept), then a second build of the same
   * output folder: emptied as Astro empties it, written again in the other
   * order with `change` applied, indexed with early indexes started for
   * both languages. Returns the second build's report and bundle, and the
   * bundle a clean cache writes for the same pages.
   */
  async function rebuild(change: (site: string) => void, beforeSecond: (site: string) => void = () => undefined) {
    const work = workFolder('newsroom-early-');
    const site = writeSite(join(work, 'site'), 'forward');
    const cacheDir = join(work, 'cache');
    const first = await buildSearchIndex({ outDir: site, cacheDir, languages: LANGS });
    expect(first.early).toEqual([]);
    const firstBundle = bundle(site);
    beforeSecond(site);
    rmSync(site, { recursive: true });
    writeSite(site, 'backward');
    change(site);
    const early = await startEarlyIndexes(cacheDir, LANGS);
    const second = await buildSearchIndex({ outDir: site, cacheDir, languages: LANGS, early });
    const secondBundle = bundle(site);
    const cleanSite = join(work, 'clean');
    cpSync(site, cleanSite, { recursive: true });
    rmSync(join(cleanSite, 'pagefind'), { recursive: true });
    await buildSearchIndex({ outDir: cleanSite, cacheDir: join(work, 'clean-cache'), languages: LANGS });
    return { started: [...early.keys()], second, firstBundle, secondBundle, cleanBundle: bundle(cleanSite) };
  }

  it('finishes an edited language from its kept pages, writing what a clean build writes', async () => {
    const result = await rebuild((site) => {
      const file = join(site, EDITED);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' жаңылык Zyzzyva</h1>'));
    });
    expect(result.started).toEqual(['ky', 'en']);
    expect(result.second.indexed).toEqual(['ky']);
    expect(result.second.early).toEqual(['ky']);
    expect(result.second.reused).toEqual(['en']);
    expect(result.secondBundle).not.toEqual(result.firstBundle);
    expect(result.secondBundle).toEqual(result.cleanBundle);
    expect(await noPagefindLeft()).toEqual([]);
  }, 120_000);

  it('indexes a language in full when a page was added', async () => {
    const result = await rebuild((site) => {
      cpSync(join(site, EDITED), join(site, 'ky/releases/r-99/index.html'));
    });
    expect(result.second.indexed).toEqual(['ky']);
    expect(result.second.early).toEqual([]);
    expect(result.secondBundle).toEqual(result.cleanBundle);
    expect(await noPagefindLeft()).toEqual([]);
  }, 120_000);

  it('does not start from kept pages that were changed in place after they were kept', async () => {
    // The kept pages are links to the first build's files: a deployment step rewriting those changes them too.
    const result = await rebuild((site) => {
      const file = join(site, EDITED);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' Zyzzyva</h1>'));
    }, (site) => appendFileSync(join(site, 'ky/releases/r-01/index.html'), '<!-- rewritten after the build -->'));
    expect(result.started).toEqual(['en']);
    expect(result.second.indexed).toEqual(['ky']);
    expect(result.second.early).toEqual([]);
    expect(result.secondBundle).toEqual(result.cleanBundle);
    expect(await noPagefindLeft()).toEqual([]);
  }, 120_000);

  it('starts every translation of a changed release, whose pages show its title', () => {
    const work = workFolder('newsroom-early-langs-');
    const release = join(work, 'content', 'releases', '2026-03-14-water');
    mkdirSync(release, { recursive: true });
    for (const name of ['ky.md', 'ru.md', 'photo.jpg']) writeFileSync(join(release, name), '');
    const files = [join(release, 'ky.md'), 'C:\\site\\content\\pages\\about\\en.md', join(work, 'content', 'organizations', 'coalition.yaml'), join(work, 'content', 'releases', 'x', 'de.md')];
    expect(languagesOfFiles(files, ['ky', 'ru', 'en'])).toEqual(['ky', 'ru', 'en']);
    expect(languagesOfFiles([join(release, 'ru.md')], ['ky', 'ru', 'en'])).toEqual(['ky', 'ru']);
    expect(languagesOfFiles([join(work, 'content', 'organizations', 'coalition.yaml')], ['ky', 'ru', 'en'])).toEqual([]);
  });
});
