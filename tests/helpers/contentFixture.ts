/**
 * Makes a throw-away copy of a fixture's content with a few files replaced,
 * so each bad-input case is one small, readable change to a known-good site.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './buildSite.ts';

/** Relative path under content/ → new text or bytes (or null to delete the file). */
export type ContentChanges = Record<string, string | Uint8Array | null>;

/** Copies tests/fixtures/<base>/content to a temp folder, applies `changes`, returns the folder. */
export function contentFixture(changes: ContentChanges, base = 'basic'): string {
  const root = mkdtempSync(join(tmpdir(), 'newsroom-content-'));
  cpSync(join(projectRoot, 'tests', 'fixtures', base, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const target = join(root, 'content', path);
    if (text === null) {
      rmSync(target, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

/** Front-matter + body as an author would write it. */
export function markdown(frontMatter: string, body = 'Body text.'): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}
