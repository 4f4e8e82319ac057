/**
 * Pages read releases only through getPublicReleases(): it applies the
 * visibility rule once for every output, and in `npm run dev` it is the
 * only way to them (Astro's content store holds no releases there; see
 * src/lib/content/liveReleases.ts). A direct getCollection('releases')
 * would show nothing in the dev server and skip the visibility check in a
 * build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/buildSite.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('access to releases', () => {
  it('goes through getPublicReleases everywhere in src/', () => {
    const direct = sourceFiles(join(projectRoot, 'src'))
      .filter((file) => !file.endsWith(join('lib', 'getPublicReleases.ts')))
      // Comments may name the call (to warn against it); code may not.
      .filter((file) => /\b(getCollection|getEntry|getEntries)\(\s*['"`]releases['"`]/.test(withoutComments(readFileSync(file, 'utf8'))))
      .map((file) => relative(projectRoot, file));
    expect(direct).toEqual([]);
  });
});
