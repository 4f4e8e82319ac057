/**
 * A build that crashed or was killed after Astro had rendered some pages
 * leaves those pages in the incremental cache under the previous build's
 * keys (src/lib/files/unfinishedBuild.ts). The next build must not restore
 * them: here the crashed build's page is stood in for by a cached copy with
 * a word the content never had.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';

const PAGE = 'en/releases/2026-03-14-water-forum/index.html';
const LEAKED = 'Quillmere-from-a-crashed-build';

describe('a build after one that did not finish', () => {
  it('renders every page again instead of restoring what the unfinished build left in the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'newsroom-unfinished-cache-'));
    const build = async () => {
      const site = await buildSite('basic', { NEWSROOM_CACHE_DIR: cacheDir });
      if (site.exitCode !== 0) throw new Error(site.output);
      return site;
    };
    const first = await build();
    const rendered = first.file(PAGE);
    expect(existsSync(join(cacheDir, 'newsroom-build-unfinished')), 'the mark of a finished build is removed').toBe(false);
    const cachedCopy = join(cacheDir, 'dist', PAGE);
    const poisoned = readFileSync(cachedCopy, 'utf8').replace('</h1>', ` ${LEAKED}</h1>`);
    expect(poisoned).toContain(LEAKED);

    // Without the mark, Astro restores its cached copy as it finds it: the hazard this guards against.
    writeFileSync(cachedCopy, poisoned);
    expect((await build()).file(PAGE)).toContain(LEAKED);

    // With the mark a crashed build leaves, the page is rendered from the content again.
    writeFileSync(join(cacheDir, 'newsroom-build-unfinished'), '1 2026-12-02T10:00:00.000Z\n');
    const after = await build();
    expect(after.file(PAGE)).toBe(rendered);
    expect(after.output).toContain('The previous build did not finish');
    expect(readFileSync(cachedCopy, 'utf8')).not.toContain(LEAKED);
    expect(existsSync(join(cacheDir, 'newsroom-build-unfinished'))).toBe(false);
  }, 180_000);
});
