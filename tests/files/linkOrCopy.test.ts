/**
 * Cached social cards and search bundles are linked into the output
 * folder. Replacing an output file that is itself a link to a cached file
 * must leave the cached file as it was: otherwise a build into an output
 * folder that was not emptied would write a new card into an old cache
 * entry, and a later build would publish the wrong image.
 */
import { linkSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOrCopy } from '../../src/lib/files/linkOrCopy.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';

describe('linkOrCopy', () => {
  const tempFolder = useTempFolders();
  const folder = () => tempFolder('newsroom-link-');

  it('puts the source at the target without a second copy of its bytes', () => {
    const work = folder();
    writeFileSync(join(work, 'cached.png'), 'card');
    linkOrCopy(join(work, 'cached.png'), join(work, 'out.png'));
    expect(readFileSync(join(work, 'out.png'), 'utf8')).toBe('card');
    expect(statSync(join(work, 'out.png')).ino).toBe(statSync(join(work, 'cached.png')).ino);
  });

  it('replaces an existing target that links to another cached file, leaving that file unchanged', () => {
    const work = folder();
    writeFileSync(join(work, 'old.png'), 'old card');
    writeFileSync(join(work, 'new.png'), 'new card');
    linkSync(join(work, 'old.png'), join(work, 'out.png'));
    linkOrCopy(join(work, 'new.png'), join(work, 'out.png'));
    expect(readFileSync(join(work, 'out.png'), 'utf8')).toBe('new card');
    expect(readFileSync(join(work, 'old.png'), 'utf8')).toBe('old card');
  });

  it('replaces an existing plain file at the target', () => {
    const work = folder();
    writeFileSync(join(work, 'new.png'), 'new card');
    writeFileSync(join(work, 'out.png'), 'left over from an earlier build');
    linkOrCopy(join(work, 'new.png'), join(work, 'out.png'));
    expect(readFileSync(join(work, 'out.png'), 'utf8')).toBe('new card');
  });
});
