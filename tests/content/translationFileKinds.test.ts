/**
 * A `<lang>.md` entry in a release folder that is not a readable file (a
 * folder of that name, a link to nowhere) is reported like any content
 * error, with file, problem and fix, and the other releases are read as
 * usual. It used to stop `npm run validate` with a bare "EISDIR" and left
 * the dev server answering every page with an empty body.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validateContent.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

describe('translation entries that are not files', () => {
  it('reports a folder named like a translation and a dangling link, and reads the rest', () => {
    const root = contentFixture({});
    const releases = join(root, 'content', 'releases');
    rmSync(join(releases, '2025-06-01-filler-news-01', 'en.md'));
    mkdirSync(join(releases, '2025-06-01-filler-news-01', 'en.md'));
    rmSync(join(releases, '2025-06-02-filler-news-02', 'en.md'));
    symlinkSync(join(root, 'nowhere', 'en.md'), join(releases, '2025-06-02-filler-news-02', 'en.md'));

    const result = validateContent(root, { timeZone: 'Asia/Bishkek' });
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-06-01-filler-news-01/en.md', line: 1,
        problem: expect.stringContaining('is a folder, not a file') as string, fix: expect.stringContaining('remove it, or rename it') as string,
      }),
      expect.objectContaining({
        file: 'content/releases/2025-06-02-filler-news-02/en.md', line: 1,
        problem: 'is a link to a file that does not exist', fix: expect.stringContaining('point the link at the translation') as string,
      }),
    ]);
    // The other releases are read as usual.
    expect(result.releases.length).toBeGreaterThan(2);
    expect(result.releases.map((release) => release.slug)).not.toContain('2025-06-01-filler-news-01');
  });
});
