/**
 * A save that lands between the two reads a build makes of a file (its
 * hash for the content fingerprint, then its text for parsing) must not
 * leave the per-file cache holding the new text under the old hash: the
 * new text would then outlive an undo back to the old bytes, in every
 * later build, until the file changed again (found in review: a title and
 * dateline of the undone version stayed on the page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentFileCache, sha256, type ReadMarkdown } from '../../src/lib/content/contentFileCache.ts';
import type { YamlLineTable } from '../../src/lib/content/yamlLineTable.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';

/** Stands in for the front-matter parser: the title is the file's first line. */
function readTitle(bytes: Uint8Array): ReadMarkdown {
  const title = Buffer.from(bytes).toString('utf8').split('\n')[0]!;
  return { ok: true, data: { title }, bodyStartLine: 2, lines: {} as YamlLineTable, lookalikes: [], placeholders: [], bodyPaths: [] };
}

const titleOf = (result: { read: ReadMarkdown }) => (result.read.ok ? result.read.data.title : undefined);

describe('the per-file cache when a file is saved during a read', () => {
  const tempFolder = useTempFolders();

  it('keeps each parsed result with the hash of the bytes it was parsed from', () => {
    const file = join(tempFolder('newsroom-race-'), 'en.md');
    writeFileSync(file, 'Title X\nbody\n');
    const cache = new ContentFileCache();
    // The build's fingerprint hashes the file…
    expect(cache.hashOf(file)).toBe(sha256(readFileSync(file)));
    // …the author saves…
    writeFileSync(file, 'Title Y\nbody\n');
    // …and the parse reads the new text: it comes with the new text's hash.
    const during = cache.markdown(file, 'en', readTitle);
    expect(titleOf(during)).toBe('Title Y');
    expect(during.hash).toBe(sha256('Title Y\nbody\n'));

    // The next build (a new process with this cache), after the author undid the save.
    writeFileSync(file, 'Title X\nbody\n');
    const next = new ContentFileCache();
    next.adopt(cache.records());
    const after = next.markdown(file, 'en', readTitle);
    expect(titleOf(after)).toBe('Title X');
    expect(after.hash).toBe(sha256('Title X\nbody\n'));
  });
});
