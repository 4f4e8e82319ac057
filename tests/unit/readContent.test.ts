/**
 * Release sources keep a hash of their file, not its text: the body is read
 * again when the loader renders it. It must be exactly the validated body,
 * whatever the file's line endings, and a file changed in between must be
 * refused, never rendered half old, half new.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/validateContent.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const FILE = 'releases/2026-03-14-water-forum/en.md';
const TEXT = [
  '---',
  'title: "Water forum opens"',
  'summary: Delegates meet in Bishkek.',
  'type: press-release',
  'date: "2026-03-14"',
  'organization: alpha-ngo',
  'tags: [water]',
  '---',
  'First paragraph.',
  '',
  '## Өзгөчө section',
  'Last line.',
].join('\r\n');

function readWaterForum(root: string) {
  const release = readContent(root, { timeZone: 'Asia/Bishkek' }).releases.releases.find((source) => source.id === '2026-03-14-water-forum/en');
  if (!release) throw new Error('fixture release not read');
  return release;
}

describe('release bodies read on demand', () => {
  it('returns the body after the front-matter, with normalized line endings', () => {
    const release = readWaterForum(contentFixture({ [FILE]: `\uFEFF${TEXT}` }));
    expect(release.readBody()).toBe('First paragraph.\n\n## Өзгөчө section\nLast line.');
    expect(release.titleLine).toBe(2);
    expect(release.sourceHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file that changed after it was validated, naming it', () => {
    const root = contentFixture({ [FILE]: TEXT });
    const release = readWaterForum(root);
    writeFileSync(join(root, 'content', FILE), TEXT.replace('Last line.', 'Edited line.'));
    expect(() => release.readBody()).toThrow(/content\/releases\/2026-03-14-water-forum\/en\.md changed while the site was being built/);
  });
});
